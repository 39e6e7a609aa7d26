package dev.parkdata.unit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.parkdata.internal.Decimals;
import dev.parkdata.internal.SerialData;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
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
  private static final BigInteger FIVE_27 = FIVE.pow(27);
  /** The longest text {@link #parse} reads: a fraction of two sides of the longest figures. */
  private static final int MAX_TEXT = 2 * FigureLimits.MAX_PLAIN_DIGITS + 64;

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
   * Parses {@code "a/b"}, an integer or a decimal ({@code "1.5"}, {@code "1e-3"}); the inverse of
   * {@link #toString()}. A decimal must lie within the {@link FigureLimits}, and each side of a
   * fraction have at most {@value FigureLimits#MAX_PLAIN_DIGITS} digits; longer text is refused
   * at once, so that parsing takes time in proportion to the length of the text.
   *
   * @throws NumberFormatException if the text is not of one of those forms or is beyond those
   *     limits (then with a {@link FigureLimitException} as its cause)
   */
  public static Rational parse(CharSequence text) {
    checkNotNull(text, "text");
    if (text.length() > MAX_TEXT) {
      NumberFormatException nfe = new NumberFormatException(
          "Not a rational number: " + text.length() + " characters, more than " + MAX_TEXT);
      nfe.initCause(new FigureLimitException("text of " + text.length() + " characters"));
      throw nfe;
    }
    String s = text.toString().trim();
    int slash = s.indexOf('/');
    try {
      if (slash < 0) {
        return of(FigureLimits.check(new BigDecimal(s), "'" + s + "'"));
      }
      String n = s.substring(0, slash).trim();
      String d = s.substring(slash + 1).trim();
      if (n.length() > FigureLimits.MAX_PLAIN_DIGITS + 1 || d.length() > FigureLimits.MAX_PLAIN_DIGITS + 1) {
        throw new FigureLimitException(
            "a side of the fraction has more than " + FigureLimits.MAX_PLAIN_DIGITS + " digits");
      }
      return of(new BigInteger(n), new BigInteger(d));
    } catch (NumberFormatException | ArithmeticException | FigureLimitException e) {
      NumberFormatException nfe = new NumberFormatException("Not a rational number: '" + s + "'"
          + (e instanceof FigureLimitException ? ": " + e.getMessage() : ""));
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
    if (isInteger()) {
      return new BigDecimal(numerator);
    }
    // n / (2^a 5^b) is n 2^(k-a) 5^(k-b) / 10^k with k = max(a, b): two multiplications where
    // BigDecimal.divide would take a division per digit of a long result.
    int twos = denominator.getLowestSetBit();
    int[] fives = new int[1];
    if (!withoutFives(denominator.shiftRight(twos), fives).equals(BigInteger.ONE)) {
      throw new ArithmeticException(this + " has no terminating decimal expansion");
    }
    int k = Math.max(twos, fives[0]);
    // In lowest terms n is prime to the denominator, so the unscaled value ends in no zero.
    return new BigDecimal(numerator.shiftLeft(k - twos).multiply(FIVE.pow(k - fives[0])), k);
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
    return withoutFives(twos > 0 ? n.shiftRight(twos) : n, new int[1]);
  }

  /**
   * Returns {@code n} without its factors 5 and adds their number to {@code count[0]}. Divides by
   * 5^27 while it can, then by 5: a denominator of 10^10000 takes 370 divisions, not 10,000.
   */
  private static BigInteger withoutFives(BigInteger n, int[] count) {
    while (true) {
      BigInteger[] qr = n.divideAndRemainder(FIVE_27);
      if (qr[1].signum() != 0) {
        break;
      }
      n = qr[0];
      count[0] += 27;
    }
    while (true) {
      BigInteger[] qr = n.divideAndRemainder(FIVE);
      if (qr[1].signum() != 0) {
        return n;
      }
      n = qr[0];
      count[0]++;
    }
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

  /** Serialized as a {@link Ser}, read back through {@link #of(BigInteger, BigInteger)}. */
  private Object writeReplace() {
    return new Ser(Ser.RATIONAL, this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw SerialData.delegated();
  }
}
