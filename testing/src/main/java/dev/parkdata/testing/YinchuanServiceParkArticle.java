package dev.parkdata.testing;

import static dev.parkdata.testing.FixtureSupport.JANUARY_2021;
import static dev.parkdata.testing.FixtureSupport.fig;
import static dev.parkdata.testing.FixtureSupport.park;
import static dev.parkdata.testing.Fixtures.REVENUE_GROWTH;
import static dev.parkdata.testing.Fixtures.SERVICES;
import static dev.parkdata.testing.Fixtures.SERVICE_INSTITUTIONS;
import static dev.parkdata.testing.Fixtures.TAX_GROWTH;
import static dev.parkdata.testing.Fixtures.TMALL_NINGXIA;
import static dev.parkdata.testing.Fixtures.YINCHUAN_SERVICE_PARK;
import static dev.parkdata.testing.Fixtures.YUEHAI_BAY;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.industry.Industry;
import dev.parkdata.location.Location;
import dev.parkdata.location.Province;
import dev.parkdata.metric.Metric;
import dev.parkdata.model.Names;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Period;
import dev.parkdata.organisation.Organisation;
import dev.parkdata.organisation.OrganisationKind;
import dev.parkdata.park.Area;
import dev.parkdata.park.AreaKind;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import dev.parkdata.source.Citation;
import dev.parkdata.source.Source;

/**
 * 科技日报: 银川科技服务产业园正式揭牌 为“数字宁夏”注入强劲动力. Models 阅海湾中央商务区 with its growth
 * of 2020 and 银川科技服务产业园 with the first phase's institutions, enterprises and services; and
 * 天猫宁夏电商共享服务中心 in the district, with its land.
 */
final class YinchuanServiceParkArticle {
  private YinchuanServiceParkArticle() {}

  /** The article, the source of every figure here. */
  static final Source SOURCE =
      Source.builder().publisher("科技日报").title("银川科技服务产业园正式揭牌 为“数字宁夏”注入强劲动力").build();

  /** See {@link Fixtures#yuehaiBayCbd()}. */
  static Park yuehaiBayCbd() {
    Period y2020 = Period.year(2020);
    Park servicePark =
        park(YINCHUAN_SERVICE_PARK, "银川科技服务产业园", ParkKind.SCIENCE_PARK)
            .addLeadingIndustry(Industry.of("科技服务"))
            .addArea(Area.builder().kind(AreaKind.LAND).metric(Metric.parse("3500平方米")).citation(Citation.of(SOURCE, "一期占地面积3500平方米")).build())
            .addObservation(fig(YINCHUAN_SERVICE_PARK, SERVICE_INSTITUTIONS, JANUARY_2021, "4家", SOURCE, "4家科技服务机构"))
            .addObservation(fig(YINCHUAN_SERVICE_PARK, Indicators.ENTERPRISES, JANUARY_2021, "5家", SOURCE, "5家科技企业"))
            .addObservation(fig(YINCHUAN_SERVICE_PARK, SERVICES, JANUARY_2021, "160项", SOURCE, "160项科技服务"))
            .build();
    return park(YUEHAI_BAY, "阅海湾中央商务区", ParkKind.OTHER_DEVELOPMENT_ZONE)
        .location(Location.builder().province(Province.NINGXIA).city("银川市").district("金凤区").build())
        .addSubZone(servicePark)
        .addObservation(fig(YUEHAI_BAY, REVENUE_GROWTH, y2020, "超过15%", SOURCE, "同比超过15%"))
        .addObservation(fig(YUEHAI_BAY, TAX_GROWTH, y2020, "超过15%", SOURCE, "税收同比超过15%"))
        .build();
  }

  /** 天猫宁夏电商共享服务中心: its first phase and the area it will grow to. */
  static Organisation tmallNingxia() {
    return Organisation.builder()
        .id(TMALL_NINGXIA)
        .names(Names.of("天猫宁夏电商共享服务中心"))
        .kind(OrganisationKind.SERVICE_PLATFORM)
        .park(YUEHAI_BAY)
        .addObservation(fig(TMALL_NINGXIA, Indicators.LAND_AREA, JANUARY_2021, "1250平方米", SOURCE, "一期占地1250平方米"))
        .addObservation(fig(TMALL_NINGXIA, Indicators.PLANNED_AREA, JANUARY_2021, "7000平方米", SOURCE, "扩建至7000平方米"))
        .build();
  }

  /** Adds the article's entities and free-standing figures to {@code dataset}. */
  static void addTo(Dataset.Builder dataset) {
    dataset
        .addParks(yuehaiBayCbd())
        .addOrganisation(tmallNingxia());
  }
}
