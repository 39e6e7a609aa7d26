package dev.parkdata.unit;

/**
 * Constants for the units parks are most often measured in. Each equals what {@link
 * Unit#parse(CharSequence)} returns for its name; any other unit of the standard catalogue is a
 * {@code Unit.parse} away.
 */
public final class Units {
  private Units() {}

  /** 元 (CNY), the reference unit of {@code money(CNY)}. */
  public static final Unit YUAN = Unit.of(StandardUnits.YUAN);
  /** 万元: 10⁴ 元. */
  public static final Unit WAN_YUAN = Unit.of(Magnitude.WAN, StandardUnits.YUAN);
  /** 亿元: 10⁸ 元. */
  public static final Unit YI_YUAN = Unit.of(Magnitude.YI, StandardUnits.YUAN);
  /** 万亿元: 10¹² 元. */
  public static final Unit WAN_YI_YUAN = Unit.of(Magnitude.WAN_YI, StandardUnits.YUAN);
  /** 美元 (USD). */
  public static final Unit US_DOLLAR = Unit.of(StandardUnits.US_DOLLAR);
  /** 亿美元: 10⁸ 美元. */
  public static final Unit YI_US_DOLLAR = Unit.of(Magnitude.YI, StandardUnits.US_DOLLAR);

  /** 米, the reference unit of length. */
  public static final Unit METRE = Unit.of(StandardUnits.METRE);
  /** 公里 (千米): 10³ 米. */
  public static final Unit KILOMETRE = Unit.of(StandardUnits.KILOMETRE);

  /** 平方米, the reference unit of area. */
  public static final Unit SQUARE_METRE = Unit.of(StandardUnits.SQUARE_METRE);
  /** 万平方米: 10⁴ 平方米. */
  public static final Unit WAN_SQUARE_METRE = Unit.of(Magnitude.WAN, StandardUnits.SQUARE_METRE);
  /** 公顷: 10⁴ 平方米. */
  public static final Unit HECTARE = Unit.of(StandardUnits.HECTARE);
  /** 亩: 10000/15 平方米. */
  public static final Unit MU = Unit.of(StandardUnits.MU);
  /** 平方公里: 10⁶ 平方米. */
  public static final Unit SQUARE_KILOMETRE = Unit.of(StandardUnits.SQUARE_KILOMETRE);

  /** 千瓦时 (度), the reference unit of energy. */
  public static final Unit KILOWATT_HOUR = Unit.of(StandardUnits.KILOWATT_HOUR);
  /** 吨标准煤 (吨标煤, tce): energy as standard coal, not converted to 千瓦时. */
  public static final Unit TONNE_STANDARD_COAL = Unit.of(StandardUnits.TONNE_STANDARD_COAL);
  /** 瓦, the reference unit of power. */
  public static final Unit WATT = Unit.of(StandardUnits.WATT);
  /** 千瓦. */
  public static final Unit KILOWATT = Unit.of(StandardUnits.KILOWATT);
  /** 吉瓦. */
  public static final Unit GIGAWATT = Unit.of(StandardUnits.GIGAWATT);
  /** 千克, the reference unit of mass. */
  public static final Unit KILOGRAM = Unit.of(StandardUnits.KILOGRAM);
  /** 吨. */
  public static final Unit TONNE = Unit.of(StandardUnits.TONNE);
  /** FLOPS, the reference unit of computing power. */
  public static final Unit FLOPS = Unit.of(StandardUnits.FLOPS);
  /** PFLOPS: 10¹⁵ FLOPS. */
  public static final Unit PFLOPS = Unit.of(StandardUnits.PFLOPS);

  /** %, the reference unit of ratios. */
  public static final Unit PERCENT = Unit.of(StandardUnits.PERCENT);
  /** ‰: 1/10 %. */
  public static final Unit PER_MILLE = Unit.of(StandardUnits.PER_MILLE);
  /** 个百分点: a difference of two percents, its own dimension. */
  public static final Unit PERCENTAGE_POINT = Unit.of(StandardUnits.PERCENTAGE_POINT);
  /** 倍: a multiple. */
  public static final Unit TIMES = Unit.of(StandardUnits.TIMES);

  /** 年: a calendar year as a duration. */
  public static final Unit YEAR = Unit.of(StandardUnits.YEAR);
  /** 个月: a calendar month as a duration. */
  public static final Unit MONTH = Unit.of(StandardUnits.MONTH);
  /** 天: a day as a duration. */
  public static final Unit DAY = Unit.of(StandardUnits.DAY);
  /** 小时: 3600 秒. */
  public static final Unit HOUR = Unit.of(StandardUnits.HOUR);

  /**
   * 1: a figure with no unit stated ({@code Metric.parse("300")}); scaled, it is named by its
   * magnitude word alone ({@code 亿} in {@code 600亿}). Its own dimension, {@link Dimension#NUMBER}.
   */
  public static final Unit NUMBER = Unit.of(StandardUnits.NUMBER);

  /** 家: enterprises, institutions, parks. */
  public static final Unit JIA = Unit.of(StandardUnits.JIA);
  /** 万家: 10⁴ 家. */
  public static final Unit WAN_JIA = Unit.of(Magnitude.WAN, StandardUnits.JIA);
  /** 个: the generic classifier (projects, platforms, zones). */
  public static final Unit GE = Unit.of(StandardUnits.GE);
  /** 项: items, patents, measures. */
  public static final Unit XIANG = Unit.of(StandardUnits.XIANG);
  /** 件: intellectual-property items. */
  public static final Unit JIAN = Unit.of(StandardUnits.JIAN);
  /** 名: people. */
  public static final Unit MING = Unit.of(StandardUnits.MING);
  /** 人: people. */
  public static final Unit REN = Unit.of(StandardUnits.REN);
  /** 位: people. */
  public static final Unit WEI = Unit.of(StandardUnits.WEI);

  /** 万元/亩: the unit of 亩均税收 and 亩均产值. */
  public static final Unit WAN_YUAN_PER_MU = Unit.ratio(WAN_YUAN, MU);
  /** 亿元/平方公里: the unit of 地均产值. */
  public static final Unit YI_YUAN_PER_SQUARE_KILOMETRE = Unit.ratio(YI_YUAN, SQUARE_KILOMETRE);
}
