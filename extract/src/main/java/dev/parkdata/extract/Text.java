package dev.parkdata.extract;

import dev.parkdata.internal.ChineseNumerals;
import dev.parkdata.internal.FigureWords;

/** Character tests and small scans over a {@link CharSequence}, allocation-free. */
final class Text {
  private Text() {}

  /** The value of an ASCII or full-width digit, or -1. */
  static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= '０' && c <= '９') {
      return c - '０';
    }
    return -1;
  }

  static boolean isLatinLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ');
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** The first index of {@code word} in {@code t[from, to)}, or -1. */
  static int indexOf(CharSequence t, String word, int from, int to) {
    for (int i = from; i + word.length() <= to; i++) {
      if (startsWith(t, i, to, word)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code t[from, to)} holds one of {@code words}. */
  static boolean holdsAny(CharSequence t, int from, int to, String[] words) {
    for (String word : words) {
      if (indexOf(t, word, from, to) >= 0) {
        return true;
      }
    }
    return false;
  }

  static boolean isOver(char c) {
    return c == '多' || c == '余' || c == '餘';
  }

  /**
   * The end of the run of digits and numerals at {@code i}, decimal points (. between digits, 点
   * and the dots of Taiwanese print between numerals), separators and circles for zero (一九○) included.
   */
  static int runEnd(CharSequence t, int i, int e) {
    int j = i;
    while (j < e) {
      char c = t.charAt(j);
      if (FigureWords.isFigureCharacter(c) || (j > i && FigureWords.isCircle(c))) {
        j++; // 一九○: a circle is a zero inside a run
      } else if ((c == '.' || c == '．' || c == ',') && j > i && digit(t.charAt(j - 1)) >= 0
          && j + 1 < e && digit(t.charAt(j + 1)) >= 0) {
        j++;
      } else if (ChineseNumerals.isDecimalPoint(c) && j > i && ChineseNumerals.isNumeral(t.charAt(j - 1))
          && j + 1 < e && ChineseNumerals.digit(t.charAt(j + 1)) >= 0) {
        j++; // 四点二, 九.六四
      } else {
        break;
      }
    }
    return j;
  }

  /** Whether {@code c} joins the ends of a range: 5-8, 5—8, 5~8, 5至8, 5到8. */
  static boolean isRangeMark(char c) {
    return "-—–~～〜－至到".indexOf(c) >= 0;
  }

  /** {@code i} moved on over white space, not past {@code e}. */
  static int skipSpace(CharSequence t, int i, int e) {
    while (i < e && isSpace(t.charAt(i))) {
      i++;
    }
    return i;
  }

  /** {@code i} moved back over white space, not before {@code floor}. */
  static int skipSpaceBack(CharSequence t, int floor, int i) {
    while (i > floor && isSpace(t.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** Whether {@code t[i, e)} starts with {@code word}. */
  static boolean startsWith(CharSequence t, int i, int e, String word) {
    int n = word.length();
    if (i + n > e) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      if (t.charAt(i + k) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the numeral {@code t[i, run)} is a magnitude word with no digit: only 万 and 亿 (万人,
   * 亿元), or a lone 百 or 千 (千家万户) that does not begin 百分之 or 千分之 nor has 余 or 多 after
   * it (百余家 is a figure).
   */
  static boolean isBareMagnitude(CharSequence t, int i, int run, int e) {
    boolean onlyWanYi = true;
    for (int k = i; k < run; k++) {
      char c = t.charAt(k);
      if (c != '万' && c != '萬' && c != '亿' && c != '億') {
        onlyWanYi = false;
        break;
      }
    }
    if (onlyWanYi) {
      return true;
    }
    char c = t.charAt(i);
    return run - i == 1 && (c == '百' || c == '千' || c == '佰' || c == '仟') && !startsWith(t, run, e, "分之")
        && !(run < e && isOver(t.charAt(run))); // 百余家: 余 after it makes it a figure
  }

  /** The number of code points in {@code t[from, to)}, where {@code from} starts a code point. */
  static int codePoints(CharSequence t, int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) {
      if (!(Character.isLowSurrogate(t.charAt(k)) && k > from && Character.isHighSurrogate(t.charAt(k - 1)))) {
        n++;
      }
    }
    return n;
  }

  /** Whether {@code c} ends a clause: an indicator is not looked for past it. */
  /**
   * Whether {@code c} stands in {@code t[from, to)} before any clause break there: the end of a
   * phrase that a word opened (以…为…的, 是…的…倍).
   */
  static boolean standsBeforeClauseBreak(CharSequence t, int from, int to, char c) {
    for (int i = from; i < to; i++) {
      char here = t.charAt(i);
      if (here == c) {
        return true;
      }
      if (isClauseBreak(here)) {
        return false;
      }
    }
    return false;
  }

  /** Marks between the ends of a range (2016年至2018年, 10至50亿元, 2016-2018年). */
  static final String RANGE_MARKS = "至到-—–~～－";

  /** Whether {@code c} is a quotation mark, which a name may stand in (9个“零耗地”项目): a clause break that ends no phrase there. */
  static boolean isQuoteMark(char c) {
    return "“”\"「」『』".indexOf(c) >= 0;
  }

  static boolean isClauseBreak(char c) {
    switch (c) {
      case '，': case ',': case '、': case '；': case ';': case '：': case ':': case '。': case '！': case '？':
      case '（': case '）': case '(': case ')': case '“': case '”': case '"': case '「': case '」': case '『':
      case '』': case '《': case '》': case '【': case '】':
        return true;
      default:
        return false;
    }
  }

  /**
   * Whether {@code t[s, e)} begins with 其中 (of which), after white space and an opening quote:
   * a sentence that goes on about the figures of the one before, its park and its period
   * (截至6月底，园区已聚集超220家企业。其中，高新技术企业超过70家).
   */
  static boolean beginsWithOfWhich(CharSequence t, int s, int e) {
    int i = s;
    while (i < e && (Character.isWhitespace(t.charAt(i)) || t.charAt(i) == '\u3000' || "“「『\"".indexOf(t.charAt(i)) >= 0)) {
      i++;
    }
    return startsWith(t, i, e, "其中");
  }
}
