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

  /**
   * Returns the plain-notation text of {@code value} without trailing zeros, as {@code
   * normalize(value).toPlainString()} does: {@code 1.9E+3} is {@code "1900"}, {@code 0.150} is
   * {@code "0.15"}. The one plain-decimal formatter of parkdata: core's formats, io's CSV and the
   * CLI use it.
   */
  public static String toPlainString(BigDecimal value) {
    if (value.signum() == 0) {
      return "0";
    }
    // the plain text with the trailing zeros of its fraction cut, as stripTrailingZeros would,
    // without making another BigDecimal: a negative scale has no fraction, only zeros to keep
    String plain = value.toPlainString();
    if (value.scale() <= 0 || plain.charAt(plain.length() - 1) != '0') {
      return plain;
    }
    int end = plain.length() - 1;
    while (plain.charAt(end - 1) == '0') {
      end--;
    }
    if (plain.charAt(end - 1) == '.') {
      end--;
    }
    return plain.substring(0, end);
  }
}
