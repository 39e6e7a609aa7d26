package dev.parkdata.testing;

import static dev.parkdata.testing.FixtureSupport.JULY_2024;
import static dev.parkdata.testing.FixtureSupport.fig;
import static dev.parkdata.testing.FixtureSupport.industries;
import static dev.parkdata.testing.FixtureSupport.of;
import static dev.parkdata.testing.FixtureSupport.park;
import static dev.parkdata.testing.Fixtures.BIOMEDICINE;
import static dev.parkdata.testing.Fixtures.HAOTIAN;
import static dev.parkdata.testing.Fixtures.INJECTION_CAPACITY;
import static dev.parkdata.testing.Fixtures.JISHI;
import static dev.parkdata.testing.Fixtures.LANZHOU_BIOMEDICINE_BASE;
import static dev.parkdata.testing.Fixtures.LANZHOU_BIOMEDICINE_CLUSTER;
import static dev.parkdata.testing.Fixtures.LANZHOU_BIOMEDICINE_PARK;
import static dev.parkdata.testing.Fixtures.LANZHOU_HIGH_TECH_INVESTMENT;
import static dev.parkdata.testing.Fixtures.LANZHOU_HTZ;
import static dev.parkdata.testing.Fixtures.SETTLING_IN_TIME;
import static dev.parkdata.testing.Fixtures.SINOPHARM_NORTHWEST_PARK;

import dev.parkdata.cluster.Cluster;
import dev.parkdata.dataset.Dataset;
import dev.parkdata.location.Location;
import dev.parkdata.location.Province;
import dev.parkdata.metric.Qualifier;
import dev.parkdata.model.Names;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.organisation.Organisation;
import dev.parkdata.organisation.OrganisationKind;
import dev.parkdata.park.Approval;
import dev.parkdata.park.ApprovalLevel;
import dev.parkdata.park.Designation;
import dev.parkdata.park.Management;
import dev.parkdata.park.ManagementRole;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import dev.parkdata.source.Citation;
import dev.parkdata.source.Source;
import dev.parkdata.unit.Units;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;

/**
 * 科技日报: 兰州高新区为生物医药产业注入向“新”力. Models 兰州高新区 (G622052) with its catalogue entry,
 * its biomedicine base, park and 国药 park and the biomedicine projects under way; the zone's
 * biomedicine cluster; and the cluster's two member enterprises and the base's operator.
 */
final class LanzhouHighTechZoneArticle {
  private LanzhouHighTechZoneArticle() {}

  /** The article, the source of every figure here. */
  static final Source SOURCE =
      Source.builder().publisher("科技日报").title("兰州高新区为生物医药产业注入向“新”力").build();

  /** See {@link Fixtures#lanzhouHighTechZone()}. */
  static Park lanzhouHighTechZone() {
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
                    .citation(Citation.of(SOURCE))
                    .build())
            .addManagement(Management.of(ManagementRole.OPERATOR, LANZHOU_HIGH_TECH_INVESTMENT))
            .addObservation(fig(LANZHOU_BIOMEDICINE_BASE, SETTLING_IN_TIME, JULY_2024, "不到7个工作日", SOURCE, "仅需不到7个工作日"))
            .build();
    Park sinopharm =
        park(SINOPHARM_NORTHWEST_PARK, "国药集团中国生物(西北)健康科技产业园", ParkKind.INDUSTRIAL_PARK)
            .addLeadingIndustry(BIOMEDICINE)
            .addObservation(fig(SINOPHARM_NORTHWEST_PARK, Indicators.TOTAL_INVESTMENT, JULY_2024, "55亿元", SOURCE, "总投资55亿元"))
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
        .addArea(NationalCatalogue.approvedArea("1496.0"))
        .addAllLeadingIndustries(industries("生物医药", "电子信息", "新材料", "新能源"))
        .addSubZones(base, biomedicinePark, sinopharm)
        .addObservation(fig(LANZHOU_HTZ, Indicators.TOTAL_INVESTMENT, BIOMEDICINE, JULY_2024, "90.2亿元", SOURCE, "在建项目总投资达90.2亿元"))
        .addObservation(
            Observation.builder()
                .subject(LANZHOU_HTZ)
                .indicator(Indicators.PROJECTS)
                .industry(BIOMEDICINE)
                .period(Period.year(2021))
                .metric(of("7", Units.GE))
                .citation(Citation.of(SOURCE, "项目7个"))
                .build())
        .addObservation(
            Observation.builder()
                .subject(LANZHOU_HTZ)
                .indicator(Indicators.TOTAL_INVESTMENT)
                .industry(BIOMEDICINE)
                .period(Period.year(2021))
                .metric(of("62.4", Units.YI_YUAN))
                .citation(Citation.of(SOURCE, "投资总额62.4亿元"))
                .build())
        .build();
  }

  /** See {@link Fixtures#lanzhouBiomedicineCluster()}. */
  static Cluster lanzhouBiomedicineCluster() {
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
                .citation(Citation.of(SOURCE, "200多家"))
                .build())
        .addObservation(
            Observation.builder()
                .subject(LANZHOU_BIOMEDICINE_CLUSTER)
                .indicator(Indicators.OUTPUT_VALUE)
                .period(now)
                .metric(of("200", Units.YI_YUAN, Qualifier.AT_LEAST))
                .citation(Citation.of(SOURCE, "200亿元以上"))
                .build())
        .build();
  }

  /** See {@link Fixtures#lanzhouOrganisations()}. */
  static List<Organisation> lanzhouOrganisations() {
    return List.of(
        Organisation.builder()
            .id(JISHI)
            .names(Names.builder().official("兰州积石药业有限公司").addShortNames("积石药业").build())
            .kind(OrganisationKind.COMPANY)
            .park(LANZHOU_HTZ)
            .addObservation(fig(JISHI, Indicators.LAND_AREA, JULY_2024, "约1100平方米", SOURCE, "占地约1100平方米"))
            .addObservation(fig(JISHI, Indicators.FLOOR_AREA, JULY_2024, "约10000平方米", SOURCE, "总面积约10000平方米"))
            .addObservation(fig(JISHI, INJECTION_CAPACITY, JULY_2024, "2000万支", SOURCE, "2000万支高端注射剂"))
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

  /** Adds the article's entities and free-standing figures to {@code dataset}. */
  static void addTo(Dataset.Builder dataset) {
    dataset
        .addParks(lanzhouHighTechZone())
        .addCluster(lanzhouBiomedicineCluster())
        .addAllOrganisations(lanzhouOrganisations());
  }
}
