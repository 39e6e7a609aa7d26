package dev.parkdata.policy;

/** How often a measure's amount can be granted. */
public enum MeasurePeriod {
  /** 一次性: once. */
  ONE_OFF("一次性"),
  /** 每年: every year. */
  PER_YEAR("每年"),
  /** 每个项目: per project. */
  PER_PROJECT("每个项目"),
  /** 累计: in total over the policy's validity. */
  CUMULATIVE("累计");

  private final String chineseName;

  MeasurePeriod(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name, {@code "每年"}. */
  public String chineseName() {
    return chineseName;
  }
}
