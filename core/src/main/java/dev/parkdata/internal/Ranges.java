package dev.parkdata.internal;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import dev.parkdata.metric.Interval;
import dev.parkdata.metric.Metric;
import dev.parkdata.unit.Rational;
import java.math.BigDecimal;

/**
 * Between the API's {@link Interval} and Guava's {@link Range}, on which the interval arithmetic
 * of the core packages runs. Not API: Guava stays out of public signatures.
 */
public final class Ranges {
  private Ranges() {}

  /** Builds a range; a {@code null} endpoint is absent. */
  public static <C extends Comparable<? super C>> Range<C> of(C lower, BoundType lowerType, C upper, BoundType upperType) {
    if (lower == null) {
      return upper == null ? Range.all() : Range.upTo(upper, upperType);
    }
    return upper == null ? Range.downTo(lower, lowerType) : Range.range(lower, lowerType, upper, upperType);
  }

  /** The range of {@code interval}'s values. */
  public static Range<BigDecimal> range(Interval interval) {
    return of(
        interval.hasLowerBound() ? interval.lowerEndpoint() : null, type(interval.isLowerClosed()),
        interval.hasUpperBound() ? interval.upperEndpoint() : null, type(interval.isUpperClosed()));
  }

  /** The interval of {@code range}'s values. */
  public static Interval interval(Range<BigDecimal> range) {
    if (!range.hasLowerBound()) {
      if (!range.hasUpperBound()) {
        return Interval.all();
      }
      return closed(range.upperBoundType()) ? Interval.atMost(range.upperEndpoint()) : Interval.lessThan(range.upperEndpoint());
    }
    BigDecimal lo = range.lowerEndpoint();
    boolean loClosed = closed(range.lowerBoundType());
    if (!range.hasUpperBound()) {
      return loClosed ? Interval.atLeast(lo) : Interval.greaterThan(lo);
    }
    BigDecimal hi = range.upperEndpoint();
    if (closed(range.upperBoundType())) {
      return loClosed ? Interval.closed(lo, hi) : Interval.openClosed(lo, hi);
    }
    return loClosed ? Interval.closedOpen(lo, hi) : Interval.open(lo, hi);
  }

  /** The bounds of {@code metric} in the reference unit of its dimension, exactly. */
  public static Range<Rational> reference(Metric metric) {
    Interval b = metric.bounds();
    Rational f = metric.unit().factor();
    return of(
        b.hasLowerBound() ? Rational.of(b.lowerEndpoint()).multiply(f) : null, type(b.isLowerClosed()),
        b.hasUpperBound() ? Rational.of(b.upperEndpoint()).multiply(f) : null, type(b.isUpperClosed()));
  }

  /** The bound type of a side that is closed or not. */
  public static BoundType type(boolean closed) {
    return closed ? BoundType.CLOSED : BoundType.OPEN;
  }

  private static boolean closed(BoundType type) {
    return type == BoundType.CLOSED;
  }
}
