package dev.parkdata.testing;

import static dev.parkdata.testing.FixtureSupport.Y2022;
import static dev.parkdata.testing.FixtureSupport.fig;
import static dev.parkdata.testing.FixtureSupport.park;
import static dev.parkdata.testing.Fixtures.CHANGPING_FUND;
import static dev.parkdata.testing.Fixtures.INVESTMENT_AMOUNT;
import static dev.parkdata.testing.Fixtures.INVESTMENT_PROJECTS;
import static dev.parkdata.testing.Fixtures.LIFE_VALLEY;
import static dev.parkdata.testing.Fixtures.OUTPUT_GROWTH;
import static dev.parkdata.testing.Fixtures.REVENUE_GROWTH;
import static dev.parkdata.testing.Fixtures.SUB_FUNDS;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.industry.Industry;
import dev.parkdata.location.Location;
import dev.parkdata.location.Province;
import dev.parkdata.model.Names;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Period;
import dev.parkdata.organisation.Organisation;
import dev.parkdata.organisation.OrganisationKind;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import dev.parkdata.source.Source;
import java.time.Year;

/**
 * 中国高新技术产业导报: 北京昌平打造医药健康产业“发动机”. Models 生命谷 with its medicine and health
 * figures of 2021, and 昌平's industry fund with its sub-funds and investments (2022).
 */
final class ChangpingHealthIndustryArticle {
  private ChangpingHealthIndustryArticle() {}

  /** The article, the source of every figure here. */
  static final Source SOURCE =
      Source.builder().publisher("中国高新技术产业导报").title("北京昌平打造医药健康产业“发动机”").build();

  /** See {@link Fixtures#lifeValley()}. */
  static Park lifeValley() {
    Industry health = Industry.of("医药健康");
    Period y2021 = Period.year(2021);
    return park(LIFE_VALLEY, "生命谷", ParkKind.SCIENCE_CITY)
        .location(Location.builder().province(Province.BEIJING).district("昌平区").build())
        .addLeadingIndustry(health)
        .addObservation(fig(LIFE_VALLEY, Indicators.REVENUE, health, y2021, "717亿元", SOURCE, "收入717亿元"))
        .addObservation(fig(LIFE_VALLEY, Indicators.OUTPUT_VALUE, health, y2021, "281亿元", SOURCE, "产值281亿元"))
        .addObservation(fig(LIFE_VALLEY, REVENUE_GROWTH, health, y2021, "22%", SOURCE, "增长22%"))
        .addObservation(fig(LIFE_VALLEY, OUTPUT_GROWTH, health, y2021, "31.5%", SOURCE, "31.5%"))
        .build();
  }

  /** 昌平产业发展母基金: its sub-funds and investments (2022). */
  static Organisation changpingFund() {
    return Organisation.builder()
        .id(CHANGPING_FUND)
        .names(Names.of("昌平产业发展母基金"))
        .kind(OrganisationKind.FUND)
        .founded(Year.of(2022))
        .addObservation(fig(CHANGPING_FUND, SUB_FUNDS, Y2022, "40余家", SOURCE, "子基金40余家"))
        .addObservation(fig(CHANGPING_FUND, INVESTMENT_PROJECTS, Y2022, "近1000个", SOURCE, "项目近1000个"))
        .addObservation(fig(CHANGPING_FUND, INVESTMENT_AMOUNT, Y2022, "近28亿元", SOURCE, "金额近28亿元"))
        .build();
  }

  /** Adds the article's entities and free-standing figures to {@code dataset}. */
  static void addTo(Dataset.Builder dataset) {
    dataset
        .addParks(lifeValley())
        .addOrganisation(changpingFund());
  }
}
