package dev.parkdata.unit;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Thrown by the exact conversions ({@link Unit#convertExact}, {@link UnitConverter#convertExact},
 * {@link ExchangeRate#convertExact}) when the result has no terminating decimal expansion, as 1
 * 亩 in 平方米 (666.666…). The message names the value and both units and shows the result to 16
 * significant digits. Convert with a {@link MathContext} where rounding is acceptable.
 */
public final class NonTerminatingConversionException extends ArithmeticException {
  private static final long serialVersionUID = 1L;

  private final BigDecimal value;
  private final transient Unit from;
  private final transient Unit to;

  NonTerminatingConversionException(BigDecimal value, Unit from, Unit to) {
    this(value, from, to, from.convert(value, to, MathContext.DECIMAL64));
  }

  NonTerminatingConversionException(BigDecimal value, Unit from, Unit to, BigDecimal approximation) {
    super(value.toPlainString() + " " + from + " in " + to + " = "
        + approximation.toPlainString()
        + "… does not terminate; convert with a MathContext to round it");
    this.value = value;
    this.from = from;
    this.to = to;
  }

  /** The value that was to be converted. */
  public BigDecimal value() {
    return value;
  }

  /** The unit converted from. */
  public Unit from() {
    return from;
  }

  /** The unit converted to. */
  public Unit to() {
    return to;
  }
}
