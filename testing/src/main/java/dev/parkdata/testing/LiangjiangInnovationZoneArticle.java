package dev.parkdata.testing;

import static dev.parkdata.testing.FixtureSupport.JULY_2024;
import static dev.parkdata.testing.FixtureSupport.fig;
import static dev.parkdata.testing.FixtureSupport.park;
import static dev.parkdata.testing.Fixtures.COMPUTING_POWER;
import static dev.parkdata.testing.Fixtures.INDUSTRY_SHARE;
import static dev.parkdata.testing.Fixtures.LIANGJIANG;
import static dev.parkdata.testing.Fixtures.MINGYUEHU;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.industry.Industry;
import dev.parkdata.location.Location;
import dev.parkdata.location.Province;
import dev.parkdata.observation.Indicators;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import dev.parkdata.source.Source;

/**
 * 科技日报: 重庆两江协同创新区—明月湖 获“算力产业园”授牌. Models 重庆两江协同创新区 with its digital
 * economy enterprises and 明月湖算力产业园 with the computing capacity it offers (2024).
 */
final class LiangjiangInnovationZoneArticle {
  private LiangjiangInnovationZoneArticle() {}

  /** The article, the source of every figure here. */
  static final Source SOURCE =
      Source.builder().publisher("科技日报").title("重庆两江协同创新区—明月湖 获“算力产业园”授牌").build();

  /** See {@link Fixtures#liangjiangInnovationZone()}. */
  static Park liangjiangInnovationZone() {
    Park mingyuehu =
        park(MINGYUEHU, "明月湖算力产业园", ParkKind.INDUSTRY_BASE)
            .addLeadingIndustry(Industry.of("算力"))
            .addObservation(fig(MINGYUEHU, COMPUTING_POWER, JULY_2024, "500PFLOPS以上", SOURCE, "不低于500PFLOPS"))
            .build();
    return park(LIANGJIANG, "重庆两江协同创新区", ParkKind.OTHER_DEVELOPMENT_ZONE)
        .location(Location.of(Province.CHONGQING))
        .addSubZone(mingyuehu)
        .addObservation(
            fig(LIANGJIANG, Indicators.ENTERPRISES, Industry.of("数字经济"), JULY_2024, "47家", SOURCE, "数字经济企业47家"))
        .addObservation(
            fig(LIANGJIANG, INDUSTRY_SHARE, Industry.of("通用人工智能"), JULY_2024, "62%", SOURCE, "占比达62%"))
        .build();
  }

  /** Adds the article's entities and free-standing figures to {@code dataset}. */
  static void addTo(Dataset.Builder dataset) {
    dataset.addParks(liangjiangInnovationZone());
  }
}
