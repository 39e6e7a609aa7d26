package dev.parkdata.observation;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.parkdata.unit.Dimension;
import java.util.List;
import java.util.Optional;

/**
 * The standard indicators: those the national catalogue and reporting on parks use. Each
 * constant's javadoc gives its Chinese name and expected dimension.
 */
public final class Indicators {
  private Indicators() {}

  private static final Dimension CNY = Dimension.money("CNY");
  private static final Dimension ENTERPRISES_COUNT = Dimension.count("家");

  /** 营业收入, operating revenue: money. */
  public static final Indicator REVENUE = Indicator.of("revenue", "营业收入", "operating revenue", CNY);
  /** 工业总产值, gross industrial output value: money. */
  public static final Indicator GROSS_INDUSTRIAL_OUTPUT =
      Indicator.of("gross-industrial-output", "工业总产值", "gross industrial output value", CNY);
  /** 产值, output value (unspecified which): money. */
  public static final Indicator OUTPUT_VALUE = Indicator.of("output-value", "产值", "output value", CNY);
  /** 工业增加值, industrial value added: money. */
  public static final Indicator INDUSTRIAL_VALUE_ADDED =
      Indicator.of("industrial-value-added", "工业增加值", "industrial value added", CNY);
  /** 生产总值, gross domestic product of the area: money. */
  public static final Indicator GDP = Indicator.of("gdp", "生产总值", "gross domestic product", CNY);
  /** 税收, tax revenue: money. */
  public static final Indicator TAX_REVENUE = Indicator.of("tax-revenue", "税收", "tax revenue", CNY);
  /** 财政总收入, total fiscal revenue: money. */
  public static final Indicator FISCAL_REVENUE =
      Indicator.of("fiscal-revenue", "财政总收入", "total fiscal revenue", CNY);
  /** 研发投入, R&amp;D spending: money. */
  public static final Indicator RD_SPENDING =
      Indicator.of("rd-spending", "研发投入", "R&D spending", CNY);
  /** 研发强度, R&amp;D intensity (R&amp;D spending as a share of revenue or GDP): ratio. */
  public static final Indicator RD_INTENSITY =
      Indicator.of("rd-intensity", "研发强度", "R&D intensity", Dimension.RATIO);
  /** 投资总额, total investment: money. */
  public static final Indicator TOTAL_INVESTMENT =
      Indicator.of("total-investment", "投资总额", "total investment", CNY);
  /** 企业数, number of enterprises: count(家). */
  public static final Indicator ENTERPRISES =
      Indicator.of("enterprises", "企业数", "enterprises", ENTERPRISES_COUNT);
  /** 高新技术企业数, certified high-tech enterprises: count(家). */
  public static final Indicator HIGH_TECH_ENTERPRISES =
      Indicator.of(
          "high-tech-enterprises", "高新技术企业数", "certified high-tech enterprises", ENTERPRISES_COUNT);
  /** 规上企业数, enterprises above designated size: count(家). */
  public static final Indicator ABOVE_SIZE_ENTERPRISES =
      Indicator.of(
          "above-size-enterprises", "规上企业数", "enterprises above designated size", ENTERPRISES_COUNT);
  /** 独角兽企业数, unicorn enterprises: count(家). */
  public static final Indicator UNICORN_ENTERPRISES =
      Indicator.of("unicorn-enterprises", "独角兽企业数", "unicorn enterprises", ENTERPRISES_COUNT);
  /** 项目数, projects: count(个). */
  public static final Indicator PROJECTS =
      Indicator.of("projects", "项目数", "projects", Dimension.count("个"));
  /** 亩均税收, tax revenue per mu of land: money(CNY)/area. */
  public static final Indicator TAX_PER_MU =
      Indicator.of("tax-per-mu", "亩均税收", "tax revenue per mu", Dimension.ratio(CNY, Dimension.AREA));
  /** 亩均产值, output value per mu of land: money(CNY)/area. */
  public static final Indicator OUTPUT_PER_MU =
      Indicator.of(
          "output-per-mu", "亩均产值", "output value per mu", Dimension.ratio(CNY, Dimension.AREA));
  /** 核准面积, approved area: area. */
  public static final Indicator APPROVED_AREA =
      Indicator.of("approved-area", "核准面积", "approved area", Dimension.AREA);
  /** 规划面积, planned area: area. */
  public static final Indicator PLANNED_AREA =
      Indicator.of("planned-area", "规划面积", "planned area", Dimension.AREA);
  /** 管辖面积, administered area: area. */
  public static final Indicator ADMINISTERED_AREA =
      Indicator.of("administered-area", "管辖面积", "administered area", Dimension.AREA);
  /** 占地面积 (用地面积), land area: area. */
  public static final Indicator LAND_AREA =
      Indicator.of("land-area", "占地面积", "land area", Dimension.AREA);
  /** 建筑面积, floor area: area. */
  public static final Indicator FLOOR_AREA =
      Indicator.of("floor-area", "建筑面积", "floor area", Dimension.AREA);
  /** 总面积, total area of unstated kind: area. */
  public static final Indicator TOTAL_AREA =
      Indicator.of("total-area", "总面积", "total area", Dimension.AREA);

  private static final List<Indicator> STANDARD =
      List.of(
          REVENUE, GROSS_INDUSTRIAL_OUTPUT, OUTPUT_VALUE, INDUSTRIAL_VALUE_ADDED, GDP, TAX_REVENUE,
          FISCAL_REVENUE, RD_SPENDING, RD_INTENSITY, TOTAL_INVESTMENT, ENTERPRISES,
          HIGH_TECH_ENTERPRISES, ABOVE_SIZE_ENTERPRISES, UNICORN_ENTERPRISES, PROJECTS, TAX_PER_MU,
          OUTPUT_PER_MU, APPROVED_AREA, PLANNED_AREA, ADMINISTERED_AREA, LAND_AREA, FLOOR_AREA,
          TOTAL_AREA);

  /** All standard indicators, in the order declared here. */
  public static List<Indicator> standard() {
    return STANDARD;
  }

  /** The standard indicator with code {@code code}, if there is one. */
  public static Optional<Indicator> byCode(String code) {
    checkNotNull(code, "code");
    return STANDARD.stream().filter(i -> i.code().equals(code)).findFirst();
  }
}
