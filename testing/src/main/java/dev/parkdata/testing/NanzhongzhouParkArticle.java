package dev.parkdata.testing;

import static dev.parkdata.testing.FixtureSupport.JULY_2024;
import static dev.parkdata.testing.FixtureSupport.fig;
import static dev.parkdata.testing.FixtureSupport.goal;
import static dev.parkdata.testing.FixtureSupport.industries;
import static dev.parkdata.testing.FixtureSupport.park;
import static dev.parkdata.testing.Fixtures.APARTMENTS;
import static dev.parkdata.testing.Fixtures.APARTMENT_FLOOR_AREA;
import static dev.parkdata.testing.Fixtures.NANZHONGZHOU;
import static dev.parkdata.testing.Fixtures.OFFICE_SPACE;
import static dev.parkdata.testing.Fixtures.SERVICE_SPACE;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.location.Location;
import dev.parkdata.location.Province;
import dev.parkdata.metric.Metric;
import dev.parkdata.model.Identifier;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Period;
import dev.parkdata.park.Area;
import dev.parkdata.park.AreaKind;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import dev.parkdata.source.Citation;
import dev.parkdata.source.Source;
import java.time.LocalDate;
import java.time.Year;

/**
 * 科技日报: 北京南中轴国际文化科技园：打造科技文化融合发展新地标. Models 北京南中轴国际文化科技园: its
 * enterprises by quarter of 2023 and 2024, its space, its apartments and its goal of output.
 */
final class NanzhongzhouParkArticle {
  private NanzhongzhouParkArticle() {}

  /** The article, the source of every figure here. */
  static final Source SOURCE =
      Source.builder().publisher("科技日报").title("北京南中轴国际文化科技园：打造科技文化融合发展新地标").build();

  /** See {@link Fixtures#nanzhongzhouPark()}. */
  static Park nanzhongzhouPark() {
    Identifier id = NANZHONGZHOU;
    Period endOfJune = Period.asOf(LocalDate.of(2024, 6, 30));
    return park(id, "北京南中轴国际文化科技园", ParkKind.SCIENCE_PARK)
        .location(Location.of(Province.BEIJING))
        .addAllLeadingIndustries(industries("新一代信息技术", "元宇宙"))
        .addArea(Area.builder().kind(AreaKind.FLOOR).metric(Metric.parse("19.5万平方米")).citation(Citation.of(SOURCE, "总建筑面积19.5万平方米")).build())
        .addObservation(fig(id, Indicators.ENTERPRISES, endOfJune, "超过220家", SOURCE, "已聚集超220家"))
        .addObservation(fig(id, Indicators.HIGH_TECH_ENTERPRISES, endOfJune, "超过70家", SOURCE, "超过70家"))
        .addObservation(fig(id, Indicators.SPECIALISED_ENTERPRISES, endOfJune, "4家", SOURCE, "专精特新企业4家"))
        .addObservation(fig(id, Indicators.ENTERPRISES, Period.endOf(Year.of(2023)), "150家", SOURCE, "落地企业150家"))
        .addObservation(fig(id, Indicators.ENTERPRISES, Period.quarter(2024, 1), "180家", SOURCE, "达到180家"))
        .addObservation(fig(id, Indicators.ENTERPRISES, Period.quarter(2024, 2), "220余家", SOURCE, "220多家"))
        .addObservation(fig(id, OFFICE_SPACE, JULY_2024, "约10万平方米", SOURCE, "大约10万平方米"))
        .addObservation(fig(id, SERVICE_SPACE, JULY_2024, "近3万平方米", SOURCE, "近3万平方米"))
        .addObservation(fig(id, APARTMENTS, JULY_2024, "近500套", SOURCE, "近500套"))
        .addObservation(fig(id, APARTMENT_FLOOR_AREA, JULY_2024, "约1.9万平方米", SOURCE, "约1.9万平方米"))
        .addTarget(goal(Indicators.OUTPUT_VALUE, "超过100亿元", null, SOURCE, "年产值超过百亿元"))
        .build();
  }

  /** Adds the article's entities and free-standing figures to {@code dataset}. */
  static void addTo(Dataset.Builder dataset) {
    dataset.addParks(nanzhongzhouPark());
  }
}
