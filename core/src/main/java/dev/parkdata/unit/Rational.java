package dev.parkdata.unit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.parkdata.internal.Decimals;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * An exact rational number {@code numerator / denominator}, always held in lowest terms with a
 * positive denominator.
 *
 * <p>Unit factors are rationals because some of them do not terminate as decimals: one 亩 is
 * {@code 10000/15 = 2000/3} square metres. Keeping the factor exact lets a conversion stay exact
 * whenever its result terminates (31.85 平方公里 is exactly 47775 亩).
 *
 * <p>Instances are immutable and thread-safe. {@link #equals} and {@link #compareTo} agree, since
 * the representation is canonical: {@code Rational.of(10000, 15).equals(Rational.of(2000, 3))}.
 */
public final class Rational implements Comparable<Rational>, Serializable {
  private static final long serialVersionUID = 1L;

  /** The rational zero. */
  public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
  /** The rational one. */
  public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

  private static final BigInteger FIVE = BigInteger.valueOf(5);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Rational(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /** Returns the integer {@code value} as a rational. */
  public static Rational of(long value) {
    return of(BigInteger.valueOf(value), BigInteger.ONE);
  }

  /**
   * Returns {@code numerator / denominator} in lowest terms.
   *
   * @throws ArithmeticException if {@code denominator} is zero
   */
  public static Rational of(long numerator, long denominator) {
    return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /**
   * Returns {@code numerator / denominator} in lowest terms.
   *
   * @throws ArithmeticException if {@code denominator} is zero
   */
  public static Rational of(BigInteger numerator, BigInteger denominator) {
    checkNotNull(numerator, "numerator");
    checkNotNull(denominator, "denominator");
    if (denominator.signum() == 0) {
      throw new ArithmeticException("Rational with zero denominator: " + numerator + "/0");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    if (denominator.equals(BigInteger.ONE)) {
      // Already in lowest terms: skips a gcd, which is most of creating an integer rational.
      return numerator.signum() == 0 ? ZERO : new Rational(numerator, BigInteger.ONE);
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
    if (numerator.signum() == 0) {
      return ZERO;
    }
    return new Rational(numerator, denominator);
  }

  /** Returns the exact rational value of a decimal: {@code 31.85} is {@code 637/20}. */
  public static Rational of(BigDecimal value) {
    checkNotNull(value, "value");
    if (value.scale() <= 0) {
      return of(value.toBigIntegerExact(), BigInteger.ONE);
    }
    return of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }

  /**
   * Parses {@code "a/b"}, an integer or a plain decimal; the inverse of {@link #toString()}.
   *
   * @throws NumberFormatException if the text is not of one of those forms
   */
  public static Rational parse(CharSequence text) {
    checkNotNull(text, "text");
    String s = text.toString().trim();
    int slash = s.indexOf('/');
    try {
      if (slash < 0) {
        return of(new BigDecimal(s));
      }
      return of(new BigInteger(s.substring(0, slash).trim()), new BigInteger(s.substring(slash + 1).trim()));
    } catch (NumberFormatException | ArithmeticException e) {
      NumberFormatException nfe = new NumberFormatException("Not a rational number: '" + s + "'");
      nfe.initCause(e);
      throw nfe;
    }
  }

  /** The numerator, in lowest terms; carries the sign. */
  public BigInteger numerator() {
    return numerator;
  }

  /** The denominator, in lowest terms; always positive. */
  public BigInteger denominator() {
    return denominator;
  }

  /** Returns {@code -1}, {@code 0} or {@code 1} as this rational is negative, zero or positive. */
  public int signum() {
    return numerator.signum();
  }

  /** Whether this rational is a whole number. */
  public boolean isInteger() {
    return denominator.equals(BigInteger.ONE);
  }

  /**
   * Whether this rational has a terminating decimal expansion, that is whether its denominator
   * has no prime factor other than 2 and 5.
   */
  public boolean isTerminating() {
    return otherThan2And5(denominator).equals(BigInteger.ONE);
  }

  /** Returns {@code this × other}. */
  public Rational multiply(Rational other) {
    checkNotNull(other, "other");
    if (this == ONE) {
      return other;
    }
    if (other == ONE) {
      return this;
    }
    return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  /**
   * Returns {@code this ÷ other}.
   *
   * @throws ArithmeticException if {@code other} is zero
   */
  public Rational divide(Rational other) {
    checkNotNull(other, "other");
    if (other.signum() == 0) {
      throw new ArithmeticException("Division of " + this + " by zero");
    }
    if (other == ONE) {
      return this;
    }
    return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  /** Returns {@code this + other}. */
  public Rational add(Rational other) {
    checkNotNull(other, "other");
    return of(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /** Returns {@code this − other}. */
  public Rational subtract(Rational other) {
    checkNotNull(other, "other");
    return add(other.negate());
  }

  /** Returns {@code −this}. */
  public Rational negate() {
    return numerator.signum() == 0 ? this : new Rational(numerator.negate(), denominator);
  }

  /**
   * Returns {@code 1 ÷ this}.
   *
   * @throws ArithmeticException if this is zero
   */
  public Rational reciprocal() {
    return ONE.divide(this);
  }

  /**
   * Returns {@code 10^exponent} as a rational; negative exponents give {@code 1/10^-exponent}.
   */
  public static Rational powerOfTen(int exponent) {
    BigInteger p = BigInteger.TEN.pow(Math.abs(exponent));
    return exponent >= 0 ? of(p, BigInteger.ONE) : of(BigInteger.ONE, p);
  }

  /**
   * Returns the exact decimal value.
   *
   * @throws ArithmeticException if the decimal expansion does not terminate (for example 2000/3)
   */
  public BigDecimal toBigDecimalExact() {
    if (!isTerminating()) {
      throw new ArithmeticException(this + " has no terminating decimal expansion");
    }
    BigDecimal result = new BigDecimal(numerator).divide(new BigDecimal(denominator));
    return Decimals.normalize(result);
  }

  /** Returns the decimal value rounded to {@code mathContext}; exact when it terminates within it. */
  public BigDecimal toBigDecimal(MathContext mathContext) {
    checkNotNull(mathContext, "mathContext");
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), mathContext);
  }

  /** Returns the part of {@code n} that is prime to 10. */
  static BigInteger otherThan2And5(BigInteger n) {
    checkArgument(n.signum() > 0, "positive value expected: %s", n);
    int twos = n.getLowestSetBit();
    if (twos > 0) {
      n = n.shiftRight(twos);
    }
    while (true) {
      BigInteger[] qr = n.divideAndRemainder(FIVE);
      if (qr[1].signum() != 0) {
        return n;
      }
      n = qr[0];
    }
  }

  /** Restores the canonical form after deserialization, rejecting a zero denominator. */
  private Object readResolve() {
    return of(numerator, denominator);
  }

  @Override
  public int compareTo(Rational other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Rational)) {
      return false;
    }
    Rational that = (Rational) o;
    return numerator.equals(that.numerator) && denominator.equals(that.denominator);
  }

  @Override
  public int hashCode() {
    return 31 * numerator.hashCode() + denominator.hashCode();
  }

  /** Returns {@code "2000/3"}, or just the integer {@code "1000000"} when the denominator is 1. */
  @Override
  public String toString() {
    return isInteger() ? numerator.toString() : numerator + "/" + denominator;
  }
}
