package dev.parkdata.industry;

/**
 * The scale class a cluster or chain is announced in, by its annual revenue or output:
 * 百亿级 (at least 10¹⁰ 元), 千亿级 (10¹¹ 元), 万亿级 (10¹² 元).
 */
public enum ScaleClass {
  /** 百亿级: ten-billion class. */
  TEN_BILLION("百亿级"),
  /** 千亿级: hundred-billion class. */
  HUNDRED_BILLION("千亿级"),
  /** 万亿级: trillion class. */
  TRILLION("万亿级");

  private final String chineseName;

  ScaleClass(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name, {@code "百亿级"}. */
  public String chineseName() {
    return chineseName;
  }
}
