package dev.parkdata.internal;

import java.util.List;

/**
 * What may stand between an indicator and the word of its change (营收同比增长, 營業額較去年同期成長,
 * 产值与上年相比增长), the words of growth and change themselves, and those of a decrease: declared
 * once for {@code Indicators}, which reads such names, and the extractor, which writes them and
 * sets a decrease's sign.
 */
public final class ChangeWords {
  private ChangeWords() {}

  /**
   * The characters of "on the year before" and "respectively" that may stand between them (按年 is
   * Hong Kong's 同比: 按年上升). Not 均
   * (年均增长, the mean yearly growth) nor 环 (环比, on the month before): those are other changes.
   */
  public static final String CONNECTIVES = "同比分别別较較去上年同期相与與按";

  /** The most such characters between them: 相較去年同期. */
  public static final int MAX_CONNECTIVES = 6;

  /**
   * Words of a growth, a change in percent, after the name of what grows (营收增长, 营收增速; 比增,
   * 福建's 比上年增长: 地区生产总值比增11.8%), the longest first where one ends another. A decrease (下降, 衰退) is one too: its sign is the reader's.
   */
  public static final List<String> GROWTHS = List.of(
      "增长率", "成长率", "增速", "增幅", "增长了", "可比增长", "增长", "成长", "上升了", "上升", "年增率",
      "年增", "比增", "下降了", "下降", "衰退", "下滑", "递增", "升"); // 可比增长: at comparable prices; 年均递增36%;
      // 升 last, Hong Kong's 按年升78% (上升, longer, is read before it)

  /**
   * Words of a change in the base's own unit (企业数增加200家, 研发强度提高0.5个百分点, 地区生产总值净增
   * 1300亿元: a net rise, not the level), the longest first.
   */
  public static final List<String> CHANGES = List.of("净增加了", "净减少了", "净增加", "净减少", "提高了", "提升了", "增加了",
      "减少了", "净增了", "提高", "提升", "增加", "减少", "净增");

  /**
   * Words of a decrease, in both scripts: a growth or change written with one is negative (同比下降10%
   * is a growth of −10%), the figure being written without its sign.
   */
  public static final List<String> DECREASES = List.of("下降", "减少", "減少", "衰退", "下滑", "降低", "回落", "下跌");

  /** Whether {@code c} is one of {@link #CONNECTIVES}. */
  public static boolean isConnective(char c) {
    return CONNECTIVES.indexOf(c) >= 0;
  }
}
