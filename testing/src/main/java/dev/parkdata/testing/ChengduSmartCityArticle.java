package dev.parkdata.testing;

import static dev.parkdata.testing.FixtureSupport.JANUARY_2021;
import static dev.parkdata.testing.FixtureSupport.fig;
import static dev.parkdata.testing.FixtureSupport.park;
import static dev.parkdata.testing.Fixtures.CHENGDU_HTZ;
import static dev.parkdata.testing.Fixtures.INVESTMENT_AMOUNT;
import static dev.parkdata.testing.Fixtures.OPPORTUNITIES;
import static dev.parkdata.testing.Fixtures.SCENARIOS;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.location.Location;
import dev.parkdata.location.Province;
import dev.parkdata.model.Names;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import dev.parkdata.source.Source;

/**
 * 科技日报: 成都高新区发布智慧城市建设机会清单. Models 成都高新区's smart-city opportunity list: its
 * opportunities, the amount and the application scenarios (January 2021).
 */
final class ChengduSmartCityArticle {
  private ChengduSmartCityArticle() {}

  /** The article, the source of every figure here. */
  static final Source SOURCE =
      Source.builder().publisher("科技日报").title("成都高新区发布智慧城市建设机会清单").build();

  /** See {@link Fixtures#chengduHighTechZone()}. */
  static Park chengduHighTechZone() {
    return park(CHENGDU_HTZ, "成都高新技术产业开发区", ParkKind.HIGH_TECH_ZONE)
        .names(Names.builder().official("成都高新技术产业开发区").addShortNames("成都高新区").build())
        .location(Location.of(Province.SICHUAN, "成都市"))
        .addObservation(fig(CHENGDU_HTZ, OPPORTUNITIES, JANUARY_2021, "近50个", SOURCE, "建设清单近50个"))
        .addObservation(fig(CHENGDU_HTZ, INVESTMENT_AMOUNT, JANUARY_2021, "约3亿元", SOURCE, "金额约3亿元"))
        .addObservation(fig(CHENGDU_HTZ, SCENARIOS, JANUARY_2021, "18个", SOURCE, "18个专题应用场景"))
        .build();
  }

  /** Adds the article's entities and free-standing figures to {@code dataset}. */
  static void addTo(Dataset.Builder dataset) {
    dataset.addParks(chengduHighTechZone());
  }
}
