package dev.parkdata;

import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.impl.Constraint;

/**
 * Generators shared by core's property tests that are not about the model: strings over an
 * alphabet, arbitrary Unicode with its edge cases mixed in, decimals from zero to a thousand
 * digits, and descriptions that print a failing value readably.
 *
 * <p>QuickTheories does not inject edge cases by itself (it only tries the smallest and the
 * largest draw of every choice first), so each generator here mixes them in explicitly with
 * {@link Generate#frequency}.
 */
public final class TestGenerators {
  private TestGenerators() {}

  /** Strings that arbitrary ones seldom are: lone surrogates, BOM, controls, numerals, syntax. */
  public static final List<String> EDGE_STRINGS =
      List.of(
          "",
          " ",
          "\u0000",
          "\t\n\r",
          "\uD800", // lone high surrogate
          "\uDFFF", // lone low surrogate
          "\uDC00\uD800", // a pair in the wrong order
          "a\uD83D", // a high surrogate cut off at the end
          "\uDE00b", // a low surrogate at the start
          "\uD83D\uDE00", // 😀, a valid pair
          "\uDBFF\uDFFF", // U+10FFFF, the last code point
          "\uFEFF", // byte order mark
          "\uFFFD", // replacement character
          "\uFFFF", // a noncharacter
          "\u3000", // ideographic space
          "\u00A0", // no-break space
          "\u200B", // zero-width space
          "０１２３４５６７８９", // full-width digits
          "１２３４５",
          "萬億貳參陸兩", // traditional characters
          "壹贰叁肆伍陆柒捌玖拾佰仟", // financial numerals
          "〇零",
          "-",
          ".",
          "..",
          "\\",
          "'",
          "\"",
          "[]",
          "/",
          "%");

  /**
   * Strings of {@code min} to {@code max} characters drawn from {@code alphabet} (a string of
   * BMP characters), shrinking towards its first character and towards shorter strings. One draw
   * for the length and one per character: far cheaper than QuickTheories' code-point strings,
   * which the model generators would otherwise spend most of their time in.
   */
  public static Gen<String> stringsOf(String alphabet, int min, int max) {
    Constraint lengths = Constraint.between(min, max);
    Constraint indexes = Constraint.between(0, alphabet.length() - 1);
    Gen<String> strings =
        in -> {
          char[] chars = new char[(int) in.next(lengths)];
          for (int i = 0; i < chars.length; i++) {
            chars[i] = alphabet.charAt((int) in.next(indexes));
          }
          return new String(chars);
        };
    return strings.describedAs(TestGenerators::quote);
  }

  /** Strings of {@code min} to {@code max} characters from {@code first} to {@code last}. */
  public static Gen<String> charsBetween(char first, char last, int min, int max) {
    Constraint lengths = Constraint.between(min, max);
    Constraint chars = Constraint.between(first, last);
    Gen<String> strings =
        in -> {
          char[] cs = new char[(int) in.next(lengths)];
          for (int i = 0; i < cs.length; i++) {
            cs[i] = (char) in.next(chars);
          }
          return new String(cs);
        };
    return strings.describedAs(TestGenerators::quote);
  }

  /**
   * Lists of {@code min} to {@code max} values: one draw for the size, then the values (what
   * QuickTheories' own lists do, without a stream and a choice of list class per list).
   */
  public static <T> Gen<List<T>> listsOf(Gen<T> values, int min, int max) {
    Constraint sizes = Constraint.between(min, max);
    return in -> {
      int size = (int) in.next(sizes);
      List<T> list = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        list.add(values.generate(in));
      }
      return list;
    };
  }

  /** Strings of {@code min} to {@code max} words drawn from {@code words}, joined directly. */
  public static Gen<String> wordsOf(List<String> words, int min, int max) {
    return listsOf(Generate.pick(words), min, max)
        .map(ws -> String.join("", ws))
        .describedAs(TestGenerators::quote);
  }

  /**
   * Arbitrary text of up to {@code maxLength} chars: any code point (mostly supplementary, as
   * most code points are), any BMP char (lone surrogates among them, one char in 32), ASCII
   * controls, and {@link #EDGE_STRINGS}.
   */
  public static Gen<String> anyStrings(int maxLength) {
    return Generate.frequency(
            Pair.of(1, Generate.pick(EDGE_STRINGS)),
            Pair.of(3, strings().allPossible().ofLengthBetween(0, maxLength)),
            Pair.of(4, strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, maxLength)),
            Pair.of(2, strings().ascii().ofLengthBetween(0, maxLength)))
        .describedAs(TestGenerators::quote);
  }

  /**
   * Text assembled from {@code shaped} (text the code under test is meant to read) with
   * arbitrary strings and edge-case strings spliced in, so that "never throws" laws reach the
   * paths past the first character and not only the early rejections.
   */
  public static Gen<String> spliced(Gen<String> shaped, int maxPieces) {
    Gen<String> piece =
        Generate.frequency(
            Pair.of(6, shaped),
            Pair.of(1, Generate.pick(EDGE_STRINGS)),
            Pair.of(1, strings().basicMultilingualPlaneAlphabet().ofLengthBetween(1, 3)),
            Pair.of(1, strings().allPossible().ofLengthBetween(1, 2)));
    return listsOf(piece, 1, maxPieces)
        .map(ps -> String.join("", ps))
        .describedAs(TestGenerators::quote);
  }

  /**
   * Decimals of every size: zero in several scales, ±1, ±0.01, values of up to 20 digits, of up
   * to 309 digits (the magnitude of {@code Double.MAX_VALUE}) and of up to 1,000 digits, with
   * scales from -1,000 to 1,000 (mostly 2, as amounts of money have).
   */
  public static Gen<BigDecimal> bigDecimals() {
    Gen<BigInteger> unscaled =
        Generate.frequency(
            Pair.of(3, Generate.longRange(-1_000_000, 1_000_000).map(BigInteger::valueOf)),
            Pair.of(5, bigIntegers(20)),
            Pair.of(2, bigIntegers(320)),
            Pair.of(1, bigIntegers(1000)));
    Gen<Integer> scales =
        Generate.frequency(
            Pair.of(10, Generate.constant(2)),
            Pair.of(8, Generate.range(-20, 40)),
            // rarer: the exact arithmetic of a scale of hundreds costs milliseconds a value
            Pair.of(1, Generate.range(-1000, 1000)));
    Gen<BigDecimal> random = unscaled.zip(scales, BigDecimal::new);
    return Generate.frequency(Pair.of(9, random), Pair.of(1, Generate.pick(EDGE_DECIMALS)))
        .describedAs(TestGenerators::describe);
  }

  private static final BigInteger THOUSAND_NINES = BigInteger.TEN.pow(1000).subtract(BigInteger.ONE);

  /** Zero, ±1, ±0.01, the magnitude of {@code Double.MAX_VALUE}, a thousand digits, .... */
  public static final List<BigDecimal> EDGE_DECIMALS =
      List.of(
          BigDecimal.ZERO,
          new BigDecimal("0.00"),
          new BigDecimal("0E+5"),
          new BigDecimal("0E-1000"),
          BigDecimal.ONE,
          BigDecimal.ONE.negate(),
          new BigDecimal("0.01"),
          new BigDecimal("-0.01"),
          new BigDecimal("1.000"),
          new BigDecimal("1E+3"),
          new BigDecimal("1900.00"),
          new BigDecimal(Double.MAX_VALUE).setScale(2),
          new BigDecimal(Double.MAX_VALUE).setScale(2).negate(),
          new BigDecimal(Long.MIN_VALUE),
          new BigDecimal(Long.MAX_VALUE),
          new BigDecimal(THOUSAND_NINES),
          new BigDecimal(THOUSAND_NINES.negate()),
          new BigDecimal(THOUSAND_NINES, 1000),
          new BigDecimal(BigInteger.ONE, 1000),
          new BigDecimal(BigInteger.ONE, -1000),
          new BigDecimal(BigInteger.TEN.pow(999), 1000));

  /**
   * Integers of 1 to {@code maxDigits} decimal digits, either sign, drawn digit by digit so that
   * they shrink towards fewer and smaller digits.
   */
  public static Gen<BigInteger> bigIntegers(int maxDigits) {
    Gen<String> digits = stringsOf("0123456789", 1, maxDigits);
    return digits.zip(Generate.booleans(), (ds, negative) -> new BigInteger(negative ? "-" + ds : ds));
  }

  /** A decimal with its scale, abbreviated past 60 digits: {@code 1.50 (scale 2)}. */
  public static String describe(BigDecimal value) {
    String text = value.toString();
    if (text.length() > 60) {
      text =
          text.substring(0, 25)
              + "…("
              + (text.length() - 50)
              + " chars)…"
              + text.substring(text.length() - 25);
    }
    return text + " (scale " + value.scale() + ", precision " + value.precision() + ")";
  }

  /**
   * {@code s} as a Java string literal: control characters, surrogates (lone or paired) and
   * invisible or unusual spaces as {@code \}{@code uXXXX}, so that a counter-example shows what it
   * holds and can be pasted into a test.
   */
  public static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\t':
          sb.append("\\t");
          break;
        default:
          if (c < 0x20
              || (c >= 0x7F && c <= 0xA0)
              || Character.isSurrogate(c)
              || Character.isWhitespace(c) && c != ' '
              || Character.getType(c) == Character.FORMAT
              || Character.getType(c) == Character.PRIVATE_USE
              || !Character.isDefined(c)
              || c >= 0xFFF0) {
            sb.append(String.format("\\u%04X", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    return sb.append('"').toString();
  }

}
