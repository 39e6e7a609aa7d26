package dev.parkdata.park;

import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Indicators;

/**
 * The different areas a zone has. They are different facts and never interchangeable: a zone's
 * approved area is not its planned or administered area, and floor area is not land.
 */
public enum AreaKind {
  /** 核准面积 (批复面积, 实施范围): the area the approving authority approved. */
  APPROVED("核准面积", Indicators.APPROVED_AREA),
  /** 规划面积: the area of the plan, often larger than the approved area. */
  PLANNED("规划面积", Indicators.PLANNED_AREA),
  /** 管辖面积 (托管面积): the area the management body administers. */
  ADMINISTERED("管辖面积", Indicators.ADMINISTERED_AREA),
  /** 占地面积 (用地面积, 规划用地): the land a park or building occupies. */
  LAND("占地面积", Indicators.LAND_AREA),
  /** 建筑面积: the floor area of the buildings. */
  FLOOR("建筑面积", Indicators.FLOOR_AREA),
  /** 总面积: an area the source gives without saying which kind. */
  TOTAL("总面积", Indicators.TOTAL_AREA);

  private final String chineseName;
  private final Indicator indicator;

  AreaKind(String chineseName, Indicator indicator) {
    this.chineseName = chineseName;
    this.indicator = indicator;
  }

  /** The Chinese name, {@code "核准面积"}. */
  public String chineseName() {
    return chineseName;
  }

  /** The standard indicator observations of this area use, {@link Indicators#APPROVED_AREA}. */
  public Indicator indicator() {
    return indicator;
  }
}
