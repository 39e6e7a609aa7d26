package dev.parkdata.examples.cli;

import dev.parkdata.metric.Metric;
import dev.parkdata.unit.NonTerminatingConversionException;
import dev.parkdata.unit.Rational;
import dev.parkdata.unit.Unit;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A figure in the reference unit of its dimension as the commands print it, and decimals in plain
 * notation: exact where that terminates, else rounded to 34 significant digits and marked {@code
 * ≈}, with the exact fraction available beside it. Plain text only, so that the commands that
 * print no JSON need not load {@link JsonLines} (nor Jackson).
 */
final class BaseValues {
  /** Precision of base values that do not terminate: at least 20 significant digits are promised. */
  private static final MathContext BASE_PRECISION = MathContext.DECIMAL128;

  private BaseValues() {}

  /** The figure of {@code m} in the reference unit: {@code 190000000000} or {@code 400-600}. */
  static String of(Metric m) {
    Unit reference = m.unit().reference();
    return m.isRange()
        ? inBase(m.value(), m.unit(), reference) + "-" + inBase(m.max(), m.unit(), reference)
        : inBase(m.value(), m.unit(), reference);
  }

  /**
   * {@code value} in {@code reference}: exact, or, where it does not terminate (1亩 in 平方米),
   * rounded and marked {@code ≈} as {@code convert} marks it, never a rounded figure that looks
   * exact. {@link #exactInBase} gives the exact fraction then.
   */
  static String inBase(BigDecimal value, Unit unit, Unit reference) {
    try {
      return plain(unit.convertExact(value, reference));
    } catch (NonTerminatingConversionException e) {
      return ConvertCommand.APPROXIMATELY + plain(unit.convert(value, reference, BASE_PRECISION));
    }
  }

  /**
   * {@code value} in {@code unit} written in {@code target}: exact where that terminates, else
   * rounded to {@value #SHOWN_DIGITS} significant digits and marked {@code ≈}.
   */
  static String inUnit(BigDecimal value, Unit unit, Unit target) {
    try {
      return plain(unit.convertExact(value, target));
    } catch (NonTerminatingConversionException e) {
      return ConvertCommand.APPROXIMATELY + plain(unit.convert(value, target, new MathContext(SHOWN_DIGITS)));
    }
  }

  /** Significant digits of a value shown in a table that does not terminate in the unit asked for. */
  static final int SHOWN_DIGITS = 10;

  /** {@code value} in {@code reference} as an exact fraction, {@code 2000/3}, if it does not terminate; else null. */
  static String exactInBase(BigDecimal value, Unit unit, Unit reference) {
    Rational exact = Rational.of(value).multiply(unit.factorTo(reference));
    return exact.isTerminating() ? null : exact.toString();
  }

  /**
   * {@code value} in plain notation without trailing zeros: {@code 1.9E+3} is {@code 1900}; core's
   * formatter, the one {@code MetricFormat} uses.
   */
  static String plain(BigDecimal value) {
    return dev.parkdata.internal.Decimals.toPlainString(value);
  }
}
