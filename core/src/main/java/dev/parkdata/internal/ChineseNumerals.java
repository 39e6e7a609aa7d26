package dev.parkdata.internal;

/**
 * Reads Chinese numerals: 十四 = 14, 二十 = 20, 一百零五 = 105, 三千 = 3000, 两 = 2, 二万五 = 25000,
 * 一亿五千万 = 150000000, with the financial forms 壹 贰 叁 … 拾 佰 仟 and the traditional 萬 億 兩.
 *
 * <p>Allocation-free and stateless. Values are limited to what a {@code long} holds. Not API:
 * shared by the parser of {@code dev.parkdata.metric} and the scanner of {@code
 * dev.parkdata.extract}.
 */
public final class ChineseNumerals {
  private ChineseNumerals() {}

  /** The exponent of 万 (萬). */
  public static final int WAN = 4;
  /** The exponent of 亿 (億). */
  public static final int YI = 8;
  /** The exponent of 兆 as Taiwan and Hong Kong write it before 元: 10^12, 万亿. */
  public static final int ZHAO = 12;

  /**
   * The value of a digit character (零 〇 一 … 九, 两, financial and traditional forms; also ○ and
   * ◯, which Taiwanese print writes for 〇: 一九○億元), or -1.
   */
  public static int digit(char c) {
    switch (c) {
      case '零': case '〇': case '○': case '◯':
        return 0;
      case '一': case '壹':
        return 1;
      case '二': case '贰': case '貳': case '两': case '兩':
        return 2;
      case '三': case '叁': case '參':
        return 3;
      case '四': case '肆':
        return 4;
      case '五': case '伍':
        return 5;
      case '六': case '陆': case '陸':
        return 6;
      case '七': case '柒':
        return 7;
      case '八': case '捌':
        return 8;
      case '九': case '玖':
        return 9;
      default:
        return -1;
    }
  }

  /** The power of ten of a unit character (十 1, 百 2, 千 3, 万 4, 亿 8), or -1. */
  public static int unitExponent(char c) {
    switch (c) {
      case '十': case '拾':
        return 1;
      case '百': case '佰':
        return 2;
      case '千': case '仟':
        return 3;
      case '万': case '萬':
        return WAN;
      case '亿': case '億':
        return YI;
      case '兆':
        return ZHAO;
      default:
        return -1;
    }
  }

  /** The tens of 廿 (20) and 卅 (30), or -1. */
  public static int tens(char c) {
    return c == '廿' ? 2 : c == '卅' ? 3 : -1;
  }

  /**
   * Whether two adjacent digits name an approximate range rather than a number: 一两, 两三, 三四 …
   * 八九 (each one more than the one before), and 三五.
   */
  public static boolean isApproximatePair(char first, char second) {
    return isApproximatePair(digit(first), digit(second));
  }

  /**
   * Whether two adjacent digit values name an approximate range (1 and 2 … 8 and 9, and 3 and 5),
   * whatever script wrote them: 两三, and in a text 5、6年 (a list member's digits may be Arabic).
   */
  public static boolean isApproximatePair(int a, int b) {
    return a >= 1 && b >= 1 && (b == a + 1 || (a == 3 && b == 5));
  }

  /** Whether {@code text[start, end)} is only digit characters (一六六, 二〇五), two or more. */
  public static boolean digitByDigit(CharSequence text, int start, int end) {
    if (end - start < 2 || (end - start == 2 && isApproximatePair(text.charAt(start), text.charAt(start + 1)))) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (digit(text.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code ch} is a decimal point between Chinese numerals: 点 and its forms (四点二), and
   * the dots Taiwanese print writes between Chinese digits (九.六四%, 二．二六兆元, 十九‧九一億元).
   */
  public static boolean isDecimalPoint(char ch) {
    return ch == '点' || ch == '點' || ch == '·' || ch == '・' || ch == '.' || ch == '．' || ch == '‧';
  }

  /** Whether {@code c} can be part of a Chinese numeral. */
  public static boolean isNumeral(char c) {
    return digit(c) >= 0 || unitExponent(c) >= 0 || tens(c) >= 0;
  }

  /**
   * Reads the numeral {@code text[start, end)}, which must be non-empty and consist of numeral
   * characters only.
   *
   * @return the value (non-negative), or {@code ~index} of the character where the numeral is
   *     malformed (a negative number)
   */
  public static long read(CharSequence text, int start, int end) {
    long grouped = readGroupedByDigit(text, start, end);
    if (grouped != -1) {
      return grouped;
    }
    if (digitByDigit(text, start, end)) {
      if (end - start > 18) {
        return ~(start + 18);
      }
      long v = 0;
      for (int i = start; i < end; i++) {
        v = v * 10 + digit(text.charAt(i));
      }
      return v;
    }
    long zhao = 0; // a completed group of 兆 (10^12)
    long yiGroups = 0; // completed groups of 亿
    long wanGroup = 0; // a completed group of 万 below the current 亿
    long section = 0; // the part below 万
    int pending = -1; // a digit not yet multiplied by a unit
    boolean zero = false; // a 零 since the last unit: a following digit counts as units
    int lastSmall = WAN; // the last of 十 百 千 in this section: they must decrease
    int lastUnit = 0; // the last unit read, for the colloquial 二万五 = 25000
    boolean wanSeen = false;
    try {
      for (int i = start; i < end; i++) {
        char c = text.charAt(i);
        int t = tens(c);
        if (t >= 0) { // 廿 = 二十, 卅 = 三十
          if (pending >= 0 || lastSmall <= 1) {
            return ~i;
          }
          section = Math.addExact(section, t * 10L);
          lastSmall = 1;
          pending = -1;
          zero = false;
          lastUnit = 1;
          continue;
        }
        int d = digit(c);
        if (d >= 0) {
          if (pending > 0) {
            return ~i; // two digits in a row: 十四五, 二〇二二
          }
          if (d == 0) {
            zero = true;
          }
          pending = d;
          continue;
        }
        int exp = unitExponent(c);
        if (exp == ZHAO) {
          long all = Math.addExact(Math.addExact(yiGroups, Math.multiplyExact(wanGroup, pow10(WAN))),
              Math.addExact(section, Math.max(pending, 0)));
          if (zhao != 0 || (all == 0 && i != start)) {
            return ~i;
          }
          zhao = Math.multiplyExact(all == 0 ? 1 : all, pow10(ZHAO));
          yiGroups = 0;
          wanGroup = 0;
          wanSeen = false;
          section = 0;
          lastSmall = WAN;
          pending = -1;
          zero = false;
          lastUnit = exp;
          continue;
        }
        if (exp < WAN) {
          if (exp >= lastSmall || pending == 0) {
            return ~i;
          }
          section = Math.addExact(section, (pending < 0 ? 1 : pending) * pow10(exp));
          lastSmall = exp;
        } else {
          long group = Math.addExact(section, Math.max(pending, 0));
          if (exp == WAN) {
            if (wanSeen || (group == 0 && i != start)) {
              return ~i;
            }
            wanGroup = group == 0 ? 1 : group;
            wanSeen = true;
          } else {
            long all = Math.addExact(Math.multiplyExact(wanGroup, pow10(WAN)), group);
            if (yiGroups != 0 || (all == 0 && i != start)) {
              return ~i;
            }
            yiGroups = Math.multiplyExact(all == 0 ? 1 : all, pow10(YI));
            wanGroup = 0;
            wanSeen = false;
          }
          section = 0;
          lastSmall = WAN;
        }
        pending = -1;
        zero = false;
        lastUnit = exp;
      }
      long tail = 0;
      if (pending > 0) {
        tail = zero || lastUnit <= 1 ? pending : pending * pow10(lastUnit - 1);
      }
      return Math.addExact(zhao, Math.addExact(
          Math.addExact(yiGroups, Math.multiplyExact(wanGroup, pow10(WAN))), Math.addExact(section, tail)));
    } catch (ArithmeticException overflow) {
      return ~(end - 1);
    }
  }

  /**
   * Reads 六萬三四九二 (63,492): a numeral up to its last 万 or 亿, then all the digits below it
   * written digit by digit (four after 万, eight after 亿: 六万三四九 could be 63,490 as 二万五 is
   * 25,000); -1 where {@code text[start, end)} is not so written, else as {@link #read}.
   */
  private static long readGroupedByDigit(CharSequence text, int start, int end) {
    if (end - start < 2) {
      return -1;
    }
    int unit = end - 1;
    while (unit > start && unitExponent(text.charAt(unit)) < 0) {
      unit--;
    }
    int exp = unitExponent(text.charAt(unit));
    if (unit == start || (exp != WAN && exp != YI) || end - unit - 1 != exp || !digitByDigit(text, unit + 1, end)) {
      return -1;
    }
    long high = read(text, start, unit + 1);
    if (high < 0) {
      return high;
    }
    long low = 0;
    for (int i = unit + 1; i < end; i++) {
      low = low * 10 + digit(text.charAt(i));
    }
    try {
      return Math.addExact(high, low);
    } catch (ArithmeticException overflow) {
      return ~(end - 1);
    }
  }

  /** The largest value {@link #write} writes: 10^16 - 1. */
  public static final long MAX_WRITTEN = 9_999_999_999_999_999L;

  private static final String DIGITS = "零一二三四五六七八九";

  /**
   * The canonical numeral of {@code 0 ≤ n ≤ }{@value #MAX_WRITTEN}, which {@link #read} reads
   * back: 十二, 二十, 一百零五, 一万零五, 十万, 三亿零五千. With {@code traditional}, 萬 and 億.
   */
  public static String write(long n, boolean traditional) {
    if (n < 0 || n > MAX_WRITTEN) {
      throw new IllegalArgumentException("a numeral from 0 to " + MAX_WRITTEN + ", got " + n);
    }
    if (n == 0) {
      return "零";
    }
    StringBuilder sb = new StringBuilder(16);
    write(n, traditional, sb);
    if (sb.length() >= 2 && sb.charAt(0) == '一' && sb.charAt(1) == '十') {
      sb.deleteCharAt(0); // 十二, 十万: the leading 一 of 一十 is not written
    }
    return sb.toString();
  }

  private static void write(long n, boolean traditional, StringBuilder sb) {
    long[] groups = {100_000_000L, 10_000L};
    char[] words = traditional ? new char[] {'億', '萬'} : new char[] {'亿', '万'};
    for (int g = 0; g < groups.length; g++) {
      if (n >= groups[g]) {
        write(n / groups[g], traditional, sb);
        sb.append(words[g]);
        long rest = n % groups[g];
        if (rest > 0) {
          if (rest < groups[g] / 10) {
            sb.append('零'); // 一万零五, 一亿零五千
          }
          write(rest, traditional, sb);
        }
        return;
      }
    }
    // A section below 万: each non-zero digit with its unit, one 零 for a run of zeros between them.
    boolean zero = false;
    boolean started = false;
    for (int exp = 3; exp >= 0; exp--) {
      int d = (int) (n / pow10(exp) % 10);
      if (d == 0) {
        zero = started;
        continue;
      }
      if (zero) {
        sb.append('零');
        zero = false;
      }
      sb.append(DIGITS.charAt(d));
      if (exp > 0) {
        sb.append("十百千".charAt(exp - 1));
      }
      started = true;
    }
  }

  private static long pow10(int exp) {
    long p = 1;
    for (int i = 0; i < exp; i++) {
      p *= 10;
    }
    return p;
  }
}
