package dev.parkdata.testing;

import static dev.parkdata.testing.FixtureSupport.fig;
import static dev.parkdata.testing.FixtureSupport.of;
import static dev.parkdata.testing.Fixtures.QIANHAI;
import static dev.parkdata.testing.Fixtures.QIANHAI_AUTHORITY;
import static dev.parkdata.testing.Fixtures.QIANHAI_SCI_TECH_POLICY;
import static dev.parkdata.testing.Fixtures.REVENUE_GROWTH;
import static dev.parkdata.testing.Fixtures.TOP_TEN_REVENUE_GROWTH;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.industry.Industry;
import dev.parkdata.location.Location;
import dev.parkdata.location.Province;
import dev.parkdata.metric.Qualifier;
import dev.parkdata.model.Names;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.organisation.Organisation;
import dev.parkdata.organisation.OrganisationKind;
import dev.parkdata.park.Management;
import dev.parkdata.park.ManagementRole;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import dev.parkdata.policy.Measure;
import dev.parkdata.policy.MeasureKind;
import dev.parkdata.policy.MeasurePeriod;
import dev.parkdata.policy.Policy;
import dev.parkdata.policy.Rate;
import dev.parkdata.source.Citation;
import dev.parkdata.source.Source;
import dev.parkdata.unit.Unit;
import dev.parkdata.unit.Units;
import java.time.YearMonth;

/**
 * 科技日报: 深圳前海深港现代服务业合作区 发布科技创新办法. Models the Qianhai cooperation zone with the
 * growth of its science and technology services in 2024, its authority, and the authority's
 * science and technology measures with their caps and rate.
 */
final class QianhaiSciTechMeasuresArticle {
  private QianhaiSciTechMeasuresArticle() {}

  /** The article, the source of every figure here. */
  static final Source SOURCE =
      Source.builder().publisher("科技日报").title("深圳前海深港现代服务业合作区 发布科技创新办法").build();

  /** See {@link Fixtures#qianhaiCooperationZone()}. */
  static Park qianhaiCooperationZone() {
    return Park.builder()
        .id(QIANHAI)
        .names(Names.builder().official("前海深港现代服务业合作区").addShortNames("前海合作区").build())
        .kind(ParkKind.COOPERATION_ZONE)
        .location(Location.of(Province.GUANGDONG, "深圳市"))
        .addManagement(Management.of(ManagementRole.ADMINISTRATIVE_COMMITTEE, QIANHAI_AUTHORITY))
        .addObservation(
            Observation.builder()
                .subject(QIANHAI)
                .indicator(REVENUE_GROWTH)
                .industry(Industry.of("科技服务业"))
                .period(Period.months(YearMonth.of(2024, 1), YearMonth.of(2024, 5)))
                .metric(of("21.6", Units.PERCENT))
                .citation(Citation.of(SOURCE, "同比增长21.6%"))
                .build())
        .addObservation(
            fig(QIANHAI, TOP_TEN_REVENUE_GROWTH, Industry.of("科技服务业"),
                Period.months(YearMonth.of(2024, 1), YearMonth.of(2024, 5)), "50.9%", SOURCE, "前十强增长50.9%"))
        .build();
  }

  /** See {@link Fixtures#qianhaiAuthority()}. */
  static Organisation qianhaiAuthority() {
    return Organisation.builder()
        .id(QIANHAI_AUTHORITY)
        .names(Names.builder().official("深圳市前海管理局").addShortNames("前海管理局").build())
        .kind(OrganisationKind.GOVERNMENT_BODY)
        .location(Location.of(Province.GUANGDONG, "深圳市"))
        .build();
  }

  /** See {@link Fixtures#qianhaiSciTechPolicy()}. */
  static Policy qianhaiSciTechPolicy() {
    Unit wanYuan = Units.WAN_YUAN;
    return Policy.builder()
        .id(QIANHAI_SCI_TECH_POLICY)
        .title("深圳市前海深港现代服务业合作区管理局支持科技创新实施办法")
        .issuer(QIANHAI_AUTHORITY)
        .addAppliesTo(QIANHAI)
        .citation(Citation.of(SOURCE))
        .addMeasure(
            Measure.builder()
                .kind(MeasureKind.SUBSIDY)
                .amount(of("2000", wanYuan, Qualifier.AT_MOST))
                .period(MeasurePeriod.PER_YEAR)
                .eligibility("a single qualifying science and technology enterprise or institution operating in the zone")
                .build())
        .addMeasure(
            Measure.builder()
                .kind(MeasureKind.SUBSIDY)
                .description("joint laboratories and innovation centres with Hong Kong or Macao universities")
                .amount(of("500", wanYuan, Qualifier.AT_MOST))
                .period(MeasurePeriod.PER_YEAR)
                .build())
        .addMeasure(
            Measure.builder()
                .kind(MeasureKind.SUBSIDY)
                .description("new research institutions")
                .rate(Rate.of(of("20", Units.PERCENT), Indicators.RD_SPENDING))
                .amount(of("1000", wanYuan, Qualifier.AT_MOST))
                .build())
        .addMeasure(
            Measure.builder()
                .kind(MeasureKind.AWARD)
                .description("laboratories and innovation centres set up in Hong Kong or Macao")
                .amount(of("100", wanYuan, Qualifier.AT_LEAST))
                .period(MeasurePeriod.ONE_OFF)
                .build())
        .addMeasure(
            Measure.builder()
                .kind(MeasureKind.SUBSIDY)
                .description("R&D institutions set up by Hong Kong, Macao or foreign investors")
                .amount(of("100", wanYuan, Qualifier.AT_MOST))
                .build())
        .build();
  }

  /** Adds the article's entities and free-standing figures to {@code dataset}. */
  static void addTo(Dataset.Builder dataset) {
    dataset
        .addParks(qianhaiCooperationZone())
        .addPolicies(qianhaiSciTechPolicy())
        .addOrganisation(qianhaiAuthority());
  }
}
