package dev.parkdata.park;

import dev.parkdata.internal.EnumLookup;
import java.util.Optional;

/**
 * What kind of zone or park a {@link Park} is. The first seven are the 开发区类型 of the national
 * catalogue (中国开发区审核公告目录, 2018), with the catalogue's own Chinese names; the others are
 * the zones and carriers reporting talks about beyond it.
 */
public enum ParkKind {
  /** 经济技术开发区: national economic and technological development zone (catalogue type 1). */
  ECONOMIC_TECHNOLOGICAL_DEVELOPMENT_ZONE("经济技术开发区", "economic and technological development zone", true),
  /** 高新技术产业开发区: high-tech industrial development zone (types 2 and 8). */
  HIGH_TECH_ZONE("高新技术产业开发区", "high-tech industrial development zone", true),
  /** 海关特殊监管区域: special customs supervision area, 综合保税区 and the like (type 3). */
  CUSTOMS_SUPERVISION_AREA("海关特殊监管区域", "special customs supervision area", true),
  /** 边境/跨境经济合作区: border or cross-border economic cooperation zone (type 5). */
  BORDER_COOPERATION_ZONE("边境/跨境经济合作区", "border economic cooperation zone", true),
  /** 其他类型开发区: other national development zone (type 6). */
  OTHER_DEVELOPMENT_ZONE("其他类型开发区", "other development zone", true),
  /** 经济开发区: provincial economic development zone (type 7). */
  ECONOMIC_DEVELOPMENT_ZONE("经济开发区", "economic development zone", true),
  /** 工业园区: provincial industrial park (type 9). */
  INDUSTRIAL_PARK("工业园区", "industrial park", true),
  /** 自由贸易试验区: pilot free trade zone. */
  FREE_TRADE_ZONE("自由贸易试验区", "pilot free trade zone", false),
  /** 自贸试验区片区: an area of a pilot free trade zone. */
  FREE_TRADE_ZONE_AREA("自贸试验区片区", "pilot free trade zone area", false),
  /** 合作区: a cooperation zone such as 前海深港现代服务业合作区. */
  COOPERATION_ZONE("合作区", "cooperation zone", false),
  /** 组团, 园区: a part of a zone with its own area (一区多园). */
  ZONE_SECTION("组团", "zone section", false),
  /** 科学城: a science city. */
  SCIENCE_CITY("科学城", "science city", false),
  /** 科技园, 生命科学园: a science park. */
  SCIENCE_PARK("科技园", "science park", false),
  /** 产业园, 产业基地: an industry park or base inside a zone. */
  INDUSTRY_BASE("产业基地", "industry base", false),
  /** 创新中心: an innovation centre. */
  INNOVATION_CENTRE("创新中心", "innovation centre", false),
  /** 孵化器, 众创空间: an incubator or maker space. */
  INCUBATOR("孵化器", "incubator", false);

  private static final EnumLookup<ParkKind> BY_CHINESE_NAME;

  static {
    EnumLookup.Builder<ParkKind> byChineseName = EnumLookup.builder();
    for (ParkKind kind : values()) {
      byChineseName.add(kind.chineseName, kind);
    }
    BY_CHINESE_NAME = byChineseName.build();
  }

  private final String chineseName;
  private final String englishName;
  private final boolean catalogueType;

  ParkKind(String chineseName, String englishName, boolean catalogueType) {
    this.chineseName = chineseName;
    this.englishName = englishName;
    this.catalogueType = catalogueType;
  }

  /** The Chinese name; for catalogue types exactly the catalogue's 开发区类型 value. */
  public String chineseName() {
    return chineseName;
  }

  /** The English name in lower case, {@code "high-tech industrial development zone"}. */
  public String englishName() {
    return englishName;
  }

  /** Whether this is one of the seven 开发区类型 of the national catalogue. */
  public boolean isCatalogueType() {
    return catalogueType;
  }

  /** The kind whose Chinese name is {@code name} ({@code "高新技术产业开发区"}), if any. */
  public static Optional<ParkKind> ofChineseName(String name) {
    return BY_CHINESE_NAME.byName(name);
  }
}
