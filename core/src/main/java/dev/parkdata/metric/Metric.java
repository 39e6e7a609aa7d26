package dev.parkdata.metric;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import dev.parkdata.internal.Decimals;
import dev.parkdata.internal.Ranges;
import dev.parkdata.internal.SerialData;
import dev.parkdata.unit.Dimension;
import dev.parkdata.unit.FigureLimitException;
import dev.parkdata.unit.FigureLimits;
import dev.parkdata.unit.IncompatibleUnitsException;
import dev.parkdata.unit.Magnitude;
import dev.parkdata.unit.NonTerminatingConversionException;
import dev.parkdata.unit.Rational;
import dev.parkdata.unit.Unit;
import dev.parkdata.unit.UnitConverter;
import dev.parkdata.unit.Units;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact reported figure: a decimal value (or a min–max range) in a {@link Unit}, with the
 * {@link Qualifier} the report gave it. The value and unit stay as stated: 1900 亿元 stays 1900
 * 亿元, and "2万余家" is not the same fact as "2万家".
 *
 * <pre>{@code
 * Metric m = Metric.parse("2萬餘家");        // 20000 家, OVER
 * m.bounds();                                // (20000..30000)
 * Metric.parse("1900亿元").toBase();         // 190000000000 元
 * Metric.parse("190000000000元").normalized(); // 1900亿元
 * m.plus(Metric.parse("440多家"));           // 20440-30450家: a range, no longer exact
 * MetricFormat.TRADITIONAL.format(m);        // "2萬餘家"
 * }</pre>
 *
 * <h2>Value and unit: where a magnitude word goes</h2>
 * A magnitude word written after the number belongs to the unit (1900亿元 is 1900 亿元; 3千万元
 * is 3 千万元), unless 余 or 多 follows it: then it belongs to the number, because OVER's step
 * is the place of the last stated digit. So 2万余家 is 20000 家 OVER, bounds (20000, 30000), and
 * 5000余万元 is 5000 万元 OVER, bounds (5000, 6000) 万元. Mixed forms (1万600家) fold into the
 * number too. {@link MetricFormat} writes by the same rule, so that {@code parse(format(m))}
 * equals {@code m}.
 *
 * <h2>Bounds</h2>
 * {@link #bounds()} is an {@link Interval} in the stated unit: each side absent, open or closed
 * as the {@link Qualifier} defines it (440多家 is {@code (440..450)}, 最高2000万元 is {@code
 * (-∞..2000]}, 约1吉瓦 is {@code (-∞..+∞)}). A range's ends are closed unless the text excludes
 * one (200—500萬元(不含本數) is {@code [200..500)}): see {@link #range(Interval, Unit)}; arithmetic
 * keeps such an end open only where its result is a range of the same ends.
 *
 * <h2>Equality and order</h2>
 * Like {@link BigDecimal}, whose {@code equals} tells 2.0 from 2.00 while {@code compareTo} does
 * not, this class has two notions of sameness:
 *
 * <ul>
 *   <li>{@link #equals(Object)}: the same statement. Value (ignoring trailing zeros: 31.850 equals
 *       31.85), unit and qualifier are equal. 1900 亿元 does not equal 0.19 万亿元.
 *   <li>{@link #isSameQuantity(Metric)} and {@link #compareTo(Metric)}: the same quantity.
 *       Values are compared exactly in the dimension's reference unit, so 1900 亿元 is the same
 *       quantity as 0.19 万亿元. {@code compareTo} orders metrics of one dimension by nominal
 *       value (a range by min, then max), then by qualifier in declaration order; it is
 *       <em>inconsistent with equals</em>, so do not mix metrics of different units in a sorted
 *       set unless that is what you want.
 * </ul>
 *
 * <h2>Arithmetic</h2>
 * {@link #plus}, {@link #minus}, {@link #multipliedBy}, {@link #dividedBy}, {@link #percentOf}
 * and {@link #multipleOf} are exact and carry the qualifiers through the bounds: the result's
 * bounds always contain every value the operands' bounds allow. When the exact bounds of the
 * result are those of a single qualifier, that qualifier is used (约 plus 约 is 约; 近 times 2 is
 * 近); otherwise the result is the tightest qualifier whose bounds contain them, where an open
 * two-sided interval becomes a closed {@link Qualifier#RANGE}: 2万余家 + 440多家 is {@code
 * 20440-30450家}, no longer exact.
 *
 * <h2>Limits</h2>
 * A value (and a range's max) has at most {@value FigureLimits#MAX_SIGNIFICANT_DIGITS}
 * significant digits and a decimal exponent within ±{@value FigureLimits#MAX_EXPONENT}; the
 * factories, {@link #parse}, arithmetic whose result would lie beyond them and conversions of
 * such a result throw {@link FigureLimitException} (a {@link MetricParseException} for {@link
 * #parse}). See {@link FigureLimits}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Metric implements Comparable<Metric>, Serializable {
  private static final long serialVersionUID = 1L;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BigDecimal value;
  private final BigDecimal max;
  private final Unit unit;
  private final Qualifier qualifier;
  /** Whether a range's lower end is left out of it (200(不含)-500万元); false for any other metric. */
  private final boolean minOpen;
  /** Whether a range's upper end is left out of it (200-500万元(不含本数)); false for any other metric. */
  private final boolean maxOpen;

  private Metric(BigDecimal value, BigDecimal max, Unit unit, Qualifier qualifier, boolean minOpen, boolean maxOpen) {
    this.value = value;
    this.max = max;
    this.unit = unit;
    this.qualifier = qualifier;
    this.minOpen = minOpen;
    this.maxOpen = maxOpen;
  }

  /** An exact figure: {@code Metric.of(new BigDecimal("31.85"), Units.SQUARE_KILOMETRE)}. */
  public static Metric of(BigDecimal value, Unit unit) {
    return of(value, unit, Qualifier.EXACT);
  }

  /**
   * A figure with a qualifier other than {@link Qualifier#RANGE}.
   *
   * @throws IllegalArgumentException if {@code qualifier} is RANGE, or is OVER and {@code value}
   *     is not positive
   * @throws FigureLimitException if {@code value} lies outside the {@link FigureLimits}
   */
  public static Metric of(BigDecimal value, Unit unit, Qualifier qualifier) {
    checkNotNull(value, "value");
    checkNotNull(unit, "unit");
    checkNotNull(qualifier, "qualifier");
    checkArgument(qualifier != Qualifier.RANGE, "use Metric.range(min, max, unit) for a range");
    checkArgument(
        qualifier != Qualifier.OVER || value.signum() > 0,
        "OVER (余/多) needs a positive value, got %s", value);
    FigureLimits.check(value, "value");
    return new Metric(value, null, unit, qualifier, false, false);
  }

  /**
   * A range {@code min ≤ v ≤ max}, both ends closed; see {@link #range(Interval, Unit)} for open
   * ends.
   *
   * @throws IllegalArgumentException if {@code min > max}
   * @throws FigureLimitException if {@code min} or {@code max} lies outside the {@link
   *     FigureLimits}
   */
  public static Metric range(BigDecimal min, BigDecimal max, Unit unit) {
    checkNotNull(min, "min");
    checkNotNull(max, "max");
    checkNotNull(unit, "unit");
    FigureLimits.check(min, "min");
    FigureLimits.check(max, "max");
    checkArgument(min.compareTo(max) <= 0, "range min %s exceeds max %s", min, max);
    return new Metric(min, max, unit, Qualifier.RANGE, false, false);
  }

  /**
   * A range whose ends may each be open, as {@code bounds} has them: {@code
   * Metric.range(Interval.closedOpen(200, 500), Units.WAN_YUAN)} is 200-500万元(不含本数), {@code
   * 200 ≤ v < 500}. The endpoints are the range's {@link #value()} and {@link #max()} as given.
   *
   * @throws IllegalArgumentException if {@code bounds} lacks an end or is empty ({@code [2..2)})
   * @throws FigureLimitException if an end lies outside the {@link FigureLimits}
   */
  public static Metric range(Interval bounds, Unit unit) {
    checkNotNull(bounds, "bounds");
    checkNotNull(unit, "unit");
    checkArgument(bounds.hasLowerBound() && bounds.hasUpperBound(), "a range has two ends, got %s", bounds);
    checkArgument(!bounds.isEmpty(), "a range holds a value, got %s", bounds);
    BigDecimal min = bounds.lowerEndpoint();
    BigDecimal max = bounds.upperEndpoint();
    FigureLimits.check(min, "min");
    FigureLimits.check(max, "max");
    return new Metric(min, max, unit, Qualifier.RANGE, !bounds.isLowerClosed(), !bounds.isUpperClosed());
  }

  /**
   * Reads one quantity expression in simplified or traditional characters: {@code "2萬餘家"},
   * {@code "最高2000万元"}, {@code "400-600个"}, {@code "百分之三十"}, {@code "超亿元"}. The whole
   * text must be the expression (surrounding white space aside). See {@link MetricParser} for
   * the forms read and for reading from within a longer text.
   *
   * @throws MetricParseException naming the input, the index where reading stopped and what was
   *     expected there, if the text is not one quantity expression
   */
  public static Metric parse(CharSequence text) {
    return MetricParser.standard().parse(text);
  }

  /** The stated value; the lower end of a range. */
  public BigDecimal value() {
    return value;
  }

  /** The upper end of a range; the stated value for a metric that is not a range. */
  public BigDecimal max() {
    return max == null ? value : max;
  }

  /** The unit as stated. */
  public Unit unit() {
    return unit;
  }

  /** The qualifier. */
  public Qualifier qualifier() {
    return qualifier;
  }

  /** The unit's dimension. */
  public Dimension dimension() {
    return unit.dimension();
  }

  /** Whether this is a range. */
  public boolean isRange() {
    return qualifier == Qualifier.RANGE;
  }

  /**
   * The values the true value may take, in the stated unit, as the qualifier defines them: {@code
   * [31.85..31.85]} for 31.85平方公里, {@code (440..450)} for 440多家, {@code (20000..30000)} for
   * 2万余家, {@code (-∞..2000]} for 最高2000万元, {@code [400..600]} for 400-600个, {@code
   * (-∞..+∞)} for 约1吉瓦. Endpoints carry no trailing zeros.
   */
  public Interval bounds() {
    return Ranges.interval(range());
  }

  /** {@link #bounds()} as the range the interval arithmetic runs on. */
  Range<BigDecimal> range() {
    BigDecimal n = Decimals.normalize(value);
    switch (qualifier) {
      case EXACT:
        return Range.singleton(n);
      case APPROXIMATELY:
        return Range.all();
      case MORE_THAN:
        return Range.greaterThan(n);
      case AT_LEAST:
        return Range.atLeast(n);
      case OVER:
        return Range.open(n, Decimals.normalize(n.add(step(n))));
      case NEARLY:
      case LESS_THAN:
        return Range.lessThan(n);
      case AT_MOST:
        return Range.atMost(n);
      case RANGE:
        return Range.range(n, minOpen ? BoundType.OPEN : BoundType.CLOSED,
            Decimals.normalize(max), maxOpen ? BoundType.OPEN : BoundType.CLOSED);
    }
    throw new AssertionError(qualifier);
  }

  /** The place value of the last non-zero digit: 10 for 440, 10^4 for 20000, 0.1 for 1.5. */
  private static BigDecimal step(BigDecimal positive) {
    return BigDecimal.ONE.scaleByPowerOfTen(-positive.stripTrailingZeros().scale());
  }

  /**
   * This figure in {@code target}, exactly: 31.85平方公里 is 47775亩. The qualifier is kept; an
   * OVER figure whose bounds do not carry over (the factor is not a power of ten) becomes the
   * range of its converted bounds, as in the class documentation.
   *
   * @throws IncompatibleUnitsException if {@code target} measures another dimension
   * @throws NonTerminatingConversionException if the exact value or a bound has no terminating
   *     decimal expansion (1亩 in 平方米); use {@link #to(Unit, MathContext)}
   */
  public Metric to(Unit target) {
    checkNotNull(target, "target");
    if (target.equals(unit)) {
      return this;
    }
    UnitConverter c = unit.converterTo(target);
    BigDecimal nominalMax = max == null ? null : c.convertExact(max);
    Range<BigDecimal> b = Intervals.map(range(), c::convertExact, c::convertExact);
    return Intervals.fit(b, c.convertExact(value), nominalMax, qualifier, target);
  }

  /**
   * This figure in {@code target}, exact where that terminates and rounded to {@code
   * mathContext} where it does not. Bounds are rounded outwards (lower bounds down, upper bounds
   * up), so the result's bounds still contain this metric's; an EXACT figure whose value had to
   * be rounded becomes APPROXIMATELY. An exact result of more than {@value
   * FigureLimits#MAX_SIGNIFICANT_DIGITS} significant digits is rounded too.
   *
   * @throws IncompatibleUnitsException if {@code target} measures another dimension
   * @throws IllegalArgumentException if {@code mathContext} has unlimited precision
   * @throws FigureLimitException if {@code mathContext} has a precision of more than {@value
   *     FigureLimits#MAX_SIGNIFICANT_DIGITS} digits, or the result lies outside the limits
   */
  public Metric to(Unit target, MathContext mathContext) {
    checkNotNull(target, "target");
    checkNotNull(mathContext, "mathContext");
    checkArgument(mathContext.getPrecision() > 0, "a limited precision is needed, got %s", mathContext);
    FigureLimits.check(mathContext);
    try {
      return to(target);
    } catch (NonTerminatingConversionException | FigureLimitException inexact) {
      // Also rounded: an exact result of more digits than a figure may have.
      UnitConverter c = unit.converterTo(target);
      MathContext down = new MathContext(mathContext.getPrecision(), RoundingMode.FLOOR);
      MathContext up = new MathContext(mathContext.getPrecision(), RoundingMode.CEILING);
      BigDecimal nominalMax = max == null ? null : c.convert(max, mathContext);
      Range<BigDecimal> b = Intervals.map(range(), v -> c.convert(v, down), v -> c.convert(v, up));
      Qualifier hint = qualifier == Qualifier.EXACT ? Qualifier.APPROXIMATELY : qualifier;
      return Intervals.fit(b, c.convert(value, mathContext), nominalMax, hint, target);
    }
  }

  /**
   * This figure in the reference unit of its dimension (元 for 亿元, 平方米 for 平方公里, 千瓦时 for
   * 亿度, the classifier itself for 万家), exactly.
   *
   * @throws NonTerminatingConversionException if the exact value does not terminate (亩)
   */
  public Metric toBase() {
    return to(unit.reference());
  }

  /**
   * The same figure in the same base unit with the idiomatic magnitude word: 万 from 10^4, 亿 from
   * 10^8, 万亿 from 10^12, none below 10^4. 190000000000元 becomes 1900亿元, 2000000家 becomes
   * 200万家, 0.5万元 becomes 5000元. A range is scaled by its larger end. Units that take no
   * magnitude word (%, 倍, 年) and compound units are returned unchanged; a change of base unit
   * (平方米 to 平方公里) happens only through {@link #to(Unit)}.
   */
  public Metric normalized() {
    if (unit.isCompound() || !unit.base().orElseThrow().isScalable()) {
      return this;
    }
    BigDecimal largest = value.abs().max(max().abs());
    int exponent = largest.signum() == 0 ? 0 : largest.precision() - largest.scale() - 1 + unit.magnitude().exponent();
    Magnitude idiomatic = exponent >= 12 ? Magnitude.WAN_YI
        : exponent >= 8 ? Magnitude.YI
        : exponent >= 4 ? Magnitude.WAN
        : Magnitude.ONE;
    return to(Unit.of(idiomatic, unit.base().orElseThrow()));
  }

  /**
   * The sum, in this metric's unit, with bounds that contain every sum of values the operands
   * allow: 2万余家 + 440多家 is 20440-30450家.
   *
   * @throws IncompatibleUnitsException if {@code other} measures another dimension
   * @throws NonTerminatingConversionException if {@code other} does not convert exactly
   */
  public Metric plus(Metric other) {
    checkNotNull(other, "other");
    Metric that = other.to(unit);
    Range<BigDecimal> b = Intervals.toDecimal(Intervals.add(Intervals.toRational(range()), Intervals.toRational(that.range())), null);
    BigDecimal nominalMax = max == null && that.max == null ? null : max().add(that.max());
    return Intervals.fit(b, value.add(that.value), nominalMax, qualifier == that.qualifier ? qualifier : null, unit);
  }

  /**
   * The difference, in this metric's unit, with bounds that contain every difference of values
   * the operands allow.
   *
   * @throws IncompatibleUnitsException if {@code other} measures another dimension
   * @throws NonTerminatingConversionException if {@code other} does not convert exactly
   */
  public Metric minus(Metric other) {
    checkNotNull(other, "other");
    return plus(other.multipliedBy(BigDecimal.ONE.negate()));
  }

  /**
   * This figure times {@code factor}; a negative factor swaps the sides of the bounds (more than
   * becomes less than).
   *
   * @throws FigureLimitException if {@code factor} or the product lies outside the {@link
   *     FigureLimits}
   */
  public Metric multipliedBy(BigDecimal factor) {
    FigureLimits.check(factor, "factor");
    if (factor.signum() == 0) {
      return of(BigDecimal.ZERO, unit);
    }
    return scaled(Rational.of(factor), value.multiply(factor), max == null ? null : max.multiply(factor));
  }

  /**
   * This figure divided by {@code divisor}, exactly: 9家 / 3 is 3家; a negative divisor swaps the
   * sides of the bounds.
   *
   * @throws ArithmeticException if {@code divisor} is zero
   * @throws NonTerminatingQuotientException if the quotient (or a bound of it) does not terminate
   *     (1元 / 3); use {@link #dividedBy(BigDecimal, MathContext)}
   * @throws FigureLimitException if {@code divisor} or the quotient lies outside the {@link
   *     FigureLimits}
   */
  public Metric dividedBy(BigDecimal divisor) {
    FigureLimits.check(divisor, "divisor");
    if (divisor.signum() == 0) {
      throw new ArithmeticException("Division of " + this + " by zero");
    }
    try {
      // BigDecimal.divide without a MathContext is exact and throws only when the quotient does not terminate.
      return scaled(Rational.of(divisor).reciprocal(), value.divide(divisor), max == null ? null : max.divide(divisor));
    } catch (ArithmeticException nonTerminating) {
      throw new NonTerminatingQuotientException(this, divisor);
    }
  }

  // ---- Quotients with rounding, quotients of metrics, and sums under a tolerance (issue 18) ----

  /**
   * This figure divided by {@code divisor}: exact where the quotient terminates within {@code
   * mathContext}'s precision, rounded to it otherwise. Bounds are rounded outwards, so they still
   * contain every quotient the bounds allow; an EXACT figure whose value had to be rounded becomes
   * APPROXIMATELY. 1元 / 3 is 约0.3333333333333333元 with {@link MathContext#DECIMAL64}.
   *
   * @throws ArithmeticException if {@code divisor} is zero
   * @throws IllegalArgumentException if {@code mathContext} has unlimited precision
   */
  public Metric dividedBy(BigDecimal divisor, MathContext mathContext) {
    FigureLimits.check(divisor, "divisor");
    checkPrecision(mathContext);
    if (divisor.signum() == 0) {
      throw new ArithmeticException("Division of " + this + " by zero");
    }
    Rational k = Rational.of(divisor).reciprocal();
    Range<BigDecimal> b = Intervals.toDecimal(Intervals.scale(Intervals.toRational(range()), k), mathContext);
    Rational lo = Rational.of(value).multiply(k);
    Rational hi = Rational.of(max()).multiply(k);
    if (k.signum() < 0) {
      Rational t = lo;
      lo = hi;
      hi = t;
    }
    boolean exact = Intervals.fits(lo, mathContext) && Intervals.fits(hi, mathContext);
    Qualifier hint = k.signum() < 0 ? null
        : exact || qualifier != Qualifier.EXACT ? qualifier
        : Qualifier.APPROXIMATELY;
    return Intervals.fit(b, Intervals.round(lo, mathContext), isRange() ? Intervals.round(hi, mathContext) : null, hint, unit);
  }

  /**
   * This figure divided by a figure of another dimension, in the compound unit of the two stated
   * units, exactly: 税收 5亿元 ÷ 面积 2000亩 is 0.0025亿元/亩 (convert it with {@link #to(Unit)} to
   * 万元/亩: 25万元/亩, the 亩均税收). Bounds are divided as intervals; a divisor whose bounds admit
   * zero or are unbounded (约2000亩) gives an APPROXIMATELY result. For a divisor of the same
   * dimension use {@link #multipleOf(Metric, MathContext)} (倍) or {@link #percentOf}.
   *
   * @throws ArithmeticException if the divisor's value (either end, for a range) is zero
   * @throws NonTerminatingQuotientException if the quotient or a bound does not terminate; use
   *     {@link #dividedBy(Metric, MathContext)}
   * @throws IllegalArgumentException if either unit is already compound (万元/亩 ÷ 亩), or both
   *     measure one dimension
   */
  public Metric dividedBy(Metric divisor) {
    return quotient(divisor, null);
  }

  /**
   * As {@link #dividedBy(Metric)}, rounded to {@code mathContext} where the quotient does not
   * terminate, with bounds rounded outwards; an EXACT result that had to be rounded becomes
   * APPROXIMATELY.
   *
   * @throws IllegalArgumentException if {@code mathContext} has unlimited precision, or a unit is
   *     already compound
   */
  public Metric dividedBy(Metric divisor, MathContext mathContext) {
    checkPrecision(mathContext);
    return quotient(divisor, mathContext);
  }

  private Metric quotient(Metric d, MathContext mc) {
    checkNotNull(d, "divisor");
    checkArgument(!unit.isCompatibleWith(d.unit),
        "%s and %s measure one dimension: their quotient is a multipleOf or percentOf, not a compound unit", this, d);
    Unit resultUnit = Unit.ratio(unit, d.unit);
    if (d.value.signum() == 0 || d.max().signum() == 0) {
      throw new ArithmeticException("Division of " + this + " by " + d + ", whose stated value is zero");
    }
    Range<Rational> q = Intervals.divide(Intervals.toRational(range()), Intervals.toRational(d.range()));
    Rational lo = Rational.of(value).divide(Rational.of(d.value));
    Rational hi = Rational.of(max()).divide(Rational.of(d.max()));
    Qualifier hint = d.qualifier != Qualifier.EXACT || d.value.signum() < 0 ? null : qualifier;
    if (mc == null) {
      if (!lo.isTerminating() || !hi.isTerminating()) {
        throw new NonTerminatingQuotientException(this, d);
      }
      Range<BigDecimal> b;
      try {
        b = Intervals.toDecimal(q, null);
      } catch (ArithmeticException nonTerminating) {
        throw new NonTerminatingQuotientException(this, d);
      }
      return Intervals.fit(b, lo.toBigDecimalExact(), isRange() ? hi.toBigDecimalExact() : null, hint, resultUnit);
    }
    boolean exact = Intervals.fits(lo, mc) && Intervals.fits(hi, mc);
    if (!exact && hint == Qualifier.EXACT) {
      hint = Qualifier.APPROXIMATELY;
    }
    return Intervals.fit(Intervals.toDecimal(q, mc), Intervals.round(lo, mc), isRange() ? Intervals.round(hi, mc) : null,
        hint, resultUnit);
  }

  private static void checkPrecision(MathContext mc) {
    checkNotNull(mc, "mathContext");
    checkArgument(mc.getPrecision() > 0, "a limited precision is needed, got %s", mc);
    FigureLimits.check(mc);
  }

  /**
   * The {@linkplain #bounds() bounds}, with an approximate figure (约) bounded as {@code tolerance}
   * says; {@code bounds(Tolerance.NONE)} is {@code bounds()}.
   */
  public Interval bounds(Tolerance tolerance) {
    return checkNotNull(tolerance, "tolerance").bounds(this);
  }

  /**
   * The sum, as {@link #plus(Metric)}, where an approximate operand (约) is taken to lie within
   * {@code tolerance}: 约100亿元 + 50亿元 under ±10% is 140-160亿元 rather than 约150亿元. With
   * {@link Tolerance#NONE} it is {@code plus(other)}.
   *
   * @throws IncompatibleUnitsException if {@code other} measures another dimension
   * @throws NonTerminatingConversionException if {@code other} does not convert exactly
   */
  public Metric plus(Metric other, Tolerance tolerance) {
    checkNotNull(other, "other");
    checkNotNull(tolerance, "tolerance");
    if (tolerance.isNone() || (qualifier != Qualifier.APPROXIMATELY && other.qualifier != Qualifier.APPROXIMATELY)) {
      return plus(other);
    }
    Metric that = other.to(unit);
    Range<BigDecimal> b = Intervals.toDecimal(
        Intervals.add(Intervals.toRational(tolerance.range(this)), Intervals.toRational(tolerance.range(that))), null);
    return Intervals.fit(b, value.add(that.value), null, null, unit);
  }

  /**
   * The total of {@code metrics}, in the unit of the first, with approximate figures bounded by
   * {@code tolerance}: with {@link Tolerance#NONE} one 约 figure makes the total 约 (unbounded).
   *
   * @throws IllegalArgumentException if {@code metrics} is empty (a total needs a unit)
   * @throws IncompatibleUnitsException if the metrics measure different dimensions
   */
  public static Metric total(Iterable<Metric> metrics, Tolerance tolerance) {
    checkNotNull(metrics, "metrics");
    checkNotNull(tolerance, "tolerance");
    Metric sum = null;
    for (Metric m : metrics) {
      checkNotNull(m, "a null metric in %s", metrics);
      sum = sum == null ? m : sum.plus(m, tolerance);
    }
    checkArgument(sum != null, "the total of no metrics has no unit");
    return sum;
  }

  /** {@link #total(Iterable, Tolerance)} with no tolerance. */
  public static Metric total(Iterable<Metric> metrics) {
    return total(metrics, Tolerance.NONE);
  }

  /** The figure scaled by {@code factor}, given the scaled nominal values {@code lo} and {@code hi}. */
  private Metric scaled(Rational factor, BigDecimal lo, BigDecimal hi) {
    Range<BigDecimal> b = Intervals.toDecimal(Intervals.scale(Intervals.toRational(range()), factor), null);
    if (hi != null && factor.signum() < 0) {
      BigDecimal t = lo;
      lo = hi;
      hi = t;
    }
    return Intervals.fit(b, lo, hi, factor.signum() > 0 ? qualifier : null, unit);
  }

  /**
   * This figure as a percentage of {@code whole}: 25亿元 of 100亿元 is 25%. The value is rounded to
   * {@code mathContext} where it does not terminate (and is then APPROXIMATELY); bounds are
   * computed from both operands' bounds and rounded outwards. A whole whose bounds admit zero or
   * are unbounded gives APPROXIMATELY.
   *
   * @throws IncompatibleUnitsException if {@code whole} measures another dimension
   * @throws ArithmeticException if {@code whole}'s value (either end, for a range) is zero
   * @throws IllegalArgumentException if {@code mathContext} has unlimited precision
   */
  public Metric percentOf(Metric whole, MathContext mathContext) {
    return ratio(whole, HUNDRED, Units.PERCENT, mathContext);
  }

  /**
   * This figure as a multiple of {@code base} (倍): 1900亿元 is 1.9倍 of 1000亿元. Rounding and bounds
   * as in {@link #percentOf(Metric, MathContext)}.
   *
   * @throws IncompatibleUnitsException if {@code base} measures another dimension
   * @throws ArithmeticException if {@code base}'s value (either end, for a range) is zero
   * @throws IllegalArgumentException if {@code mathContext} has unlimited precision
   */
  public Metric multipleOf(Metric base, MathContext mathContext) {
    return ratio(base, BigDecimal.ONE, Units.TIMES, mathContext);
  }

  private Metric ratio(Metric denominator, BigDecimal scale, Unit resultUnit, MathContext mc) {
    checkNotNull(denominator, "denominator");
    checkPrecision(mc);
    if (!unit.isCompatibleWith(denominator.unit)) {
      throw new IncompatibleUnitsException(unit, denominator.unit);
    }
    if (denominator.value.signum() == 0 || denominator.max().signum() == 0) {
      throw new ArithmeticException("Ratio of " + this + " to " + denominator + ", whose stated value is zero");
    }
    Rational f = unit.factorTo(denominator.unit).multiply(Rational.of(scale));
    Range<Rational> q = Intervals.divide(
        Intervals.scale(Intervals.toRational(range()), f), Intervals.toRational(denominator.range()));
    Range<BigDecimal> b = Intervals.toDecimal(q, mc);
    Rational lo = Rational.of(value).multiply(f).divide(Rational.of(denominator.value));
    Rational hi = Rational.of(max()).multiply(f).divide(Rational.of(denominator.max()));
    boolean exact = Intervals.fits(lo, mc) && Intervals.fits(hi, mc);
    Qualifier hint = denominator.qualifier != Qualifier.EXACT || denominator.value.signum() < 0 ? null
        : exact ? qualifier
        : qualifier == Qualifier.EXACT ? Qualifier.APPROXIMATELY
        : qualifier;
    BigDecimal nominalMax = isRange() ? Intervals.round(hi, mc) : null;
    return Intervals.fit(b, Intervals.round(lo, mc), nominalMax, hint, resultUnit);
  }

  /**
   * Whether this and {@code other} denote the same quantity, whatever the units they are stated
   * in: 1900亿元 and 0.19万亿元, 31.85平方公里 and 47775亩. True when the dimensions and qualifiers
   * are equal and the values and bounds are equal once expressed in the reference unit.
   */
  public boolean isSameQuantity(Metric other) {
    checkNotNull(other, "other");
    if (!dimension().equals(other.dimension()) || qualifier != other.qualifier) {
      return false;
    }
    return compareTo(other) == 0
        && Intervals.scale(Intervals.toRational(range()), unit.factor())
            .equals(Intervals.scale(Intervals.toRational(other.range()), other.unit.factor()));
  }

  /**
   * Orders metrics of one dimension by quantity: by value in the reference unit (a range by its
   * min, then its max), then by qualifier in declaration order, then a range with a closed lower
   * end before one with an open one and a range with an open upper end before one with a closed
   * one. Inconsistent with equals:
   * 1900亿元 and 0.19万亿元 compare as 0 but are not equal (see the class documentation).
   *
   * @throws IncompatibleUnitsException if the dimensions differ
   */
  @Override
  public int compareTo(Metric other) {
    checkNotNull(other, "other");
    if (!unit.isCompatibleWith(other.unit)) {
      throw new IncompatibleUnitsException(unit, other.unit);
    }
    Rational f = unit.factor();
    Rational g = other.unit.factor();
    int c = Rational.of(value).multiply(f).compareTo(Rational.of(other.value).multiply(g));
    if (c == 0) {
      c = Rational.of(max()).multiply(f).compareTo(Rational.of(other.max()).multiply(g));
    }
    if (c == 0) {
      c = qualifier.compareTo(other.qualifier);
    }
    // Ranges of equal ends by the values they hold: (200..500] after [200..500], [200..500) before.
    if (c == 0) {
      c = Boolean.compare(minOpen, other.minOpen);
    }
    return c != 0 ? c : Boolean.compare(other.maxOpen, maxOpen);
  }

  /**
   * Whether {@code o} is a metric with an equal value (ignoring trailing zeros), unit and
   * qualifier (and max and open ends, for a range). 1900亿元 does not equal 0.19万亿元: use {@link
   * #isSameQuantity(Metric)} for that.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Metric)) {
      return false;
    }
    Metric that = (Metric) o;
    return value.compareTo(that.value) == 0
        && (max == null ? that.max == null : that.max != null && max.compareTo(that.max) == 0)
        && unit.equals(that.unit)
        && qualifier == that.qualifier
        && minOpen == that.minOpen
        && maxOpen == that.maxOpen;
  }

  @Override
  public int hashCode() {
    return Objects.hash(Decimals.normalize(value), max == null ? null : Decimals.normalize(max), unit, qualifier, minOpen, maxOpen);
  }

  /** Whether this is a range with an open end. */
  boolean hasOpenEnd() {
    return minOpen || maxOpen;
  }

  /**
   * The simplified Chinese form, {@code "2万余家"}, {@code "最高2000万元"}, {@code "400-600个"}:
   * {@link MetricFormat#SIMPLIFIED}. {@link #parse(CharSequence)} reads it back to an equal
   * metric.
   */
  @Override
  public String toString() {
    return MetricFormat.SIMPLIFIED.format(this);
  }

  /** Serialized as a {@link Ser}, read back through {@link #of(BigDecimal, Unit, Qualifier)} or {@link #range}. */
  private Object writeReplace() {
    return new Ser(hasOpenEnd() ? Ser.OPEN_RANGE : Ser.METRIC, this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw SerialData.delegated();
  }
}
