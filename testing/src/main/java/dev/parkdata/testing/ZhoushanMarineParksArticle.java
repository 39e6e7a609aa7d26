package dev.parkdata.testing;

import static dev.parkdata.testing.FixtureSupport.JANUARY_2021;
import static dev.parkdata.testing.FixtureSupport.fig;
import static dev.parkdata.testing.FixtureSupport.park;
import static dev.parkdata.testing.Fixtures.RENOVATED_AREA;
import static dev.parkdata.testing.Fixtures.ZHOUSHAN_PARKS;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.industry.Industry;
import dev.parkdata.location.Location;
import dev.parkdata.location.Province;
import dev.parkdata.metric.Metric;
import dev.parkdata.observation.Indicators;
import dev.parkdata.park.Area;
import dev.parkdata.park.AreaKind;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import dev.parkdata.source.Citation;
import dev.parkdata.source.Source;

/**
 * 科技日报: 浙江舟山两园融合并建项目开工. Models 舟山's two marine innovation parks, built as one: their
 * investment, land, floor space and renovated area.
 */
final class ZhoushanMarineParksArticle {
  private ZhoushanMarineParksArticle() {}

  /** The article, the source of every figure here. */
  static final Source SOURCE =
      Source.builder().publisher("科技日报").title("浙江舟山两园融合并建项目开工").build();

  /** See {@link Fixtures#zhoushanMarineParks()}. */
  static Park zhoushanMarineParks() {
    return park(ZHOUSHAN_PARKS, "舟山人才创业园和舟山现代海洋产业创新服务综合体园区", ParkKind.INCUBATOR)
        .location(Location.of(Province.ZHEJIANG, "舟山市"))
        .addLeadingIndustry(Industry.of("海洋生物"))
        .addArea(Area.builder().kind(AreaKind.LAND).metric(Metric.parse("48.51亩")).citation(Citation.of(SOURCE, "占地面积48.51亩")).build())
        .addArea(Area.builder().kind(AreaKind.FLOOR).metric(Metric.parse("近2万平方米")).citation(Citation.of(SOURCE, "建筑面积近2万平方米")).build())
        .addObservation(fig(ZHOUSHAN_PARKS, Indicators.TOTAL_INVESTMENT, JANUARY_2021, "5000余万元", SOURCE, "总投资5000余万元"))
        .addObservation(fig(ZHOUSHAN_PARKS, RENOVATED_AREA, JANUARY_2021, "8232平方米", SOURCE, "改造面积8232平方米"))
        .build();
  }

  /** Adds the article's entities and free-standing figures to {@code dataset}. */
  static void addTo(Dataset.Builder dataset) {
    dataset.addParks(zhoushanMarineParks());
  }
}
