package dev.parkdata.unit;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.parkdata.internal.Decimals;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Converts values from one unit to another of the same dimension by an exact rational factor.
 * Obtain one from {@link Unit#converterTo(Unit)}; converters are immutable, thread-safe and
 * cached, so holding one is only a convenience.
 *
 * <p>The factor {@code p/q} is split once, when the converter is made, into
 * {@code n × 10^e / m} where {@code m} is the part of {@code q} prime to 10 and {@code n} has no
 * trailing zeros (1500 is 15 × 10², 1/100 is 1 × 10⁻²). A value then converts with at most one
 * multiplication by {@code n}, a move of the decimal point and, only when {@code m > 1}, one
 * divisibility test: the result terminates exactly when {@code m} divides the product. Between
 * units whose factors differ by a power of ten (亿元 to 万元, 平方公里 to 公顷) no arithmetic is
 * done at all beyond the move of the point.
 */
public final class UnitConverter {
  private static final int CACHE_LIMIT = 4096;
  private static final Map<Key, UnitConverter> CACHE = new ConcurrentHashMap<>();

  private final Unit from;
  private final Unit to;
  private final Rational factor;
  /** {@code n}, or null when it is 1. */
  private final BigDecimal multiplier;
  /** {@code e}: the power of ten the product is scaled by. */
  private final int exponent;
  private final BigInteger coprimeDivisor;
  private final BigDecimal coprimeDivisorDecimal;

  private UnitConverter(Unit from, Unit to) {
    this.from = from;
    this.to = to;
    this.factor = from.factor().divide(to.factor());
    BigInteger q = factor.denominator();
    BigInteger m = Rational.otherThan2And5(q);
    BigInteger tensPart = q.divide(m);
    int twos = tensPart.getLowestSetBit();
    int fives = 0;
    for (BigInteger t = tensPart.shiftRight(twos); !t.equals(BigInteger.ONE); t = t.divide(BigInteger.valueOf(5))) {
      fives++;
    }
    int k = Math.max(twos, fives);
    BigInteger c = BigInteger.TWO.pow(k - twos).multiply(BigInteger.valueOf(5).pow(k - fives));
    BigInteger n = factor.numerator().multiply(c);
    int zeros = 0;
    for (BigInteger[] qr = n.divideAndRemainder(BigInteger.TEN); qr[1].signum() == 0;
        qr = n.divideAndRemainder(BigInteger.TEN)) {
      n = qr[0];
      zeros++;
    }
    this.multiplier = n.equals(BigInteger.ONE) ? null : new BigDecimal(n);
    this.exponent = zeros - k;
    this.coprimeDivisor = m.equals(BigInteger.ONE) ? null : m;
    this.coprimeDivisorDecimal = coprimeDivisor == null ? null : new BigDecimal(coprimeDivisor);
  }

  static UnitConverter between(Unit from, Unit to) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    if (!from.isCompatibleWith(to)) {
      throw new IncompatibleUnitsException(from, to);
    }
    Key key = new Key(from, to);
    UnitConverter cached = CACHE.get(key);
    if (cached != null) {
      return cached;
    }
    UnitConverter converter = new UnitConverter(from, to);
    if (CACHE.size() < CACHE_LIMIT) {
      CACHE.putIfAbsent(key, converter);
    }
    return converter;
  }

  /** The unit converted from. */
  public Unit from() {
    return from;
  }

  /** The unit converted to. */
  public Unit to() {
    return to;
  }

  /** The exact factor: a value in {@link #from()} times this is the value in {@link #to()}. */
  public Rational factor() {
    return factor;
  }

  /** Whether every decimal value converts to a terminating decimal (the factor terminates). */
  public boolean alwaysTerminates() {
    return coprimeDivisor == null;
  }

  /** The converter in the other direction. */
  public UnitConverter inverse() {
    return between(to, from);
  }

  /**
   * Converts {@code value} exactly; the result carries no trailing zeros.
   *
   * @throws NonTerminatingConversionException if the exact result does not terminate
   * @throws FigureLimitException if {@code value} lies outside the {@link FigureLimits}
   */
  public BigDecimal convertExact(BigDecimal value) {
    FigureLimits.check(value, "value");
    BigDecimal product = multiplier == null ? value : value.multiply(multiplier);
    if (coprimeDivisor != null) {
      BigInteger[] qr = product.unscaledValue().divideAndRemainder(coprimeDivisor);
      if (qr[1].signum() != 0) {
        throw new NonTerminatingConversionException(value, from, to);
      }
      product = new BigDecimal(qr[0], product.scale());
    }
    return Decimals.normalize(exponent == 0 ? product : product.scaleByPowerOfTen(exponent));
  }

  /**
   * Converts {@code value}, exactly where the result fits {@code mathContext}'s precision and
   * rounded by it otherwise; the result carries no trailing zeros. A precision of 0 ({@link
   * MathContext#UNLIMITED}) asks for the exact result, as {@link #convertExact(BigDecimal)}.
   *
   * @throws NonTerminatingConversionException if the precision is 0 and the result does not
   *     terminate
   * @throws FigureLimitException if {@code value} lies outside the {@link FigureLimits} or the
   *     precision exceeds {@value FigureLimits#MAX_SIGNIFICANT_DIGITS} digits
   */
  public BigDecimal convert(BigDecimal value, MathContext mathContext) {
    FigureLimits.check(value, "value");
    FigureLimits.check(mathContext);
    if (mathContext.getPrecision() == 0) {
      return convertExact(value);
    }
    BigDecimal product = multiplier == null ? value : value.multiply(multiplier);
    if (coprimeDivisor != null) {
      product = product.divide(coprimeDivisorDecimal, mathContext);
    }
    BigDecimal shifted = exponent == 0 ? product : product.scaleByPowerOfTen(exponent);
    return Decimals.normalize(shifted.round(mathContext));
  }

  /** Returns {@code "平方公里 → 亩 ×1500"}. */
  @Override
  public String toString() {
    return from + " → " + to + " ×" + factor;
  }

  private static final class Key {
    private final Unit from;
    private final Unit to;

    Key(Unit from, Unit to) {
      this.from = from;
      this.to = to;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key && ((Key) o).from.equals(from) && ((Key) o).to.equals(to);
    }

    @Override
    public int hashCode() {
      return 31 * from.hashCode() + to.hashCode();
    }
  }
}
