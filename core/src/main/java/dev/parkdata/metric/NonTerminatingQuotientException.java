package dev.parkdata.metric;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Thrown by the exact divisions of {@link Metric} when the quotient, or a bound of it, has no
 * terminating decimal expansion: 1元 / 3 is 0.333…元. Divide with a {@link MathContext} where
 * rounding is acceptable: {@code metric.dividedBy(divisor, MathContext.DECIMAL64)}.
 */
public final class NonTerminatingQuotientException extends ArithmeticException {
  private static final long serialVersionUID = 1L;

  NonTerminatingQuotientException(Metric dividend, Object divisor) {
    super(dividend + " / " + divisor + " does not terminate; pass a MathContext to round it: dividedBy("
        + (divisor instanceof BigDecimal ? ((BigDecimal) divisor).toPlainString() : divisor)
        + ", MathContext.DECIMAL64)");
  }
}
