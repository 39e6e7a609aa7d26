package dev.parkdata.testing;

import static dev.parkdata.testing.FixtureSupport.Y2018;
import static dev.parkdata.testing.FixtureSupport.fig;
import static dev.parkdata.testing.FixtureSupport.of;
import static dev.parkdata.testing.FixtureSupport.park;
import static dev.parkdata.testing.Fixtures.BANKING_INSURANCE_PARK;
import static dev.parkdata.testing.Fixtures.BANKING_PARK_POLICY;
import static dev.parkdata.testing.Fixtures.SHIJINGSHAN;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.dataset.ExternalReference;
import dev.parkdata.industry.Industry;
import dev.parkdata.location.Location;
import dev.parkdata.location.Province;
import dev.parkdata.metric.Metric;
import dev.parkdata.model.EntityKind;
import dev.parkdata.observation.Indicators;
import dev.parkdata.park.Area;
import dev.parkdata.park.AreaKind;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import dev.parkdata.policy.Policy;
import dev.parkdata.source.Citation;
import dev.parkdata.source.Source;
import dev.parkdata.unit.Units;
import java.time.LocalDate;

/**
 * 中国高新技术产业导报: 北京银行保险产业园开园 全力支持首都“高精尖”经济结构. Models 北京银行保险产业园 with
 * its land, floor space and enterprises, and 石景山区's measures for it (2018), whose issuer the
 * dataset declares external.
 */
final class BankingInsuranceParkArticle {
  private BankingInsuranceParkArticle() {}

  /** The article, the source of every figure here. */
  static final Source SOURCE =
      Source.builder().publisher("中国高新技术产业导报").title("北京银行保险产业园开园 全力支持首都“高精尖”经济结构").build();

  /** See {@link Fixtures#beijingBankingInsurancePark()}. */
  static Park beijingBankingInsurancePark() {
    return park(BANKING_INSURANCE_PARK, "北京银行保险产业园", ParkKind.INDUSTRIAL_PARK)
        .location(Location.builder().province(Province.BEIJING).district("石景山区").build())
        .addLeadingIndustry(Industry.of("银行保险"))
        .addArea(Area.builder().kind(AreaKind.PLANNED).metric(of("65", Units.HECTARE)).citation(Citation.of(SOURCE, "规划用地65公顷")).build())
        .addArea(Area.builder().kind(AreaKind.FLOOR).metric(Metric.parse("95万平方米")).citation(Citation.of(SOURCE, "建筑面积95万平方米")).build())
        .addObservation(fig(BANKING_INSURANCE_PARK, Indicators.ENTERPRISES, Y2018, "30余家", SOURCE, "入驻企业30余家"))
        .build();
  }

  /** See {@link Fixtures#beijingBankingParkPolicy()}. */
  static Policy beijingBankingParkPolicy() {
    return Policy.builder()
        .id(BANKING_PARK_POLICY)
        .title("关于加快推动北京银行保险产业园创新发展的若干措施")
        .issuer(SHIJINGSHAN)
        .addAppliesTo(BANKING_INSURANCE_PARK)
        .issued(LocalDate.of(2018, 9, 27))
        .jurisdiction("北京市石景山区")
        .citation(Citation.of(SOURCE))
        .build();
  }

  /** Adds the article's entities and free-standing figures to {@code dataset}. */
  static void addTo(Dataset.Builder dataset) {
    dataset
        .addParks(beijingBankingInsurancePark())
        .addPolicies(beijingBankingParkPolicy())
        .addExternal(ExternalReference.of(SHIJINGSHAN, EntityKind.ORGANISATION, "北京市石景山区"));
  }
}
