package dev.parkdata.internal;

import java.math.BigDecimal;

/**
 * Decimal helpers shared by the core packages. Not API: this package may change in any release.
 */
public final class Decimals {
  private Decimals() {}

  /**
   * Returns {@code value} without trailing zeros and with a non-negative scale, so that it prints
   * in plain notation with {@link BigDecimal#toString()}: {@code 47775.00} becomes {@code 47775},
   * {@code 1.9E+3} becomes {@code 1900}.
   */
  public static BigDecimal normalize(BigDecimal value) {
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    if (value.scale() <= 0) {
      // Already an integer: skip stripTrailingZeros, which would strip 19000000 to 1.9E+7 only to
      // have setScale(0) multiply it back.
      return value.scale() == 0 ? value : value.setScale(0);
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** Returns the plain-notation text of {@code value} without trailing zeros. */
  public static String toPlainString(BigDecimal value) {
    return normalize(value).toPlainString();
  }
}
