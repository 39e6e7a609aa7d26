package dev.parkdata.metric;

/**
 * What the words around a reported figure say about the true value v relative to the stated
 * number n. The word is part of the fact: "2万余家" is not the same fact as "2万家".
 */
public enum Qualifier {
  /** v = n as reported (no word, 达, 为, 是, 实现). */
  EXACT,
  /** v ≈ n, on no particular side (约, 大约, 左右, 上下). */
  APPROXIMATELY,
  /** v &gt; n (超, 超过, 逾, 高于, 突破, 过). */
  MORE_THAN,
  /** v ≥ n (以上, 不低于, 不少于, 至少). */
  AT_LEAST,
  /**
   * n &lt; v &lt; the next step of the last stated digit (余, 多 after the number): 440多家 lies in
   * (440, 450), 2万余家 in (20000, 30000).
   */
  OVER,
  /** v &lt; n, close to n (近, 将近, 接近). */
  NEARLY,
  /** v &lt; n (不到, 不足, 低于, 未满). */
  LESS_THAN,
  /** v ≤ n (最高, 最多, 不超过, 以下, 以内, 上限): policy caps. */
  AT_MOST,
  /** min ≤ v ≤ max (400-600个, 10至20亿元). */
  RANGE
}
