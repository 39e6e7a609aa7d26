package dev.parkdata.metric;

/**
 * What the words around a reported figure say about the true value v relative to the stated
 * number n. The word is part of the fact: "2万余家" is not the same fact as "2万家".
 *
 * <p>Each qualifier defines the {@linkplain Metric#bounds() bounds} of a metric, as listed on
 * each constant; "absent" means the words give no bound on that side.
 */
public enum Qualifier {
  /** v = n as reported (no word, 达, 为, 是, 实现): bounds [n, n]. */
  EXACT("", "", "", ""),
  /** v ≈ n, on no particular side (约, 大约, 左右, 上下, 近似): no bounds. */
  APPROXIMATELY("约", "", "約", "about "),
  /** v &gt; n (超, 超过, 逾, 高于, 突破, 过): bounds (n, absent). */
  MORE_THAN("超过", "", "超過", "more than "),
  /** v ≥ n (以上, 不低于, 不少于, 至少): bounds [n, absent). */
  AT_LEAST("", "以上", "", "at least "),
  /**
   * n &lt; v &lt; the next step of the last stated digit (余, 多 after the number): 440多家 lies in
   * (440, 450), 2万余家 in (20000, 30000), 5000余万元 in (5000, 6000) 万元. The step is the place
   * value of the last non-zero digit of the value, so it does not depend on trailing zeros and
   * moves with the decimal point (2万余家 and 20000余家 are one fact). Requires n &gt; 0.
   */
  OVER("", "", "", "over "),
  /** v &lt; n, close to n (近, 将近, 接近): bounds (absent, n). */
  NEARLY("近", "", "近", "nearly "),
  /** v &lt; n (不到, 不足, 低于, 未满): bounds (absent, n). */
  LESS_THAN("不到", "", "不到", "less than "),
  /** v ≤ n (最高, 最多, 不超过, 以下, 以内, 上限): policy caps; bounds (absent, n]. */
  AT_MOST("最高", "", "最高", "at most "),
  /**
   * min ≤ v ≤ max (400-600个, 10至20亿元): bounds [min, max]; an end the text leaves out is open
   * (200—500萬元(不含本數) is [min, max)), see {@link Metric#range(Interval, dev.parkdata.unit.Unit)}.
   */
  RANGE("", "", "", "");

  private final String prefix;
  private final String suffix;
  private final String traditionalPrefix;
  private final String englishPrefix;

  Qualifier(String prefix, String suffix, String traditionalPrefix, String englishPrefix) {
    this.prefix = prefix;
    this.suffix = suffix;
    this.traditionalPrefix = traditionalPrefix;
    this.englishPrefix = englishPrefix;
  }

  /** The word written before the number when formatting ({@code "约"}), possibly empty. */
  String prefix(boolean traditional) {
    return traditional ? traditionalPrefix : prefix;
  }

  /** The word written after the unit when formatting ({@code "以上"}), possibly empty. */
  String suffix() {
    return suffix;
  }

  /** The English words written before the number ({@code "about "}), possibly empty. */
  String englishPrefix() {
    return englishPrefix;
  }
}
