package dev.parkdata.extract;

import dev.parkdata.internal.ChineseNumerals;
import dev.parkdata.observation.Period;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Arrays;

/**
 * The date expressions of one sentence, found once and then looked up for each mention, and the
 * calendar {@link Period} each names.
 *
 * <p>A date expression is a year with what follows it (2021年, 2023年底, 2024年1-6月, 2022年第三季度,
 * 去年同期, 今年前10个月, 1997-2017 年, 二○一二年九月, the Republic of China years 107年上半年 and
 * 99年至103年), a month or a range of months (7月, 1至9月, 一至九月, 6月底), a part of a year
 * (上半年, 前三季度, 1~3季度, 一季度) or a plan period (十二五 … 十五五); 截至, 截止, 到, 至, 自 or 从
 * before it belong to it (截至2021年底, 截至目前), and 由 before a date and 的, the start of a change as
 * 从 is there (由2019年的不足1000家增至…), but not 从 where the date is what data are viewed
 * from (从上半年数据来看: 上半年). An expression after 比, 较, 相比 …, or before
 * 相比 (与2020年相比), or between 是 and the 的 of a multiple (是2005年的5.2倍), is a <em>comparison
 * base</em>, not a period: 比2020年提高6.4个百分点 is about
 * the current period, with 2020 as its base.
 */
final class Dates {
  private static final String[] BEFORE = {
    "截止到", "截至到", "截至", "截止", "自从", "自從", "到", "至", "自", "从", "從",
  };
  /** The words of {@link #BEFORE} that make a stock "as of" the end of what follows. */
  private static final String[] AS_OF = {"截止到", "截至到", "截至", "截止", "到", "至"};
  /** The era of the Republic of China, written before its years: 民國95年. */
  private static final String[] ERA = {"中華民國", "中华民国", "民國", "民国"};
  /** How far after 的 a multiple's 倍 may stand: 是2005年的5.2倍, 为上年的1.5倍. */
  private static final int MULTIPLE_REACH = 8;

  /**
   * Whether the date ending before {@code after} is the base of a multiple: after 是 or 为 and before
   * 的 and a figure in 倍 (是2005年的5.2倍: 2005年 is what 420亿元 is 5.2 times, not its year).
   */
  private static boolean isBaseOfAMultiple(CharSequence t, int s, int j, int after, int e) {
    if (j <= s || "是为為".indexOf(t.charAt(j - 1)) < 0 || after >= e || t.charAt(after) != '的') {
      return false;
    }
    return Text.standsBeforeClauseBreak(t, after + 1, Math.min(e, after + MULTIPLE_REACH + 1), '倍');
  }

  /**
   * Words after a date and 从 that make 从 "judging from", not "from" (从上半年数据来看, 从前三季度情况看):
   * the date is the period of what the data show, not the start of a span.
   */
  private static final String[] VIEWED_FROM = {"数据", "數據", "的数据", "的數據", "情况", "情況", "来看", "來看", "看"};

  /** Whether {@code before} is 从 and a date with {@link #VIEWED_FROM} after it (at {@code after}) is viewed from. */
  private static boolean isViewedFrom(String before, CharSequence t, int after, int e) {
    return ("从".equals(before) || "從".equals(before)) && wordAt(t, after, e, VIEWED_FROM) != null;
  }

  /** The characters that open where a change starts, before its time: 从2015年的, 由2019年的. */
  static final String CHANGE_FROM = "从從由";

  /**
   * The period text of a figure at {@code start}, without its 从 or 由 where it is written right
   * before the figure with 的 (从2015年的94.42亿元: the figure of 2015, where a change over years
   * starts), which is otherwise the start of a time (从2015年以来) that names no period of its own.
   */
  static String startOfChange(CharSequence t, String period, int start) {
    if (period == null || period.length() < 2 || CHANGE_FROM.indexOf(period.charAt(0)) < 0) {
      return period;
    }
    int at = start - period.length() - 1;
    return at >= 0 && t.charAt(start - 1) == '的' && Text.startsWith(t, at, start - 1, period) ? period.substring(1) : period;
  }

  /** Words before a date that make it a comparison base: 比2020年, 较上年, 相比2022年. */
  private static final String[] BASE_BEFORE = {"相比", "相较", "相較", "比起", "对比", "對比", "比", "较", "較"};
  /** Words after a date that make it a comparison base: 与2020年相比. */
  private static final String[] BASE_AFTER = {"相比", "相较", "相較", "比较", "比較"};
  /** Words after a standalone base that leave it standing for the rest of the sentence: 相比2022年而言, . */
  private static final String[] BASE_TAIL = {"而言", "来看", "來看", "来说", "來說"};
  /** Years named relative to the text's own time: their period has no calendar year. */
  private static final String[] RELATIVE_YEARS = {"今年", "去年", "前年", "明年", "上年", "本年", "当年", "當年", "同年"};
  /** How many years after the year of the text each of {@link #RELATIVE_YEARS} is. */
  private static final int[] RELATIVE_OFFSETS = {0, -1, -2, 1, -1, 0, 0, 0, 0};
  /** Now, after 截至: 截至目前. */
  private static final String[] NOW = {"目前", "现在", "現在", "上月", "本月"};
  private static final String[] QUARTERS = {
    "第一季度", "第二季度", "第三季度", "第四季度", "一季度", "二季度", "三季度", "四季度",
  };
  private static final String[] END_OF_YEAR = {"年底", "年末", "底", "末"};
  private static final String[] START_OF_YEAR = {"年初", "初"};
  private static final String[] WHOLE_YEAR = {"年度", "全年", "整年", "度"};
  private static final String[] AFTER_MONTH = {"中旬", "上旬", "下旬", "底", "末", "初", "份"};

  private static final Dates NONE = new Dates(new int[0], new int[0], new byte[0], 0);

  /** Flags of an expression. */
  private static final byte BASE = 1;
  private static final byte WIDE = 2;

  private final int[] starts;
  private final int[] ends;
  private final byte[] flags;
  private final int count;
  /** Whether any expression is a comparison base. */
  private final boolean hasBase;

  private Dates(int[] starts, int[] ends, byte[] flags, int count) {
    this.starts = starts;
    this.ends = ends;
    this.flags = flags;
    this.count = count;
    boolean any = false;
    for (int k = 0; k < count; k++) {
      any |= (flags[k] & BASE) != 0;
    }
    this.hasBase = any;
  }

  /**
   * Whether {@code t[s, e)} holds a character every period word holds one of (年, 月, 季): a cheap
   * test before {@link #scan} of a sentence that has no figure.
   */
  static boolean mayHoldDate(CharSequence t, int s, int e) {
    for (int k = s; k < e; k++) {
      char c = t.charAt(k);
      if (c == '年' || c == '月' || c == '季') {
        return true;
      }
    }
    return false;
  }

  /** The date expressions of {@code t[s, e)} that start before {@code limit}. */
  static Dates scan(CharSequence t, int s, int e, int limit) {
    int[] starts = null;
    int[] ends = null;
    byte[] flags = null;
    int count = 0;
    int i = s;
    while (i < limit) {
      if (!mayStart(t.charAt(i))) {
        i++;
        continue;
      }
      int end = read(t, s, i, e, null);
      if (end < 0) {
        i++;
        continue;
      }
      int start = i;
      int j = Text.skipSpaceBack(t, s, i);
      String era = wordEndingAt(t, s, j, ERA);
      if (era != null) {
        start = j - era.length(); // 民國95年
        j = Text.skipSpaceBack(t, s, start);
      }
      String before = wordEndingAt(t, s, j, BEFORE);
      int after = Text.skipSpace(t, end, e);
      if (before == null && j > s && t.charAt(j - 1) == '由' && after < e && t.charAt(after) == '的') {
        before = "由"; // 由2019年的不足1000家增至…: where a change starts, as 从2019年的 (not 由国务院, no date)
      }
      if (before != null && isViewedFrom(before, t, after, e)) {
        before = null; // 从上半年数据来看: the data of 上半年, no span from it
      }
      if (before != null) {
        start = j - before.length();
      }
      byte flag = 0;
      String baseAfter = wordAt(t, after, e, BASE_AFTER);
      if (baseAfter != null || (before == null && wordEndingAt(t, s, j, BASE_BEFORE) != null)
          || before == null && isBaseOfAMultiple(t, s, j, after, e)) {
        flag = BASE;
        int k = baseAfter == null ? after : Text.skipSpace(t, after + baseAfter.length(), e);
        String tail = wordAt(t, k, e, BASE_TAIL);
        if (tail != null) {
          k = Text.skipSpace(t, k + tail.length(), e);
        }
        if (k < e && (t.charAt(k) == '，' || t.charAt(k) == ',')) {
          flag |= WIDE; // 相比2022年，东部减少2席: the base of the rest of the sentence
        }
      }
      if (starts == null) {
        starts = new int[4];
        ends = new int[4];
        flags = new byte[4];
      } else if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
        flags = Arrays.copyOf(flags, count * 2);
      }
      starts[count] = start;
      ends[count] = end;
      flags[count] = flag;
      count++;
      i = end;
    }
    return count == 0 ? NONE : new Dates(starts, ends, flags, count);
  }

  /**
   * The text of the last period (a date expression that is not a comparison base) that ends at
   * or before {@code position} on the same line, or null.
   */
  String periodBefore(CharSequence t, int position) {
    for (int k = count - 1; k >= 0; k--) {
      if (ends[k] <= position && (flags[k] & BASE) == 0) {
        return sameLine(t, ends[k], position) ? t.subSequence(starts[k], ends[k]).toString() : null;
      }
    }
    return null;
  }

  /**
   * Where the period {@link #periodBefore} gives for {@code position} ends, or -1 where it gives
   * none.
   */
  int periodEndBefore(CharSequence t, int position) {
    for (int k = count - 1; k >= 0; k--) {
      if (ends[k] <= position && (flags[k] & BASE) == 0) {
        return sameLine(t, ends[k], position) ? ends[k] : -1;
      }
    }
    return -1;
  }

  /**
   * Where the period (not a comparison base) that starts at {@code position}, with any word before
   * it (截至2025年6月), ends; -1 if none starts there.
   */
  int endOfPeriodAt(int position) {
    for (int k = 0; k < count && starts[k] <= position; k++) {
      if (starts[k] == position && (flags[k] & BASE) == 0) {
        return ends[k];
      }
    }
    return -1;
  }

  /**
   * The text of the comparison base that applies at {@code position}, without the word that marks
   * it (比, 较): the last base before it in the same clause, or one standing alone in a clause
   * before it (相比2022年，…); null if none.
   */
  String baseBefore(CharSequence t, int position) {
    if (!hasBase) {
      return null;
    }
    for (int k = count - 1; k >= 0; k--) {
      if (ends[k] <= position && (flags[k] & BASE) != 0 && sameLine(t, ends[k], position)
          && ((flags[k] & WIDE) != 0 || sameClause(t, ends[k], position))) {
        int start = starts[k];
        String before = wordAt(t, start, ends[k], BEFORE);
        return t.subSequence(before == null ? start : start + before.length(), ends[k]).toString();
      }
    }
    return null;
  }

  /**
   * The text of the comparison base whose own figure starts at {@code position}, or null: 比前年的
   * 1兆7510億元 is the figure of 前年 (its period), compared with nothing.
   */
  String baseOwning(CharSequence t, int position) {
    if (!hasBase) {
      return null;
    }
    for (int k = count - 1; k >= 0; k--) {
      if (ends[k] < position && (flags[k] & BASE) != 0) {
        int j = Text.skipSpace(t, ends[k], position);
        return j < position && t.charAt(j) == '的' && Text.skipSpace(t, j + 1, position) == position
            ? t.subSequence(starts[k], ends[k]).toString() : null;
      }
    }
    return null;
  }

  /** Whether {@code t[from, to)} holds no line break. */
  static boolean sameLine(CharSequence t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (t.charAt(i) == '\n') {
        return false; // a date of another line: a headline, another paragraph
      }
    }
    return true;
  }

  private static boolean sameClause(CharSequence t, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (c == '，' || c == ',' || c == '；' || c == ';') {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------------------------------------
  // Reading one expression; with fields, also what it names.

  /** What a date expression names, filled in by the readers for {@link #calendar(String)}. */
  private static final class Fields {
    int year;
    int yearTo;
    int monthFrom;
    int monthTo;
    int day;
    int half;
    int quarter;
    /** 前三季度: the months from January to the end of this quarter. */
    int quartersTo;
    int plan;
    boolean end;
    boolean start;
    /** 去年, 今年: a year counted from the text's own ({@link #offset} years after it). */
    boolean relative;
    int offset;
    /** 去年同期: the same part of the year as the period compared. */
    boolean samePart;
    /** 截至: as of the end of what is named. */
    boolean asOf;

    /** Makes a {@link #relative} year a calendar one, counted from {@code year}: 去年 from 2024 is 2023. */
    void countFrom(int year) {
      if (relative) {
        this.year = year + offset;
        relative = false;
      }
    }
  }

  /**
   * The end of the date expression at {@code i} (not counting a word of {@link #BEFORE}), or -1;
   * {@code s} is where the sentence starts. Fills {@code f} if not null.
   */
  private static int read(CharSequence t, int s, int i, int e, Fields f) {
    char c = t.charAt(i);
    if (Text.digit(c) >= 0) {
      if (i > s && (Text.digit(t.charAt(i - 1)) >= 0 || t.charAt(i - 1) == '.')) {
        return -1;
      }
      int end = year(t, i, e, f);
      end = end >= 0 ? end : months(t, i, e, f);
      return end >= 0 ? end : partOfYear(t, i, e, f); // 1~3季度
    }
    if (c == '十' && i + 2 < e && "二三四五".indexOf(t.charAt(i + 1)) >= 0 && t.charAt(i + 2) == '五') {
      if (f != null) {
        f.plan = 10 + "二三四五".indexOf(t.charAt(i + 1)) + 2;
      }
      return i + 3;
    }
    if (ChineseNumerals.digit(c) >= 0 || c == '○' || c == '十') {
      if (i > s && isYearDigit(t.charAt(i - 1))) {
        return -1;
      }
      int end = chineseYear(t, i, e, f);
      if (end < 0 && !(i > s && ChineseNumerals.isNumeral(t.charAt(i - 1)))) {
        end = months(t, i, e, f);
      }
      return end >= 0 ? end : partOfYear(t, i, e, f); // 一季度
    }
    if (!isWordStart(c)) {
      return -1; // most characters: checked once, as this runs at every character of a sentence
    }
    int relative = wordIndexAt(t, i, e, RELATIVE_YEARS);
    if (relative >= 0 && !(c == '上' && i > s && t.charAt(i - 1) == '以')) {
      if (f != null) {
        f.relative = true;
        f.offset = RELATIVE_OFFSETS[relative];
      }
      return afterYear(t, i + 2, e, f);
    }
    if ((c == '今' || c == '去' || c == '明') && i + 1 < e && (t.charAt(i + 1) == '(' || t.charAt(i + 1) == '（')) {
      int k = i + 2; // 去(110)年: the year of the Republic of China in brackets
      while (k < e && Text.digit(t.charAt(k)) >= 0) {
        k++;
      }
      if (k - i - 2 >= 2 && k - i - 2 <= 3 && k + 1 < e && (t.charAt(k) == ')' || t.charAt(k) == '）')
          && t.charAt(k + 1) == '年') {
        if (f != null) {
          f.year = yearValue(t, i + 2, k);
        }
        return afterYear(t, k + 2, e, f);
      }
      return -1;
    }
    if (isNowAfterAsOf(t, s, i, e)) {
      return i + 2;
    }
    if ((c == '前' || c == '首') && i > s && "提之以此目日年月".indexOf(t.charAt(i - 1)) >= 0) {
      return -1; // 提前3个月, 之前: not the first months of a year
    }
    return partOfYear(t, i, e, f);
  }

  /** Whether a date expression can begin with {@code c}: a digit, a numeral or a date word. */
  private static boolean mayStart(char c) {
    return Text.digit(c) >= 0 || ChineseNumerals.digit(c) >= 0 || c == '○' || c == '十' || isWordStart(c);
  }

  /** Whether a date word other than a numeral can begin with {@code c}: 今年, 上半年, 第三季度, 目前. */
  private static boolean isWordStart(char c) {
    switch (c) {
      case '今': case '去': case '前': case '明': case '上': case '下': case '本': case '当': case '當':
      case '同': case '目': case '现': case '現': case '第': case '首':
        return true;
      default:
        return false;
    }
  }

  /** 截至目前, 截止上月: now, after a word that makes the period "as of". */
  private static boolean isNowAfterAsOf(CharSequence t, int s, int i, int e) {
    if (wordAt(t, i, e, NOW) == null) {
      return false;
    }
    int j = Text.skipSpaceBack(t, s, i);
    String before = wordEndingAt(t, s, j, BEFORE);
    return before != null && before.length() >= 2;
  }

  /** A year in Arabic digits at {@code i}, with a second year after a range mark, then what follows. */
  private static int year(CharSequence t, int i, int e, Fields f) {
    int j = yearDigits(t, i, e);
    if (j < 0) {
      return -1;
    }
    int y = yearValue(t, i, j);
    int k = Text.skipSpace(t, j, e);
    int to = 0;
    if (k < e && Text.isRangeMark(t.charAt(k))) {
      int second = Text.skipSpace(t, k + 1, e);
      int j2 = yearDigits(t, second, e);
      if (j2 > 0 && yearValue(t, second, j2) > y) {
        to = yearValue(t, second, j2);
        k = Text.skipSpace(t, j2, e); // 1997-2017 年
      }
    }
    if (k >= e || t.charAt(k) != '年' || (k + 1 < e && t.charAt(k + 1) == '代')) {
      return -1; // not 80年代, a decade
    }
    int end = k + 1;
    if (to == 0) {
      int m = Text.skipSpace(t, end, e);
      if (m < e && Text.isRangeMark(t.charAt(m))) {
        int second = Text.skipSpace(t, m + 1, e);
        int j2 = yearDigits(t, second, e);
        int k2 = j2 < 0 ? -1 : Text.skipSpace(t, j2, e);
        if (k2 > 0 && k2 < e && t.charAt(k2) == '年' && yearValue(t, second, j2) > y) {
          to = yearValue(t, second, j2); // 99年至103年
          end = k2 + 1;
        }
      }
    }
    if (f != null) {
      f.year = y;
      f.yearTo = to;
    }
    return to > 0 ? end : afterYear(t, end, e, f);
  }

  /**
   * The end of the year digits at {@code i}: four Arabic digits from 1000 to 2999, or two or three
   * from 60 to 150, a year of the Republic of China (107年 is 2018), not followed by another digit;
   * or -1.
   */
  private static int yearDigits(CharSequence t, int i, int e) {
    int j = i;
    while (j < e && j - i <= 4 && Text.digit(t.charAt(j)) >= 0) {
      j++;
    }
    int n = j - i;
    if (n == 4) {
      int first = Text.digit(t.charAt(i));
      return first >= 1 && first <= 2 ? j : -1;
    }
    if (n == 2 || n == 3) {
      int v = 0;
      for (int k = i; k < j; k++) {
        v = v * 10 + Text.digit(t.charAt(k));
      }
      return v >= 60 && v <= 150 && Text.digit(t.charAt(i)) != 0 ? j : -1;
    }
    return -1;
  }

  /** The Gregorian year of the digits {@code t[i, j)}. */
  private static int yearValue(CharSequence t, int i, int j) {
    int v = 0;
    for (int k = i; k < j; k++) {
      v = v * 10 + Text.digit(t.charAt(k));
    }
    return j - i == 4 ? v : v + 1911;
  }

  private static boolean isYearDigit(char c) {
    return c == '○' || c == '〇' || c == '零' || ChineseNumerals.digit(c) >= 0 && c != '两' && c != '兩';
  }

  /** A year written digit by digit in Chinese numerals (二○一二年, 二〇二二年), then what follows. */
  private static int chineseYear(CharSequence t, int i, int e, Fields f) {
    if (i + 4 >= e || t.charAt(i + 4) != '年') {
      return -1;
    }
    int y = 0;
    for (int k = i; k < i + 4; k++) {
      char c = t.charAt(k);
      if (!isYearDigit(c)) {
        return -1;
      }
      y = y * 10 + (c == '○' ? 0 : ChineseNumerals.digit(c));
    }
    if (y < 1000 || y > 2999) {
      return -1;
    }
    if (f != null) {
      f.year = y;
    }
    return afterYear(t, i + 5, e, f);
  }

  /** What follows a year ending at {@code end}: 底, 上半年, 第三季度, 前10个月, 1-6月, 同期. */
  private static int afterYear(CharSequence t, int end, int e, Fields f) {
    int after = Text.skipSpace(t, end, e);
    if (Text.startsWith(t, after, e, "同期")) {
      if (f != null) {
        f.samePart = true;
      }
      return after + 2;
    }
    for (String w : END_OF_YEAR) {
      if (Text.startsWith(t, after, e, w)) {
        if (f != null) {
          f.end = true;
        }
        return after + w.length();
      }
    }
    for (String w : START_OF_YEAR) {
      if (Text.startsWith(t, after, e, w)) {
        if (f != null) {
          f.start = true;
        }
        return after + w.length();
      }
    }
    for (String w : WHOLE_YEAR) {
      if (Text.startsWith(t, after, e, w)) {
        return after + w.length();
      }
    }
    int part = partOfYear(t, after, e, f);
    if (part > 0) {
      return part;
    }
    int m = months(t, after, e, f);
    return m > 0 ? m : end;
  }

  /**
   * A part of a year at {@code i}: 上半年, 下半年, 第三季度, 一季度, 前三季度, 1~3季度, 前10个月, 前十月,
   * 首5個月; or -1. (全年 alone is the year named before, not a period of its own.)
   */
  private static int partOfYear(CharSequence t, int i, int e, Fields f) {
    if (Text.startsWith(t, i, e, "上半年") || Text.startsWith(t, i, e, "下半年")) {
      if (f != null) {
        f.half = t.charAt(i) == '上' ? 1 : 2;
      }
      return i + 3;
    }
    for (int q = 0; q < QUARTERS.length; q++) {
      if (Text.startsWith(t, i, e, QUARTERS[q])) {
        if (f != null) {
          f.quarter = q % 4 + 1;
        }
        return i + QUARTERS[q].length();
      }
    }
    int quarters = quartersFromTheFirst(t, i, e);
    if (quarters > 0) {
      if (f != null) {
        f.quartersTo = smallNumber(t, quarters - 3, e); // the last quarter, one character before 季度
      }
      return quarters; // 1~3季度, 一至三季度: as 前三季度
    }
    char c = i < e ? t.charAt(i) : '\0';
    if ((c == '前' || c == '首') && i + 1 < e) {
      int n = i + 1;
      int value = smallNumber(t, n, e);
      int k = numberEnd(t, n, e);
      if (value < 1 || value > 12) {
        return -1;
      }
      if (c == '前' && k + 1 < e && t.charAt(k) == '季' && t.charAt(k + 1) == '度' && value <= 4) {
        if (f != null) {
          f.quartersTo = value; // 前三季度
        }
        return k + 2;
      }
      int unit = k < e && (t.charAt(k) == '个' || t.charAt(k) == '個') ? k + 1 : k;
      if (unit < e && t.charAt(unit) == '月') {
        if (f != null) {
          f.monthFrom = 1; // 前10个月, 首5個月: from January
          f.monthTo = value;
        }
        return unit + 1;
      }
    }
    return -1;
  }

  /**
   * The end of a range of quarters from the first at {@code i} (1~3季度, 1-2季度, 一至三季度: from January to
   * the end of the last), or -1.
   */
  private static int quartersFromTheFirst(CharSequence t, int i, int e) {
    if (smallNumber(t, i, e) != 1) {
      return -1;
    }
    int mark = Text.skipSpace(t, numberEnd(t, i, e), e);
    int n = Text.skipSpace(t, rangeMarkEnd(t, mark, e), e);
    if (n == mark) {
      return -1;
    }
    int last = smallNumber(t, n, e);
    int k = numberEnd(t, n, e);
    return last > 1 && last <= 4 && Text.startsWith(t, k, e, "季度") ? k + 2 : -1;
  }

  /** The end of a range mark at {@code i} (-, ~, 至 …: {@link Text#isRangeMark}), or {@code i} where none stands there. */
  private static int rangeMarkEnd(CharSequence t, int i, int e) {
    return i < e && Text.isRangeMark(t.charAt(i)) ? i + 1 : i;
  }

  /**
   * A month at {@code i}, with a day or 底, 初 …, or a range of months (1-6月, 1月至5月, 一至九月);
   * or -1. Not 6个月, a duration.
   */
  private static int months(CharSequence t, int i, int e, Fields f) {
    int first = monthNumber(t, i, e);
    if (first < 1) {
      return -1;
    }
    int j = Text.skipSpace(t, numberEnd(t, i, e), e);
    boolean named = j < e && t.charAt(j) == '月';
    int end = named ? j + 1 : j;
    int k = Text.skipSpace(t, end, e);
    int second = 0;
    if (k < e && Text.isRangeMark(t.charAt(k))) {
      int n = Text.skipSpace(t, k + 1, e);
      int v = monthNumber(t, n, e);
      int j2 = v < 1 ? -1 : Text.skipSpace(t, numberEnd(t, n, e), e);
      if (j2 > 0 && j2 < e && t.charAt(j2) == '月' && v > first) {
        second = v;
        end = j2 + 1;
      }
    }
    if (!named && second == 0) {
      return -1;
    }
    if (f != null) {
      f.monthFrom = first;
      f.monthTo = second;
    }
    if (second > 0) {
      return end;
    }
    int d = Text.skipSpace(t, end, e);
    int dayEnd = numberEnd(t, d, e);
    if (dayEnd > d && dayEnd - d <= 3) {
      int day = smallNumber(t, d, e);
      int dd = Text.skipSpace(t, dayEnd, e);
      if (day >= 1 && day <= 31 && dd < e && (t.charAt(dd) == '日' || t.charAt(dd) == '号' || t.charAt(dd) == '號')) {
        if (f != null) {
          f.day = day;
        }
        return dd + 1;
      }
      return end;
    }
    for (String w : AFTER_MONTH) {
      if (Text.startsWith(t, d, e, w)) {
        if (f != null && (w.equals("底") || w.equals("末"))) {
          f.end = true;
        }
        return d + w.length();
      }
    }
    return end;
  }

  /** A month number 1 to 12 at {@code i}, in Arabic digits or Chinese numerals (not 两); or -1. */
  private static int monthNumber(CharSequence t, int i, int e) {
    if (i >= e || t.charAt(i) == '两' || t.charAt(i) == '兩') {
      return -1;
    }
    int end = numberEnd(t, i, e);
    if (end < e && (t.charAt(end) == '个' || t.charAt(end) == '個')) {
      return -1; // 6个月: a duration
    }
    int v = smallNumber(t, i, e);
    return v >= 1 && v <= 12 ? v : -1;
  }

  /** The end of one or two Arabic digits, or of a Chinese numeral of up to three characters, at {@code i}. */
  private static int numberEnd(CharSequence t, int i, int e) {
    int j = i;
    if (i < e && Text.digit(t.charAt(i)) >= 0) {
      while (j < e && j - i < 3 && Text.digit(t.charAt(j)) >= 0) {
        j++;
      }
      return j;
    }
    while (j < e && j - i < 3 && (ChineseNumerals.digit(t.charAt(j)) >= 0 || t.charAt(j) == '十')) {
      j++;
    }
    return j;
  }

  /** The value of the small number at {@code i} (see {@link #numberEnd}), or -1. */
  private static int smallNumber(CharSequence t, int i, int e) {
    int end = numberEnd(t, i, e);
    if (end == i || end - i > 3) {
      return -1;
    }
    if (Text.digit(t.charAt(i)) >= 0) {
      int v = 0;
      for (int k = i; k < end; k++) {
        v = v * 10 + Text.digit(t.charAt(k));
      }
      return end - i <= 2 ? v : -1;
    }
    long v = ChineseNumerals.read(t, i, end);
    return v < 0 || v > 31 ? -1 : (int) v;
  }

  // ---------------------------------------------------------------------------------------------
  // The calendar period of a date expression.

  /**
   * The calendar period {@code text} (a period found by {@link #scan}) names, or null where it
   * names no calendar year (今年, 上半年, 自1998年: a start, not a period).
   */
  static Period calendar(String text) {
    return calendar(text, null);
  }

  /**
   * As {@link #calendar(String)}, with the years a text counts from its own ({@code 今年}, {@code
   * 去年}) and the year of a month written alone ({@code 6月底}) taken from {@code thisYear}, the
   * year the text was written in; null where that is unknown. A null {@code text} gives null.
   */
  static Period calendar(String text, Integer thisYear) {
    Fields f = text == null ? null : fields(text);
    if (f == null || f.samePart) {
      return null;
    }
    if (f.relative) {
      if (thisYear == null) {
        return null;
      }
      f.countFrom(thisYear);
    } else if (f.year == 0 && f.plan == 0 && thisYear != null) {
      f.year = thisYear; // 6月底, 上半年 in a text of that year
    }
    return period(f);
  }

  /**
   * As {@link #calendar(String, Integer)} for what a text written in {@code written} reports: a
   * part of a year written without its year (1-11月份, 一季度) that begins by that month but would end
   * more than a month after it was not over when the text was written, and is the year before's
   * (1-11月份 in a text of March 2023 is January to November 2022); so is a day or a month's end
   * written without its year that would come more than a month after that month (截至11月底 in
   * March 2023 is 30 November 2022). A month's grace, as a page's date may lag what it reports
   * (至12月初 on a page dated 16 November stays that year's). A year the text writes or counts
   * (2023年1-11月, 今年1-11月), a whole year (全年) and a part that begins after that month (下半年 in
   * May: a plan's, or a date) stay as the text's year reads them; a plan's own periods are not for
   * this (力争上半年: ahead).
   */
  static Period calendarWrittenIn(String text, YearMonth written) {
    Fields f = text == null ? null : fields(text);
    if (f == null || f.samePart || f.relative || f.year != 0 || f.plan != 0
        || f.monthFrom == 0 && f.half == 0 && f.quarter == 0 && f.quartersTo == 0) {
      return calendar(text, written.getYear());
    }
    f.year = written.getYear();
    Period p = period(f);
    boolean instant = p != null && p.start().equals(p.end());
    if (p == null || !YearMonth.from(p.end()).isAfter(written.plusMonths(1))
        || !instant && YearMonth.from(p.start()).isAfter(written)) {
      return p;
    }
    f.year--;
    return period(f);
  }

  /**
   * The calendar period of the comparison base {@code base} of a figure whose period is {@code
   * period} (null if none): 2020年 is 2020; 去年同期, 上年同期, 2020年同期 are the period's part of
   * that year (2023-H1 for a period 2024年1-6月); 去年, 上年 are the year before the period's, 前年
   * the one before that. Null where the base names no calendar year and the period gives none.
   */
  static Period calendarBase(String base, String period) {
    Fields f = fields(base);
    if (f == null) {
      return null;
    }
    if (!f.relative && !f.samePart) {
      return period(f);
    }
    Period current = period == null ? null : calendar(period);
    if (current == null || f.plan > 0) {
      return null;
    }
    int year = current.end().getYear();
    f.countFrom(year);
    int target = f.year;
    if (!f.samePart) {
      return period(f);
    }
    try {
      return Period.builder().kind(current.kind())
          .start(current.start().plusYears(target - year))
          .end(current.end().plusYears(target - year))
          .build();
    } catch (RuntimeException e) {
      return null; // a span that moves onto other days (29 February): no period of the same kind
    }
  }

  /** What {@code text} names, or null if it is not one whole date expression or only a start (自1998年). */
  private static Fields fields(String text) {
    int n = text.length();
    String before = wordAt(text, 0, n, BEFORE);
    int i = before == null ? 0 : Text.skipSpace(text, before.length(), n);
    String era = wordAt(text, i, n, ERA);
    if (era != null) {
      i += era.length();
    }
    if (i >= n) {
      return null;
    }
    Fields f = new Fields();
    if (read(text, i, i, n, f) != n) {
      return null;
    }
    f.asOf = before != null && Arrays.asList(AS_OF).contains(before);
    return before != null && !f.asOf ? null : f; // 自1998年, 从2019年: where a span begins
  }

  private static Period period(Fields f) {
    try {
      return period(f, f.asOf);
    } catch (DateTimeException | IllegalArgumentException e) {
      return null; // 2月30日
    }
  }

  private static Period period(Fields f, boolean asOf) {
    if (f.plan > 0) {
      return asOf ? null : Period.fiveYearPlan(f.plan);
    }
    if (f.year == 0 || f.start) {
      return null;
    }
    int y = f.year;
    if (f.yearTo > 0) {
      return asOf ? Period.endOf(Year.of(f.yearTo)) : Period.years(y, f.yearTo);
    }
    if (f.day > 0) {
      return Period.asOf(LocalDate.of(y, f.monthFrom, f.day));
    }
    if (f.monthFrom > 0) {
      int to = f.monthTo > 0 ? f.monthTo : f.monthFrom;
      if (asOf || f.end) {
        return Period.asOf(YearMonth.of(y, to).atEndOfMonth());
      }
      return months(y, f.monthFrom, to);
    }
    if (f.half > 0) {
      return asOf ? Period.asOf(YearMonth.of(y, 6 * f.half).atEndOfMonth()) : Period.halfYear(y, f.half);
    }
    if (f.quarter > 0) {
      return asOf ? Period.asOf(YearMonth.of(y, 3 * f.quarter).atEndOfMonth()) : Period.quarter(y, f.quarter);
    }
    if (f.quartersTo > 0) {
      return asOf ? Period.asOf(YearMonth.of(y, 3 * f.quartersTo).atEndOfMonth()) : months(y, 1, 3 * f.quartersTo);
    }
    return asOf || f.end ? Period.endOf(Year.of(y)) : Period.year(y);
  }

  /** The months {@code from} to {@code to} of {@code year}, as the calendar unit they make up if they do. */
  private static Period months(int year, int from, int to) {
    if (from == to) {
      return Period.month(YearMonth.of(year, from));
    }
    if (from == 1 && to == 12) {
      return Period.year(year);
    }
    if ((from == 1 && to == 6) || (from == 7 && to == 12)) {
      return Period.halfYear(year, from == 1 ? 1 : 2);
    }
    if (from % 3 == 1 && to == from + 2) {
      return Period.quarter(year, to / 3);
    }
    return Period.months(YearMonth.of(year, from), YearMonth.of(year, to));
  }

  // ---------------------------------------------------------------------------------------------

  /** The index of the first word of {@code words} at {@code i}, or -1. */
  private static int wordIndexAt(CharSequence t, int i, int e, String[] words) {
    for (int k = 0; k < words.length; k++) {
      if (Text.startsWith(t, i, e, words[k])) {
        return k;
      }
    }
    return -1;
  }

  /** The first word of {@code words} at {@code i}, or null. */
  private static String wordAt(CharSequence t, int i, int e, String[] words) {
    for (String w : words) {
      if (Text.startsWith(t, i, e, w)) {
        return w;
      }
    }
    return null;
  }

  /** The first word of {@code words} that ends at {@code j} and starts at or after {@code s}, or null. */
  private static String wordEndingAt(CharSequence t, int s, int j, String[] words) {
    for (String w : words) {
      if (j - w.length() >= s && Text.startsWith(t, j - w.length(), j, w)) {
        return w;
      }
    }
    return null;
  }
}
