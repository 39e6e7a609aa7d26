package dev.parkdata.io;

import java.math.BigDecimal;
import tools.jackson.core.JsonToken;

/**
 * Decimals as the format writes them, JSON strings in plain notation ({@code "31.85"}), and the
 * bounded reading of them: at most {@value #MAX_LENGTH} characters, an exponent of at most three
 * digits and a scale within ±{@value #MAX_SCALE}, all checked before a {@link BigDecimal} is made,
 * so that {@code "1e999999999"} fails at once instead of growing to a billion digits later.
 */
final class Decimals {
  static final int MAX_LENGTH = 100;
  static final int MAX_SCALE = 200;
  private static final String EXPECTED =
      "a decimal as a JSON string in plain notation such as \"31.85\", at most "
          + MAX_LENGTH + " characters, exponent at most " + MAX_SCALE;

  private Decimals() {}

  /**
   * The plain text of {@code value} with its stated scale: {@code 10.00} stays {@code "10.00"}
   * (validation's tolerance reads it); a negative scale is written out, {@code 1.9E+3} as {@code
   * "1900"}.
   */
  static String toStatedText(BigDecimal value) {
    return value.toPlainString();
  }

  /**
   * Reads the decimal string the parser is on, from the parser's own characters: no string is
   * made unless it is reported.
   */
  static BigDecimal read(ReadState in, String what, dev.parkdata.validation.Path path) {
    if (in.parser.currentToken() != JsonToken.VALUE_STRING) {
      throw in.expected(what + ", " + EXPECTED + " (a JSON string)", path);
    }
    char[] chars = in.parser.getStringCharacters();
    int offset = in.parser.getStringOffset();
    int length = in.parser.getStringLength();
    if (length > MAX_LENGTH || !wellFormed(chars, offset, offset + length)) {
      throw in.fail("'" + JsonText.abbreviate(in.parser.getString()) + "' is not a decimal within bounds", EXPECTED, path);
    }
    BigDecimal value = new BigDecimal(chars, offset, length);
    if (!withinBounds(value)) {
      throw in.fail("'" + JsonText.abbreviate(in.parser.getString()) + "' is out of range", EXPECTED, path);
    }
    return value;
  }

  /** Whether {@code value}'s scale is within ±{@value #MAX_SCALE}. */
  static boolean withinBounds(BigDecimal value) {
    return value.scale() <= MAX_SCALE && value.scale() >= -MAX_SCALE
        && value.precision() <= MAX_LENGTH;
  }

  /**
   * Whether the characters from {@code from} to {@code to} are {@code
   * -?digits(.digits)?([eE][+-]?d{1,3})?}, scanned without a regular expression.
   */
  private static boolean wellFormed(char[] text, int from, int to) {
    int i = from;
    if (i < to && text[i] == '-') {
      i++;
    }
    int digits = skipDigits(text, i, to);
    if (digits == i) {
      return false;
    }
    i = digits;
    if (i < to && text[i] == '.') {
      digits = skipDigits(text, i + 1, to);
      if (digits == i + 1) {
        return false;
      }
      i = digits;
    }
    if (i < to && (text[i] == 'e' || text[i] == 'E')) {
      i++;
      if (i < to && (text[i] == '+' || text[i] == '-')) {
        i++;
      }
      digits = skipDigits(text, i, to);
      if (digits == i || digits - i > 3) {
        return false;
      }
      i = digits;
    }
    return i == to;
  }

  private static int skipDigits(char[] text, int from, int to) {
    int i = from;
    while (i < to && text[i] >= '0' && text[i] <= '9') {
      i++;
    }
    return i;
  }
}
