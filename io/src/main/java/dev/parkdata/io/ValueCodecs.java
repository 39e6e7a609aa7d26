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
import dev.parkdata.observation.PeriodKind;
import dev.parkdata.source.Citation;
import dev.parkdata.source.Source;
import dev.parkdata.source.TextSpan;
import dev.parkdata.unit.Dimension;
import dev.parkdata.unit.Unit;
import dev.parkdata.unit.UnknownUnitException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.SerializedString;

/** Reading and writing of the value types: metrics, units, periods, names, sources and so on. */
final class ValueCodecs {
  static final String UNIT_EXPECTED = "a unit such as 平方公里, 亿元 or 家";
  static final String METRIC_EXPECTED =
      "a metric: an object such as {\"value\":\"31.85\",\"unit\":\"平方公里\"} or a string such as \"31.85平方公里\"";
  static final String DIMENSION_EXPECTED =
      "a dimension key such as area, money(CNY), count(家), duration(年) or money(CNY)/area";
  private static final String METRIC_FIELDS = "value, min, max, unit, qualifier, base, input";
  private static final int MAX_SHORTHAND = 100;
  private static final int UNIT_CACHE_SIZE = 1024;
  private static final ConcurrentHashMap<String, Unit> UNITS = new ConcurrentHashMap<>();
  private static final Map<String, Indicator> STANDARD_INDICATORS = Indicators.standard().stream()
      .collect(Collectors.toUnmodifiableMap(Indicator::code, i -> i));

  static final SerializableString VALUE = new SerializedString("value");
  static final SerializableString CITATION = new SerializedString("citation");
  private static final SerializableString MIN = new SerializedString("min");
  private static final SerializableString MAX = new SerializedString("max");
  private static final SerializableString UNIT = new SerializedString("unit");
  private static final SerializableString QUALIFIER = new SerializedString("qualifier");
  private static final SerializableString OFFICIAL = new SerializedString("official");
  private static final SerializableString SHORT_NAMES = new SerializedString("shortNames");
  private static final SerializableString PROVINCE = new SerializedString("province");
  private static final SerializableString CITY = new SerializedString("city");
  private static final SerializableString PUBLISHER = new SerializedString("publisher");
  private static final SerializableString TITLE = new SerializedString("title");
  private static final SerializableString PUBLISHED = new SerializedString("published");
  private static final SerializableString SOURCE = new SerializedString("source");
  private static final SerializableString QUOTE = new SerializedString("quote");

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
      writeProperty(g, MIN, Decimals.toText(metric.value()));
      writeProperty(g, MAX, Decimals.toText(metric.max()));
    } else {
      writeProperty(g, VALUE, Decimals.toText(metric.value()));
    }
    writeProperty(g, UNIT, metric.unit().name());
    if (metric.qualifier() != Qualifier.EXACT) {
      writeProperty(g, QUALIFIER, metric.qualifier().name());
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
    Optional<String> label = period.label();
    if (label.isEmpty()) {
      if (period.kind() == PeriodKind.AS_OF) {
        writeDate(g, period.start());
      } else {
        g.writeString(Periods.toText(period));
      }
      return;
    }
    g.writeStartObject();
    writeProperty(g, VALUE, Periods.toText(period));
    g.writeStringProperty("label", label.get());
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
    String text = in.string(DIMENSION_EXPECTED);
    try {
      return Dimension.parse(text);
    } catch (IllegalArgumentException e) {
      throw in.fail("'" + JsonIn.abbreviate(text) + "' is not a dimension: " + e.getMessage(), DIMENSION_EXPECTED);
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
    writeProperty(g, OFFICIAL, names.official());
    writeOptional(g, "traditional", names.traditional());
    writeOptional(g, "english", names.english());
    writeStrings(g, SHORT_NAMES, names.shortNames());
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
    Optional<Province> province = location.province();
    if (province.isPresent()) {
      writeProperty(g, PROVINCE, province.get().name());
    }
    writeOptional(g, CITY, location.city());
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
    writeProperty(g, PUBLISHER, source.publisher());
    writeProperty(g, TITLE, source.title());
    Optional<LocalDate> published = source.published();
    if (published.isPresent()) {
      g.writeName(PUBLISHED);
      writeDate(g, published.get());
    }
    Optional<URI> url = source.url();
    if (url.isPresent()) {
      g.writeStringProperty("url", url.get().toString());
    }
    writeStrings(g, "authors", source.authors());
    g.writeEndObject();
  }

  /** Writes {@code date} as {@link LocalDate#toString()} does, without making a string. */
  static void writeDate(JsonGenerator g, LocalDate date) {
    writeIso(g, date.getYear(), date.getMonthValue(), date.getDayOfMonth(), date);
  }

  /** Writes {@code month} as {@link YearMonth#toString()} does, without making a string. */
  static void writeYearMonth(JsonGenerator g, YearMonth month) {
    writeIso(g, month.getYear(), month.getMonthValue(), 0, month);
  }

  /**
   * Writes {@code yyyy-MM-dd}, or {@code yyyy-MM} if {@code day} is 0, as the {@code toString} of
   * {@code value} (used for years beyond four digits) does.
   */
  private static void writeIso(JsonGenerator g, int year, int month, int day, Object value) {
    if (year < 0 || year > 9999) {
      g.writeString(value.toString());
      return;
    }
    char[] text = new char[day == 0 ? 7 : 10];
    digits(text, 0, year, 4);
    text[4] = '-';
    digits(text, 5, month, 2);
    if (day != 0) {
      text[7] = '-';
      digits(text, 8, day, 2);
    }
    g.writeString(text, 0, text.length);
  }

  /** Writes {@code count} decimal digits of {@code value} into {@code text} from {@code at}. */
  private static void digits(char[] text, int at, int value, int count) {
    int rest = value;
    for (int i = at + count - 1; i >= at; i--) {
      text[i] = (char) ('0' + rest % 10);
      rest /= 10;
    }
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
    g.writeName(SOURCE);
    writeSource(g, citation.source());
    writeOptional(g, QUOTE, citation.quote());
    Optional<TextSpan> span = citation.span();
    if (span.isPresent()) {
      g.writeName("span");
      writeTextSpan(g, span.get());
    }
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

  static void writeOptional(JsonGenerator g, SerializableString name, Optional<String> value) {
    if (value.isPresent()) {
      writeProperty(g, name, value.get());
    }
  }

  /** Writes a string property whose name is encoded once, as databind does. */
  static void writeProperty(JsonGenerator g, SerializableString name, String value) {
    g.writeName(name);
    g.writeString(value);
  }

  static void writeStrings(JsonGenerator g, String name, List<String> values) {
    if (!values.isEmpty()) {
      g.writeName(name);
      writeStringArray(g, values);
    }
  }

  static void writeStrings(JsonGenerator g, SerializableString name, List<String> values) {
    if (!values.isEmpty()) {
      g.writeName(name);
      writeStringArray(g, values);
    }
  }

  private static void writeStringArray(JsonGenerator g, List<String> values) {
    g.writeStartArray();
    for (String value : values) {
      g.writeString(value);
    }
    g.writeEndArray();
  }

  static void writeCitation(JsonGenerator g, Optional<Citation> citation) {
    if (citation.isPresent()) {
      g.writeName(CITATION);
      writeCitation(g, citation.get());
    }
  }

  static void writeMetricProperty(JsonGenerator g, String name, Metric metric) {
    g.writeName(name);
    writeMetric(g, metric);
  }

  static void writeMetricProperty(JsonGenerator g, SerializableString name, Metric metric) {
    g.writeName(name);
    writeMetric(g, metric);
  }
}
