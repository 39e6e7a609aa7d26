package dev.parkdata.testing;

import static dev.parkdata.testing.FixtureSupport.area;
import static dev.parkdata.testing.FixtureSupport.industries;
import static dev.parkdata.testing.FixtureSupport.of;
import static dev.parkdata.testing.Fixtures.BEIJING_FTZ;
import static dev.parkdata.testing.Fixtures.BEIJING_LIFE_SCIENCE_PARK;
import static dev.parkdata.testing.Fixtures.BUSINESS_SERVICES_AREA;
import static dev.parkdata.testing.Fixtures.CLINICAL_TRIALS;
import static dev.parkdata.testing.Fixtures.HIGH_END_INDUSTRY_AREA;
import static dev.parkdata.testing.Fixtures.TECHNOLOGY_INNOVATION_AREA;
import static dev.parkdata.testing.Fixtures.TIANZHU_BONDED_ZONE;
import static dev.parkdata.testing.Fixtures.ZHONGGUANCUN;
import static dev.parkdata.testing.Fixtures.ZHONGGUANCUN_SCIENCE_CITY;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.industry.Industry;
import dev.parkdata.location.Location;
import dev.parkdata.location.Province;
import dev.parkdata.metric.Metric;
import dev.parkdata.metric.Qualifier;
import dev.parkdata.model.Names;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.observation.Target;
import dev.parkdata.park.Approval;
import dev.parkdata.park.ApprovalLevel;
import dev.parkdata.park.Area;
import dev.parkdata.park.AreaKind;
import dev.parkdata.park.Composition;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import dev.parkdata.source.Citation;
import dev.parkdata.source.Source;
import dev.parkdata.unit.Unit;
import dev.parkdata.unit.Units;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * 北京商报, 姚倩 and 濮振宇, 2021-01-16: 科技创新片区：双轮驱动的科创“大脑” (the third of the paper's
 * series on the Beijing free trade zone). Models the China (Beijing) pilot free trade zone with its
 * three areas, the technology innovation area being exactly 中关村科学城 and the space around
 * 北京生命科学园 with their enterprises and the life science park's goal of clinical trials; and
 * the catalogue's entry of 中关村科技园区, the zone those two belong to.
 */
final class BeijingFreeTradeZoneArticle {
  private BeijingFreeTradeZoneArticle() {}

  /** The article, the source of every figure here. */
  static final Source SOURCE =
      Source.builder()
          .publisher("北京商报")
          .title("科技创新片区：双轮驱动的科创“大脑”")
          .published(LocalDate.of(2021, 1, 16))
          .addAuthors("姚倩", "濮振宇")
          .build();

  /** See {@link Fixtures#beijingFreeTradeZone()}. */
  static Park beijingFreeTradeZone() {
    Park scienceCity =
        Park.builder()
            .id(ZHONGGUANCUN_SCIENCE_CITY)
            .names(Names.builder().official("中关村科学城").traditional("中關村科學城").build())
            .kind(ParkKind.SCIENCE_CITY)
            .location(Location.builder().province(Province.BEIJING).district("海淀区").build())
            .addArea(area(AreaKind.TOTAL, "21.59", SOURCE))
            .parent(ZHONGGUANCUN)
            .addObservation(
                Observation.builder()
                    .subject(ZHONGGUANCUN_SCIENCE_CITY)
                    .indicator(Indicators.ENTERPRISES)
                    .period(Period.asOf(LocalDate.of(2021, 1, 16)))
                    .metric(of("2", Unit.parse("万家"), Qualifier.OVER))
                    .citation(Citation.of(SOURCE, "2萬餘家"))
                    .build())
            .addObservation(
                Observation.builder()
                    .subject(ZHONGGUANCUN_SCIENCE_CITY)
                    .indicator(Indicators.ABOVE_SIZE_ENTERPRISES)
                    .period(Period.asOf(LocalDate.of(2021, 1, 16)))
                    .metric(of("231", Units.JIA))
                    .citation(Citation.of(SOURCE, "231家"))
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
            .addArea(area(AreaKind.TOTAL, "10.26", SOURCE))
            .parent(ZHONGGUANCUN)
            .addLeadingIndustry(Industry.of("医药健康"))
            .addObservation(
                Observation.builder()
                    .subject(BEIJING_LIFE_SCIENCE_PARK)
                    .indicator(Indicators.ENTERPRISES)
                    .industry(Industry.of("医药健康"))
                    .period(Period.asOf(LocalDate.of(2021, 1, 16)))
                    .metric(of("440", Units.JIA, Qualifier.OVER))
                    .citation(Citation.of(SOURCE, "440多家"))
                    .build())
            .addTarget(
                Target.builder()
                    .indicator(CLINICAL_TRIALS)
                    .threshold(Metric.parse("400-600个"))
                    .description("每年，国际研究型医院运营后")
                    .citation(Citation.of(SOURCE, "每年400-600個臨床試驗"))
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
            .addArea(area(AreaKind.TOTAL, "31.85", SOURCE))
            .addArea(area(AreaKind.APPROVED, "31.85", SOURCE))
            .addAllLeadingIndustries(industries("新一代信息技术", "生物与健康", "科技服务"))
            .addSubZones(scienceCity, lifeSciencePark)
            .composition(Composition.EXACT)
            .build();
    Park tianzhu =
        Park.builder()
            .id(TIANZHU_BONDED_ZONE)
            .names(Names.of("北京天竺综合保税区"))
            .kind(ParkKind.CUSTOMS_SUPERVISION_AREA)
            .addArea(area(AreaKind.APPROVED, "5.466", SOURCE))
            .build();
    Park businessServices =
        Park.builder()
            .id(BUSINESS_SERVICES_AREA)
            .names(Names.builder().official("国际商务服务片区").traditional("國際商務服務片區").build())
            .kind(ParkKind.FREE_TRADE_ZONE_AREA)
            .addArea(area(AreaKind.APPROVED, "48.34", SOURCE))
            .addSubZone(tianzhu)
            .build();
    Park highEndIndustry =
        Park.builder()
            .id(HIGH_END_INDUSTRY_AREA)
            .names(Names.builder().official("高端产业片区").traditional("高端產業片區").build())
            .kind(ParkKind.FREE_TRADE_ZONE_AREA)
            .addArea(area(AreaKind.APPROVED, "39.49", SOURCE))
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
        .addArea(area(AreaKind.APPROVED, "119.68", SOURCE))
        .addSubZones(technologyInnovation, businessServices, highEndIndustry)
        .composition(Composition.EXACT)
        .build();
  }

  /** See {@link Fixtures#zhongguancun()}. */
  static Park zhongguancun() {
    return Park.builder()
        .id(ZHONGGUANCUN)
        .names(Names.builder().official("中关村科技园区").addShortNames("中关村").build())
        .kind(ParkKind.HIGH_TECH_ZONE)
        .addApproval(Approval.of(ApprovalLevel.STATE_COUNCIL, YearMonth.of(1988, 5)))
        .location(Location.builder().province(Province.BEIJING).divisionCode("11").build())
        .addArea(NationalCatalogue.approvedArea("23252.29"))
        .addAllLeadingIndustries(industries("电子信息", "智能制造", "节能环保"))
        .build();
  }

  /** Adds the article's entities and free-standing figures to {@code dataset}. */
  static void addTo(Dataset.Builder dataset) {
    dataset.addParks(beijingFreeTradeZone(), zhongguancun());
  }
}
