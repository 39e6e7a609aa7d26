package dev.parkdata.testing;

import dev.parkdata.validation.StandardRules;

/**
 * A deliberate inconsistency that {@link ParkGenerators#parks()} and {@link
 * ParkGenerators#datasets()} can build into generated parks and datasets, to test code that
 * validates or repairs park data. Each is reported by the standard validator under its
 * {@linkplain #code() rule code}, at the park it was injected into or below; asked for alone, it
 * is the only error reported:
 *
 * <pre>{@code
 * @Test
 * void reportsOversizedSubZones() {
 *   qt().forAll(ParkGenerators.parks().withInconsistencies(Inconsistency.SUBZONES_EXCEED_PARENT))
 *       .checkAssert(park -> assertThat(Validator.standard().validate(park))
 *           .hasViolation(Inconsistency.SUBZONES_EXCEED_PARENT.code()));
 * }
 * }</pre>
 *
 * <p>The injected figures use the years before 1980 or after 2035, the first and last years of
 * generated periods ({@link ParkGenerators#periods()}), so that they do not meet the generated
 * ones by accident.
 */
public enum Inconsistency {
  /** A park said to consist of exactly its sub-zones whose area is ten units more than theirs. */
  SUBZONES_SUM_DIFFERS(StandardRules.SUBZONES_SUM_DIFFERS),
  /**
   * A sub-zone whose area is twice its parent's, plus one. With {@link #SUBZONES_SUM_DIFFERS} the
   * sum then exceeds the park's area, which is reported under this code alone.
   */
  SUBZONES_EXCEED_PARENT(StandardRules.SUBZONES_EXCEED_PARENT),
  /** 规上企业 120家 in a year the park had 100家 enterprises in all. */
  COUNT_EXCEEDS_TOTAL(StandardRules.COUNT_EXCEEDS_TOTAL),
  /** 研发强度 of 120%. */
  SHARE_OUT_OF_RANGE(StandardRules.SHARE_OUT_OF_RANGE),
  /** 2万余家 and 19000家 enterprises in the same year. */
  BOUNDS_CONTRADICTION(StandardRules.BOUNDS_CONTRADICTION),
  /** 营业收入 of 100亿元 and of 120亿元 in the same year, from two sources. */
  CONFLICTING_DUPLICATE(StandardRules.CONFLICTING_DUPLICATE),
  /** 营业收入 counted in 家. */
  DIMENSION_MISMATCH(StandardRules.DIMENSION_MISMATCH),
  /** A figure of 2036 cited from a source published in 2020. */
  OBSERVATION_AFTER_SOURCE(StandardRules.OBSERVATION_AFTER_SOURCE),
  /** A parent that is neither in the data nor declared external. */
  UNRESOLVED_ID(StandardRules.UNRESOLVED_ID),
  /** A sub-zone with the identifier of its parent. */
  DUPLICATE_ID(StandardRules.DUPLICATE_ID);

  private final String code;

  Inconsistency(String code) {
    this.code = code;
  }

  /**
   * The code of the {@link StandardRules standard rule} that reports this inconsistency.
   *
   * @return the rule code, {@code "area.subzones-exceed-parent"} for {@link
   *     #SUBZONES_EXCEED_PARENT}
   */
  public String code() {
    return code;
  }
}
