package dev.parkdata.io;

import dev.parkdata.industry.Industry;
import dev.parkdata.location.Location;
import dev.parkdata.location.Province;
import dev.parkdata.metric.Metric;
import dev.parkdata.metric.MetricParseException;
import dev.parkdata.metric.Qualifier;
import dev.parkdata.model.Names;
import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Period;
import dev.parkdata.source.Citation;
import dev.parkdata.source.Source;
import dev.parkdata.source.TextSpan;
import dev.parkdata.unit.Dimension;
import dev.parkdata.unit.Unit;
import dev.parkdata.unit.UnknownUnitException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/** Reading and writing of the value types: metrics, units, periods, names, sources and so on. */
final class ValueCodecs {
  static final String UNIT_EXPECTED = "a unit such as 平方公里, 亿元 or 家";
  static final String METRIC_EXPECTED =
      "a metric: an object such as {\"value\":\"31.85\",\"unit\":\"平方公里\"} or a string such as \"31.85平方公里\"";
  private static final String METRIC_FIELDS = "value, min, max, unit, qualifier, base, input";
  private static final int MAX_SHORTHAND = 100;
  private static final int UNIT_CACHE_SIZE = 1024;
  private static final ConcurrentHashMap<String, Unit> UNITS = new ConcurrentHashMap<>();
  private static final Map<String, Indicator> STANDARD_INDICATORS = Indicators.standard().stream()
      .collect(Collectors.toUnmodifiableMap(Indicator::code, i -> i));

  private ValueCodecs() {}

  // ---- Metric and Unit

  static Unit readUnit(JsonIn in) {
    String text = in.string(UNIT_EXPECTED);
    Unit cached = UNITS.get(text);
    if (cached != null) {
      return cached;
    }
    try {
      Unit unit = Unit.parse(text);
      if (UNITS.size() < UNIT_CACHE_SIZE) {
        UNITS.putIfAbsent(text, unit);
      }
      return unit;
    } catch (UnknownUnitException e) {
      throw in.fail("unknown unit '" + JsonIn.abbreviate(text) + "'", UNIT_EXPECTED);
    }
  }

  static void writeUnit(JsonGenerator g, Unit unit) {
    g.writeString(unit.name());
  }

  static Metric readMetric(JsonIn in) {
    return readMetric(in, null);
  }

  /**
   * Reads a metric, object or shorthand string; where {@code citation} is not null, the object
   * may also hold a {@code citation}, which is passed to it.
   */
  static Metric readMetric(JsonIn in, Consumer<Citation> citation) {
    if (in.parser.currentToken() == JsonToken.VALUE_STRING) {
      return readShorthand(in);
    }
    if (in.parser.currentToken() != JsonToken.START_OBJECT) {
      throw in.expected(METRIC_EXPECTED);
    }
    TokenStreamLocation start = in.parser.currentTokenLocation();
    BigDecimal value = null;
    BigDecimal min = null;
    BigDecimal max = null;
    Unit unit = null;
    Qualifier qualifier = null;
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "value":
          value = Decimals.read(in, "the value");
          break;
        case "min":
          min = Decimals.read(in, "the lower end of a range");
          break;
        case "max":
          max = Decimals.read(in, "the upper end of a range");
          break;
        case "unit":
          unit = readUnit(in);
          break;
        case "qualifier":
          qualifier = in.enumValue(Qualifier.class);
          break;
        case "base":
        case "input":
          in.parser.skipChildren(); // written by `parkdata parse --json`; derived, so ignored
          break;
        default:
          if (citation != null && field.equals("citation")) {
            citation.accept(readCitation(in));
          } else {
            in.unknownField(field, citation == null ? METRIC_FIELDS : METRIC_FIELDS + ", citation");
          }
      }
    }
    return buildMetric(in, start, value, min, max, unit, qualifier);
  }

  private static Metric buildMetric(
      JsonIn in, TokenStreamLocation start, BigDecimal value, BigDecimal min, BigDecimal max,
      Unit unit, Qualifier qualifier) {
    if (unit == null) {
      throw new JsonReadException(null, in.path(), start, "a metric without a unit", "the field unit", null);
    }
    boolean range = min != null || max != null;
    if (range && (min == null || max == null || value != null)) {
      throw new JsonReadException(null, in.path(), start,
          "a range needs both min and max and no value", "min and max, or value", null);
    }
    if (!range && value == null) {
      throw new JsonReadException(null, in.path(), start, "a metric without a value",
          "the field value (or min and max for a range)", null);
    }
    if (range && qualifier != null && qualifier != Qualifier.RANGE
        || !range && qualifier == Qualifier.RANGE) {
      throw new JsonReadException(null, in.path(), start,
          "qualifier RANGE goes with min and max, and only with them", "min and max with RANGE", null);
    }
    BigDecimal lower = min;
    BigDecimal upper = max;
    BigDecimal stated = value;
    Unit theUnit = unit;
    Qualifier theQualifier = qualifier == null ? Qualifier.EXACT : qualifier;
    return in.build(start, "metric", () -> range
        ? Metric.range(lower, upper, theUnit) : Metric.of(stated, theUnit, theQualifier));
  }

  private static Metric readShorthand(JsonIn in) {
    String text = in.parser.getString();
    if (text.length() > MAX_SHORTHAND) {
      throw in.fail("a metric string of " + text.length() + " characters",
          "a metric string such as \"2万余家\" of at most " + MAX_SHORTHAND + " characters");
    }
    Metric metric;
    try {
      metric = Metric.parse(text);
    } catch (MetricParseException e) {
      throw in.fail("cannot read a metric from '" + JsonIn.abbreviate(text) + "' at index " + e.errorIndex(),
          e.expected() + " (" + METRIC_EXPECTED + ")");
    }
    if (!Decimals.withinBounds(metric.value()) || metric.isRange() && !Decimals.withinBounds(metric.max())) {
      throw in.fail("'" + JsonIn.abbreviate(text) + "' is out of range", METRIC_EXPECTED);
    }
    return metric;
  }

  static void writeMetric(JsonGenerator g, Metric metric) {
    g.writeStartObject();
    writeMetricFields(g, metric);
    g.writeEndObject();
  }

  static void writeMetricFields(JsonGenerator g, Metric metric) {
    if (metric.isRange()) {
      g.writeStringProperty("min", Decimals.toText(metric.value()));
      g.writeStringProperty("max", Decimals.toText(metric.max()));
    } else {
      g.writeStringProperty("value", Decimals.toText(metric.value()));
    }
    g.writeStringProperty("unit", metric.unit().name());
    if (metric.qualifier() != Qualifier.EXACT) {
      g.writeStringProperty("qualifier", metric.qualifier().name());
    }
  }

  // ---- Period

  static Period readPeriod(JsonIn in) {
    if (in.parser.currentToken() == JsonToken.START_OBJECT) {
      TokenStreamLocation start = in.parser.currentTokenLocation();
      Period period = null;
      String label = null;
      for (String field; (field = in.nextField()) != null; ) {
        switch (field) {
          case "value":
            period = periodText(in);
            break;
          case "label":
            label = in.string("a label such as 十四五");
            break;
          default:
            in.unknownField(field, "value, label");
        }
      }
      Period unlabelled = period;
      String theLabel = label;
      return in.build(start, "period", () -> {
        if (unlabelled == null) {
          throw new IllegalStateException("Cannot build Period, some of required attributes are not set [value]");
        }
        return theLabel == null ? unlabelled : unlabelled.withLabel(theLabel);
      });
    }
    return periodText(in);
  }

  private static Period periodText(JsonIn in) {
    String text = in.string(Periods.EXPECTED);
    try {
      Period period = Periods.parse(text);
      if (period != null) {
        return period;
      }
    } catch (IllegalArgumentException e) {
      throw in.fail("'" + JsonIn.abbreviate(text) + "' is not a period: " + e.getMessage(), Periods.EXPECTED);
    }
    throw in.fail("'" + JsonIn.abbreviate(text) + "' is not a period", Periods.EXPECTED);
  }

  static void writePeriod(JsonGenerator g, Period period) {
    if (period.label().isEmpty()) {
      g.writeString(Periods.toText(period));
      return;
    }
    g.writeStartObject();
    g.writeStringProperty("value", Periods.toText(period));
    g.writeStringProperty("label", period.label().get());
    g.writeEndObject();
  }

  // ---- Indicator and Dimension

  static Indicator readIndicator(JsonIn in) {
    if (in.parser.currentToken() == JsonToken.VALUE_STRING) {
      String code = in.parser.getString();
      Indicator standard = STANDARD_INDICATORS.get(code);
      if (standard == null) {
        throw in.fail("unknown indicator '" + JsonIn.abbreviate(code) + "'",
            "the code of a standard indicator such as revenue or enterprises, or an indicator object");
      }
      return standard;
    }
    return readIndicatorFields(in, in.startObject("an indicator code or object"));
  }

  static Indicator readIndicatorFields(JsonIn in, TokenStreamLocation start) {
    Indicator.Builder b = Indicator.builder();
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "code":
          b.code(in.string("an indicator code such as revenue"));
          break;
        case "chineseName":
          b.chineseName(in.string("a Chinese name"));
          break;
        case "englishName":
          b.englishName(in.string("an English name"));
          break;
        case "dimension":
          b.dimension(readDimension(in));
          break;
        default:
          in.unknownField(field, "code, chineseName, englishName, dimension");
      }
    }
    return in.build(start, "indicator", b::build);
  }

  /** Writes a standard indicator as its code and any other as an object. */
  static void writeIndicator(JsonGenerator g, Indicator indicator) {
    Indicator standard = STANDARD_INDICATORS.get(indicator.code());
    if (standard == indicator || indicator.equals(standard)) {
      g.writeString(indicator.code());
    } else {
      writeIndicatorObject(g, indicator);
    }
  }

  static void writeIndicatorObject(JsonGenerator g, Indicator indicator) {
    g.writeStartObject();
    writeIndicatorFields(g, indicator);
    g.writeEndObject();
  }

  static void writeIndicatorFields(JsonGenerator g, Indicator indicator) {
    g.writeStringProperty("code", indicator.code());
    g.writeStringProperty("chineseName", indicator.chineseName());
    g.writeStringProperty("englishName", indicator.englishName());
    g.writeStringProperty("dimension", indicator.dimension().toString());
  }


  static Dimension readDimension(JsonIn in) {
    String text = in.string(Dimensions.EXPECTED);
    try {
      return Dimensions.parse(text);
    } catch (IllegalArgumentException e) {
      throw in.fail("'" + JsonIn.abbreviate(text) + "' is not a dimension: " + e.getMessage(), Dimensions.EXPECTED);
    }
  }

  static void writeDimension(JsonGenerator g, Dimension dimension) {
    g.writeString(dimension.toString());
  }

  // ---- Industry, Names, Location

  static Industry readIndustry(JsonIn in) {
    return Industry.of(in.text("an industry name such as 生物医药"));
  }

  static void writeIndustry(JsonGenerator g, Industry industry) {
    g.writeString(industry.name());
  }

  static Names readNames(JsonIn in) {
    TokenStreamLocation start = in.startObject("names");
    Names.Builder b = Names.builder();
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "official":
          b.official(in.string("the official name"));
          break;
        case "traditional":
          b.traditional(in.string("the name in traditional characters"));
          break;
        case "english":
          b.english(in.string("the English name"));
          break;
        case "shortNames":
          b.addAllShortNames(in.texts("short names"));
          break;
        case "formerNames":
          b.addAllFormerNames(in.texts("former names"));
          break;
        default:
          in.unknownField(field, "official, traditional, english, shortNames, formerNames");
      }
    }
    return in.build(start, "names", b::build);
  }

  static void writeNames(JsonGenerator g, Names names) {
    g.writeStartObject();
    g.writeStringProperty("official", names.official());
    writeOptional(g, "traditional", names.traditional());
    writeOptional(g, "english", names.english());
    writeStrings(g, "shortNames", names.shortNames());
    writeStrings(g, "formerNames", names.formerNames());
    g.writeEndObject();
  }

  static Location readLocation(JsonIn in) {
    TokenStreamLocation start = in.startObject("a location");
    Location.Builder b = Location.builder();
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "province":
          b.province(in.enumValue(Province.class));
          break;
        case "city":
          b.city(in.string("a city"));
          break;
        case "district":
          b.district(in.string("a district"));
          break;
        case "divisionCode":
          b.divisionCode(in.string("a GB/T 2260 division code"));
          break;
        default:
          in.unknownField(field, "province, city, district, divisionCode");
      }
    }
    return in.build(start, "location", b::build);
  }

  static void writeLocation(JsonGenerator g, Location location) {
    g.writeStartObject();
    location.province().ifPresent(p -> g.writeStringProperty("province", p.name()));
    writeOptional(g, "city", location.city());
    writeOptional(g, "district", location.district());
    writeOptional(g, "divisionCode", location.divisionCode());
    g.writeEndObject();
  }

  // ---- Source, Citation, TextSpan

  static Source readSource(JsonIn in) {
    TokenStreamLocation start = in.startObject("a source");
    Source.Builder b = Source.builder();
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "publisher":
          b.publisher(in.string("a publisher"));
          break;
        case "title":
          b.title(in.string("a title"));
          break;
        case "published":
          b.published(in.date());
          break;
        case "url":
          b.url(in.uri());
          break;
        case "authors":
          b.addAllAuthors(in.texts("authors"));
          break;
        default:
          in.unknownField(field, "publisher, title, published, url, authors");
      }
    }
    return in.build(start, "source", b::build);
  }

  static void writeSource(JsonGenerator g, Source source) {
    g.writeStartObject();
    g.writeStringProperty("publisher", source.publisher());
    g.writeStringProperty("title", source.title());
    source.published().ifPresent(d -> g.writeStringProperty("published", d.toString()));
    source.url().ifPresent(u -> g.writeStringProperty("url", u.toString()));
    writeStrings(g, "authors", source.authors());
    g.writeEndObject();
  }

  static Citation readCitation(JsonIn in) {
    TokenStreamLocation start = in.startObject("a citation");
    Citation.Builder b = Citation.builder();
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "source":
          b.source(readSource(in));
          break;
        case "quote":
          b.quote(in.string("a quote"));
          break;
        case "span":
          b.span(readTextSpan(in));
          break;
        default:
          in.unknownField(field, "source, quote, span");
      }
    }
    return in.build(start, "citation", b::build);
  }

  static void writeCitation(JsonGenerator g, Citation citation) {
    g.writeStartObject();
    g.writeName("source");
    writeSource(g, citation.source());
    writeOptional(g, "quote", citation.quote());
    citation.span().ifPresent(s -> {
      g.writeName("span");
      writeTextSpan(g, s);
    });
    g.writeEndObject();
  }

  static TextSpan readTextSpan(JsonIn in) {
    TokenStreamLocation start = in.startObject("a text span");
    TextSpan.Builder b = TextSpan.builder();
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "start":
          b.start(in.integer("the index of the first character"));
          break;
        case "end":
          b.end(in.integer("the index after the last character"));
          break;
        default:
          in.unknownField(field, "start, end");
      }
    }
    return in.build(start, "text span", b::build);
  }

  static void writeTextSpan(JsonGenerator g, TextSpan span) {
    g.writeStartObject();
    g.writeNumberProperty("start", span.start());
    g.writeNumberProperty("end", span.end());
    g.writeEndObject();
  }

  // ---- helpers for writers

  static void writeOptional(JsonGenerator g, String name, Optional<String> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get());
    }
  }

  static void writeStrings(JsonGenerator g, String name, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartArray();
    for (String value : values) {
      g.writeString(value);
    }
    g.writeEndArray();
  }

  static void writeCitation(JsonGenerator g, Optional<Citation> citation) {
    if (citation.isPresent()) {
      g.writeName("citation");
      writeCitation(g, citation.get());
    }
  }

  static void writeMetricProperty(JsonGenerator g, String name, Metric metric) {
    g.writeName(name);
    writeMetric(g, metric);
  }
}
