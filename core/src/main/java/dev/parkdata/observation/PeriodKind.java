package dev.parkdata.observation;

/** The kinds of {@link Period} a figure can be reported for. */
public enum PeriodKind {
  /** A calendar year, 2022 (2022年). */
  YEAR,
  /** A calendar half-year, 2022H1 (2022年上半年). */
  HALF_YEAR,
  /** A calendar quarter, 2022Q3 (2022年第三季度). */
  QUARTER,
  /** A calendar month, 2024-05 (2024年5月). */
  MONTH,
  /**
   * Any other span of whole days: several years (1997–2017, 十四五 = 2021–2025) or months
   * (2024年1月至5月).
   */
  SPAN,
  /** A single day a stock is counted at: 截至2017年年底 is as of 2017-12-31. */
  AS_OF
}
