package dev.parkdata.testing;

import static dev.parkdata.testing.FixtureSupport.JANUARY_2021;
import static dev.parkdata.testing.FixtureSupport.fig;
import static dev.parkdata.testing.FixtureSupport.industries;
import static dev.parkdata.testing.FixtureSupport.park;
import static dev.parkdata.testing.Fixtures.AWARDS;
import static dev.parkdata.testing.Fixtures.BAODING_HTZ;
import static dev.parkdata.testing.Fixtures.BAODING_ZHONGGUANCUN;
import static dev.parkdata.testing.Fixtures.EVENTS;
import static dev.parkdata.testing.Fixtures.INTELLECTUAL_PROPERTY;
import static dev.parkdata.testing.Fixtures.NEW_INNOVATION_PLATFORMS;
import static dev.parkdata.testing.Fixtures.NUOWEI;
import static dev.parkdata.testing.Fixtures.PATENT_SUBSIDIES;
import static dev.parkdata.testing.Fixtures.TALENTS;
import static dev.parkdata.testing.Fixtures.VOUCHERS;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.location.Location;
import dev.parkdata.location.Province;
import dev.parkdata.metric.Metric;
import dev.parkdata.model.Identifier;
import dev.parkdata.model.Names;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Period;
import dev.parkdata.organisation.Organisation;
import dev.parkdata.organisation.OrganisationKind;
import dev.parkdata.park.Area;
import dev.parkdata.park.AreaKind;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import dev.parkdata.source.Citation;
import dev.parkdata.source.Source;

/**
 * 科技日报: 京津冀擦出协同创新“火花” 河北保定有个“类中关村”. Models 保定国家高新区 with its support of 2020,
 * 保定·中关村创新中心 with what it drew, and 保定诺未科技 growing in the centre from 2018 to 2021.
 */
final class BaodingZhongguancunCentreArticle {
  private BaodingZhongguancunCentreArticle() {}

  /** The article, the source of every figure here. */
  static final Source SOURCE =
      Source.builder().publisher("科技日报").title("京津冀擦出协同创新“火花” 河北保定有个“类中关村”").build();

  /** See {@link Fixtures#baodingHighTechZone()}. */
  static Park baodingHighTechZone() {
    Period y2020 = Period.year(2020);
    Identifier c = BAODING_ZHONGGUANCUN;
    Park centre =
        park(c, "保定·中关村创新中心", ParkKind.INNOVATION_CENTRE)
            .addArea(Area.builder().kind(AreaKind.FLOOR).metric(Metric.parse("12.4万平方米")).citation(Citation.of(SOURCE, "12.4万平方米新建厂房")).build())
            .addAllLeadingIndustries(industries("新一代信息技术", "高端装备", "生物医药", "科技服务"))
            .addObservation(fig(c, Indicators.ENTERPRISES, JANUARY_2021, "398家", SOURCE, "398家知名企业"))
            .addObservation(fig(c, Indicators.RD_SPENDING, JANUARY_2021, "超过1亿元", SOURCE, "研发投入超过1亿元"))
            .addObservation(fig(c, INTELLECTUAL_PROPERTY, JANUARY_2021, "650余件", SOURCE, "知识产权650余件"))
            .addObservation(fig(c, TALENTS, JANUARY_2021, "4000余位", SOURCE, "人才4000多位"))
            .addObservation(fig(c, EVENTS, JANUARY_2021, "261场", SOURCE, "261场创新活动"))
            .build();
    return park(BAODING_HTZ, "保定国家高新技术产业开发区", ParkKind.HIGH_TECH_ZONE)
        .names(Names.builder().official("保定国家高新技术产业开发区").addShortNames("保定高新区").build())
        .location(Location.of(Province.HEBEI, "保定市"))
        .addSubZone(centre)
        .addObservation(fig(BAODING_HTZ, AWARDS, y2020, "1570万元", SOURCE, "奖励1570万元"))
        .addObservation(fig(BAODING_HTZ, VOUCHERS, y2020, "1373万元", SOURCE, "创新券1373万元"))
        .addObservation(fig(BAODING_HTZ, PATENT_SUBSIDIES, y2020, "790万元", SOURCE, "专利补助790万元"))
        .addObservation(fig(BAODING_HTZ, Indicators.HIGH_TECH_ENTERPRISES, y2020, "299家", SOURCE, "高新技术企业299家"))
        .addObservation(fig(BAODING_HTZ, NEW_INNOVATION_PLATFORMS, y2020, "13家", SOURCE, "新增创新平台13家"))
        .build();
  }

  /** 保定诺未科技有限公司: its space and revenue from 2018 to 2021. */
  static Organisation nuowei() {
    return Organisation.builder()
        .id(NUOWEI)
        .names(Names.builder().official("保定诺未科技有限公司").addShortNames("诺未科技").build())
        .kind(OrganisationKind.COMPANY)
        .park(BAODING_ZHONGGUANCUN)
        .addObservation(fig(NUOWEI, Indicators.FLOOR_AREA, Period.year(2018), "100余平方米", SOURCE, "仅有100多平方米"))
        .addObservation(fig(NUOWEI, Indicators.REVENUE, Period.year(2018), "900余万元", SOURCE, "营业收入900多万元"))
        .addObservation(fig(NUOWEI, Indicators.FLOOR_AREA, Period.year(2019), "1200平方米", SOURCE, "1200平方米的场地"))
        .addObservation(fig(NUOWEI, Indicators.REVENUE, Period.year(2019), "2100万元", SOURCE, "营业收入2100万元"))
        .addObservation(fig(NUOWEI, Indicators.REVENUE, Period.year(2021), "3000万元", SOURCE, "预计可达3000万元"))
        .build();
  }

  /** Adds the article's entities and free-standing figures to {@code dataset}. */
  static void addTo(Dataset.Builder dataset) {
    dataset
        .addParks(baodingHighTechZone())
        .addOrganisation(nuowei());
  }
}
