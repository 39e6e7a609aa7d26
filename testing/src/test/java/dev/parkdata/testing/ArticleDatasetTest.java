package dev.parkdata.testing;

import static dev.parkdata.testing.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parkdata.chain.IndustrialChain;
import dev.parkdata.dataset.Dataset;
import dev.parkdata.industry.Industry;
import dev.parkdata.metric.Metric;
import dev.parkdata.metric.Qualifier;
import dev.parkdata.model.EntityKind;
import dev.parkdata.model.Identifier;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.observation.Target;
import dev.parkdata.park.AreaKind;
import dev.parkdata.park.Composition;
import dev.parkdata.park.Park;
import dev.parkdata.policy.Measure;
import dev.parkdata.policy.MeasurePeriod;
import dev.parkdata.policy.Policy;
import dev.parkdata.unit.Units;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ArticleDatasetTest {
  private final Dataset dataset = Fixtures.dataset();

  private static BigDecimal squareKilometres(Park park) {
    Metric area =
        park.area(AreaKind.TOTAL).or(() -> park.area(AreaKind.APPROVED)).orElseThrow();
    return Units.SQUARE_KILOMETRE.equals(area.unit())
        ? area.value()
        : area.unit().convertExact(area.value(), Units.SQUARE_KILOMETRE);
  }

  private static BigDecimal sumOfSubZones(Park park) {
    return park.subZones().stream()
        .map(ArticleDatasetTest::squareKilometres)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static List<Identifier> ids(List<Park> parks) {
    return parks.stream().map(Park::id).collect(Collectors.toList());
  }

  @Test
  void beijingFreeTradeZoneConsistsOfExactlyItsThreeAreas() {
    Park ftz = dataset.park(BEIJING_FTZ).orElseThrow();
    assertThat(ftz.composition()).isEqualTo(Composition.EXACT);
    assertThat(ids(ftz.subZones()))
        .containsExactly(TECHNOLOGY_INNOVATION_AREA, BUSINESS_SERVICES_AREA, HIGH_END_INDUSTRY_AREA);
    assertThat(ftz.area(AreaKind.APPROVED).orElseThrow().value())
        .isEqualByComparingTo(sumOfSubZones(ftz));
    assertThat(ftz.area(AreaKind.PLANNED)).isEmpty();
  }

  @Test
  void technologyInnovationAreaIsScienceCityPlusLifeSciencePark() {
    Park area = dataset.park(TECHNOLOGY_INNOVATION_AREA).orElseThrow();
    assertThat(area.composition()).isEqualTo(Composition.EXACT);
    assertThat(ids(area.subZones()))
        .containsExactly(ZHONGGUANCUN_SCIENCE_CITY, BEIJING_LIFE_SCIENCE_PARK);
    assertThat(squareKilometres(area)).isEqualByComparingTo("31.85");
    assertThat(sumOfSubZones(area)).isEqualByComparingTo("31.85");
    assertThat(area.names().traditional()).contains("科技創新片區");
  }

  @Test
  void businessServicesAreaHoldsTheBondedZoneAmongOtherLand() {
    Park area = dataset.park(BUSINESS_SERVICES_AREA).orElseThrow();
    assertThat(area.composition()).isEqualTo(Composition.PARTIAL);
    assertThat(sumOfSubZones(area)).isLessThan(squareKilometres(area));
  }

  @Test
  void nestedParksAreFoundAtAnyDepthWithTheirAncestors() {
    assertThat(dataset.park(ZHONGGUANCUN_SCIENCE_CITY)).isPresent();
    assertThat(ids(dataset.ancestorsOf(ZHONGGUANCUN_SCIENCE_CITY)))
        .containsExactly(TECHNOLOGY_INNOVATION_AREA, BEIJING_FTZ);
    assertThat(ids(dataset.ancestorsOf(TIANZHU_BONDED_ZONE)))
        .containsExactly(BUSINESS_SERVICES_AREA, BEIJING_FTZ);
    assertThat(dataset.ancestorsOf(BEIJING_FTZ)).isEmpty();
    assertThat(ids(dataset.park(BEIJING_FTZ).orElseThrow().descendants()))
        .containsExactly(
            TECHNOLOGY_INNOVATION_AREA,
            ZHONGGUANCUN_SCIENCE_CITY,
            BEIJING_LIFE_SCIENCE_PARK,
            BUSINESS_SERVICES_AREA,
            TIANZHU_BONDED_ZONE,
            HIGH_END_INDUSTRY_AREA);
    assertThat(ids(dataset.park(BEIJING_FTZ).orElseThrow().pathTo(BEIJING_LIFE_SCIENCE_PARK)))
        .containsExactly(BEIJING_FTZ, TECHNOLOGY_INNOVATION_AREA, BEIJING_LIFE_SCIENCE_PARK);
  }

  @Test
  void aDeclaredParentIsFollowedWhenTheParkIsNotNested() {
    assertThat(dataset.parentOf(SUZHOU_BONDED_ZONE).map(Park::id)).contains(SUZHOU_HTZ);
    assertThat(ids(dataset.ancestorsOf(SUZHOU_BONDED_ZONE))).containsExactly(SUZHOU_HTZ);
    assertThat(ids(dataset.subZonesOf(SUZHOU_HTZ)))
        .containsExactly(Fixtures.SUZHOU_MEDICAL_DEVICE_PARK, SUZHOU_BONDED_ZONE);
    // nesting wins over the declared parent; the parent still lists it
    assertThat(dataset.parentOf(BEIJING_LIFE_SCIENCE_PARK).map(Park::id))
        .contains(TECHNOLOGY_INNOVATION_AREA);
    assertThat(ids(dataset.subZonesOf(ZHONGGUANCUN)))
        .containsExactly(ZHONGGUANCUN_SCIENCE_CITY, BEIJING_LIFE_SCIENCE_PARK);
  }

  @Test
  void scienceCityReportsItsEnterprisesWithQualifiers() {
    Park city = dataset.park(ZHONGGUANCUN_SCIENCE_CITY).orElseThrow();
    Observation enterprises = city.latest(Indicators.ENTERPRISES).orElseThrow();
    assertThat(enterprises.metric().qualifier()).isEqualTo(Qualifier.OVER);
    assertThat(enterprises.metric().unit().convertExact(enterprises.metric().value(), Units.JIA))
        .isEqualByComparingTo("20000");
    assertThat(city.latest(Indicators.ABOVE_SIZE_ENTERPRISES).orElseThrow().metric().value())
        .isEqualByComparingTo("231");
    assertThat(enterprises.citation().orElseThrow().source().publisher()).isEqualTo("北京商报");
  }

  @Test
  void suzhouHasSixTenBillionChainsAndTheTargetOf1900() {
    List<IndustrialChain> chains = dataset.chainsIn(SUZHOU_HTZ);
    assertThat(chains).hasSize(6);
    assertThat(chains).allMatch(c -> c.hostPark().equals(SUZHOU_HTZ));
    assertThat(chains.stream().map(c -> c.industry().name()))
        .containsExactly("半导体和集成电路", "高端医疗器械", "软件和信息服务", "智能制造装备", "新能源", "数字经济");

    Target total = dataset.park(SUZHOU_HTZ).orElseThrow().targets().get(0);
    assertThat(total.indicator()).isEqualTo(Indicators.REVENUE);
    assertThat(total.threshold())
        .isEqualTo(Metric.of(new BigDecimal("1900"), Units.YI_YUAN, Qualifier.MORE_THAN));
    assertThat(total.deadline()).contains(Period.year(2022));

    IndustrialChain digital = dataset.chain(Identifier.of("suzhou-htz-digital-economy")).orElseThrow();
    assertThat(digital.targets().get(0).threshold().value()).isEqualByComparingTo("600");
    IndustrialChain medical = dataset.chain(Identifier.of("suzhou-htz-medical-devices")).orElseThrow();
    assertThat(medical.latest(Indicators.OUTPUT_VALUE).orElseThrow().metric().value())
        .isEqualByComparingTo("200");
  }

  @Test
  void suzhouDesignationsFollowItsApproval() {
    Park suzhou = dataset.park(SUZHOU_HTZ).orElseThrow();
    assertThat(suzhou.approvalDate()).contains(YearMonth.of(1992, 11));
    assertThat(suzhou.designations()).allMatch(d -> d.year().equals(Year.of(2020)));
  }

  @Test
  void qianhaiPolicyHasCapsAFloorAndARateOfRdSpending() {
    Policy policy = dataset.policiesFor(QIANHAI).get(0);
    assertThat(policy.issuer()).isEqualTo(QIANHAI_AUTHORITY);
    assertThat(dataset.kindOf(policy.issuer())).contains(EntityKind.ORGANISATION);
    List<Measure> measures = policy.measures();
    assertThat(measures.stream().map(m -> m.cap().map(c -> c.value().intValueExact()).orElse(0)))
        .containsExactly(2000, 500, 1000, 0, 100);
    assertThat(measures.get(0).period()).contains(MeasurePeriod.PER_YEAR);
    assertThat(measures.get(3).amount().orElseThrow().qualifier()).isEqualTo(Qualifier.AT_LEAST);
    assertThat(measures.get(3).period()).contains(MeasurePeriod.ONE_OFF);
    assertThat(measures.get(2).rate().orElseThrow().base()).contains(Indicators.RD_SPENDING);
    assertThat(measures.get(2).rate().orElseThrow().share().value()).isEqualByComparingTo("20");
    assertThat(measures).allMatch(m -> m.amount().orElseThrow().dimension().isMoney());
  }

  @Test
  void qianhaiGrowthUsesTheDatasetsOwnIndicatorOverAMonthSpan() {
    assertThat(dataset.indicator("revenue-growth")).contains(REVENUE_GROWTH);
    assertThat(dataset.indicator("revenue")).contains(Indicators.REVENUE);
    assertThat(dataset.indicator("no-such-indicator")).isEmpty();
    Observation growth =
        dataset.latest(QIANHAI, REVENUE_GROWTH).isPresent()
            ? dataset.latest(QIANHAI, REVENUE_GROWTH).orElseThrow()
            : dataset.observed(QIANHAI).latest(REVENUE_GROWTH, Industry.of("科技服务业")).orElseThrow();
    assertThat(growth.period().toString()).isEqualTo("2024-01/2024-05");
  }

  @Test
  void lanzhouBiomedicineClusterFigures() {
    assertThat(dataset.clustersIn(LANZHOU_HTZ)).extracting(c -> c.id())
        .containsExactly(LANZHOU_BIOMEDICINE_CLUSTER);
    Observation enterprises =
        dataset.latest(LANZHOU_BIOMEDICINE_CLUSTER, Indicators.ENTERPRISES).orElseThrow();
    assertThat(enterprises.metric())
        .isEqualTo(Metric.of(new BigDecimal("200"), Units.JIA, Qualifier.OVER));
    assertThat(dataset.latest(LANZHOU_BIOMEDICINE_CLUSTER, Indicators.OUTPUT_VALUE).orElseThrow()
            .metric().qualifier())
        .isEqualTo(Qualifier.AT_LEAST);
    assertThat(dataset.cluster(LANZHOU_BIOMEDICINE_CLUSTER).orElseThrow().members())
        .allMatch(dataset::resolves);
    assertThat(dataset.organisationsIn(LANZHOU_HTZ)).hasSize(2);
  }

  @Test
  void lanzhouIndustryScopedFiguresAreNotTheZonesTotals() {
    Park lanzhou = dataset.park(LANZHOU_HTZ).orElseThrow();
    assertThat(lanzhou.latest(Indicators.PROJECTS)).isEmpty();
    assertThat(lanzhou.latest(Indicators.PROJECTS, BIOMEDICINE).orElseThrow().metric().value())
        .isEqualByComparingTo("7");
    assertThat(lanzhou.observationsOf(Indicators.TOTAL_INVESTMENT, Period.year(2021))).hasSize(1);
    assertThat(lanzhou.observationsWithin(Period.fiveYearPlan(14))).hasSize(3);
    Park base = dataset.park(LANZHOU_BIOMEDICINE_BASE).orElseThrow();
    assertThat(base.designations().get(0).year()).isEqualTo(Year.of(2022));
    assertThat(dataset.resolves(base.management().get(0).organisation())).isTrue();
    assertThat(ids(dataset.ancestorsOf(LANZHOU_BIOMEDICINE_BASE))).containsExactly(LANZHOU_HTZ);
  }

  @Test
  void freeStandingObservationsAboutAnExternalSubject() {
    assertThat(dataset.resolves(NATIONAL_HIGH_TECH_ZONES)).isTrue();
    assertThat(dataset.kindOf(NATIONAL_HIGH_TECH_ZONES)).contains(EntityKind.PARK);
    assertThat(dataset.park(NATIONAL_HIGH_TECH_ZONES)).isEmpty();
    assertThat(dataset.observationsOf(NATIONAL_HIGH_TECH_ZONES)).hasSize(4);
    assertThat(dataset.observed(NATIONAL_HIGH_TECH_ZONES)
            .latest(Indicators.HIGH_TECH_ENTERPRISES, BIOMEDICINE).orElseThrow().period())
        .isEqualTo(Period.endOf(Year.of(2017)));
  }

  @Test
  void lookupsByIdentifierAndKind() {
    assertThat(dataset.allParks()).hasSize(33);
    assertThat(dataset.kindOf(SUZHOU_HTZ)).contains(EntityKind.PARK);
    assertThat(dataset.kindOf(LANZHOU_BIOMEDICINE_CLUSTER)).contains(EntityKind.CLUSTER);
    assertThat(dataset.kindOf(Identifier.of("suzhou-htz-new-energy"))).contains(EntityKind.CHAIN);
    assertThat(dataset.kindOf(QIANHAI_SCI_TECH_POLICY)).contains(EntityKind.POLICY);
    assertThat(dataset.kindOf(Identifier.of("nowhere"))).isEmpty();
    assertThat(dataset.organisation(JISHI).orElseThrow().names().isKnownAs("积石药业")).isTrue();
    assertThat(dataset.external(NATIONAL_HIGH_TECH_ZONES).orElseThrow().name()).contains("国家高新区");
  }

  @Test
  void toStringsAreShort() {
    assertThat(dataset.park(LANZHOU_HTZ).orElseThrow())
        .hasToString("Park{G622052 兰州高新技术产业开发区, HIGH_TECH_ZONE, 3 sub-zones}");
    assertThat(dataset.toString()).startsWith("Dataset{19 parks with 14 sub-zones, 1 cluster, ");
    assertThat(Period.fiveYearPlan(14)).hasToString("2021/2025 十四五");
  }
}
