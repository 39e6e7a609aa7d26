package dev.parkdata.park;

import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Indicators;

/**
 * The different areas a zone has. They are different facts and never interchangeable: a zone's
 * approved area is not its planned or administered area, and floor area is not land.
 */
public enum AreaKind {
  /** 核准面积 (批复面积, 实施范围): the area the approving authority approved. */
  APPROVED("核准面积"),
  /** 规划面积: the area of the plan, often larger than the approved area. */
  PLANNED("规划面积"),
  /** 管辖面积 (托管面积): the area the management body administers. */
  ADMINISTERED("管辖面积"),
  /** 占地面积 (用地面积, 规划用地): the land a park or building occupies. */
  LAND("占地面积"),
  /** 建筑面积: the floor area of the buildings. */
  FLOOR("建筑面积"),
  /** 总面积: an area the source gives without saying which kind. */
  TOTAL("总面积");

  private final String chineseName;

  AreaKind(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name, {@code "核准面积"}. */
  public String chineseName() {
    return chineseName;
  }

  /** The standard indicator observations of this area use, {@link Indicators#APPROVED_AREA}. */
  public Indicator indicator() {
    // Looked up rather than held: holding them would make every first use of an area, such as
    // the catalogue's first load, build all the standard indicators.
    switch (this) {
      case APPROVED: return Indicators.APPROVED_AREA;
      case PLANNED: return Indicators.PLANNED_AREA;
      case ADMINISTERED: return Indicators.ADMINISTERED_AREA;
      case LAND: return Indicators.LAND_AREA;
      case FLOOR: return Indicators.FLOOR_AREA;
      case TOTAL: return Indicators.TOTAL_AREA;
      default: throw new AssertionError(this);
    }
  }
}
