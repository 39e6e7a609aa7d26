package dev.parkdata.testing;

import static dev.parkdata.testing.FixtureSupport.Y2018;
import static dev.parkdata.testing.FixtureSupport.fig;
import static dev.parkdata.testing.FixtureSupport.industries;
import static dev.parkdata.testing.FixtureSupport.of;
import static dev.parkdata.testing.FixtureSupport.park;
import static dev.parkdata.testing.Fixtures.BIOMEDICINE;
import static dev.parkdata.testing.Fixtures.ENTERPRISES_OVER_100M;
import static dev.parkdata.testing.Fixtures.INDUSTRY_CONTRIBUTION_SHARE;
import static dev.parkdata.testing.Fixtures.LOCAL_FISCAL_REVENUE;
import static dev.parkdata.testing.Fixtures.NATIONAL_HIGH_TECH_ZONES;
import static dev.parkdata.testing.Fixtures.RECOGNISED_CLUSTERS;
import static dev.parkdata.testing.Fixtures.YANGLING;
import static dev.parkdata.testing.Fixtures.ZHONGSHAN_HEALTH_PARK;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.dataset.ExternalReference;
import dev.parkdata.industry.Industry;
import dev.parkdata.location.Location;
import dev.parkdata.location.Province;
import dev.parkdata.model.EntityKind;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import dev.parkdata.source.Citation;
import dev.parkdata.source.Source;
import dev.parkdata.unit.Units;
import java.time.Year;
import java.util.List;

/**
 * 中国高新技术产业导报: 国家高新区生物医药产业集群强势崛起. Models the biomedicine figures of all national
 * high-tech zones (free-standing, about an external aggregate), the economy of 杨凌 from 1997 to
 * 2017, and 中山's national health industry park.
 */
final class BiomedicineClustersArticle {
  private BiomedicineClustersArticle() {}

  /** The article, the source of every figure here. */
  static final Source SOURCE =
      Source.builder().publisher("中国高新技术产业导报").title("国家高新区生物医药产业集群强势崛起").build();

  /** See {@link Fixtures#yanglingDemonstrationZone()}. */
  static Park yanglingDemonstrationZone() {
    Period y1997 = Period.year(1997);
    Period y2017 = Period.year(2017);
    return park(YANGLING, "杨凌农业高新技术产业示范区", ParkKind.HIGH_TECH_ZONE)
        .location(Location.of(Province.SHAANXI))
        .addLeadingIndustry(Industry.of("生物"))
        .addObservation(fig(YANGLING, Indicators.GDP, y1997, "3.83亿元", SOURCE, "生产总值从3.83亿元"))
        .addObservation(fig(YANGLING, Indicators.GDP, y2017, "141.27亿元", SOURCE, "增加到141.27亿元"))
        .addObservation(fig(YANGLING, Indicators.FISCAL_REVENUE, y1997, "1407万元", SOURCE, "财政总收入从1407万元"))
        .addObservation(fig(YANGLING, Indicators.FISCAL_REVENUE, y2017, "21.08亿元", SOURCE, "增加到21.08亿元"))
        .addObservation(fig(YANGLING, LOCAL_FISCAL_REVENUE, y1997, "0.11亿元", SOURCE, "地方财政收入从0.11亿元"))
        .addObservation(fig(YANGLING, LOCAL_FISCAL_REVENUE, y2017, "9.91亿元", SOURCE, "增加到9.91亿元"))
        .addObservation(
            fig(YANGLING, INDUSTRY_CONTRIBUTION_SHARE, Industry.of("生物"), y2017, "80%", SOURCE, "贡献达80%"))
        .build();
  }

  /** See {@link Fixtures#zhongshanHealthPark()}. */
  static Park zhongshanHealthPark() {
    return park(ZHONGSHAN_HEALTH_PARK, "中山火炬高新区国家健康基地", ParkKind.INDUSTRY_BASE)
        .location(Location.of(Province.GUANGDONG, "中山市"))
        .addAllLeadingIndustries(industries("生物医药", "医疗器械", "保健食品化妆品", "健康服务业"))
        .addObservation(fig(ZHONGSHAN_HEALTH_PARK, Indicators.ENTERPRISES, Period.year(2017), "300家", SOURCE, "落户企业300家"))
        .addObservation(fig(ZHONGSHAN_HEALTH_PARK, Indicators.OUTPUT_VALUE, Period.year(2017), "377亿元", SOURCE, "科工贸产值377亿元"))
        .build();
  }

  /**
   * The figures of all national high-tech zones' biomedicine industry, free-standing observations
   * about {@link Fixtures#NATIONAL_HIGH_TECH_ZONES}, which the dataset declares external.
   */
  static List<Observation> nationalFigures() {
    return List.of(
        fig(NATIONAL_HIGH_TECH_ZONES, ENTERPRISES_OVER_100M, BIOMEDICINE, Period.endOf(Year.of(2017)),
            "2158家", SOURCE, "营收超亿元的企业2158家"),
        fig(NATIONAL_HIGH_TECH_ZONES, RECOGNISED_CLUSTERS, BIOMEDICINE, Y2018, "21个",
            SOURCE, "三批21个"),
        Observation.builder()
            .subject(NATIONAL_HIGH_TECH_ZONES)
            .indicator(Indicators.HIGH_TECH_ENTERPRISES)
            .industry(BIOMEDICINE)
            .period(Period.endOf(Year.of(2017)))
            .metric(of("3898", Units.JIA))
            .citation(Citation.of(SOURCE, "高新技术企业3898家"))
            .build(),
        Observation.builder()
            .subject(NATIONAL_HIGH_TECH_ZONES)
            .indicator(Indicators.UNICORN_ENTERPRISES)
            .industry(BIOMEDICINE)
            .period(Period.endOf(Year.of(2017)))
            .metric(of("14", Units.JIA))
            .citation(Citation.of(SOURCE, "14家独角兽"))
            .build());
  }

  /** Adds the article's entities and free-standing figures to {@code dataset}. */
  static void addTo(Dataset.Builder dataset) {
    dataset
        .addParks(yanglingDemonstrationZone(), zhongshanHealthPark())
        .addAllObservations(nationalFigures())
        .addExternal(ExternalReference.of(NATIONAL_HIGH_TECH_ZONES, EntityKind.PARK, "国家高新区"));
  }
}
