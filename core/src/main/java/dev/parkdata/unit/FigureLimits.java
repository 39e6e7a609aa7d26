package dev.parkdata.unit;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * The limits on the size of a figure, far beyond any real statistic, that keep exact arithmetic
 * fast: at most {@value #MAX_SIGNIFICANT_DIGITS} significant digits and a decimal exponent
 * (the power of ten of the leading digit, 3 for 1900, -2 for 0.05) of at most {@value
 * #MAX_EXPONENT} either way. Below them every operation of parkdata on a figure takes at most a
 * few milliseconds; above them {@code 1e100000000} would take hours to print or convert.
 *
 * <p>Enforced with a {@link FigureLimitException} by {@link dev.parkdata.metric.Metric}'s
 * factories and arithmetic (so also by every model value holding a metric), by the conversions
 * of {@link Unit}, {@link UnitConverter} and {@link ExchangeRate} (for the value given; a result
 * may exceed the limits by the factor of the conversion), and for a {@link MathContext} asked
 * to round to more than {@value #MAX_SIGNIFICANT_DIGITS} digits. Readers of text ({@link
 * Rational#parse}, {@link dev.parkdata.metric.Metric#parse}) refuse such figures with their own
 * exception, whose cause is a {@link FigureLimitException}. {@link Rational} itself has no
 * limit.
 */
public final class FigureLimits {
  /** The most significant digits a figure may have (trailing zeros are not significant). */
  public static final int MAX_SIGNIFICANT_DIGITS = 1_000;

  /**
   * The largest power of ten of a figure's leading digit, either way: 1e1000 and 1e-1000. Not
   * 10,000: exact arithmetic on 1e-10000 works with denominators of 10,000 digits, and a sum of
   * two such figures took up to a second; at 1,000 it takes milliseconds.
   */
  public static final int MAX_EXPONENT = 1_000;

  /**
   * The most digits a figure within the limits has when written out in full, without an
   * exponent: 1,001 before the point for 1e1000 and 1,999 after it for the smallest 1,000-digit
   * figure of exponent -1000. Readers stop at once past this.
   */
  public static final int MAX_PLAIN_DIGITS = MAX_SIGNIFICANT_DIGITS + MAX_EXPONENT;

  /** Above this many bits the unscaled value of a decimal is refused without counting digits. */
  private static final long MAX_UNSCALED_BITS = (long) (2.0 * MAX_PLAIN_DIGITS * 3.33) + 64;

  private FigureLimits() {}

  /** Whether {@code value} is within the limits. */
  public static boolean isWithin(BigDecimal value) {
    return problem(checkNotNull(value, "value")) == null;
  }

  /**
   * Returns {@code value} if it is within the limits.
   *
   * @param what what the value is, for the message: {@code "value"}, {@code "factor"}
   * @throws FigureLimitException if it is not
   */
  public static BigDecimal check(BigDecimal value, String what) {
    checkNotNull(value, what);
    String problem = problem(value);
    if (problem != null) {
      throw new FigureLimitException(what + " " + problem);
    }
    return value;
  }

  /**
   * Returns {@code mathContext} if it rounds to at most {@value #MAX_SIGNIFICANT_DIGITS} digits
   * (0, unlimited, is left to the caller to refuse or accept).
   *
   * @throws FigureLimitException if it asks for more
   */
  public static MathContext check(MathContext mathContext) {
    checkNotNull(mathContext, "mathContext");
    if (mathContext.getPrecision() > MAX_SIGNIFICANT_DIGITS) {
      throw new FigureLimitException("a precision of " + mathContext.getPrecision()
          + " digits is more than the " + MAX_SIGNIFICANT_DIGITS + " a figure may have");
    }
    return mathContext;
  }

  /** What is wrong with {@code value}, or null; work in proportion to its size, no more. */
  private static String problem(BigDecimal value) {
    if (value.signum() == 0) {
      return null;
    }
    BigInteger unscaled = value.unscaledValue();
    if (unscaled.bitLength() > MAX_UNSCALED_BITS) {
      return "has an unscaled value of more than " + 2 * MAX_PLAIN_DIGITS + " digits; a figure has at most "
          + MAX_SIGNIFICANT_DIGITS + " significant digits";
    }
    int precision = value.precision();
    long exponent = (long) precision - value.scale() - 1;
    if (Math.abs(exponent) > MAX_EXPONENT) {
      return "has a decimal exponent of " + exponent + "; a figure's lies within ±" + MAX_EXPONENT;
    }
    if (precision > MAX_SIGNIFICANT_DIGITS) {
      // Significant only if not trailing zeros: one division, not one per zero as stripTrailingZeros.
      int zeros = precision - MAX_SIGNIFICANT_DIGITS;
      if (unscaled.getLowestSetBit() < zeros || unscaled.mod(BigInteger.TEN.pow(zeros)).signum() != 0) {
        return "has more than " + MAX_SIGNIFICANT_DIGITS + " significant digits";
      }
    }
    return null;
  }
}
