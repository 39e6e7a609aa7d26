package dev.parkdata.testing;

import static dev.parkdata.testing.FixtureSupport.JANUARY_2021;
import static dev.parkdata.testing.FixtureSupport.fig;
import static dev.parkdata.testing.FixtureSupport.goal;
import static dev.parkdata.testing.FixtureSupport.industries;
import static dev.parkdata.testing.FixtureSupport.of;
import static dev.parkdata.testing.FixtureSupport.park;
import static dev.parkdata.testing.Fixtures.CIRCULAR_ECONOMY_DEMONSTRATORS;
import static dev.parkdata.testing.Fixtures.CIRCULAR_ECONOMY_PILOTS;
import static dev.parkdata.testing.Fixtures.EMERGING_INDUSTRY_SHARE;
import static dev.parkdata.testing.Fixtures.ENTERPRISES_SERVED;
import static dev.parkdata.testing.Fixtures.FUNDS;
import static dev.parkdata.testing.Fixtures.GREEN_INDUSTRY_SHARE;
import static dev.parkdata.testing.Fixtures.INNOVATION_PLATFORMS;
import static dev.parkdata.testing.Fixtures.INVESTMENT_AMOUNT;
import static dev.parkdata.testing.Fixtures.INVESTMENT_PROJECTS;
import static dev.parkdata.testing.Fixtures.SUZHOU_BONDED_ZONE;
import static dev.parkdata.testing.Fixtures.SUZHOU_HTZ;
import static dev.parkdata.testing.Fixtures.SUZHOU_MEDICAL_DEVICE_PARK;
import static dev.parkdata.testing.Fixtures.SUZHOU_TESTING_INSTITUTE;
import static dev.parkdata.testing.Fixtures.TEST_BATCHES;

import dev.parkdata.chain.IndustrialChain;
import dev.parkdata.dataset.Dataset;
import dev.parkdata.industry.Industry;
import dev.parkdata.industry.ScaleClass;
import dev.parkdata.location.Location;
import dev.parkdata.location.Province;
import dev.parkdata.metric.Qualifier;
import dev.parkdata.model.Identifier;
import dev.parkdata.model.Names;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.observation.Target;
import dev.parkdata.organisation.Organisation;
import dev.parkdata.organisation.OrganisationKind;
import dev.parkdata.park.Approval;
import dev.parkdata.park.ApprovalLevel;
import dev.parkdata.park.Designation;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import dev.parkdata.source.Citation;
import dev.parkdata.source.Source;
import dev.parkdata.unit.Units;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;

/**
 * 科技日报: 重点布局六大百亿级产业链 苏州高新区走集群化发展新路. Models 苏州高新区 (G322018) with its
 * catalogue entry, its designations of 2020, its green and circular economy figures, its goals for
 * 2022 and its medical device park; its six chains of the ten-billion class; the testing institute
 * serving the medical device park; and the catalogue's entry of the zone's bonded zone (G323040),
 * which names the zone as parent.
 */
final class SuzhouHighTechZoneArticle {
  private SuzhouHighTechZoneArticle() {}

  /** The article, the source of every figure here. */
  static final Source SOURCE =
      Source.builder().publisher("科技日报").title("重点布局六大百亿级产业链 苏州高新区走集群化发展新路").build();

  /** See {@link Fixtures#suzhouHighTechZone()}. */
  static Park suzhouHighTechZone() {
    Citation goal = Citation.of(SOURCE, "总营收突破1900亿元");
    return Park.builder()
        .id(SUZHOU_HTZ)
        .names(Names.builder().official("苏州高新技术产业开发区").addShortNames("苏州高新区").build())
        .kind(ParkKind.HIGH_TECH_ZONE)
        .addApproval(Approval.of(ApprovalLevel.STATE_COUNCIL, YearMonth.of(1992, 11)))
        .location(Location.of(Province.JIANGSU, "苏州市"))
        .addArea(NationalCatalogue.approvedArea("680.0"))
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
                .citation(Citation.of(SOURCE, "比重要达到63%"))
                .build())
        .addSubZone(
            park(SUZHOU_MEDICAL_DEVICE_PARK, "江苏医疗器械科技产业园", ParkKind.SCIENCE_PARK)
                .addLeadingIndustry(Industry.of("医疗器械"))
                .addObservation(fig(SUZHOU_MEDICAL_DEVICE_PARK, INNOVATION_PLATFORMS, JANUARY_2021, "10余个", SOURCE, "10多个创新平台"))
                .build())
        .addObservation(fig(SUZHOU_HTZ, GREEN_INDUSTRY_SHARE, Period.year(2020), "30%以上", SOURCE, "工业增加值30%以上"))
        .addObservation(fig(SUZHOU_HTZ, CIRCULAR_ECONOMY_PILOTS, JANUARY_2021, "6家", SOURCE, "试点企业6家"))
        .addObservation(fig(SUZHOU_HTZ, CIRCULAR_ECONOMY_DEMONSTRATORS, JANUARY_2021, "58家", SOURCE, "示范企业58家"))
        .addObservation(fig(SUZHOU_HTZ, FUNDS, Industry.of("医疗器械"), JANUARY_2021, "21只", SOURCE, "21只基金"))
        .addObservation(fig(SUZHOU_HTZ, INVESTMENT_PROJECTS, Industry.of("医疗器械"), JANUARY_2021, "117个", SOURCE, "117个医疗项目"))
        .addObservation(fig(SUZHOU_HTZ, INVESTMENT_AMOUNT, Industry.of("医疗器械"), JANUARY_2021, "28.49亿元", SOURCE, "达到28.49亿元"))
        .build();
  }

  /** See {@link Fixtures#suzhouBondedZone()}. */
  static Park suzhouBondedZone() {
    return Park.builder()
        .id(SUZHOU_BONDED_ZONE)
        .names(Names.of("苏州高新技术产业开发区综合保税区"))
        .kind(ParkKind.CUSTOMS_SUPERVISION_AREA)
        .addApproval(Approval.of(ApprovalLevel.STATE_COUNCIL, YearMonth.of(2010, 8)))
        .location(Location.of(Province.JIANGSU))
        .addArea(NationalCatalogue.approvedArea("351.0"))
        .addAllLeadingIndustries(industries("电子信息", "物流配送", "电商"))
        .parent(SUZHOU_HTZ)
        .build();
  }

  /** See {@link Fixtures#suzhouChains()}. */
  static List<IndustrialChain> suzhouChains() {
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
                    .citation(Citation.of(SOURCE, "超过300家"))
                    .build())
            .addObservation(
                fig(medical, Indicators.OUTPUT_VALUE, Period.year(2020), "200亿元", SOURCE, "产值达200亿元"))
            .build(),
        chain(template, "suzhou-htz-software", "软件和信息服务"),
        chain(template, manufacturing.value(), "智能制造装备")
            .withTargets(
                goal(Indicators.OUTPUT_VALUE, "超过500亿元", Period.year(2022), SOURCE, "产值突破500亿元")),
        chain(template, "suzhou-htz-new-energy", "新能源"),
        chain(template, digital.value(), "数字经济")
            .withTargets(
                goal(Indicators.OUTPUT_VALUE, "超过600亿元", Period.year(2022), SOURCE, "产值突破600亿元")));
  }

  private static IndustrialChain chain(IndustrialChain.Builder template, String id, String industry) {
    return template
        .id(Identifier.of(id))
        .name(industry + "产业链")
        .industry(Industry.of(industry))
        .build();
  }

  /** 江苏省医疗器械检测所苏州分所 and the enterprises it has tested for. */
  static Organisation suzhouTestingInstitute() {
    return Organisation.builder()
        .id(SUZHOU_TESTING_INSTITUTE)
        .names(Names.builder().official("江苏省医疗器械检测所苏州分所").addShortNames("苏州分所").build())
        .kind(OrganisationKind.SERVICE_PLATFORM)
        .park(SUZHOU_MEDICAL_DEVICE_PARK)
        .addObservation(fig(SUZHOU_TESTING_INSTITUTE, ENTERPRISES_SERVED, JANUARY_2021, "284家", SOURCE, "为284家企业"))
        .addObservation(fig(SUZHOU_TESTING_INSTITUTE, TEST_BATCHES, JANUARY_2021, "3029批次", SOURCE, "3029批次检测"))
        .build();
  }

  /** Adds the article's entities and free-standing figures to {@code dataset}. */
  static void addTo(Dataset.Builder dataset) {
    dataset
        .addParks(suzhouHighTechZone(), suzhouBondedZone())
        .addAllChains(suzhouChains())
        .addOrganisation(suzhouTestingInstitute());
  }
}
