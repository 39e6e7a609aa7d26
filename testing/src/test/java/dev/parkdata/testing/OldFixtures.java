package dev.parkdata.testing;

import dev.parkdata.chain.IndustrialChain;
import dev.parkdata.cluster.Cluster;
import dev.parkdata.dataset.Dataset;
import dev.parkdata.dataset.ExternalReference;
import dev.parkdata.industry.Industry;
import dev.parkdata.industry.ScaleClass;
import dev.parkdata.location.Location;
import dev.parkdata.location.Province;
import dev.parkdata.metric.Metric;
import dev.parkdata.metric.Qualifier;
import dev.parkdata.model.EntityKind;
import dev.parkdata.model.Identifier;
import dev.parkdata.model.Names;
import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.observation.Target;
import dev.parkdata.organisation.Organisation;
import dev.parkdata.organisation.OrganisationKind;
import dev.parkdata.park.Approval;
import dev.parkdata.park.ApprovalLevel;
import dev.parkdata.park.Area;
import dev.parkdata.park.AreaKind;
import dev.parkdata.park.Composition;
import dev.parkdata.park.Designation;
import dev.parkdata.park.Management;
import dev.parkdata.park.ManagementRole;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import dev.parkdata.policy.Measure;
import dev.parkdata.policy.MeasureKind;
import dev.parkdata.policy.MeasurePeriod;
import dev.parkdata.policy.Policy;
import dev.parkdata.policy.Rate;
import dev.parkdata.source.Citation;
import dev.parkdata.source.Source;
import dev.parkdata.unit.Dimension;
import dev.parkdata.unit.Unit;
import dev.parkdata.unit.Units;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;

/**
 * Real figures to test against: the parks, clusters, chains, organisations and policies of five
 * news articles on Chinese development zones (北京商报 on the Beijing free trade zone, 科技日报 on
 * the Suzhou and Lanzhou high-tech zones and on Qianhai, 中国高新技术产业导报 on biomedicine
 * clusters), with the entries of the national catalogue (中国开发区审核公告目录, 2018) they refer
 * to, modelled with the public builders of parkdata-core.
 *
 * <pre>{@code
 * Dataset dataset = Fixtures.dataset();              // everything below, together
 * Park ftz = Fixtures.beijingFreeTradeZone();        // 119.68 km² = 31.85 + 48.34 + 39.49
 * dataset.park(Fixtures.LANZHOU_HTZ);                // 兰州高新区, G622052
 * }</pre>
 *
 * <p>Each entry point builds new values on every call; they are immutable, so tests may share
 * them freely. To extend the fixtures with more figures of the articles, add them to the entry
 * point of the entity they are about (or a new entry point, then add it to {@link #dataset()}),
 * citing the article's source. This class needs only parkdata-core at run time.
 */
public final class OldFixtures {
  private OldFixtures() {}

  /** 中国（北京）自由贸易试验区. */
  public static final Identifier BEIJING_FTZ = Identifier.of("beijing-ftz");
  /** 科技创新片区 of the Beijing free trade zone. */
  public static final Identifier TECHNOLOGY_INNOVATION_AREA =
      Identifier.of("beijing-ftz-technology-innovation");
  /** 国际商务服务片区 of the Beijing free trade zone. */
  public static final Identifier BUSINESS_SERVICES_AREA =
      Identifier.of("beijing-ftz-international-business-services");
  /** 高端产业片区 of the Beijing free trade zone. */
  public static final Identifier HIGH_END_INDUSTRY_AREA =
      Identifier.of("beijing-ftz-high-end-industry");
  /** 北京天竺综合保税区, in the business services area. */
  public static final Identifier TIANZHU_BONDED_ZONE = Identifier.of("beijing-tianzhu-bonded-zone");
  /** 中关村科学城, in the technology innovation area. */
  public static final Identifier ZHONGGUANCUN_SCIENCE_CITY =
      Identifier.of("zhongguancun-science-city");
  /** 北京生命科学园, in the technology innovation area. */
  public static final Identifier BEIJING_LIFE_SCIENCE_PARK =
      Identifier.of("beijing-life-science-park");
  /** 中关村科技园区, catalogue code G112001. */
  public static final Identifier ZHONGGUANCUN = Identifier.of("G112001");
  /** 苏州高新技术产业开发区, catalogue code G322018. */
  public static final Identifier SUZHOU_HTZ = Identifier.of("G322018");
  /** 苏州高新技术产业开发区综合保税区, catalogue code G323040. */
  public static final Identifier SUZHOU_BONDED_ZONE = Identifier.of("G323040");
  /** 兰州高新技术产业开发区, catalogue code G622052. */
  public static final Identifier LANZHOU_HTZ = Identifier.of("G622052");
  /** 兰州国家生物医药产业基地, in the Lanzhou high-tech zone. */
  public static final Identifier LANZHOU_BIOMEDICINE_BASE =
      Identifier.of("lanzhou-national-biomedicine-base");
  /** 兰州国家生物医药产业园区, in the Lanzhou high-tech zone. */
  public static final Identifier LANZHOU_BIOMEDICINE_PARK =
      Identifier.of("lanzhou-national-biomedicine-park");
  /** The biomedicine cluster of the Lanzhou high-tech zone. */
  public static final Identifier LANZHOU_BIOMEDICINE_CLUSTER =
      Identifier.of("lanzhou-htz-biomedicine");
  /** 兰州积石药业有限公司. */
  public static final Identifier JISHI = Identifier.of("lanzhou-jishi-pharma");
  /** 甘肃皓天科技股份有限公司. */
  public static final Identifier HAOTIAN = Identifier.of("gansu-haotian-technology");
  /** 兰州高科投资(控股)集团有限公司, operator of the biomedicine base. */
  public static final Identifier LANZHOU_HIGH_TECH_INVESTMENT =
      Identifier.of("lanzhou-high-tech-investment");
  /** 前海深港现代服务业合作区. */
  public static final Identifier QIANHAI = Identifier.of("qianhai");
  /** 深圳市前海管理局. */
  public static final Identifier QIANHAI_AUTHORITY = Identifier.of("shenzhen-qianhai-authority");
  /** The Qianhai science and technology measures of 2024. */
  public static final Identifier QIANHAI_SCI_TECH_POLICY = Identifier.of("qianhai-sci-tech-2024");
  /** All national high-tech zones, an external aggregate. */
  public static final Identifier NATIONAL_HIGH_TECH_ZONES = Identifier.of("national-high-tech-zones");

  /** 生物医药, the industry of the Lanzhou cluster and the national biomedicine figures. */
  public static final Industry BIOMEDICINE = Industry.of("生物医药");

  /** 营收同比增长: a user-defined indicator (year-on-year revenue growth) of the Qianhai article. */
  public static final Indicator REVENUE_GROWTH =
      Indicator.of("revenue-growth", "营收同比增长", "revenue growth year on year", Dimension.RATIO);

  /** 战略性新兴产业产值占规上工业产值比重: a user-defined share of the Suzhou article. */
  public static final Indicator EMERGING_INDUSTRY_SHARE =
      Indicator.of(
          "emerging-industry-share",
          "战略性新兴产业产值占比",
          "strategic emerging industries' share of output above designated size",
          Dimension.RATIO);

  private static final Source BEIJING_BUSINESS_TODAY =
      Source.builder()
          .publisher("北京商报")
          .title("科技创新片区：双轮驱动的科创“大脑”")
          .published(LocalDate.of(2021, 1, 16))
          .addAuthors("姚倩", "濮振宇")
          .build();
  private static final Source SUZHOU_ARTICLE =
      Source.builder().publisher("科技日报").title("重点布局六大百亿级产业链 苏州高新区走集群化发展新路").build();
  private static final Source LANZHOU_ARTICLE =
      Source.builder().publisher("科技日报").title("兰州高新区为生物医药产业注入向“新”力").build();
  private static final Source QIANHAI_ARTICLE =
      Source.builder().publisher("科技日报").title("深圳前海深港现代服务业合作区 发布科技创新办法").build();
  private static final Source BIOMEDICINE_CLUSTERS_ARTICLE =
      Source.builder().publisher("中国高新技术产业导报").title("国家高新区生物医药产业集群强势崛起").build();
  private static final Source CATALOGUE =
      Source.builder()
          .publisher("国家发展改革委")
          .title("中国开发区审核公告目录（2018年版）")
          .build();

  private static Metric of(String value, Unit unit) {
    return Metric.of(new BigDecimal(value), unit);
  }

  private static Metric of(String value, Unit unit, Qualifier qualifier) {
    return Metric.of(new BigDecimal(value), unit, qualifier);
  }

  private static Area area(AreaKind kind, String km2, Source source) {
    return Area.builder()
        .kind(kind)
        .metric(of(km2, Units.SQUARE_KILOMETRE))
        .citation(Citation.of(source))
        .build();
  }

  private static Area catalogueArea(String hectares) {
    return Area.builder()
        .kind(AreaKind.APPROVED)
        .metric(of(hectares, Units.HECTARE))
        .citation(Citation.of(CATALOGUE))
        .build();
  }

  private static List<Industry> industries(String... names) {
    return java.util.Arrays.stream(names).map(Industry::of).collect(java.util.stream.Collectors.toList());
  }

  /**
   * 中国(北京)自由贸易试验区: an approved scope (实施范围) of 119.68 km², exactly its three areas of
   * 31.85, 48.34 and 39.49 km². The technology innovation area (总面积 31.85 km²) is exactly
   * 中关村科学城 (21.59 km²) and the space around 北京生命科学园 (10.26 km²); the business services
   * area holds 北京天竺综合保税区 (5.466 km²) among other land.
   */
  public static Park beijingFreeTradeZone() {
    Park scienceCity =
        Park.builder()
            .id(ZHONGGUANCUN_SCIENCE_CITY)
            .names(Names.builder().official("中关村科学城").traditional("中關村科學城").build())
            .kind(ParkKind.SCIENCE_CITY)
            .location(Location.builder().province(Province.BEIJING).district("海淀区").build())
            .addArea(area(AreaKind.TOTAL, "21.59", BEIJING_BUSINESS_TODAY))
            .parent(ZHONGGUANCUN)
            .addObservation(
                Observation.builder()
                    .subject(ZHONGGUANCUN_SCIENCE_CITY)
                    .indicator(Indicators.ENTERPRISES)
                    .period(Period.asOf(LocalDate.of(2021, 1, 16)))
                    .metric(of("2", Unit.parse("万家"), Qualifier.OVER))
                    .citation(Citation.of(BEIJING_BUSINESS_TODAY, "2萬餘家"))
                    .build())
            .addObservation(
                Observation.builder()
                    .subject(ZHONGGUANCUN_SCIENCE_CITY)
                    .indicator(Indicators.ABOVE_SIZE_ENTERPRISES)
                    .period(Period.asOf(LocalDate.of(2021, 1, 16)))
                    .metric(of("231", Units.JIA))
                    .citation(Citation.of(BEIJING_BUSINESS_TODAY, "231家"))
                    .build())
            .build();
    Park lifeSciencePark =
        Park.builder()
            .id(BEIJING_LIFE_SCIENCE_PARK)
            .names(
                Names.builder()
                    .official("北京生命科学园")
                    .traditional("北京生命科學園")
                    .addShortNames("生命科学园", "生命园")
                    .build())
            .kind(ParkKind.SCIENCE_PARK)
            .location(Location.builder().province(Province.BEIJING).district("昌平区").build())
            .addArea(area(AreaKind.TOTAL, "10.26", BEIJING_BUSINESS_TODAY))
            .parent(ZHONGGUANCUN)
            .addLeadingIndustry(Industry.of("医药健康"))
            .addObservation(
                Observation.builder()
                    .subject(BEIJING_LIFE_SCIENCE_PARK)
                    .indicator(Indicators.ENTERPRISES)
                    .industry(Industry.of("医药健康"))
                    .period(Period.asOf(LocalDate.of(2021, 1, 16)))
                    .metric(of("440", Units.JIA, Qualifier.OVER))
                    .citation(Citation.of(BEIJING_BUSINESS_TODAY, "440多家"))
                    .build())
            .addTarget(
                Target.builder()
                    .indicator(CLINICAL_TRIALS)
                    .threshold(Metric.parse("400-600个"))
                    .description("每年，国际研究型医院运营后")
                    .citation(Citation.of(BEIJING_BUSINESS_TODAY, "每年400-600個臨床試驗"))
                    .build())
            .build();
    Park technologyInnovation =
        Park.builder()
            .id(TECHNOLOGY_INNOVATION_AREA)
            .names(
                Names.builder()
                    .official("科技创新片区")
                    .traditional("科技創新片區")
                    .english("Technology Innovation Area")
                    .build())
            .kind(ParkKind.FREE_TRADE_ZONE_AREA)
            .addArea(area(AreaKind.TOTAL, "31.85", BEIJING_BUSINESS_TODAY))
            .addArea(area(AreaKind.APPROVED, "31.85", BEIJING_BUSINESS_TODAY))
            .addAllLeadingIndustries(industries("新一代信息技术", "生物与健康", "科技服务"))
            .addSubZones(scienceCity, lifeSciencePark)
            .composition(Composition.EXACT)
            .build();
    Park tianzhu =
        Park.builder()
            .id(TIANZHU_BONDED_ZONE)
            .names(Names.of("北京天竺综合保税区"))
            .kind(ParkKind.CUSTOMS_SUPERVISION_AREA)
            .addArea(area(AreaKind.APPROVED, "5.466", BEIJING_BUSINESS_TODAY))
            .build();
    Park businessServices =
        Park.builder()
            .id(BUSINESS_SERVICES_AREA)
            .names(Names.builder().official("国际商务服务片区").traditional("國際商務服務片區").build())
            .kind(ParkKind.FREE_TRADE_ZONE_AREA)
            .addArea(area(AreaKind.APPROVED, "48.34", BEIJING_BUSINESS_TODAY))
            .addSubZone(tianzhu)
            .build();
    Park highEndIndustry =
        Park.builder()
            .id(HIGH_END_INDUSTRY_AREA)
            .names(Names.builder().official("高端产业片区").traditional("高端產業片區").build())
            .kind(ParkKind.FREE_TRADE_ZONE_AREA)
            .addArea(area(AreaKind.APPROVED, "39.49", BEIJING_BUSINESS_TODAY))
            .build();
    return Park.builder()
        .id(BEIJING_FTZ)
        .names(
            Names.builder()
                .official("中国（北京）自由贸易试验区")
                .traditional("中國（北京）自由貿易試驗區")
                .english("China (Beijing) Pilot Free Trade Zone")
                .addShortNames("北京自贸区")
                .build())
        .kind(ParkKind.FREE_TRADE_ZONE)
        .addApproval(Approval.builder().level(ApprovalLevel.STATE_COUNCIL).build())
        .location(Location.of(Province.BEIJING))
        .addArea(area(AreaKind.APPROVED, "119.68", BEIJING_BUSINESS_TODAY))
        .addSubZones(technologyInnovation, businessServices, highEndIndustry)
        .composition(Composition.EXACT)
        .build();
  }

  /** 中关村科技园区, G112001, as the national catalogue lists it. */
  public static Park zhongguancun() {
    return Park.builder()
        .id(ZHONGGUANCUN)
        .names(Names.builder().official("中关村科技园区").addShortNames("中关村").build())
        .kind(ParkKind.HIGH_TECH_ZONE)
        .addApproval(Approval.of(ApprovalLevel.STATE_COUNCIL, YearMonth.of(1988, 5)))
        .location(Location.builder().province(Province.BEIJING).divisionCode("11").build())
        .addArea(catalogueArea("23252.29"))
        .addAllLeadingIndustries(industries("电子信息", "智能制造", "节能环保"))
        .build();
  }

  /**
   * 苏州高新技术产业开发区, G322018: the catalogue's entry, the designations of 2020, and the goal of
   * its six chains' total revenue passing 1900亿元 by 2022.
   */
  public static Park suzhouHighTechZone() {
    Citation goal = Citation.of(SUZHOU_ARTICLE, "总营收突破1900亿元");
    return Park.builder()
        .id(SUZHOU_HTZ)
        .names(Names.builder().official("苏州高新技术产业开发区").addShortNames("苏州高新区").build())
        .kind(ParkKind.HIGH_TECH_ZONE)
        .addApproval(Approval.of(ApprovalLevel.STATE_COUNCIL, YearMonth.of(1992, 11)))
        .location(Location.of(Province.JIANGSU, "苏州市"))
        .addArea(catalogueArea("680.0"))
        .addAllLeadingIndustries(industries("电子信息", "装备制造", "新能源"))
        .addDesignation(
            Designation.builder()
                .title("绿色产业示范基地")
                .year(Year.of(2020))
                .grantor("国家发展改革委、科技部")
                .build())
        .addDesignation(Designation.of("“互联网+先进制造业”基地", 2020))
        .addTarget(
            Target.builder()
                .indicator(Indicators.REVENUE)
                .threshold(of("1900", Units.YI_YUAN, Qualifier.MORE_THAN))
                .deadline(Period.year(2022))
                .description("六大产业链总营收")
                .citation(goal)
                .build())
        .addTarget(
            Target.builder()
                .indicator(EMERGING_INDUSTRY_SHARE)
                .threshold(of("63", Units.PERCENT))
                .deadline(Period.year(2022))
                .citation(Citation.of(SUZHOU_ARTICLE, "比重要达到63%"))
                .build())
        .addSubZone(
            park(SUZHOU_MEDICAL_DEVICE_PARK, "江苏医疗器械科技产业园", ParkKind.SCIENCE_PARK)
                .addLeadingIndustry(Industry.of("医疗器械"))
                .addObservation(fig(SUZHOU_MEDICAL_DEVICE_PARK, INNOVATION_PLATFORMS, JANUARY_2021, "10余个", SUZHOU_ARTICLE, "10多个创新平台"))
                .build())
        .addObservation(fig(SUZHOU_HTZ, GREEN_INDUSTRY_SHARE, Period.year(2020), "30%以上", SUZHOU_ARTICLE, "工业增加值30%以上"))
        .addObservation(fig(SUZHOU_HTZ, CIRCULAR_ECONOMY_PILOTS, JANUARY_2021, "6家", SUZHOU_ARTICLE, "试点企业6家"))
        .addObservation(fig(SUZHOU_HTZ, CIRCULAR_ECONOMY_DEMONSTRATORS, JANUARY_2021, "58家", SUZHOU_ARTICLE, "示范企业58家"))
        .addObservation(fig(SUZHOU_HTZ, FUNDS, Industry.of("医疗器械"), JANUARY_2021, "21只", SUZHOU_ARTICLE, "21只基金"))
        .addObservation(fig(SUZHOU_HTZ, INVESTMENT_PROJECTS, Industry.of("医疗器械"), JANUARY_2021, "117个", SUZHOU_ARTICLE, "117个医疗项目"))
        .addObservation(fig(SUZHOU_HTZ, INVESTMENT_AMOUNT, Industry.of("医疗器械"), JANUARY_2021, "28.49亿元", SUZHOU_ARTICLE, "达到28.49亿元"))
        .build();
  }

  /** 苏州高新技术产业开发区综合保税区, G323040: a catalogue entry that names its zone as parent. */
  public static Park suzhouBondedZone() {
    return Park.builder()
        .id(SUZHOU_BONDED_ZONE)
        .names(Names.of("苏州高新技术产业开发区综合保税区"))
        .kind(ParkKind.CUSTOMS_SUPERVISION_AREA)
        .addApproval(Approval.of(ApprovalLevel.STATE_COUNCIL, YearMonth.of(2010, 8)))
        .location(Location.of(Province.JIANGSU))
        .addArea(catalogueArea("351.0"))
        .addAllLeadingIndustries(industries("电子信息", "物流配送", "电商"))
        .parent(SUZHOU_HTZ)
        .build();
  }

  /** The six chains of the Suzhou high-tech zone, each of the ten-billion class. */
  public static List<IndustrialChain> suzhouChains() {
    IndustrialChain.Builder template =
        IndustrialChain.builder().hostPark(SUZHOU_HTZ).scaleClass(ScaleClass.TEN_BILLION);
    Identifier medical = Identifier.of("suzhou-htz-medical-devices");
    Identifier digital = Identifier.of("suzhou-htz-digital-economy");
    Identifier manufacturing = Identifier.of("suzhou-htz-intelligent-manufacturing");
    return List.of(
        chain(template, "suzhou-htz-semiconductors", "半导体和集成电路"),
        IndustrialChain.builder()
            .from(chain(template, medical.value(), "高端医疗器械"))
            .addObservation(
                Observation.builder()
                    .subject(medical)
                    .indicator(Indicators.ENTERPRISES)
                    .period(Period.year(2020))
                    .metric(of("300", Units.JIA, Qualifier.MORE_THAN))
                    .citation(Citation.of(SUZHOU_ARTICLE, "超过300家"))
                    .build())
            .addObservation(
                fig(medical, Indicators.OUTPUT_VALUE, Period.year(2020), "200亿元", SUZHOU_ARTICLE, "产值达200亿元"))
            .build(),
        chain(template, "suzhou-htz-software", "软件和信息服务"),
        chain(template, manufacturing.value(), "智能制造装备")
            .withTargets(
                goal(Indicators.OUTPUT_VALUE, "超过500亿元", Period.year(2022), SUZHOU_ARTICLE, "产值突破500亿元")),
        chain(template, "suzhou-htz-new-energy", "新能源"),
        chain(template, digital.value(), "数字经济")
            .withTargets(
                goal(Indicators.OUTPUT_VALUE, "超过600亿元", Period.year(2022), SUZHOU_ARTICLE, "产值突破600亿元")));
  }

  private static IndustrialChain chain(IndustrialChain.Builder template, String id, String industry) {
    return template
        .id(Identifier.of(id))
        .name(industry + "产业链")
        .industry(Industry.of(industry))
        .build();
  }

  /**
   * 兰州高新技术产业开发区, G622052: the catalogue's entry, its biomedicine base (国家新型工业化产业示范基地
   * since 2022, operated by 兰州高科投资(控股)集团) and park, and the biomedicine projects of 2021.
   */
  public static Park lanzhouHighTechZone() {
    Park base =
        Park.builder()
            .id(LANZHOU_BIOMEDICINE_BASE)
            .names(Names.of("兰州国家生物医药产业基地"))
            .kind(ParkKind.INDUSTRY_BASE)
            .addLeadingIndustry(BIOMEDICINE)
            .addDesignation(
                Designation.builder()
                    .title("国家新型工业化产业示范基地")
                    .year(Year.of(2022))
                    .citation(Citation.of(LANZHOU_ARTICLE))
                    .build())
            .addManagement(Management.of(ManagementRole.OPERATOR, LANZHOU_HIGH_TECH_INVESTMENT))
            .addObservation(fig(LANZHOU_BIOMEDICINE_BASE, SETTLING_IN_TIME, JULY_2024, "不到7个工作日", LANZHOU_ARTICLE, "仅需不到7个工作日"))
            .build();
    Park sinopharm =
        park(SINOPHARM_NORTHWEST_PARK, "国药集团中国生物(西北)健康科技产业园", ParkKind.INDUSTRIAL_PARK)
            .addLeadingIndustry(BIOMEDICINE)
            .addObservation(fig(SINOPHARM_NORTHWEST_PARK, Indicators.TOTAL_INVESTMENT, JULY_2024, "55亿元", LANZHOU_ARTICLE, "总投资55亿元"))
            .build();
    Park biomedicinePark =
        Park.builder()
            .id(LANZHOU_BIOMEDICINE_PARK)
            .names(Names.of("兰州国家生物医药产业园区"))
            .kind(ParkKind.INDUSTRY_BASE)
            .addLeadingIndustry(BIOMEDICINE)
            .build();
    return Park.builder()
        .id(LANZHOU_HTZ)
        .names(Names.builder().official("兰州高新技术产业开发区").addShortNames("兰州高新区").build())
        .kind(ParkKind.HIGH_TECH_ZONE)
        .addApproval(Approval.of(ApprovalLevel.STATE_COUNCIL, YearMonth.of(1991, 3)))
        .location(Location.of(Province.GANSU, "兰州市"))
        .addArea(catalogueArea("1496.0"))
        .addAllLeadingIndustries(industries("生物医药", "电子信息", "新材料", "新能源"))
        .addSubZones(base, biomedicinePark, sinopharm)
        .addObservation(fig(LANZHOU_HTZ, Indicators.TOTAL_INVESTMENT, BIOMEDICINE, JULY_2024, "90.2亿元", LANZHOU_ARTICLE, "在建项目总投资达90.2亿元"))
        .addObservation(
            Observation.builder()
                .subject(LANZHOU_HTZ)
                .indicator(Indicators.PROJECTS)
                .industry(BIOMEDICINE)
                .period(Period.year(2021))
                .metric(of("7", Units.GE))
                .citation(Citation.of(LANZHOU_ARTICLE, "项目7个"))
                .build())
        .addObservation(
            Observation.builder()
                .subject(LANZHOU_HTZ)
                .indicator(Indicators.TOTAL_INVESTMENT)
                .industry(BIOMEDICINE)
                .period(Period.year(2021))
                .metric(of("62.4", Units.YI_YUAN))
                .citation(Citation.of(LANZHOU_ARTICLE, "投资总额62.4亿元"))
                .build())
        .build();
  }

  /** The biomedicine cluster of the Lanzhou high-tech zone: 200多家 enterprises, 200亿元以上 a year. */
  public static Cluster lanzhouBiomedicineCluster() {
    Period now = Period.month(YearMonth.of(2024, 7)); // the article's 目前
    return Cluster.builder()
        .id(LANZHOU_BIOMEDICINE_CLUSTER)
        .name("兰州高新区生物医药产业集群")
        .industry(BIOMEDICINE)
        .addHostPark(LANZHOU_HTZ)
        .addMembers(JISHI, HAOTIAN)
        .addObservation(
            Observation.builder()
                .subject(LANZHOU_BIOMEDICINE_CLUSTER)
                .indicator(Indicators.ENTERPRISES)
                .period(now)
                .metric(of("200", Units.JIA, Qualifier.OVER))
                .citation(Citation.of(LANZHOU_ARTICLE, "200多家"))
                .build())
        .addObservation(
            Observation.builder()
                .subject(LANZHOU_BIOMEDICINE_CLUSTER)
                .indicator(Indicators.OUTPUT_VALUE)
                .period(now)
                .metric(of("200", Units.YI_YUAN, Qualifier.AT_LEAST))
                .citation(Citation.of(LANZHOU_ARTICLE, "200亿元以上"))
                .build())
        .build();
  }

  /** The Lanzhou organisations: two member enterprises and the base's operator. */
  public static List<Organisation> lanzhouOrganisations() {
    return List.of(
        Organisation.builder()
            .id(JISHI)
            .names(Names.builder().official("兰州积石药业有限公司").addShortNames("积石药业").build())
            .kind(OrganisationKind.COMPANY)
            .park(LANZHOU_HTZ)
            .addObservation(fig(JISHI, Indicators.LAND_AREA, JULY_2024, "约1100平方米", LANZHOU_ARTICLE, "占地约1100平方米"))
            .addObservation(fig(JISHI, Indicators.FLOOR_AREA, JULY_2024, "约10000平方米", LANZHOU_ARTICLE, "总面积约10000平方米"))
            .addObservation(fig(JISHI, INJECTION_CAPACITY, JULY_2024, "2000万支", LANZHOU_ARTICLE, "2000万支高端注射剂"))
            .build(),
        Organisation.builder()
            .id(HAOTIAN)
            .names(Names.builder().official("甘肃皓天科技股份有限公司").addShortNames("皓天科技").build())
            .kind(OrganisationKind.COMPANY)
            .founded(Year.of(2009))
            .park(LANZHOU_HTZ)
            .build(),
        Organisation.builder()
            .id(LANZHOU_HIGH_TECH_INVESTMENT)
            .names(Names.of("兰州高科投资(控股)集团有限公司"))
            .kind(OrganisationKind.OPERATOR)
            .build());
  }

  /** 前海深港现代服务业合作区 and its revenue growth of January to May 2024. */
  public static Park qianhaiCooperationZone() {
    return Park.builder()
        .id(QIANHAI)
        .names(Names.builder().official("前海深港现代服务业合作区").addShortNames("前海合作区").build())
        .kind(ParkKind.COOPERATION_ZONE)
        .location(Location.of(Province.GUANGDONG, "深圳市"))
        .addManagement(Management.of(ManagementRole.ADMINISTRATIVE_COMMITTEE, QIANHAI_AUTHORITY))
        .addObservation(
            Observation.builder()
                .subject(QIANHAI)
                .indicator(REVENUE_GROWTH)
                .industry(Industry.of("科技服务业"))
                .period(Period.months(YearMonth.of(2024, 1), YearMonth.of(2024, 5)))
                .metric(of("21.6", Units.PERCENT))
                .citation(Citation.of(QIANHAI_ARTICLE, "同比增长21.6%"))
                .build())
        .addObservation(
            fig(QIANHAI, TOP_TEN_REVENUE_GROWTH, Industry.of("科技服务业"),
                Period.months(YearMonth.of(2024, 1), YearMonth.of(2024, 5)), "50.9%", QIANHAI_ARTICLE, "前十强增长50.9%"))
        .build();
  }

  /** The Qianhai authority, the policy's issuer. */
  public static Organisation qianhaiAuthority() {
    return Organisation.builder()
        .id(QIANHAI_AUTHORITY)
        .names(Names.builder().official("深圳市前海管理局").addShortNames("前海管理局").build())
        .kind(OrganisationKind.GOVERNMENT_BODY)
        .location(Location.of(Province.GUANGDONG, "深圳市"))
        .build();
  }

  /** The Qianhai science and technology measures of 2024 with their caps and the 20% rate. */
  public static Policy qianhaiSciTechPolicy() {
    Unit wanYuan = Units.WAN_YUAN;
    return Policy.builder()
        .id(QIANHAI_SCI_TECH_POLICY)
        .title("深圳市前海深港现代服务业合作区管理局支持科技创新实施办法")
        .issuer(QIANHAI_AUTHORITY)
        .addAppliesTo(QIANHAI)
        .citation(Citation.of(QIANHAI_ARTICLE))
        .addMeasure(
            Measure.builder()
                .kind(MeasureKind.SUBSIDY)
                .amount(of("2000", wanYuan, Qualifier.AT_MOST))
                .period(MeasurePeriod.PER_YEAR)
                .eligibility("a single qualifying science and technology enterprise or institution operating in the zone")
                .build())
        .addMeasure(
            Measure.builder()
                .kind(MeasureKind.SUBSIDY)
                .description("joint laboratories and innovation centres with Hong Kong or Macao universities")
                .amount(of("500", wanYuan, Qualifier.AT_MOST))
                .period(MeasurePeriod.PER_YEAR)
                .build())
        .addMeasure(
            Measure.builder()
                .kind(MeasureKind.SUBSIDY)
                .description("new research institutions")
                .rate(Rate.of(of("20", Units.PERCENT), Indicators.RD_SPENDING))
                .amount(of("1000", wanYuan, Qualifier.AT_MOST))
                .build())
        .addMeasure(
            Measure.builder()
                .kind(MeasureKind.AWARD)
                .description("laboratories and innovation centres set up in Hong Kong or Macao")
                .amount(of("100", wanYuan, Qualifier.AT_LEAST))
                .period(MeasurePeriod.ONE_OFF)
                .build())
        .addMeasure(
            Measure.builder()
                .kind(MeasureKind.SUBSIDY)
                .description("R&D institutions set up by Hong Kong, Macao or foreign investors")
                .amount(of("100", wanYuan, Qualifier.AT_MOST))
                .build())
        .build();
  }


  // ---------------------------------------------------------------------------------------------
  // The other figures of the five articles. Their sources give no publication date (only 北京商报's
  // does), so "目前" is the year or month the article reports from.
  // ---------------------------------------------------------------------------------------------

  private static final Source BANKING_PARK_ARTICLE =
      Source.builder().publisher("中国高新技术产业导报").title("北京银行保险产业园开园 全力支持首都“高精尖”经济结构").build();
  private static final Source XIAN_CAFE_ARTICLE =
      Source.builder().publisher("中国高新技术产业导报").title("西安创业咖啡街区开启2.0升级版").build();
  private static final Source CHALLENGE_ARTICLE =
      Source.builder().publisher("中国高新技术产业导报").title("中国创新挑战赛(北京) 重大成果落地").build();
  private static final Source LIANGJIANG_ARTICLE =
      Source.builder().publisher("科技日报").title("重庆两江协同创新区—明月湖 获“算力产业园”授牌").build();
  private static final Source NANZHONGZHOU_ARTICLE =
      Source.builder().publisher("科技日报").title("北京南中轴国际文化科技园：打造科技文化融合发展新地标").build();
  private static final Source WEIGAO_ARTICLE =
      Source.builder().publisher("中国高新技术产业导报").title("威高国际医疗器械产业园落户青岛高新区").build();
  private static final Source ZHUHAI_ARTICLE =
      Source.builder().publisher("中国高新技术产业导报").title("珠海高新区与华发集团共建光伏绿色能源科技园").build();
  private static final Source JUZI_ARTICLE =
      Source.builder().publisher("中国高新技术产业导报").title("巨子生物在香港交易所上市").build();
  private static final Source CHANGPING_ARTICLE =
      Source.builder().publisher("中国高新技术产业导报").title("北京昌平打造医药健康产业“发动机”").build();
  private static final Source ZHOUSHAN_ARTICLE =
      Source.builder().publisher("科技日报").title("浙江舟山两园融合并建项目开工").build();
  private static final Source CHENGDU_ARTICLE =
      Source.builder().publisher("科技日报").title("成都高新区发布智慧城市建设机会清单").build();
  private static final Source YINCHUAN_ARTICLE =
      Source.builder().publisher("科技日报").title("银川科技服务产业园正式揭牌 为“数字宁夏”注入强劲动力").build();
  private static final Source BAODING_ARTICLE =
      Source.builder().publisher("科技日报").title("京津冀擦出协同创新“火花” 河北保定有个“类中关村”").build();

  private static final Period Y2018 = Period.year(2018);
  private static final Period JULY_2024 = Period.month(YearMonth.of(2024, 7));
  private static final Period Y2022 = Period.year(2022);
  private static final Period JANUARY_2021 = Period.month(YearMonth.of(2021, 1));

  private static Indicator own(String code, String chinese, String english, String unit) {
    return Indicator.of(code, chinese, english, Unit.parse(unit).dimension());
  }

  /** 地方财政收入: local fiscal revenue, as against 财政总收入. */
  public static final Indicator LOCAL_FISCAL_REVENUE =
      own("local-fiscal-revenue", "地方财政收入", "local fiscal revenue", "亿元");
  /** A share of the zone's economy contributed by one industry (生物产业贡献达80%). */
  public static final Indicator INDUSTRY_CONTRIBUTION_SHARE =
      own("industry-contribution-share", "产业贡献占比", "an industry's share of the economy", "%");
  /** 营业收入超亿元的企业数: enterprises with revenue over 1亿元. */
  public static final Indicator ENTERPRISES_OVER_100M =
      own("enterprises-over-100m", "营收超亿元企业数", "enterprises with revenue over 100 million yuan", "家");
  /** 创新型产业集群数: recognised innovative industrial clusters. */
  public static final Indicator RECOGNISED_CLUSTERS =
      own("recognised-clusters", "创新型产业集群数", "recognised innovative clusters", "个");
  /** 活动场次: events held. */
  public static final Indicator EVENTS = own("events", "活动场次", "events held", "场");
  /** 训练营期数: sessions of a start-up camp. */
  public static final Indicator CAMP_SESSIONS = own("camp-sessions", "训练营期数", "start-up camp sessions", "期");
  /** 入营企业数: enterprises through a start-up camp. */
  public static final Indicator CAMP_ENTERPRISES =
      own("camp-enterprises", "入营企业数", "enterprises through a start-up camp", "家");
  /** 意向孵化企业数: enterprises selected for incubation. */
  public static final Indicator INCUBATION_CANDIDATES =
      own("incubation-candidates", "意向孵化企业数", "enterprises selected for incubation", "家");
  /** 推荐企业数: enterprises recommended to a listing programme (龙门计划). */
  public static final Indicator RECOMMENDED_ENTERPRISES =
      own("recommended-enterprises", "推荐企业数", "enterprises recommended to a programme", "家");
  /** 服务机构数: service institutions (law firms, brokers, funds …). */
  public static final Indicator SERVICE_INSTITUTIONS =
      own("service-institutions", "服务机构数", "service institutions", "家");
  /** 合作企业数: partner enterprises. */
  public static final Indicator PARTNER_ENTERPRISES =
      own("partner-enterprises", "合作企业数", "partner enterprises", "家");
  /** 临床试验数: clinical trials a year. */
  public static final Indicator CLINICAL_TRIALS = own("clinical-trials", "临床试验数", "clinical trials", "个");
  /** 产能: designed production capacity. */
  public static final Indicator INJECTION_CAPACITY =
      own("injection-capacity", "注射剂产能", "injection production capacity", "万支");
  /** 入驻办理时间: working days from intent to moving in. */
  public static final Indicator SETTLING_IN_TIME =
      own("settling-in-time", "入驻办理时间", "working days to settle in", "个工作日");
  /** 算力: free computing capacity offered. */
  public static final Indicator COMPUTING_POWER = own("computing-power", "算力资源", "computing capacity", "PFLOPS");
  /** 产业占比 of one industry among the zone's enterprises. */
  public static final Indicator INDUSTRY_SHARE =
      own("industry-share", "产业占比", "an industry's share of the zone's enterprises", "%");
  /** 前十强企业营收增长. */
  public static final Indicator TOP_TEN_REVENUE_GROWTH =
      own("top-ten-revenue-growth", "前十强企业营收增长", "revenue growth of the ten largest", "%");
  /** 产值同比增长. */
  public static final Indicator OUTPUT_GROWTH = own("output-growth", "产值同比增长", "output growth year on year", "%");
  /** 税收同比增长. */
  public static final Indicator TAX_GROWTH = own("tax-growth", "税收同比增长", "tax revenue growth year on year", "%");
  /** 专精特新企业数. */
  public static final Indicator SPECIALISED_ENTERPRISES =
      own("specialised-enterprises", "专精特新企业数", "specialised and innovative enterprises", "家");
  /** 办公空间 floor area. */
  public static final Indicator OFFICE_SPACE = own("office-space", "办公空间", "office space", "平方米");
  /** 产业服务配套 floor area. */
  public static final Indicator SERVICE_SPACE = own("service-space", "产业服务配套", "service space", "平方米");
  /** 人才公寓套数. */
  public static final Indicator APARTMENTS = own("apartments", "人才公寓", "apartments for talent", "套");
  /** 人才公寓建筑面积. */
  public static final Indicator APARTMENT_FLOOR_AREA =
      own("apartment-floor-area", "人才公寓建筑面积", "floor area of apartments for talent", "平方米");
  /** 新增光伏装机规模. */
  public static final Indicator PV_CAPACITY_ADDED =
      own("pv-capacity-added", "新增光伏装机规模", "photovoltaic capacity added", "吉瓦");
  /** 储能电站规模. */
  public static final Indicator STORAGE_CAPACITY =
      own("storage-capacity", "储能规模", "energy storage capacity", "兆瓦时");
  /** 绿电: green electricity a year. */
  public static final Indicator GREEN_POWER = own("green-power", "绿电", "green electricity", "亿千瓦时");
  /** 节约标准煤. */
  public static final Indicator COAL_SAVED = own("coal-saved", "节约标准煤", "standard coal saved", "万吨");
  /** 减少二氧化碳排放. */
  public static final Indicator CO2_AVOIDED = own("co2-avoided", "二氧化碳减排", "carbon dioxide avoided", "万吨");
  /** 首发募集资金. */
  public static final Indicator IPO_PROCEEDS = own("ipo-proceeds", "首发募集资金", "proceeds of an initial offering", "亿元");
  /** 量产产品种数. */
  public static final Indicator PRODUCTS_IN_PRODUCTION =
      own("products-in-production", "量产品种", "kinds of product in mass production", "种");
  /** 注册商标数. */
  public static final Indicator TRADEMARKS = own("trademarks", "注册商标", "registered trademarks", "个");
  /** 专利及专利申请数. */
  public static final Indicator PATENTS = own("patents", "专利及申请", "patents and applications", "项");
  /** 承担国家重点研发计划项目数. */
  public static final Indicator NATIONAL_PROJECTS =
      own("national-projects", "国家重点研发计划项目", "national key R&D projects", "项");
  /** 累计营收. */
  public static final Indicator CUMULATIVE_REVENUE =
      own("cumulative-revenue", "累计营收", "cumulative revenue", "亿元");
  /** 子基金数. */
  public static final Indicator SUB_FUNDS = own("sub-funds", "子基金", "sub-funds", "家");
  /** 投资项目数. */
  public static final Indicator INVESTMENT_PROJECTS =
      own("investment-projects", "投资项目", "projects invested in", "个");
  /** 投资金额. */
  public static final Indicator INVESTMENT_AMOUNT = own("investment-amount", "投资金额", "amount invested", "亿元");
  /** 绿色产业增加值占工业增加值比重. */
  public static final Indicator GREEN_INDUSTRY_SHARE =
      own("green-industry-share", "绿色产业增加值占比", "green industries' share of industrial value added", "%");
  /** 省级循环经济试点企业数. */
  public static final Indicator CIRCULAR_ECONOMY_PILOTS =
      own("circular-economy-pilots", "省级循环经济试点企业", "provincial circular economy pilot enterprises", "家");
  /** 市级循环经济示范企业数. */
  public static final Indicator CIRCULAR_ECONOMY_DEMONSTRATORS =
      own("circular-economy-demonstrators", "市级循环经济示范企业", "municipal circular economy demonstration enterprises", "家");
  /** 创新平台数. */
  public static final Indicator INNOVATION_PLATFORMS =
      own("innovation-platforms", "创新平台", "innovation platforms", "个");
  /** 新增市级以上创新平台数. */
  public static final Indicator NEW_INNOVATION_PLATFORMS =
      own("new-innovation-platforms", "新增创新平台", "innovation platforms added", "家");
  /** 基金数. */
  public static final Indicator FUNDS = own("funds", "基金", "funds", "只");
  /** 服务企业数. */
  public static final Indicator ENTERPRISES_SERVED = own("enterprises-served", "服务企业", "enterprises served", "家");
  /** 检测批次. */
  public static final Indicator TEST_BATCHES = own("test-batches", "检测批次", "batches tested", "批次");
  /** 改造面积. */
  public static final Indicator RENOVATED_AREA = own("renovated-area", "改造面积", "area renovated", "平方米");
  /** 机会清单条目数. */
  public static final Indicator OPPORTUNITIES = own("opportunities", "建设清单", "opportunities listed", "个");
  /** 应用场景数. */
  public static final Indicator SCENARIOS = own("scenarios", "应用场景", "application scenarios", "个");
  /** 服务项数. */
  public static final Indicator SERVICES = own("services", "科技服务", "services provided", "项");
  /** 知识产权件数. */
  public static final Indicator INTELLECTUAL_PROPERTY =
      own("intellectual-property", "知识产权", "intellectual property rights", "件");
  /** 人才数. */
  public static final Indicator TALENTS = own("talents", "双创人才", "entrepreneurial talents", "位");
  /** 奖励金额. */
  public static final Indicator AWARDS = own("awards", "奖励", "awards paid", "万元");
  /** 科技创新券. */
  public static final Indicator VOUCHERS = own("vouchers", "科技创新券", "innovation vouchers issued", "万元");
  /** 专利补助. */
  public static final Indicator PATENT_SUBSIDIES = own("patent-subsidies", "专利补助", "patent subsidies", "万元");

  private static final List<Indicator> OWN_INDICATORS =
      List.of(
          REVENUE_GROWTH, EMERGING_INDUSTRY_SHARE, LOCAL_FISCAL_REVENUE, INDUSTRY_CONTRIBUTION_SHARE,
          ENTERPRISES_OVER_100M, RECOGNISED_CLUSTERS, EVENTS, CAMP_SESSIONS, CAMP_ENTERPRISES,
          INCUBATION_CANDIDATES, RECOMMENDED_ENTERPRISES, SERVICE_INSTITUTIONS, PARTNER_ENTERPRISES,
          CLINICAL_TRIALS, INJECTION_CAPACITY, SETTLING_IN_TIME, COMPUTING_POWER, INDUSTRY_SHARE,
          TOP_TEN_REVENUE_GROWTH, OUTPUT_GROWTH, TAX_GROWTH, SPECIALISED_ENTERPRISES, OFFICE_SPACE,
          SERVICE_SPACE, APARTMENTS, APARTMENT_FLOOR_AREA, PV_CAPACITY_ADDED, STORAGE_CAPACITY,
          GREEN_POWER, COAL_SAVED, CO2_AVOIDED, IPO_PROCEEDS, PRODUCTS_IN_PRODUCTION, TRADEMARKS,
          PATENTS, NATIONAL_PROJECTS, CUMULATIVE_REVENUE, SUB_FUNDS, INVESTMENT_PROJECTS,
          INVESTMENT_AMOUNT, GREEN_INDUSTRY_SHARE, CIRCULAR_ECONOMY_PILOTS, CIRCULAR_ECONOMY_DEMONSTRATORS,
          INNOVATION_PLATFORMS, NEW_INNOVATION_PLATFORMS,
          FUNDS, ENTERPRISES_SERVED, TEST_BATCHES, RENOVATED_AREA, OPPORTUNITIES, SCENARIOS, SERVICES,
          INTELLECTUAL_PROPERTY, TALENTS, AWARDS, VOUCHERS, PATENT_SUBSIDIES);

  /** The indicators of the fixtures' own, beyond the standard ones, as the dataset declares them. */
  public static List<Indicator> indicators() {
    return OWN_INDICATORS;
  }

  /** A figure cited with a short phrase of our own around it. */
  private static Observation fig(
      Identifier subject, Indicator indicator, Period period, String metric, Source source, String quote) {
    return Observation.builder()
        .subject(subject)
        .indicator(indicator)
        .period(period)
        .metric(Metric.parse(metric))
        .citation(Citation.of(source, quote))
        .build();
  }

  private static Observation fig(
      Identifier subject, Indicator indicator, Industry industry, Period period, String metric,
      Source source, String quote) {
    return Observation.builder()
        .from(fig(subject, indicator, period, metric, source, quote))
        .industry(industry)
        .build();
  }

  private static Target goal(Indicator indicator, String metric, Period deadline, Source source, String quote) {
    return Target.builder()
        .indicator(indicator)
        .threshold(Metric.parse(metric))
        .deadline(java.util.Optional.ofNullable(deadline))
        .citation(Citation.of(source, quote))
        .build();
  }

  private static Park.Builder park(Identifier id, String name, ParkKind kind) {
    return Park.builder().id(id).names(Names.of(name)).kind(kind);
  }

  /** 杨凌农业高新技术产业示范区. */
  public static final Identifier YANGLING = Identifier.of("yangling-agricultural-htz");
  /** 中山火炬高新区's national health industry park. */
  public static final Identifier ZHONGSHAN_HEALTH_PARK = Identifier.of("zhongshan-health-park");
  /** 北京银行保险产业园. */
  public static final Identifier BANKING_INSURANCE_PARK = Identifier.of("beijing-banking-insurance-park");
  /** 北京市石景山区人民政府, issuer of the banking park's measures. */
  public static final Identifier SHIJINGSHAN = Identifier.of("beijing-shijingshan-government");
  /** The banking park's measures of 2018. */
  public static final Identifier BANKING_PARK_POLICY = Identifier.of("beijing-banking-park-measures-2018");
  /** 西安创业咖啡街区 (嘉会坊). */
  public static final Identifier XIAN_CAFE_STREET = Identifier.of("xian-startup-cafe-street");
  /** BioGill's joint venture in Beijing. */
  public static final Identifier BIOGILL_JV = Identifier.of("biogill-beijing-jv");
  /** 两江协同创新区. */
  public static final Identifier LIANGJIANG = Identifier.of("chongqing-liangjiang-innovation-zone");
  /** 明月湖算力产业园, in 两江协同创新区. */
  public static final Identifier MINGYUEHU = Identifier.of("mingyuehu-computing-park");
  /** 北京南中轴国际文化科技园. */
  public static final Identifier NANZHONGZHOU = Identifier.of("beijing-nanzhongzhou-park");
  /** 国药集团中国生物(西北)健康科技产业园, in the Lanzhou high-tech zone. */
  public static final Identifier SINOPHARM_NORTHWEST_PARK = Identifier.of("sinopharm-northwest-health-park");
  /** 青岛高新区. */
  public static final Identifier QINGDAO_HTZ = Identifier.of("qingdao-htz");
  /** 威高国际医疗器械产业园, in 青岛高新区. */
  public static final Identifier WEIGAO_PARK = Identifier.of("weigao-medical-device-park");
  /** 珠海高新区. */
  public static final Identifier ZHUHAI_HTZ = Identifier.of("zhuhai-htz");
  /** 西安高新区, where 巨子生物 was incubated; declared external. */
  public static final Identifier XIAN_HTZ = Identifier.of("xian-htz");
  /** 西安巨子生物基因技术股份有限公司. */
  public static final Identifier JUZI = Identifier.of("xian-juzi-biogene");
  /** 北京市昌平区“生命谷”. */
  public static final Identifier LIFE_VALLEY = Identifier.of("changping-life-valley");
  /** 昌平产业发展母基金. */
  public static final Identifier CHANGPING_FUND = Identifier.of("changping-industry-fund");
  /** 江苏医疗器械科技产业园, in the Suzhou high-tech zone. */
  public static final Identifier SUZHOU_MEDICAL_DEVICE_PARK = Identifier.of("jiangsu-medical-device-park");
  /** 江苏省医疗器械检测所苏州分所. */
  public static final Identifier SUZHOU_TESTING_INSTITUTE = Identifier.of("jiangsu-medical-device-testing-suzhou");
  /** 舟山人才创业园 and 舟山现代海洋产业创新服务综合体园区, built as one. */
  public static final Identifier ZHOUSHAN_PARKS = Identifier.of("zhoushan-marine-innovation-parks");
  /** 成都高新区. */
  public static final Identifier CHENGDU_HTZ = Identifier.of("chengdu-htz");
  /** 阅海湾中央商务区, 银川. */
  public static final Identifier YUEHAI_BAY = Identifier.of("yinchuan-yuehai-bay-cbd");
  /** 银川科技服务产业园, in 阅海湾中央商务区. */
  public static final Identifier YINCHUAN_SERVICE_PARK = Identifier.of("yinchuan-sci-tech-service-park");
  /** 天猫宁夏电商共享服务中心. */
  public static final Identifier TMALL_NINGXIA = Identifier.of("tmall-ningxia-centre");
  /** 保定国家高新区. */
  public static final Identifier BAODING_HTZ = Identifier.of("baoding-htz");
  /** 保定·中关村创新中心 and its base, in the Baoding high-tech zone. */
  public static final Identifier BAODING_ZHONGGUANCUN = Identifier.of("baoding-zhongguancun-centre");
  /** 保定诺未科技有限公司. */
  public static final Identifier NUOWEI = Identifier.of("baoding-nuowei-technology");

  /**
   * 杨凌农业高新技术产业示范区: its economy from 1997 to 2017, 80% of it from the biological
   * industry.
   */
  public static Park yanglingDemonstrationZone() {
    Source s = BIOMEDICINE_CLUSTERS_ARTICLE;
    Period y1997 = Period.year(1997);
    Period y2017 = Period.year(2017);
    return park(YANGLING, "杨凌农业高新技术产业示范区", ParkKind.HIGH_TECH_ZONE)
        .location(Location.of(Province.SHAANXI))
        .addLeadingIndustry(Industry.of("生物"))
        .addObservation(fig(YANGLING, Indicators.GDP, y1997, "3.83亿元", s, "生产总值从3.83亿元"))
        .addObservation(fig(YANGLING, Indicators.GDP, y2017, "141.27亿元", s, "增加到141.27亿元"))
        .addObservation(fig(YANGLING, Indicators.FISCAL_REVENUE, y1997, "1407万元", s, "财政总收入从1407万元"))
        .addObservation(fig(YANGLING, Indicators.FISCAL_REVENUE, y2017, "21.08亿元", s, "增加到21.08亿元"))
        .addObservation(fig(YANGLING, LOCAL_FISCAL_REVENUE, y1997, "0.11亿元", s, "地方财政收入从0.11亿元"))
        .addObservation(fig(YANGLING, LOCAL_FISCAL_REVENUE, y2017, "9.91亿元", s, "增加到9.91亿元"))
        .addObservation(
            fig(YANGLING, INDUSTRY_CONTRIBUTION_SHARE, Industry.of("生物"), y2017, "80%", s, "贡献达80%"))
        .build();
  }

  /** The national health industry park of 中山火炬高新区: 300 enterprises, 377亿元 in 2017. */
  public static Park zhongshanHealthPark() {
    Source s = BIOMEDICINE_CLUSTERS_ARTICLE;
    return park(ZHONGSHAN_HEALTH_PARK, "中山火炬高新区国家健康基地", ParkKind.INDUSTRY_BASE)
        .location(Location.of(Province.GUANGDONG, "中山市"))
        .addAllLeadingIndustries(industries("生物医药", "医疗器械", "保健食品化妆品", "健康服务业"))
        .addObservation(fig(ZHONGSHAN_HEALTH_PARK, Indicators.ENTERPRISES, Period.year(2017), "300家", s, "落户企业300家"))
        .addObservation(fig(ZHONGSHAN_HEALTH_PARK, Indicators.OUTPUT_VALUE, Period.year(2017), "377亿元", s, "科工贸产值377亿元"))
        .build();
  }

  /** 北京银行保险产业园: 65 hectares of planned land, 95万平方米 of floor space, 30余家 enterprises. */
  public static Park beijingBankingInsurancePark() {
    Source s = BANKING_PARK_ARTICLE;
    return park(BANKING_INSURANCE_PARK, "北京银行保险产业园", ParkKind.INDUSTRIAL_PARK)
        .location(Location.builder().province(Province.BEIJING).district("石景山区").build())
        .addLeadingIndustry(Industry.of("银行保险"))
        .addArea(Area.builder().kind(AreaKind.PLANNED).metric(of("65", Units.HECTARE)).citation(Citation.of(s, "规划用地65公顷")).build())
        .addArea(Area.builder().kind(AreaKind.FLOOR).metric(Metric.parse("95万平方米")).citation(Citation.of(s, "建筑面积95万平方米")).build())
        .addObservation(fig(BANKING_INSURANCE_PARK, Indicators.ENTERPRISES, Y2018, "30余家", s, "入驻企业30余家"))
        .build();
  }

  /** 石景山区's measures for the banking park (2018), without figures of their own. */
  public static Policy beijingBankingParkPolicy() {
    return Policy.builder()
        .id(BANKING_PARK_POLICY)
        .title("关于加快推动北京银行保险产业园创新发展的若干措施")
        .issuer(SHIJINGSHAN)
        .addAppliesTo(BANKING_INSURANCE_PARK)
        .issued(LocalDate.of(2018, 9, 27))
        .jurisdiction("北京市石景山区")
        .citation(Citation.of(BANKING_PARK_ARTICLE))
        .build();
  }

  /** 西安创业咖啡街区 in its first year: events, camps and the enterprises through them. */
  public static Park xianStartupCafeStreet() {
    Source s = XIAN_CAFE_ARTICLE;
    Identifier id = XIAN_CAFE_STREET;
    return park(id, "西安创业咖啡街区", ParkKind.INNOVATION_CENTRE)
        .names(Names.builder().official("西安创业咖啡街区").addShortNames("嘉会坊").build())
        .location(Location.of(Province.SHAANXI, "西安市"))
        .addObservation(fig(id, EVENTS, Y2018, "60余场", s, "举办60余场"))
        .addObservation(fig(id, CAMP_SESSIONS, Y2018, "17期", s, "已开展17期"))
        .addObservation(fig(id, CAMP_ENTERPRISES, Y2018, "503家", s, "累计503家"))
        .addObservation(fig(id, INCUBATION_CANDIDATES, Y2018, "55家", s, "意向孵化企业55家"))
        .addObservation(fig(id, RECOMMENDED_ENTERPRISES, Y2018, "43家", s, "推荐潜力企业43家"))
        .addObservation(fig(id, SERVICE_INSTITUTIONS, Y2018, "30余家", s, "机构30余家"))
        .build();
  }

  /** The first sites of 两江协同创新区 and its 明月湖 computing park (2024). */
  public static Park liangjiangInnovationZone() {
    Source s = LIANGJIANG_ARTICLE;
    Park mingyuehu =
        park(MINGYUEHU, "明月湖算力产业园", ParkKind.INDUSTRY_BASE)
            .addLeadingIndustry(Industry.of("算力"))
            .addObservation(fig(MINGYUEHU, COMPUTING_POWER, JULY_2024, "500PFLOPS以上", s, "不低于500PFLOPS"))
            .build();
    return park(LIANGJIANG, "重庆两江协同创新区", ParkKind.OTHER_DEVELOPMENT_ZONE)
        .location(Location.of(Province.CHONGQING))
        .addSubZone(mingyuehu)
        .addObservation(
            fig(LIANGJIANG, Indicators.ENTERPRISES, Industry.of("数字经济"), JULY_2024, "47家", s, "数字经济企业47家"))
        .addObservation(
            fig(LIANGJIANG, INDUSTRY_SHARE, Industry.of("通用人工智能"), JULY_2024, "62%", s, "占比达62%"))
        .build();
  }

  /** 北京南中轴国际文化科技园: enterprises by quarter of 2023–2024, its space and its goal. */
  public static Park nanzhongzhouPark() {
    Source s = NANZHONGZHOU_ARTICLE;
    Identifier id = NANZHONGZHOU;
    Period endOfJune = Period.asOf(LocalDate.of(2024, 6, 30));
    return park(id, "北京南中轴国际文化科技园", ParkKind.SCIENCE_PARK)
        .location(Location.of(Province.BEIJING))
        .addAllLeadingIndustries(industries("新一代信息技术", "元宇宙"))
        .addArea(Area.builder().kind(AreaKind.FLOOR).metric(Metric.parse("19.5万平方米")).citation(Citation.of(s, "总建筑面积19.5万平方米")).build())
        .addObservation(fig(id, Indicators.ENTERPRISES, endOfJune, "超过220家", s, "已聚集超220家"))
        .addObservation(fig(id, Indicators.HIGH_TECH_ENTERPRISES, endOfJune, "超过70家", s, "超过70家"))
        .addObservation(fig(id, SPECIALISED_ENTERPRISES, endOfJune, "4家", s, "专精特新企业4家"))
        .addObservation(fig(id, Indicators.ENTERPRISES, Period.endOf(Year.of(2023)), "150家", s, "落地企业150家"))
        .addObservation(fig(id, Indicators.ENTERPRISES, Period.quarter(2024, 1), "180家", s, "达到180家"))
        .addObservation(fig(id, Indicators.ENTERPRISES, Period.quarter(2024, 2), "220余家", s, "220多家"))
        .addObservation(fig(id, OFFICE_SPACE, JULY_2024, "约10万平方米", s, "大约10万平方米"))
        .addObservation(fig(id, SERVICE_SPACE, JULY_2024, "近3万平方米", s, "近3万平方米"))
        .addObservation(fig(id, APARTMENTS, JULY_2024, "近500套", s, "近500套"))
        .addObservation(fig(id, APARTMENT_FLOOR_AREA, JULY_2024, "约1.9万平方米", s, "约1.9万平方米"))
        .addTarget(goal(Indicators.OUTPUT_VALUE, "超过100亿元", null, s, "年产值超过百亿元"))
        .build();
  }

  /** 青岛高新区 with 威高国际医疗器械产业园 (总投资50亿元, 2022). */
  public static Park qingdaoHighTechZone() {
    Park weigao =
        park(WEIGAO_PARK, "威高国际医疗器械产业园", ParkKind.INDUSTRIAL_PARK)
            .addLeadingIndustry(Industry.of("医疗器械"))
            .addObservation(fig(WEIGAO_PARK, Indicators.TOTAL_INVESTMENT, Y2022, "50亿元", WEIGAO_ARTICLE, "总投资50亿元"))
            .build();
    return park(QINGDAO_HTZ, "青岛高新技术产业开发区", ParkKind.HIGH_TECH_ZONE)
        .names(Names.builder().official("青岛高新技术产业开发区").addShortNames("青岛高新区").build())
        .location(Location.of(Province.SHANDONG, "青岛市"))
        .addAllLeadingIndustries(industries("生物医药", "医疗器械"))
        .addSubZone(weigao)
        .build();
  }

  /** 珠海高新区's photovoltaic goals for the 14th five-year plan and what they would save. */
  public static Park zhuhaiHighTechZone() {
    Source s = ZHUHAI_ARTICLE;
    Period plan = Period.fiveYearPlan(14);
    return park(ZHUHAI_HTZ, "珠海高新技术产业开发区", ParkKind.HIGH_TECH_ZONE)
        .names(Names.builder().official("珠海高新技术产业开发区").addShortNames("珠海高新区").build())
        .location(Location.of(Province.GUANGDONG, "珠海市"))
        .addLeadingIndustry(Industry.of("新能源"))
        .addTarget(goal(PV_CAPACITY_ADDED, "约1吉瓦", plan, s, "新增装机约1GW"))
        .addTarget(goal(STORAGE_CAPACITY, "500兆瓦时", plan, s, "500MWh规模"))
        .addTarget(goal(GREEN_POWER, "约11亿千瓦时", null, s, "绿电约11亿度"))
        .addTarget(goal(COAL_SAVED, "33万吨", null, s, "节约标准煤33万吨"))
        .addTarget(goal(CO2_AVOIDED, "约91万吨", null, s, "年排放量约91万吨"))
        .build();
  }

  /** 生命谷 of 昌平区, around the life science park: 2021's medicine and health figures. */
  public static Park lifeValley() {
    Source s = CHANGPING_ARTICLE;
    Industry health = Industry.of("医药健康");
    Period y2021 = Period.year(2021);
    return park(LIFE_VALLEY, "生命谷", ParkKind.SCIENCE_CITY)
        .location(Location.builder().province(Province.BEIJING).district("昌平区").build())
        .addLeadingIndustry(health)
        .addObservation(fig(LIFE_VALLEY, Indicators.REVENUE, health, y2021, "717亿元", s, "收入717亿元"))
        .addObservation(fig(LIFE_VALLEY, Indicators.OUTPUT_VALUE, health, y2021, "281亿元", s, "产值281亿元"))
        .addObservation(fig(LIFE_VALLEY, REVENUE_GROWTH, health, y2021, "22%", s, "增长22%"))
        .addObservation(fig(LIFE_VALLEY, OUTPUT_GROWTH, health, y2021, "31.5%", s, "31.5%"))
        .build();
  }

  /** 舟山's two marine innovation parks, built as one: 5000余万元 on 48.51亩. */
  public static Park zhoushanMarineParks() {
    Source s = ZHOUSHAN_ARTICLE;
    return park(ZHOUSHAN_PARKS, "舟山人才创业园和舟山现代海洋产业创新服务综合体园区", ParkKind.INCUBATOR)
        .location(Location.of(Province.ZHEJIANG, "舟山市"))
        .addLeadingIndustry(Industry.of("海洋生物"))
        .addArea(Area.builder().kind(AreaKind.LAND).metric(Metric.parse("48.51亩")).citation(Citation.of(s, "占地面积48.51亩")).build())
        .addArea(Area.builder().kind(AreaKind.FLOOR).metric(Metric.parse("近2万平方米")).citation(Citation.of(s, "建筑面积近2万平方米")).build())
        .addObservation(fig(ZHOUSHAN_PARKS, Indicators.TOTAL_INVESTMENT, JANUARY_2021, "5000余万元", s, "总投资5000余万元"))
        .addObservation(fig(ZHOUSHAN_PARKS, RENOVATED_AREA, JANUARY_2021, "8232平方米", s, "改造面积8232平方米"))
        .build();
  }

  /** 成都高新区's smart-city opportunity list and its governance system (January 2021). */
  public static Park chengduHighTechZone() {
    Source s = CHENGDU_ARTICLE;
    return park(CHENGDU_HTZ, "成都高新技术产业开发区", ParkKind.HIGH_TECH_ZONE)
        .names(Names.builder().official("成都高新技术产业开发区").addShortNames("成都高新区").build())
        .location(Location.of(Province.SICHUAN, "成都市"))
        .addObservation(fig(CHENGDU_HTZ, OPPORTUNITIES, JANUARY_2021, "近50个", s, "建设清单近50个"))
        .addObservation(fig(CHENGDU_HTZ, INVESTMENT_AMOUNT, JANUARY_2021, "约3亿元", s, "金额约3亿元"))
        .addObservation(fig(CHENGDU_HTZ, SCENARIOS, JANUARY_2021, "18个", s, "18个专题应用场景"))
        .build();
  }

  /** 阅海湾中央商务区 with its 银川科技服务产业园: growth of 2020, the park's first phase. */
  public static Park yuehaiBayCbd() {
    Source s = YINCHUAN_ARTICLE;
    Period y2020 = Period.year(2020);
    Park servicePark =
        park(YINCHUAN_SERVICE_PARK, "银川科技服务产业园", ParkKind.SCIENCE_PARK)
            .addLeadingIndustry(Industry.of("科技服务"))
            .addArea(Area.builder().kind(AreaKind.LAND).metric(Metric.parse("3500平方米")).citation(Citation.of(s, "一期占地面积3500平方米")).build())
            .addObservation(fig(YINCHUAN_SERVICE_PARK, SERVICE_INSTITUTIONS, JANUARY_2021, "4家", s, "4家科技服务机构"))
            .addObservation(fig(YINCHUAN_SERVICE_PARK, Indicators.ENTERPRISES, JANUARY_2021, "5家", s, "5家科技企业"))
            .addObservation(fig(YINCHUAN_SERVICE_PARK, SERVICES, JANUARY_2021, "160项", s, "160项科技服务"))
            .build();
    return park(YUEHAI_BAY, "阅海湾中央商务区", ParkKind.OTHER_DEVELOPMENT_ZONE)
        .location(Location.builder().province(Province.NINGXIA).city("银川市").district("金凤区").build())
        .addSubZone(servicePark)
        .addObservation(fig(YUEHAI_BAY, REVENUE_GROWTH, y2020, "超过15%", s, "同比超过15%"))
        .addObservation(fig(YUEHAI_BAY, TAX_GROWTH, y2020, "超过15%", s, "税收同比超过15%"))
        .build();
  }

  /** 保定国家高新区 with 保定·中关村创新中心 and its base: the support of 2020 and what it drew. */
  public static Park baodingHighTechZone() {
    Source s = BAODING_ARTICLE;
    Period y2020 = Period.year(2020);
    Identifier c = BAODING_ZHONGGUANCUN;
    Park centre =
        park(c, "保定·中关村创新中心", ParkKind.INNOVATION_CENTRE)
            .addArea(Area.builder().kind(AreaKind.FLOOR).metric(Metric.parse("12.4万平方米")).citation(Citation.of(s, "12.4万平方米新建厂房")).build())
            .addAllLeadingIndustries(industries("新一代信息技术", "高端装备", "生物医药", "科技服务"))
            .addObservation(fig(c, Indicators.ENTERPRISES, JANUARY_2021, "398家", s, "398家知名企业"))
            .addObservation(fig(c, Indicators.RD_SPENDING, JANUARY_2021, "超过1亿元", s, "研发投入超过1亿元"))
            .addObservation(fig(c, INTELLECTUAL_PROPERTY, JANUARY_2021, "650余件", s, "知识产权650余件"))
            .addObservation(fig(c, TALENTS, JANUARY_2021, "4000余位", s, "人才4000多位"))
            .addObservation(fig(c, EVENTS, JANUARY_2021, "261场", s, "261场创新活动"))
            .build();
    return park(BAODING_HTZ, "保定国家高新技术产业开发区", ParkKind.HIGH_TECH_ZONE)
        .names(Names.builder().official("保定国家高新技术产业开发区").addShortNames("保定高新区").build())
        .location(Location.of(Province.HEBEI, "保定市"))
        .addSubZone(centre)
        .addObservation(fig(BAODING_HTZ, AWARDS, y2020, "1570万元", s, "奖励1570万元"))
        .addObservation(fig(BAODING_HTZ, VOUCHERS, y2020, "1373万元", s, "创新券1373万元"))
        .addObservation(fig(BAODING_HTZ, PATENT_SUBSIDIES, y2020, "790万元", s, "专利补助790万元"))
        .addObservation(fig(BAODING_HTZ, Indicators.HIGH_TECH_ENTERPRISES, y2020, "299家", s, "高新技术企业299家"))
        .addObservation(fig(BAODING_HTZ, NEW_INNOVATION_PLATFORMS, y2020, "13家", s, "新增创新平台13家"))
        .build();
  }

  /** Enterprises and institutions with figures of their own in the five articles. */
  public static List<Organisation> enterprises() {
    Source zhuhai = CHALLENGE_ARTICLE;
    Organisation biogill =
        Organisation.builder()
            .id(BIOGILL_JV)
            .names(Names.of("比奥吉尔(北京)合资公司"))
            .kind(OrganisationKind.COMPANY)
            .location(Location.of(Province.BEIJING))
            .addObservation(fig(BIOGILL_JV, Indicators.TOTAL_INVESTMENT, Y2018, "2.3亿元", zhuhai, "现金投入2.3亿元"))
            .addObservation(fig(BIOGILL_JV, PARTNER_ENTERPRISES, Y2018, "4家", zhuhai, "4家中资企业"))
            .build();
    Source j = JUZI_ARTICLE;
    Organisation juzi =
        Organisation.builder()
            .id(JUZI)
            .names(Names.builder().official("西安巨子生物基因技术股份有限公司").addShortNames("巨子生物").build())
            .kind(OrganisationKind.COMPANY)
            .founded(Year.of(2000))
            .park(XIAN_HTZ)
            .addObservation(fig(JUZI, IPO_PROCEEDS, Y2022, "约5.08亿元", j, "约人民币5.08亿元"))
            .addObservation(fig(JUZI, PRODUCTS_IN_PRODUCTION, Y2022, "5种", j, "5种稀有人参皂苷"))
            .addObservation(fig(JUZI, TRADEMARKS, Y2022, "580个", j, "注册商标580个"))
            .addObservation(fig(JUZI, PATENTS, Y2022, "79项", j, "专利申请79项"))
            .addObservation(fig(JUZI, NATIONAL_PROJECTS, Y2022, "4项", j, "计划项目4项"))
            .build();
    Source c = CHANGPING_ARTICLE;
    Organisation fund =
        Organisation.builder()
            .id(CHANGPING_FUND)
            .names(Names.of("昌平产业发展母基金"))
            .kind(OrganisationKind.FUND)
            .founded(Year.of(2022))
            .addObservation(fig(CHANGPING_FUND, SUB_FUNDS, Y2022, "40余家", c, "子基金40余家"))
            .addObservation(fig(CHANGPING_FUND, INVESTMENT_PROJECTS, Y2022, "近1000个", c, "项目近1000个"))
            .addObservation(fig(CHANGPING_FUND, INVESTMENT_AMOUNT, Y2022, "近28亿元", c, "金额近28亿元"))
            .build();
    Organisation testing =
        Organisation.builder()
            .id(SUZHOU_TESTING_INSTITUTE)
            .names(Names.builder().official("江苏省医疗器械检测所苏州分所").addShortNames("苏州分所").build())
            .kind(OrganisationKind.SERVICE_PLATFORM)
            .park(SUZHOU_MEDICAL_DEVICE_PARK)
            .addObservation(fig(SUZHOU_TESTING_INSTITUTE, ENTERPRISES_SERVED, JANUARY_2021, "284家", SUZHOU_ARTICLE, "为284家企业"))
            .addObservation(fig(SUZHOU_TESTING_INSTITUTE, TEST_BATCHES, JANUARY_2021, "3029批次", SUZHOU_ARTICLE, "3029批次检测"))
            .build();
    Source t = YINCHUAN_ARTICLE;
    Organisation tmall =
        Organisation.builder()
            .id(TMALL_NINGXIA)
            .names(Names.of("天猫宁夏电商共享服务中心"))
            .kind(OrganisationKind.SERVICE_PLATFORM)
            .park(YUEHAI_BAY)
            .addObservation(fig(TMALL_NINGXIA, Indicators.LAND_AREA, JANUARY_2021, "1250平方米", t, "一期占地1250平方米"))
            .addObservation(fig(TMALL_NINGXIA, Indicators.PLANNED_AREA, JANUARY_2021, "7000平方米", t, "扩建至7000平方米"))
            .build();
    Source b = BAODING_ARTICLE;
    Organisation nuowei =
        Organisation.builder()
            .id(NUOWEI)
            .names(Names.builder().official("保定诺未科技有限公司").addShortNames("诺未科技").build())
            .kind(OrganisationKind.COMPANY)
            .park(BAODING_ZHONGGUANCUN)
            .addObservation(fig(NUOWEI, Indicators.FLOOR_AREA, Period.year(2018), "100余平方米", b, "仅有100多平方米"))
            .addObservation(fig(NUOWEI, Indicators.REVENUE, Period.year(2018), "900余万元", b, "营业收入900多万元"))
            .addObservation(fig(NUOWEI, Indicators.FLOOR_AREA, Period.year(2019), "1200平方米", b, "1200平方米的场地"))
            .addObservation(fig(NUOWEI, Indicators.REVENUE, Period.year(2019), "2100万元", b, "营业收入2100万元"))
            .addObservation(fig(NUOWEI, Indicators.REVENUE, Period.year(2021), "3000万元", b, "预计可达3000万元"))
            .build();
    return List.of(biogill, juzi, fund, testing, tmall, nuowei);
  }

  /**
   * Everything above in one dataset, with the national figures of the biomedicine article as
   * free-standing observations about the national high-tech zones, declared external.
   */
  public static Dataset dataset() {
    return Dataset.builder()
        .addParks(
            beijingFreeTradeZone(),
            zhongguancun(),
            suzhouHighTechZone(),
            suzhouBondedZone(),
            lanzhouHighTechZone(),
            qianhaiCooperationZone(),
            yanglingDemonstrationZone(),
            zhongshanHealthPark(),
            beijingBankingInsurancePark(),
            xianStartupCafeStreet(),
            liangjiangInnovationZone(),
            nanzhongzhouPark(),
            qingdaoHighTechZone(),
            zhuhaiHighTechZone(),
            lifeValley(),
            zhoushanMarineParks(),
            chengduHighTechZone(),
            yuehaiBayCbd(),
            baodingHighTechZone())
        .addCluster(lanzhouBiomedicineCluster())
        .addAllChains(suzhouChains())
        .addPolicies(qianhaiSciTechPolicy(), beijingBankingParkPolicy())
        .addAllOrganisations(lanzhouOrganisations())
        .addOrganisation(qianhaiAuthority())
        .addAllOrganisations(enterprises())
        .addAllIndicators(OWN_INDICATORS)
        .addObservation(
            fig(NATIONAL_HIGH_TECH_ZONES, ENTERPRISES_OVER_100M, BIOMEDICINE, Period.endOf(Year.of(2017)),
                "2158家", BIOMEDICINE_CLUSTERS_ARTICLE, "营收超亿元的企业2158家"))
        .addObservation(
            fig(NATIONAL_HIGH_TECH_ZONES, RECOGNISED_CLUSTERS, BIOMEDICINE, Y2018, "21个",
                BIOMEDICINE_CLUSTERS_ARTICLE, "三批21个"))
        .addObservation(
            Observation.builder()
                .subject(NATIONAL_HIGH_TECH_ZONES)
                .indicator(Indicators.HIGH_TECH_ENTERPRISES)
                .industry(BIOMEDICINE)
                .period(Period.endOf(Year.of(2017)))
                .metric(of("3898", Units.JIA))
                .citation(Citation.of(BIOMEDICINE_CLUSTERS_ARTICLE, "高新技术企业3898家"))
                .build())
        .addObservation(
            Observation.builder()
                .subject(NATIONAL_HIGH_TECH_ZONES)
                .indicator(Indicators.UNICORN_ENTERPRISES)
                .industry(BIOMEDICINE)
                .period(Period.endOf(Year.of(2017)))
                .metric(of("14", Units.JIA))
                .citation(Citation.of(BIOMEDICINE_CLUSTERS_ARTICLE, "14家独角兽"))
                .build())
        .addExternal(ExternalReference.of(NATIONAL_HIGH_TECH_ZONES, EntityKind.PARK, "国家高新区"))
        .addExternal(ExternalReference.of(SHIJINGSHAN, EntityKind.ORGANISATION, "北京市石景山区"))
        .addExternal(ExternalReference.of(XIAN_HTZ, EntityKind.PARK, "西安高新区"))
        .build();
  }
}
