package dev.parkdata.testing;

import dev.parkdata.metric.Metric;
import dev.parkdata.metric.MetricFormat;
import dev.parkdata.metric.Qualifier;
import dev.parkdata.unit.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Metric}, with failure messages that show the figures as Chinese
 * reporting writes them ({@code 1900亿元}, {@code 2万余家}, {@code 最高2000万元}). Obtain one from
 * {@link ParkDataAssertions#assertThat(Metric)}:
 *
 * <pre>{@code
 * assertThat(Metric.parse("0.19万亿元")).isEquivalentTo("1900亿元");
 * assertThat(Metric.parse("2万余家")).hasQualifier(Qualifier.OVER).isWithinBoundsOf("超过1万家");
 * }</pre>
 */
public final class MetricAssert extends AbstractAssert<MetricAssert, Metric> {
  private static final MathContext WORKING = MathContext.DECIMAL128;

  MetricAssert(Metric actual) {
    super(actual, MetricAssert.class);
  }

  static String zh(Metric metric) {
    return MetricFormat.SIMPLIFIED.format(metric);
  }

  /**
   * Verifies that the actual metric denotes the same quantity as {@code expected}, parsed by
   * {@link Metric#parse}, whatever the units: {@code 0.19万亿元} is equivalent to {@code 1900亿元},
   * {@code 47775亩} to {@code 31.85平方公里}. Qualifiers must be equal.
   *
   * @throws dev.parkdata.metric.MetricParseException if {@code expected} is not a metric
   */
  public MetricAssert isEquivalentTo(String expected) {
    return isEquivalentTo(Metric.parse(expected));
  }

  /** Verifies that the actual metric denotes the same quantity as {@code expected}. */
  public MetricAssert isEquivalentTo(Metric expected) {
    isNotNull();
    Objects.requireNonNull(expected, "expected");
    if (!actual.isSameQuantity(expected)) {
      failWithMessage(
          "%nExpecting metric:%n  %s%nto be equivalent to:%n  %s%nbut %s",
          zh(actual), zh(expected), difference(expected));
    }
    return myself;
  }

  /** Verifies that the actual metric does not denote the same quantity as {@code other}. */
  public MetricAssert isNotEquivalentTo(String other) {
    isNotNull();
    Metric o = Metric.parse(other);
    if (actual.isSameQuantity(o)) {
      failWithMessage("%nExpecting metric:%n  %s%nnot to be equivalent to:%n  %s%nbut it is", zh(actual), zh(o));
    }
    return myself;
  }

  private String difference(Metric expected) {
    if (!actual.dimension().equals(expected.dimension())) {
      return "the dimensions differ: " + actual.dimension() + " and " + expected.dimension();
    }
    if (actual.qualifier() != expected.qualifier()) {
      return "the qualifiers differ: " + actual.qualifier() + " and " + expected.qualifier();
    }
    return "in " + expected.unit() + " it is " + zh(inUnitOf(actual, expected.unit()));
  }

  private static Metric inUnitOf(Metric metric, Unit unit) {
    return metric.unit().equals(unit) ? metric : metric.to(unit, WORKING);
  }

  /** Verifies that the actual metric has the qualifier {@code expected} (超过, 约, 以上 …). */
  public MetricAssert hasQualifier(Qualifier expected) {
    isNotNull();
    if (actual.qualifier() != expected) {
      failWithMessage(
          "%nExpecting metric:%n  %s%nto have qualifier %s but it has %s", zh(actual), expected, actual.qualifier());
    }
    return myself;
  }

  /** Verifies that the actual metric is stated in {@code expected}, such as {@code 亿元}. */
  public MetricAssert hasUnit(String expected) {
    return hasUnit(Unit.parse(expected));
  }

  /** Verifies that the actual metric is stated in {@code expected}. */
  public MetricAssert hasUnit(Unit expected) {
    isNotNull();
    if (!actual.unit().equals(expected)) {
      failWithMessage("%nExpecting metric:%n  %s%nto be stated in %s but it is in %s", zh(actual), expected, actual.unit());
    }
    return myself;
  }

  /** Verifies that the actual metric's stated value equals {@code expected}, ignoring trailing zeros. */
  public MetricAssert hasValue(String expected) {
    isNotNull();
    BigDecimal value = new BigDecimal(expected);
    if (actual.value().compareTo(value) != 0) {
      failWithMessage("%nExpecting metric:%n  %s%nto have value %s but it has %s", zh(actual), expected, actual.value().toPlainString());
    }
    return myself;
  }

  /**
   * Verifies that every quantity the actual metric allows is one {@code outer} allows: {@code
   * 2万余家} is within the bounds of {@code 超过1万家}, {@code 200亿元} of {@code 200亿元以上}, {@code
   * 450个} of {@code 400-600个}. Units may differ.
   */
  public MetricAssert isWithinBoundsOf(String outer) {
    return isWithinBoundsOf(Metric.parse(outer));
  }

  /** Verifies that every quantity the actual metric allows is one {@code outer} allows. */
  public MetricAssert isWithinBoundsOf(Metric outer) {
    isNotNull();
    Objects.requireNonNull(outer, "outer");
    if (!actual.dimension().equals(outer.dimension())
        || !outer.bounds().encloses(inUnitOf(actual, outer.unit()).bounds())) {
      failWithMessage(
          "%nExpecting metric:%n  %s (bounds %s)%nto lie within the bounds of:%n  %s (bounds %s)%nbut it does not",
          zh(actual), actual.bounds(), zh(outer), outer.bounds());
    }
    return myself;
  }
}
