package dev.parkdata.series;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import dev.parkdata.internal.Ranges;
import dev.parkdata.metric.Metric;
import dev.parkdata.metric.Qualifier;
import dev.parkdata.unit.Rational;
import dev.parkdata.unit.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Bounds in a dimension's reference unit, as exact rationals, and roots of decimals. */
final class Bounds {
  private Bounds() {}

  /** The bounds of {@code m} in the reference unit of its dimension. */
  static Range<Rational> reference(Metric m) {
    return Ranges.reference(m);
  }

  /**
   * The metric in {@code unit} stating {@code bounds} as closely as a qualifier can: both sides
   * a range (or one value), one side 超过/以上/不到/最高, none APPROXIMATELY at {@code nominal}.
   */
  static Metric state(Range<BigDecimal> bounds, BigDecimal nominal, Unit unit) {
    boolean lower = bounds.hasLowerBound();
    boolean upper = bounds.hasUpperBound();
    if (lower && upper) {
      return bounds.lowerEndpoint().compareTo(bounds.upperEndpoint()) == 0
          ? Metric.of(bounds.lowerEndpoint(), unit)
          : Metric.range(bounds.lowerEndpoint(), bounds.upperEndpoint(), unit);
    }
    if (lower) {
      return Metric.of(bounds.lowerEndpoint(), unit,
          bounds.lowerBoundType() == BoundType.OPEN ? Qualifier.MORE_THAN : Qualifier.AT_LEAST);
    }
    if (upper) {
      return Metric.of(bounds.upperEndpoint(), unit,
          bounds.upperBoundType() == BoundType.OPEN ? Qualifier.LESS_THAN : Qualifier.AT_MOST);
    }
    return Metric.of(nominal, unit, Qualifier.APPROXIMATELY);
  }

  /**
   * The {@code n}th root of {@code x} &gt; 0 to {@code mc}'s precision, rounded by {@code mode}
   * (FLOOR, CEILING or HALF_EVEN) and, for FLOOR and CEILING, on the stated side of the true
   * root, checked by exact powers.
   */
  static BigDecimal root(BigDecimal x, int n, MathContext mc, RoundingMode mode) {
    if (n == 1) {
      return x.round(new MathContext(mc.getPrecision(), mode));
    }
    MathContext work = new MathContext(mc.getPrecision() + 10, RoundingMode.HALF_EVEN);
    BigDecimal r = start(x, n);
    BigDecimal nn = BigDecimal.valueOf(n);
    BigDecimal nMinusOne = BigDecimal.valueOf(n - 1L);
    for (int i = 0; i < 200; i++) {
      // Newton: r' = ((n-1) r + x / r^(n-1)) / n
      BigDecimal next = nMinusOne.multiply(r).add(x.divide(r.pow(n - 1, work), work)).divide(nn, work);
      if (next.compareTo(r) == 0) {
        break;
      }
      r = next;
    }
    BigDecimal rounded = r.round(new MathContext(mc.getPrecision(), mode == RoundingMode.HALF_EVEN ? mode : RoundingMode.HALF_EVEN));
    if (mode == RoundingMode.FLOOR) {
      while (rounded.pow(n).compareTo(x) > 0) {
        rounded = rounded.subtract(rounded.ulp());
      }
    } else if (mode == RoundingMode.CEILING) {
      while (rounded.pow(n).compareTo(x) < 0) {
        rounded = rounded.add(rounded.ulp());
      }
    }
    return rounded.stripTrailingZeros();
  }

  /**
   * Newton's first guess. The double is a guess only, never a figure: the iteration above runs
   * in BigDecimal at the working precision, and the exact checks against x.pow(n) decide the
   * rounded result, so the guess changes how fast the root is found, not what it is.
   */
  private static BigDecimal start(BigDecimal x, int n) {
    double d = x.doubleValue();
    if (d > 0 && Double.isFinite(d) && d > Double.MIN_NORMAL) {
      return new BigDecimal(Math.pow(d, 1.0 / n));
    }
    // beyond double's range: 10 to a n-th of x's decimal exponent
    int exponent = x.precision() - x.scale() - 1;
    return BigDecimal.ONE.scaleByPowerOfTen(exponent / n);
  }

  /** Whether {@code r} to the {@code n} is exactly {@code x}. */
  static boolean isExactRoot(BigDecimal r, int n, BigDecimal x) {
    return r.pow(n).compareTo(x) == 0;
  }

  /**
   * The quotient of two intervals where the divisor is bounded on both sides and positive;
   * otherwise unbounded: no sound bound exists without one.
   */
  static Range<Rational> divide(Range<Rational> a, Range<Rational> d) {
    if (!d.hasLowerBound() || !d.hasUpperBound() || d.lowerEndpoint().signum() <= 0) {
      return Range.all();
    }
    Rational lo = null;
    BoundType lt = BoundType.OPEN;
    if (a.hasLowerBound()) {
      boolean nonNegative = a.lowerEndpoint().signum() >= 0;
      lo = a.lowerEndpoint().divide(nonNegative ? d.upperEndpoint() : d.lowerEndpoint());
      lt = join(a.lowerBoundType(), nonNegative ? d.upperBoundType() : d.lowerBoundType());
    }
    Rational hi = null;
    BoundType ut = BoundType.OPEN;
    if (a.hasUpperBound()) {
      boolean nonNegative = a.upperEndpoint().signum() >= 0;
      hi = a.upperEndpoint().divide(nonNegative ? d.lowerEndpoint() : d.upperEndpoint());
      ut = join(a.upperBoundType(), nonNegative ? d.lowerBoundType() : d.upperBoundType());
    }
    if (lo == null) {
      return hi == null ? Range.all() : Range.upTo(hi, ut);
    }
    return hi == null ? Range.downTo(lo, lt) : Range.range(lo, lt, hi, ut);
  }

  static BoundType join(BoundType a, BoundType b) {
    return a == BoundType.OPEN || b == BoundType.OPEN ? BoundType.OPEN : BoundType.CLOSED;
  }
}
