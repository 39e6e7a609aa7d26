package dev.parkdata.validation;

/**
 * How badly a {@link Violation} disqualifies a dataset, from worst to mildest. Enum order is
 * that order: {@code ERROR.compareTo(WARNING) < 0}.
 */
public enum Severity {
  /** The data contradicts itself or cannot be right; do not publish it as is. */
  ERROR("错误", "error"),
  /** The data is probably wrong or incomplete; a person should look. */
  WARNING("警告", "warning"),
  /** Worth knowing, not a defect: a repeated figure, a check that could not be made. */
  INFO("提示", "info");

  private final String chineseName;
  private final String englishName;

  Severity(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /** The Chinese name, {@code "错误"}. */
  public String chineseName() {
    return chineseName;
  }

  /** The English name in lower case, {@code "error"}. */
  public String englishName() {
    return englishName;
  }

  /** Whether this severity is at least as bad as {@code other}: ERROR is at least WARNING. */
  public boolean isAtLeast(Severity other) {
    return compareTo(other) <= 0;
  }
}
