package dev.parkdata.testing;

import static dev.parkdata.testing.FixtureSupport.Y2018;
import static dev.parkdata.testing.FixtureSupport.fig;
import static dev.parkdata.testing.FixtureSupport.park;
import static dev.parkdata.testing.Fixtures.CAMP_ENTERPRISES;
import static dev.parkdata.testing.Fixtures.CAMP_SESSIONS;
import static dev.parkdata.testing.Fixtures.EVENTS;
import static dev.parkdata.testing.Fixtures.INCUBATION_CANDIDATES;
import static dev.parkdata.testing.Fixtures.RECOMMENDED_ENTERPRISES;
import static dev.parkdata.testing.Fixtures.SERVICE_INSTITUTIONS;
import static dev.parkdata.testing.Fixtures.XIAN_CAFE_STREET;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.location.Location;
import dev.parkdata.location.Province;
import dev.parkdata.model.Identifier;
import dev.parkdata.model.Names;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import dev.parkdata.source.Source;

/**
 * 中国高新技术产业导报: 西安创业咖啡街区开启2.0升级版. Models 西安创业咖啡街区 in its first year: events,
 * start-up camps and the enterprises through them.
 */
final class XianStartupCafeStreetArticle {
  private XianStartupCafeStreetArticle() {}

  /** The article, the source of every figure here. */
  static final Source SOURCE =
      Source.builder().publisher("中国高新技术产业导报").title("西安创业咖啡街区开启2.0升级版").build();

  /** See {@link Fixtures#xianStartupCafeStreet()}. */
  static Park xianStartupCafeStreet() {
    Identifier id = XIAN_CAFE_STREET;
    return park(id, "西安创业咖啡街区", ParkKind.INNOVATION_CENTRE)
        .names(Names.builder().official("西安创业咖啡街区").addShortNames("嘉会坊").build())
        .location(Location.of(Province.SHAANXI, "西安市"))
        .addObservation(fig(id, EVENTS, Y2018, "60余场", SOURCE, "举办60余场"))
        .addObservation(fig(id, CAMP_SESSIONS, Y2018, "17期", SOURCE, "已开展17期"))
        .addObservation(fig(id, CAMP_ENTERPRISES, Y2018, "503家", SOURCE, "累计503家"))
        .addObservation(fig(id, INCUBATION_CANDIDATES, Y2018, "55家", SOURCE, "意向孵化企业55家"))
        .addObservation(fig(id, RECOMMENDED_ENTERPRISES, Y2018, "43家", SOURCE, "推荐潜力企业43家"))
        .addObservation(fig(id, SERVICE_INSTITUTIONS, Y2018, "30余家", SOURCE, "机构30余家"))
        .build();
  }

  /** Adds the article's entities and free-standing figures to {@code dataset}. */
  static void addTo(Dataset.Builder dataset) {
    dataset.addParks(xianStartupCafeStreet());
  }
}
