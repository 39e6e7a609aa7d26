package dev.parkdata.extract;

import java.util.Arrays;

/**
 * The date expressions of one sentence, found once and then looked up for each mention: a year
 * with what follows it (2021年, 2023年底, 2024年1月至5月, 1997-2017 年, 2022年度), with 截至, 截止,
 * 到, 至, 自 or 从 before it; 截至6月底; and the plan periods 十二五 … 十五五.
 */
final class Dates {
  private static final String[] BEFORE = {"截止到", "截至", "截止", "自从", "到", "至", "自", "从", "從"};
  private static final String[] AFTER_YEAR = {
    "前三季度", "第一季度", "第二季度", "第三季度", "第四季度", "一季度", "二季度", "三季度", "四季度",
    "上半年", "下半年", "年底", "年末", "年初", "年度", "全年", "底", "末", "初", "度",
  };
  private static final String[] AFTER_MONTH = {"中旬", "上旬", "下旬", "底", "末", "初", "份"};

  private static final Dates NONE = new Dates(new int[0], new int[0], 0);

  private final int[] starts;
  private final int[] ends;
  private final int count;

  private Dates(int[] starts, int[] ends, int count) {
    this.starts = starts;
    this.ends = ends;
    this.count = count;
  }

  /** The date expressions of {@code t[s, e)}. */
  static Dates scan(CharSequence t, int s, int e) {
    int[] starts = null;
    int[] ends = null;
    int count = 0;
    int i = s;
    while (i < e) {
      char c = t.charAt(i);
      int end = -1;
      if (Text.digit(c) >= 0 && (i == s || Text.digit(t.charAt(i - 1)) < 0)) {
        end = year(t, i, e);
      } else if (c == '十' && i + 2 < e && "二三四五".indexOf(t.charAt(i + 1)) >= 0 && t.charAt(i + 2) == '五') {
        end = i + 3;
      } else if (c == '截' && (Text.startsWith(t, i, e, "截至") || Text.startsWith(t, i, e, "截止"))) {
        int m = month(t, skipSpace(t, i + 2, e), e);
        if (m > 0) {
          end = m;
        }
      }
      if (end < 0) {
        i++;
        continue;
      }
      int start = i;
      if (c != '截') {
        int j = Text.skipSpaceBack(t, s, i);
        for (String w : BEFORE) {
          if (j - w.length() >= s && Text.startsWith(t, j - w.length(), e, w)) {
            start = j - w.length();
            break;
          }
        }
      }
      if (starts == null) {
        starts = new int[4];
        ends = new int[4];
      } else if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
      }
      starts[count] = start;
      ends[count] = end;
      count++;
      i = end;
    }
    return count == 0 ? NONE : new Dates(starts, ends, count);
  }

  /**
   * The text of the last date expression that ends at or before {@code position} on the same
   * line, or null.
   */
  String before(CharSequence t, int position) {
    for (int k = count - 1; k >= 0; k--) {
      if (ends[k] <= position) {
        for (int i = ends[k]; i < position; i++) {
          if (t.charAt(i) == '\n') {
            return null; // a date of another line: a headline, another paragraph
          }
        }
        return t.subSequence(starts[k], ends[k]).toString();
      }
    }
    return null;
  }

  /** The end of a year expression at {@code i}, or -1. */
  private static int year(CharSequence t, int i, int e) {
    int j = yearDigits(t, i, e);
    if (j < 0) {
      return -1;
    }
    int k = skipSpace(t, j, e);
    if (k < e && "-—–~～至到".indexOf(t.charAt(k)) >= 0) {
      int j2 = yearDigits(t, skipSpace(t, k + 1, e), e);
      if (j2 > 0) {
        k = skipSpace(t, j2, e);
      }
    }
    if (k >= e || t.charAt(k) != '年') {
      return -1;
    }
    int end = k + 1;
    int after = skipSpace(t, end, e);
    for (String w : AFTER_YEAR) {
      if (Text.startsWith(t, after, e, w)) {
        return after + w.length();
      }
    }
    int m = month(t, after, e);
    if (m < 0) {
      return end;
    }
    end = m;
    int k2 = skipSpace(t, end, e);
    if (k2 < e && "-—–~～至到".indexOf(t.charAt(k2)) >= 0) {
      int m2 = month(t, skipSpace(t, k2 + 1, e), e);
      if (m2 > 0) {
        end = m2;
      }
    }
    return end;
  }

  /** The end of four digits from 1000 to 2999 at {@code i} not followed by a fifth, or -1. */
  private static int yearDigits(CharSequence t, int i, int e) {
    if (i + 4 > e) {
      return -1;
    }
    int first = Text.digit(t.charAt(i));
    if (first < 1 || first > 2) {
      return -1;
    }
    for (int k = i + 1; k < i + 4; k++) {
      if (Text.digit(t.charAt(k)) < 0) {
        return -1;
      }
    }
    return i + 4 < e && Text.digit(t.charAt(i + 4)) >= 0 ? -1 : i + 4;
  }

  /** The end of a month (with day or 底, 初 …) at {@code i}: 1月, 12月底, 6月24日; or -1. */
  private static int month(CharSequence t, int i, int e) {
    int j = i;
    while (j < e && j - i < 2 && Text.digit(t.charAt(j)) >= 0) {
      j++;
    }
    if (j == i) {
      return -1;
    }
    j = skipSpace(t, j, e);
    if (j >= e || t.charAt(j) != '月') {
      return -1;
    }
    int end = j + 1;
    int k = skipSpace(t, end, e);
    int d = k;
    while (d < e && d - k < 2 && Text.digit(t.charAt(d)) >= 0) {
      d++;
    }
    if (d > k) {
      int dd = skipSpace(t, d, e);
      if (dd < e && (t.charAt(dd) == '日' || t.charAt(dd) == '号')) {
        return dd + 1;
      }
      return end;
    }
    for (String w : AFTER_MONTH) {
      if (Text.startsWith(t, k, e, w)) {
        return k + w.length();
      }
    }
    return end;
  }

  private static int skipSpace(CharSequence t, int i, int e) {
    while (i < e && Text.isSpace(t.charAt(i))) {
      i++;
    }
    return i;
  }
}
