package dev.parkdata.testing;

import static dev.parkdata.testing.FixtureSupport.Y2022;
import static dev.parkdata.testing.FixtureSupport.fig;
import static dev.parkdata.testing.FixtureSupport.industries;
import static dev.parkdata.testing.FixtureSupport.park;
import static dev.parkdata.testing.Fixtures.QINGDAO_HTZ;
import static dev.parkdata.testing.Fixtures.WEIGAO_PARK;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.industry.Industry;
import dev.parkdata.location.Location;
import dev.parkdata.location.Province;
import dev.parkdata.model.Names;
import dev.parkdata.observation.Indicators;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import dev.parkdata.source.Source;

/**
 * 中国高新技术产业导报: 威高国际医疗器械产业园落户青岛高新区. Models 青岛高新区 with the 威高 international
 * medical device park and its investment (2022).
 */
final class WeigaoMedicalDeviceParkArticle {
  private WeigaoMedicalDeviceParkArticle() {}

  /** The article, the source of every figure here. */
  static final Source SOURCE =
      Source.builder().publisher("中国高新技术产业导报").title("威高国际医疗器械产业园落户青岛高新区").build();

  /** See {@link Fixtures#qingdaoHighTechZone()}. */
  static Park qingdaoHighTechZone() {
    Park weigao =
        park(WEIGAO_PARK, "威高国际医疗器械产业园", ParkKind.INDUSTRIAL_PARK)
            .addLeadingIndustry(Industry.of("医疗器械"))
            .addObservation(fig(WEIGAO_PARK, Indicators.TOTAL_INVESTMENT, Y2022, "50亿元", SOURCE, "总投资50亿元"))
            .build();
    return park(QINGDAO_HTZ, "青岛高新技术产业开发区", ParkKind.HIGH_TECH_ZONE)
        .names(Names.builder().official("青岛高新技术产业开发区").addShortNames("青岛高新区").build())
        .location(Location.of(Province.SHANDONG, "青岛市"))
        .addAllLeadingIndustries(industries("生物医药", "医疗器械"))
        .addSubZone(weigao)
        .build();
  }

  /** Adds the article's entities and free-standing figures to {@code dataset}. */
  static void addTo(Dataset.Builder dataset) {
    dataset.addParks(qingdaoHighTechZone());
  }
}
