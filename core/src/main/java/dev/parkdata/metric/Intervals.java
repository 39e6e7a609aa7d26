package dev.parkdata.metric;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import dev.parkdata.internal.Decimals;
import dev.parkdata.internal.Ranges;
import dev.parkdata.unit.Rational;
import dev.parkdata.unit.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.function.Function;

/**
 * Interval arithmetic on the bounds of metrics, and the choice of the qualifier that states a
 * computed interval. Every operation is sound: the result contains every value the operands
 * allow.
 */
final class Intervals {
  private Intervals() {}

  /** Maps the endpoints of a range by monotonically increasing functions. */
  static Range<BigDecimal> map(
      Range<BigDecimal> range, Function<BigDecimal, BigDecimal> lower, Function<BigDecimal, BigDecimal> upper) {
    return Ranges.of(
        range.hasLowerBound() ? lower.apply(range.lowerEndpoint()) : null, lowerType(range),
        range.hasUpperBound() ? upper.apply(range.upperEndpoint()) : null, upperType(range));
  }

  static Range<Rational> toRational(Range<BigDecimal> range) {
    return Ranges.of(
        range.hasLowerBound() ? Rational.of(range.lowerEndpoint()) : null, lowerType(range),
        range.hasUpperBound() ? Rational.of(range.upperEndpoint()) : null, upperType(range));
  }

  /**
   * Converts a rational range to decimals: exactly when {@code mc} is null (throwing {@link
   * ArithmeticException} if an endpoint does not terminate), otherwise rounding outwards.
   */
  static Range<BigDecimal> toDecimal(Range<Rational> range, MathContext mc) {
    BigDecimal lower = null;
    BigDecimal upper = null;
    if (range.hasLowerBound()) {
      lower = mc == null ? range.lowerEndpoint().toBigDecimalExact() : roundTowards(range.lowerEndpoint(), mc, RoundingMode.FLOOR);
    }
    if (range.hasUpperBound()) {
      upper = mc == null ? range.upperEndpoint().toBigDecimalExact() : roundTowards(range.upperEndpoint(), mc, RoundingMode.CEILING);
    }
    return Ranges.of(lower, lowerType(range), upper, upperType(range));
  }

  private static BigDecimal roundTowards(Rational r, MathContext mc, RoundingMode mode) {
    return Decimals.normalize(r.toBigDecimal(new MathContext(mc.getPrecision(), mode)));
  }

  /** Whether {@code r} is a decimal of at most {@code mc}'s precision. */
  static boolean fits(Rational r, MathContext mc) {
    return r.isTerminating() && r.toBigDecimalExact().precision() <= mc.getPrecision();
  }

  /** {@code r}, exact where it {@linkplain #fits fits}, rounded by {@code mc} otherwise. */
  static BigDecimal round(Rational r, MathContext mc) {
    return fits(r, mc) ? r.toBigDecimalExact() : Decimals.normalize(r.toBigDecimal(mc));
  }

  /** The sum of two intervals: endpoints add; a side is open if either is, absent if either is. */
  static Range<Rational> add(Range<Rational> a, Range<Rational> b) {
    Rational lower = a.hasLowerBound() && b.hasLowerBound() ? a.lowerEndpoint().add(b.lowerEndpoint()) : null;
    Rational upper = a.hasUpperBound() && b.hasUpperBound() ? a.upperEndpoint().add(b.upperEndpoint()) : null;
    return Ranges.of(lower, join(lowerType(a), lowerType(b)), upper, join(upperType(a), upperType(b)));
  }

  /** The interval times a scalar; a negative scalar swaps the sides. */
  static Range<Rational> scale(Range<Rational> a, Rational k) {
    if (k.signum() == 0) {
      return Range.singleton(Rational.ZERO);
    }
    Rational lower = a.hasLowerBound() ? a.lowerEndpoint().multiply(k) : null;
    Rational upper = a.hasUpperBound() ? a.upperEndpoint().multiply(k) : null;
    return k.signum() > 0
        ? Ranges.of(lower, lowerType(a), upper, upperType(a))
        : Ranges.of(upper, upperType(a), lower, lowerType(a));
  }

  /**
   * The quotient of two intervals. When the divisor is unbounded on a side or admits zero the
   * quotient is unbounded ({@link Range#all()}).
   */
  static Range<Rational> divide(Range<Rational> a, Range<Rational> d) {
    if (!d.hasLowerBound() || !d.hasUpperBound()) {
      return Range.all();
    }
    if (d.upperEndpoint().signum() < 0) {
      return divide(scale(a, Rational.ONE.negate()), scale(d, Rational.ONE.negate()));
    }
    if (d.lowerEndpoint().signum() <= 0) {
      return Range.all();
    }
    Rational c = d.lowerEndpoint();
    Rational e = d.upperEndpoint();
    Rational lower = null;
    BoundType lt = BoundType.OPEN;
    if (a.hasLowerBound()) {
      boolean nonNegative = a.lowerEndpoint().signum() >= 0;
      lower = a.lowerEndpoint().divide(nonNegative ? e : c);
      lt = join(lowerType(a), nonNegative ? upperType(d) : lowerType(d));
      if (lower.signum() == 0) {
        lt = lowerType(a);
      }
    }
    Rational upper = null;
    BoundType ut = BoundType.OPEN;
    if (a.hasUpperBound()) {
      boolean nonNegative = a.upperEndpoint().signum() >= 0;
      upper = a.upperEndpoint().divide(nonNegative ? c : e);
      ut = join(upperType(a), nonNegative ? lowerType(d) : upperType(d));
      if (upper.signum() == 0) {
        ut = upperType(a);
      }
    }
    return Ranges.of(lower, lt, upper, ut);
  }

  /**
   * The metric that states {@code bounds}: the metric with qualifier {@code hint} and the
   * nominal value(s) if its bounds are exactly {@code bounds} (or if the hint is APPROXIMATELY,
   * which has no bounds), otherwise the tightest metric whose bounds contain {@code bounds}.
   *
   * @param hint the preferred qualifier, or null for none
   * @param nominalMax the nominal max, for a RANGE hint; null otherwise
   */
  static Metric fit(Range<BigDecimal> bounds, BigDecimal nominal, BigDecimal nominalMax, Qualifier hint, Unit unit) {
    if (hint == Qualifier.APPROXIMATELY) {
      return Metric.of(nominal, unit, hint);
    }
    if (hint != null && (hint != Qualifier.OVER || nominal.signum() > 0)) {
      Metric candidate = hint == Qualifier.RANGE ? rangeCandidate(bounds, nominal, nominalMax, unit) : Metric.of(nominal, unit, hint);
      if (candidate != null && candidate.range().equals(bounds)) {
        return candidate;
      }
    }
    boolean lower = bounds.hasLowerBound();
    boolean upper = bounds.hasUpperBound();
    if (lower && upper) {
      BigDecimal lo = bounds.lowerEndpoint();
      BigDecimal hi = bounds.upperEndpoint();
      if (lo.compareTo(hi) == 0) {
        return Metric.of(lo, unit);
      }
      if (lo.signum() > 0 && lowerType(bounds) == BoundType.OPEN && upperType(bounds) == BoundType.OPEN) {
        Metric over = Metric.of(lo, unit, Qualifier.OVER);
        if (over.range().equals(bounds)) {
          return over;
        }
      }
      return Metric.range(lo, hi, unit);
    }
    if (lower) {
      Qualifier q = lowerType(bounds) == BoundType.OPEN ? Qualifier.MORE_THAN : Qualifier.AT_LEAST;
      return Metric.of(bounds.lowerEndpoint(), unit, q);
    }
    if (upper) {
      Qualifier q = upperType(bounds) == BoundType.OPEN ? Qualifier.LESS_THAN : Qualifier.AT_MOST;
      return Metric.of(bounds.upperEndpoint(), unit, q);
    }
    return Metric.of(nominal, unit, Qualifier.APPROXIMATELY);
  }

  /** The range from {@code nominal} to {@code nominalMax} with the ends of {@code bounds}, open or closed; or null. */
  private static Metric rangeCandidate(Range<BigDecimal> bounds, BigDecimal nominal, BigDecimal nominalMax, Unit unit) {
    if (nominalMax == null || nominal.compareTo(nominalMax) > 0) {
      return null;
    }
    boolean lowerClosed = lowerType(bounds) == BoundType.CLOSED;
    boolean upperClosed = upperType(bounds) == BoundType.CLOSED;
    if (lowerClosed && upperClosed || nominal.compareTo(nominalMax) == 0) {
      return Metric.range(nominal, nominalMax, unit);
    }
    return Metric.range(Interval.of(nominal, lowerClosed, nominalMax, upperClosed), unit);
  }

  private static BoundType join(BoundType a, BoundType b) {
    return a == BoundType.OPEN || b == BoundType.OPEN ? BoundType.OPEN : BoundType.CLOSED;
  }

  private static BoundType lowerType(Range<?> range) {
    return range.hasLowerBound() ? range.lowerBoundType() : BoundType.OPEN;
  }

  private static BoundType upperType(Range<?> range) {
    return range.hasUpperBound() ? range.upperBoundType() : BoundType.OPEN;
  }
}
