package dev.parkdata.testing;

import static dev.parkdata.testing.FixtureSupport.goal;
import static dev.parkdata.testing.FixtureSupport.park;
import static dev.parkdata.testing.Fixtures.CO2_AVOIDED;
import static dev.parkdata.testing.Fixtures.COAL_SAVED;
import static dev.parkdata.testing.Fixtures.GREEN_POWER;
import static dev.parkdata.testing.Fixtures.PV_CAPACITY_ADDED;
import static dev.parkdata.testing.Fixtures.STORAGE_CAPACITY;
import static dev.parkdata.testing.Fixtures.ZHUHAI_HTZ;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.industry.Industry;
import dev.parkdata.location.Location;
import dev.parkdata.location.Province;
import dev.parkdata.model.Names;
import dev.parkdata.observation.Period;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import dev.parkdata.source.Source;

/**
 * 中国高新技术产业导报: 珠海高新区与华发集团共建光伏绿色能源科技园. Models 珠海高新区's photovoltaic and
 * storage goals for the 14th five-year plan and what they would save.
 */
final class ZhuhaiPhotovoltaicParkArticle {
  private ZhuhaiPhotovoltaicParkArticle() {}

  /** The article, the source of every figure here. */
  static final Source SOURCE =
      Source.builder().publisher("中国高新技术产业导报").title("珠海高新区与华发集团共建光伏绿色能源科技园").build();

  /** See {@link Fixtures#zhuhaiHighTechZone()}. */
  static Park zhuhaiHighTechZone() {
    Period plan = Period.fiveYearPlan(14);
    return park(ZHUHAI_HTZ, "珠海高新技术产业开发区", ParkKind.HIGH_TECH_ZONE)
        .names(Names.builder().official("珠海高新技术产业开发区").addShortNames("珠海高新区").build())
        .location(Location.of(Province.GUANGDONG, "珠海市"))
        .addLeadingIndustry(Industry.of("新能源"))
        .addTarget(goal(PV_CAPACITY_ADDED, "约1吉瓦", plan, SOURCE, "新增装机约1GW"))
        .addTarget(goal(STORAGE_CAPACITY, "500兆瓦时", plan, SOURCE, "500MWh规模"))
        .addTarget(goal(GREEN_POWER, "约11亿千瓦时", null, SOURCE, "绿电约11亿度"))
        .addTarget(goal(COAL_SAVED, "33万吨", null, SOURCE, "节约标准煤33万吨"))
        .addTarget(goal(CO2_AVOIDED, "约91万吨", null, SOURCE, "年排放量约91万吨"))
        .build();
  }

  /** Adds the article's entities and free-standing figures to {@code dataset}. */
  static void addTo(Dataset.Builder dataset) {
    dataset.addParks(zhuhaiHighTechZone());
  }
}
