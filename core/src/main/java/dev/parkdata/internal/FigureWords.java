package dev.parkdata.internal;

import com.google.common.collect.ImmutableMap;
import dev.parkdata.metric.Qualifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What the parser of {@code dev.parkdata.metric} and the scanner of {@code dev.parkdata.extract}
 * must agree on: the qualifier words read before a figure, and the characters a figure can
 * begin with. Not API: the scanner is a sibling package, and these tables are details of the
 * grammar, not a contract with users.
 */
public final class FigureWords {
  private FigureWords() {}

  /** The qualifier words read before a figure, simplified and traditional, longest first. */
  private static final ImmutableMap<String, Qualifier> PREFIXES = longestFirst(
      "达", Qualifier.EXACT, "達", Qualifier.EXACT, "达到", Qualifier.EXACT, "達到", Qualifier.EXACT,
      "为", Qualifier.EXACT, "為", Qualifier.EXACT, "是", Qualifier.EXACT,
      "实现", Qualifier.EXACT, "實現", Qualifier.EXACT,
      "约", Qualifier.APPROXIMATELY, "約", Qualifier.APPROXIMATELY, "大约", Qualifier.APPROXIMATELY,
      "大約", Qualifier.APPROXIMATELY, "近似", Qualifier.APPROXIMATELY,
      "超", Qualifier.MORE_THAN, "超过", Qualifier.MORE_THAN, "超過", Qualifier.MORE_THAN,
      "逾", Qualifier.MORE_THAN, "高于", Qualifier.MORE_THAN, "高於", Qualifier.MORE_THAN,
      "突破", Qualifier.MORE_THAN, "冲破", Qualifier.MORE_THAN, "衝破", Qualifier.MORE_THAN,
      "过", Qualifier.MORE_THAN, "過", Qualifier.MORE_THAN,
      "不低于", Qualifier.AT_LEAST, "不低於", Qualifier.AT_LEAST, "不少于", Qualifier.AT_LEAST,
      "不少於", Qualifier.AT_LEAST, "至少", Qualifier.AT_LEAST,
      "近", Qualifier.NEARLY, "将近", Qualifier.NEARLY, "將近", Qualifier.NEARLY, "接近", Qualifier.NEARLY,
      "不到", Qualifier.LESS_THAN, "不足", Qualifier.LESS_THAN, "低于", Qualifier.LESS_THAN,
      "低於", Qualifier.LESS_THAN, "未满", Qualifier.LESS_THAN, "未滿", Qualifier.LESS_THAN,
      "最高", Qualifier.AT_MOST, "最多", Qualifier.AT_MOST, "不超过", Qualifier.AT_MOST,
      "不超過", Qualifier.AT_MOST, "上限", Qualifier.AT_MOST,
      // Words of real reporting (issue 16).
      "连续", Qualifier.EXACT, "連續", Qualifier.EXACT, "持续", Qualifier.EXACT, "持續", Qualifier.EXACT,
      "高达", Qualifier.EXACT, "高達", Qualifier.EXACT, "估达", Qualifier.EXACT, "估達", Qualifier.EXACT,
      "翻了", Qualifier.EXACT, "上看", Qualifier.EXACT,
      "逼近", Qualifier.NEARLY, "破", Qualifier.MORE_THAN, "不止", Qualifier.MORE_THAN,
      "多于", Qualifier.MORE_THAN, "多於", Qualifier.MORE_THAN, "大于", Qualifier.MORE_THAN,
      "大於", Qualifier.MORE_THAN, "最少", Qualifier.AT_LEAST, "最低", Qualifier.AT_LEAST,
      "最长", Qualifier.AT_MOST, "最長", Qualifier.AT_MOST, "不超", Qualifier.AT_MOST,
      "不高于", Qualifier.AT_MOST, "不高於", Qualifier.AT_MOST, "不多于", Qualifier.AT_MOST,
      "不多於", Qualifier.AT_MOST, "少于", Qualifier.LESS_THAN, "少於", Qualifier.LESS_THAN,
      "小于", Qualifier.LESS_THAN, "小於", Qualifier.LESS_THAN);

  /**
   * The qualifier words read before a figure with their meaning ({@code 超过} → MORE_THAN,
   * {@code 达} → EXACT), longest first.
   */
  public static ImmutableMap<String, Qualifier> prefixWords() {
    return PREFIXES;
  }

  /**
   * Whether a figure can begin with {@code ch}: an ASCII or full-width digit, or a Chinese
   * numeral character (一 … 九, 两, 零, 十, 百, 千, 万, 亿, their financial and traditional forms),
   * or 半.
   */
  public static boolean isFigureCharacter(char ch) {
    return (ch >= '0' && ch <= '9') || (ch >= '０' && ch <= '９') || (ChineseNumerals.isNumeral(ch) && !isCircle(ch))
        || ch == '半';
  }

  /**
   * Whether {@code ch} is ○ or ◯, a zero inside a figure (一九○億元) that begins none: standing
   * alone it marks a blank (○○公司) or an item.
   */
  public static boolean isCircle(char ch) {
    return ch == '○' || ch == '◯';
  }

  /**
   * Words that make a figure money when they stand near it (投资7个亿): investment, revenue, output,
   * tax, funds, profit, loans, subsidies, simplified and traditional.
   */
  private static final String[] MONEY_WORDS = {
      "投资", "投資", "投入", "资金", "資金", "收入", "营收", "營收", "营业额", "營業額", "销售额", "銷售額",
      "产值", "產值", "税收", "稅收", "利税", "利稅", "融资", "融資", "贷款", "貸款", "金额", "金額",
      "资产", "資產", "利润", "利潤", "成交额", "成交額", "出口额", "出口額", "进出口额", "進出口額",
      "贸易额", "貿易額", "GDP", "总值", "總值", "基金", "补贴", "補貼", "补助", "補助", "奖励", "獎勵",
      "资助", "資助", "预算", "預算", "收益", "造价", "造價", "资本", "資本"};

  /** How far before a figure {@link #moneyWordNear} looks, in characters. */
  private static final int MONEY_REACH = 12;

  /**
   * Whether a money word ends within {@value #MONEY_REACH} characters before {@code start} in the
   * same clause (投资7个亿), or begins at {@code end}, after an optional 的 (7个亿的投资).
   */
  public static boolean moneyWordNear(CharSequence text, int start, int end) {
    int after = end < text.length() && text.charAt(end) == '的' ? end + 1 : end;
    for (String w : MONEY_WORDS) {
      if (endsAt(text, after + w.length(), w)) {
        return true;
      }
    }
    for (int k = start; k > 0 && k >= start - MONEY_REACH; k--) {
      if ("，,。；;：:、\n\r".indexOf(text.charAt(k - 1)) >= 0) {
        return false;
      }
      for (String w : MONEY_WORDS) {
        if (endsAt(text, k, w)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean endsAt(CharSequence text, int end, String word) {
    int from = end - word.length();
    if (from < 0 || end > text.length()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (text.charAt(from + i) != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static ImmutableMap<String, Qualifier> longestFirst(Object... pairs) {
    List<Map.Entry<String, Qualifier>> words = new ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      words.add(Map.entry((String) pairs[i], (Qualifier) pairs[i + 1]));
    }
    // A stable sort: words of one length keep the order above.
    words.sort(Comparator.comparingInt((Map.Entry<String, Qualifier> e) -> e.getKey().length()).reversed());
    return ImmutableMap.copyOf(words);
  }
}
