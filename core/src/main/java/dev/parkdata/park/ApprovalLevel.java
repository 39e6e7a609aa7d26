package dev.parkdata.park;

import dev.parkdata.internal.EnumLookup;
import java.util.Optional;

/**
 * The level of government that approved a zone. The national catalogue's 批准级别 has the first
 * and third: 国务院 (codes G…) and 省政府 (codes S…).
 */
public enum ApprovalLevel {
  /** 国务院: the State Council; a national zone. */
  STATE_COUNCIL("国务院", "State Council"),
  /** 国家部委: a ministry or national agency, e.g. 科技部. */
  MINISTRY("国家部委", "ministry"),
  /** 省政府: a provincial-level government. */
  PROVINCIAL_GOVERNMENT("省政府", "provincial government"),
  /** 市政府: a city government. */
  MUNICIPAL_GOVERNMENT("市政府", "municipal government"),
  /** 区县政府: a county or district government. */
  COUNTY_GOVERNMENT("区县政府", "county government");

  private static final EnumLookup<ApprovalLevel> BY_CHINESE_NAME;

  static {
    EnumLookup.Builder<ApprovalLevel> byChineseName = EnumLookup.builder();
    for (ApprovalLevel level : values()) {
      byChineseName.add(level.chineseName, level);
    }
    BY_CHINESE_NAME = byChineseName.build();
  }

  private final String chineseName;
  private final String englishName;

  ApprovalLevel(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /** The Chinese name, {@code "国务院"}. */
  public String chineseName() {
    return chineseName;
  }

  /** The English name, {@code "State Council"}, {@code "provincial government"}. */
  public String englishName() {
    return englishName;
  }

  /** Whether this is national approval (State Council or a ministry). */
  public boolean isNational() {
    return this == STATE_COUNCIL || this == MINISTRY;
  }

  /** The level whose Chinese name is {@code name} ({@code "省政府"}), if any. */
  public static Optional<ApprovalLevel> ofChineseName(String name) {
    return BY_CHINESE_NAME.byName(name);
  }
}
