package dev.parkdata.series;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import dev.parkdata.internal.Ranges;
import dev.parkdata.internal.SerialData;
import dev.parkdata.metric.Interval;
import dev.parkdata.metric.Metric;
import dev.parkdata.metric.Qualifier;
import dev.parkdata.observation.Period;
import dev.parkdata.unit.IncompatibleUnitsException;
import dev.parkdata.unit.Rational;
import dev.parkdata.unit.Units;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The growth of a figure from one period to another, in percent: the change over the whole
 * interval ({@link #between}) or its compound annual rate ({@link #compoundAnnual}, CAGR).
 *
 * <p>{@link #metric()} states the growth as a report would, with a qualifier: EXACT where both
 * figures are exact and the result terminates within the precision asked for; APPROXIMATELY
 * (约) where a figure is 约, or where an exact result had to be rounded (a root usually must);
 * otherwise the range or one-sided bound that the figures' bounds give. {@link #bounds()} is
 * always sound and may be tighter than the metric's: the growth from exact figures, rounded, is
 * 约 yet bounded by the rounding.
 *
 * <pre>{@code
 * Growth.between(Period.year(2021), Metric.parse("100亿元"), Period.year(2022), Metric.parse("121亿元"), mc);
 *     // 21%, exact
 * Growth.compoundAnnual(Period.year(2020), Metric.parse("100亿元"), Period.year(2022), Metric.parse("121亿元"), mc);
 *     // 10% a year over 2 years, exact
 * Growth.between(Period.year(2021), Metric.parse("约2万家"), Period.year(2022), Metric.parse("2.1万家"), mc);
 *     // 约5%: unbounded
 * }</pre>
 *
 * <p>Instances are immutable.
 */
public final class Growth implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Period from;
  private final Period to;
  private final int years;
  private final boolean annual;
  private final Metric metric;
  private final Interval bounds;
  /** What the growth was computed from, for the serialized form. */
  private final Metric first;
  private final Metric last;
  private final MathContext mathContext;

  private Growth(Period from, Period to, int years, boolean annual, Metric metric, Range<BigDecimal> bounds,
      Metric first, Metric last, MathContext mathContext) {
    this.from = from;
    this.to = to;
    this.years = years;
    this.annual = annual;
    this.metric = metric;
    this.bounds = Ranges.interval(bounds);
    this.first = first;
    this.last = last;
    this.mathContext = mathContext;
  }

  /**
   * The growth from {@code first} (for {@code from}) to {@code last} (for {@code to}) over the
   * whole interval: {@code (last / first − 1) × 100%}, exact where it terminates within {@code
   * mathContext}'s precision, bounds rounded outwards.
   *
   * @throws IncompatibleUnitsException if the figures measure different dimensions
   * @throws IllegalArgumentException if {@code first}'s value is not positive, or {@code
   *     mathContext} has unlimited precision
   */
  public static Growth between(Period from, Metric first, Period to, Metric last, MathContext mathContext) {
    check(from, first, to, last, mathContext);
    Range<Rational> q = Bounds.divide(Bounds.reference(last), Bounds.reference(first));
    Rational nominal = nominal(last).divide(nominal(first));
    MathContext down = new MathContext(mathContext.getPrecision(), RoundingMode.FLOOR);
    MathContext up = new MathContext(mathContext.getPrecision(), RoundingMode.CEILING);
    // the precision asked for is that of the percentage, not of the ratio
    Rational pct = nominal.subtract(Rational.ONE).multiply(Rational.of(100));
    Range<BigDecimal> b = map(q,
        r -> stripped(r.subtract(Rational.ONE).multiply(Rational.of(100)).toBigDecimal(down)),
        r -> stripped(r.subtract(Rational.ONE).multiply(Rational.of(100)).toBigDecimal(up)));
    boolean fits = pct.isTerminating() && pct.toBigDecimalExact().precision() <= mathContext.getPrecision();
    BigDecimal value = stripped(fits ? pct.toBigDecimalExact() : pct.toBigDecimal(mathContext));
    return new Growth(from, to, wholeYears(from, to), false, state(first, last, fits, value, b), b, first, last,
        mathContext);
  }

  /**
   * The compound annual growth rate from {@code first} to {@code last}: {@code ((last /
   * first)^(1/n) − 1) × 100%} for the {@code n} whole years between the periods. A root is
   * rarely exact: the value is rounded to {@code mathContext} and then APPROXIMATELY (with
   * {@link #bounds()} rounded outwards), unless the root is exact (121 over 100 in 2 years is
   * exactly 10%).
   *
   * @throws IllegalArgumentException if the periods are not of one kind and a whole number (at
   *     least 1) of years apart, {@code first}'s value is not positive, {@code last}'s value is
   *     negative, or {@code mathContext} has unlimited precision
   * @throws IncompatibleUnitsException if the figures measure different dimensions
   */
  public static Growth compoundAnnual(Period from, Metric first, Period to, Metric last, MathContext mathContext) {
    check(from, first, to, last, mathContext);
    int n = wholeYears(from, to);
    checkArgument(n >= 1, "a compound annual rate needs periods of one kind a whole number of years apart: %s to %s",
        from, to);
    checkArgument(last.value().signum() >= 0, "a compound annual rate needs a last value that is not negative: %s", last);
    // roots are taken at a working precision, and the percentages rounded to the one asked for
    MathContext work = new MathContext(mathContext.getPrecision() + 10);
    MathContext down = new MathContext(mathContext.getPrecision(), RoundingMode.FLOOR);
    MathContext up = new MathContext(mathContext.getPrecision(), RoundingMode.CEILING);
    Range<Rational> q = Bounds.divide(Bounds.reference(last), Bounds.reference(first));
    Range<BigDecimal> b = map(q,
        r -> r.signum() <= 0 ? null
            : percent(Bounds.root(r.toBigDecimal(new MathContext(work.getPrecision(), RoundingMode.FLOOR)), n,
                work, RoundingMode.FLOOR)).round(down),
        r -> r.signum() < 0 ? null
            : r.signum() == 0 ? BigDecimal.valueOf(-100)
            : percent(Bounds.root(r.toBigDecimal(new MathContext(work.getPrecision(), RoundingMode.CEILING)), n,
                work, RoundingMode.CEILING)).round(up));
    Rational ratio = nominal(last).divide(nominal(first));
    boolean exact;
    BigDecimal value;
    if (ratio.signum() == 0) {
      exact = true;
      value = BigDecimal.valueOf(-100);
    } else {
      BigDecimal r = ratio.isTerminating() ? ratio.toBigDecimalExact() : ratio.toBigDecimal(work);
      BigDecimal root = Bounds.root(r, n, work, RoundingMode.HALF_EVEN);
      BigDecimal p = percent(root);
      exact = ratio.isTerminating() && Bounds.isExactRoot(root, n, r) && p.precision() <= mathContext.getPrecision();
      value = exact ? p : p.round(mathContext).stripTrailingZeros();
    }
    return new Growth(from, to, n, true, state(first, last, exact, value, b), b, first, last, mathContext);
  }

  private static void check(Period from, Metric first, Period to, Metric last, MathContext mc) {
    checkNotNull(from, "from");
    checkNotNull(first, "first");
    checkNotNull(to, "to");
    checkNotNull(last, "last");
    checkNotNull(mc, "mathContext");
    checkArgument(mc.getPrecision() > 0, "a limited precision is needed, got %s", mc);
    if (!first.unit().isCompatibleWith(last.unit())) {
      throw new IncompatibleUnitsException(first.unit(), last.unit());
    }
    checkArgument(first.value().signum() > 0, "a growth needs a positive first value, got %s for %s", first, from);
  }

  /** The stated value in the reference unit (a range's lower end). */
  private static Rational nominal(Metric m) {
    return Rational.of(m.value()).multiply(m.unit().factor());
  }

  private static BigDecimal stripped(BigDecimal d) {
    return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
  }

  private static BigDecimal percent(BigDecimal ratio) {
    return ratio.subtract(BigDecimal.ONE).multiply(HUNDRED).stripTrailingZeros();
  }

  private static Metric state(Metric first, Metric last, boolean exact, BigDecimal value, Range<BigDecimal> b) {
    boolean bothExact = first.qualifier() == Qualifier.EXACT && last.qualifier() == Qualifier.EXACT;
    if (bothExact) {
      return Metric.of(value, Units.PERCENT, exact ? Qualifier.EXACT : Qualifier.APPROXIMATELY);
    }
    if (first.qualifier() == Qualifier.APPROXIMATELY || last.qualifier() == Qualifier.APPROXIMATELY) {
      return Metric.of(value, Units.PERCENT, Qualifier.APPROXIMATELY); // from 约 figures: 约
    }
    return Bounds.state(b, value, Units.PERCENT);
  }

  /** Maps a rational range by increasing functions; a function giving null drops that side. */
  private static Range<BigDecimal> map(Range<Rational> q,
      java.util.function.Function<Rational, BigDecimal> lower, java.util.function.Function<Rational, BigDecimal> upper) {
    BigDecimal lo = q.hasLowerBound() ? lower.apply(q.lowerEndpoint()) : null;
    BigDecimal hi = q.hasUpperBound() ? upper.apply(q.upperEndpoint()) : null;
    // rounding outwards may close an open side; an open side stays open only where the value is exact
    BoundType lt = q.hasLowerBound() ? q.lowerBoundType() : BoundType.OPEN;
    BoundType ut = q.hasUpperBound() ? q.upperBoundType() : BoundType.OPEN;
    if (lo == null) {
      return hi == null ? Range.all() : Range.upTo(hi, ut);
    }
    if (hi == null) {
      return Range.downTo(lo, lt);
    }
    return lo.compareTo(hi) == 0 && (lt == BoundType.OPEN || ut == BoundType.OPEN)
        ? Range.closed(lo, hi) : Range.range(lo, lt, hi, ut);
  }

  /**
   * The whole years from {@code from} to {@code to}, of one kind and whose ends are whole years
   * apart (2020 to 2023: 3; @2017-12-31 to @2020-12-31: 3); 0 otherwise.
   */
  static int wholeYears(Period from, Period to) {
    if (from.kind() != to.kind()) {
      return 0;
    }
    java.time.Period p = java.time.Period.between(from.end().plusDays(1), to.end().plusDays(1));
    boolean startsAlign = java.time.Period.between(from.start(), to.start()).equals(p);
    return p.getDays() == 0 && p.getMonths() == 0 && p.getYears() > 0 && startsAlign ? p.getYears() : 0;
  }

  /** The period grown from. */
  public Period from() {
    return from;
  }

  /** The period grown to. */
  public Period to() {
    return to;
  }

  /** The whole years between the periods; 0 where they are not of one kind a whole number of years apart. */
  public int years() {
    return years;
  }

  /** Whether this is a compound annual rate rather than the growth over the whole interval. */
  public boolean isAnnual() {
    return annual;
  }

  /** The growth as stated, in percent, with the qualifier described in the class documentation. */
  public Metric metric() {
    return metric;
  }

  /** Sound bounds of the growth in percent: they contain every growth the figures' bounds allow. */
  public Interval bounds() {
    return bounds;
  }

  /** The figure grown from, for the serialized form. */
  Metric first() {
    return first;
  }

  /** The figure grown to, for the serialized form. */
  Metric last() {
    return last;
  }

  /** The precision the growth was computed to, for the serialized form. */
  MathContext mathContext() {
    return mathContext;
  }

  /** Whether the growth is exact: both figures exact and no rounding. */
  public boolean isExact() {
    return metric.qualifier() == Qualifier.EXACT;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Growth)) {
      return false;
    }
    Growth g = (Growth) o;
    return from.equals(g.from) && to.equals(g.to) && years == g.years && annual == g.annual
        && metric.equals(g.metric) && bounds.equals(g.bounds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to, years, annual, metric, bounds);
  }

  /** {@code 2020→2022 21%}, {@code 2020→2022 10% a year}, {@code 2021→2022 约5%}. */
  @Override
  public String toString() {
    return from + "→" + to + " " + metric + (annual ? " a year" : "");
  }

  /** Serialized as a {@link Ser}, read back through {@link #between} or {@link #compoundAnnual}. */
  private Object writeReplace() {
    return new Ser(Ser.GROWTH, this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw SerialData.delegated();
  }
}
