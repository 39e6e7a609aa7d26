package dev.parkdata.io;

import dev.parkdata.metric.Interval;
import dev.parkdata.metric.Metric;
import dev.parkdata.metric.MetricParseException;
import dev.parkdata.metric.Qualifier;
import dev.parkdata.source.Citation;
import dev.parkdata.unit.Unit;
import dev.parkdata.validation.Path;
import java.math.BigDecimal;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * A {@link Metric}: an object {@code {"value":"31.85","unit":"平方公里"}} (a range has {@code min}
 * and {@code max}, and {@code "minOpen":true} or {@code "maxOpen":true} for an end it leaves out)
 * or the Chinese shorthand {@code "31.85平方公里"}. The area variant's object may also carry a
 * {@code citation}, which goes to the area.
 */
final class MetricCodec extends ValueCodec<MetricCodec.Parts> {
  static final String EXPECTED =
      "a metric: an object such as {\"value\":\"31.85\",\"unit\":\"平方公里\"} or a string such as \"31.85平方公里\"";
  static final int MAX_SHORTHAND = 100;

  /** The fields of a metric as read, and its citation where one may come along. */
  static final class Parts {
    BigDecimal value;
    BigDecimal min;
    BigDecimal max;
    Unit unit;
    Qualifier qualifier;
    /** Null where the field is absent, which only a range may hold. */
    Boolean minOpen;
    Boolean maxOpen;
    Citation citation;
    Metric metric;

    Parts() {}

    Parts(Metric metric, Citation citation) {
      this.metric = metric;
      this.citation = citation;
    }
  }

  private static final ObjectCodec<Metric, Metric> FINISH = new ObjectCodec<>("metric", () -> null, m -> m);

  final ObjectCodec<Parts, Parts> table;

  private MetricCodec(boolean withCitation) {
    table = new ObjectCodec<Parts, Parts>("metric", Parts::new, p -> p)
        .optional("value", p -> p.metric.isRange() ? Optional.empty() : Optional.of(p.metric.value()),
            (p, v) -> p.value = v, Values.decimal("the value"))
        .optional("min", p -> p.metric.isRange() ? Optional.of(p.metric.value()) : Optional.empty(),
            (p, v) -> p.min = v, Values.decimal("the lower end of a range"))
        .optional("max", p -> Optional.ofNullable(p.metric.isRange() ? p.metric.max() : null),
            (p, v) -> p.max = v, Values.decimal("the upper end of a range"))
        .required("unit", p -> p.metric.unit(), (p, v) -> p.unit = v, Values.UNIT)
        .defaulted("qualifier", p -> p.metric.qualifier(), (p, v) -> p.qualifier = v,
            Values.enumeration(Qualifier.class), Qualifier.EXACT)
        .defaulted("minOpen", p -> p.metric.isRange() && !p.metric.bounds().isLowerClosed(), (p, v) -> p.minOpen = v,
            Values.BOOLEAN, false)
        .defaulted("maxOpen", p -> p.metric.isRange() && !p.metric.bounds().isUpperClosed(), (p, v) -> p.maxOpen = v,
            Values.BOOLEAN, false);
    if (withCitation) {
      table.optional("citation", p -> Optional.ofNullable(p.citation), (p, v) -> p.citation = v, SourceCodecs.CITATION);
    }
    // written by `parkdata parse --json`; derived, so ignored
    table.ignored("base").ignored("input");
  }

  static final MetricCodec METRIC = new MetricCodec(false);
  static final MetricCodec AREA_VALUE = new MetricCodec(true);

  /** The codec of metrics alone. */
  static final ValueCodec<Metric> STANDALONE = new ValueCodec<Metric>() {
    @Override
    Metric read(ReadState in, Path path) {
      return METRIC.read(in, path).metric;
    }

    @Override
    void write(JsonGenerator g, Metric value) {
      METRIC.write(g, new Parts(value, null));
    }

    @Override
    String expected() {
      return EXPECTED;
    }
  };

  @Override
  Parts read(ReadState in, Path path) {
    if (in.parser.currentToken() == JsonToken.VALUE_STRING) {
      Parts parts = new Parts();
      parts.metric = shorthand(in, path);
      return parts;
    }
    if (in.parser.currentToken() != JsonToken.START_OBJECT) {
      throw in.expected(EXPECTED, path);
    }
    TokenStreamLocation start = in.location();
    Parts parts = table.readFields(in, path, start);
    parts.metric = build(in, path, start, parts);
    return parts;
  }

  private Metric build(ReadState in, Path path, TokenStreamLocation start, Parts p) {
    boolean range = p.min != null || p.max != null;
    if (range && (p.min == null || p.max == null || p.value != null)) {
      throw in.failAt(start, "a range needs both min and max and no value", "min and max, or value", path, null);
    }
    if (!range && p.value == null) {
      throw in.failAt(start, "a metric without a value", "the field value (or min and max for a range)", path, null);
    }
    if (range && p.qualifier != null && p.qualifier != Qualifier.RANGE || !range && p.qualifier == Qualifier.RANGE) {
      throw in.failAt(start, "qualifier RANGE goes with min and max, and only with them", "min and max with RANGE",
          path, null);
    }
    if (!range && (p.minOpen != null || p.maxOpen != null)) {
      throw in.failAt(start, "minOpen or maxOpen on a metric that is not a range", "minOpen and maxOpen with min and max",
          path, null);
    }
    Qualifier qualifier = p.qualifier == null ? Qualifier.EXACT : p.qualifier;
    return FINISH.finish(in, path, start,
        () -> range ? range(p.min, Boolean.TRUE.equals(p.minOpen), p.max, Boolean.TRUE.equals(p.maxOpen), p.unit) : Metric.of(p.value, p.unit, qualifier));
  }

  /** The range from {@code min} to {@code max}, each end left out where it is open. */
  static Metric range(BigDecimal min, boolean minOpen, BigDecimal max, boolean maxOpen, Unit unit) {
    if (!minOpen && !maxOpen) {
      return Metric.range(min, max, unit);
    }
    Interval ends = minOpen && maxOpen ? Interval.open(min, max)
        : minOpen ? Interval.openClosed(min, max)
        : Interval.closedOpen(min, max);
    return Metric.range(ends, unit);
  }

  private static Metric shorthand(ReadState in, Path path) {
    String text = in.parser.getString();
    if (text.length() > MAX_SHORTHAND) {
      throw in.fail("a metric string of " + text.length() + " characters",
          "a metric string such as \"2万余家\" of at most " + MAX_SHORTHAND + " characters", path);
    }
    Metric metric;
    try {
      metric = in.options.metrics.parse(text);
    } catch (MetricParseException e) {
      throw in.fail("cannot read a metric from '" + JsonText.abbreviate(text) + "' at index " + e.errorIndex(),
          e.expected() + " (" + EXPECTED + ")", path);
    }
    if (!Decimals.withinBounds(metric.value()) || metric.isRange() && !Decimals.withinBounds(metric.max())) {
      throw in.fail("'" + JsonText.abbreviate(text) + "' is out of range", EXPECTED, path);
    }
    return metric;
  }

  @Override
  void write(JsonGenerator g, Parts value) {
    table.write(g, value);
  }

  @Override
  String expected() {
    return EXPECTED;
  }
}
