package dev.parkdata.internal;

/**
 * What may stand between an indicator and the word of its change (营收同比增长, 營業額較去年同期成長,
 * 产值与上年相比增长): declared once for {@code Indicators}, which reads such names, and the
 * extractor, which writes them.
 */
public final class ChangeWords {
  private ChangeWords() {}

  /**
   * The characters of "on the year before" and "respectively" that may stand between them. Not 均
   * (年均增长, the mean yearly growth) nor 环 (环比, on the month before): those are other changes.
   */
  public static final String CONNECTIVES = "同比分别別较較去上年同期相与與";

  /** The most such characters between them: 相較去年同期. */
  public static final int MAX_CONNECTIVES = 6;

  /** Whether {@code c} is one of {@link #CONNECTIVES}. */
  public static boolean isConnective(char c) {
    return CONNECTIVES.indexOf(c) >= 0;
  }
}
