package dev.parkdata.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.parkdata.cluster.Cluster;
import dev.parkdata.dataset.Dataset;
import dev.parkdata.industry.Industry;
import dev.parkdata.metric.Metric;
import dev.parkdata.model.Identifier;
import dev.parkdata.model.Names;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 15: validation of hostile data stays linear, never throws and finds reference cycles. */
class HostileValidationTest {
  private static final Identifier A = Identifier.of("A");

  private static Park.Builder park(String id) {
    return Park.builder().id(Identifier.of(id)).names(Names.of("园区" + id)).kind(ParkKind.HIGH_TECH_ZONE);
  }

  private static Observation revenue(String metric) {
    return Observation.of(A, Indicators.REVENUE, Period.year(2020), Metric.parse(metric));
  }

  private static ValidationReport check(String code, Dataset dataset) {
    return Validator.builder().addStandardRules().select(code).build().validate(dataset);
  }

  @Test
  void fiveHundredRepetitionsOfOneFigureAreOneViolationNamingAllOfThem() {
    List<Observation> same = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      same.add(revenue(i % 2 == 0 ? "12亿元" : "1200000000元"));
    }
    Dataset dataset = Dataset.builder().addPark(park("A").addAllObservations(same).build()).build();
    ValidationReport report = assertTimeoutPreemptively(
        Duration.ofSeconds(10), () -> Validator.standard().validate(dataset));
    assertThat(report.withCode(StandardRules.REPEATED).violations()).hasSize(1);
    Violation v = report.withCode(StandardRules.REPEATED).violations().get(0);
    assertThat(v.path()).isEqualTo(Path.parse("parks[A].observations[1]"));
    assertThat(v.figures()).hasSize(1000);
    assertThat(v.english()).contains("499 more times").contains("parks[A].observations[499]");
    assertThat(report.withCode(StandardRules.CONFLICTING_DUPLICATE).violations()).isEmpty();
  }

  @Test
  void conflictingDuplicatesAreOneViolationPerFigure() {
    List<Observation> conflicting = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      conflicting.add(revenue((i % 3 + 10) + "亿元"));
    }
    Dataset dataset = Dataset.builder().addPark(park("A").addAllObservations(conflicting).build()).build();
    ValidationReport report = assertTimeoutPreemptively(
        Duration.ofSeconds(30), () -> Validator.standard().validate(dataset));
    List<Violation> conflicts = report.withCode(StandardRules.CONFLICTING_DUPLICATE).violations();
    assertThat(conflicts).hasSize(1);
    assertThat(conflicts.get(0).path()).isEqualTo(Path.parse("parks[A].observations[1]"));
    assertThat(conflicts.get(0).english()).contains("3 different values in 20000 records");
    // one repetition per distinct value
    assertThat(report.withCode(StandardRules.REPEATED).violations()).hasSize(3);
  }

  @Test
  void aBoundsContradictionAmongManyIsReportedOnceWithAPairThatShowsIt() {
    List<Observation> figures = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      figures.add(revenue("超过10亿元"));
      figures.add(revenue("12亿元"));
    }
    figures.add(revenue("不到11亿元"));
    Dataset dataset = Dataset.builder().addPark(park("A").addAllObservations(figures).build()).build();
    ValidationReport report = assertTimeoutPreemptively(
        Duration.ofSeconds(30), () -> check(StandardRules.BOUNDS_CONTRADICTION, dataset));
    assertThat(report.violations()).hasSize(1);
    Violation v = report.violations().get(0);
    assertThat(v.path()).isEqualTo(Path.parse("parks[A].observations[10000]"));
    assertThat(v.figures()).extracting(Figure::text).startsWith("12亿元", "不到11亿元");
  }

  @Test
  void qualifiedFiguresThatAllOverlapAreFine() {
    Dataset dataset = Dataset.builder()
        .addPark(park("A").addObservations(revenue("超过10亿元"), revenue("不到13亿元"), revenue("12亿元"),
            revenue("10-12亿元"), revenue("约5亿元"), revenue("12亿元")).build())
        .build();
    assertThat(check(StandardRules.BOUNDS_CONTRADICTION, dataset).violations()).isEmpty();
  }

  @Test
  void openBoundsThatMeetAreAContradiction() {
    Dataset dataset = Dataset.builder()
        .addPark(park("A").addObservations(revenue("超过10亿元"), revenue("最高10亿元")).build())
        .build();
    assertThat(check(StandardRules.BOUNDS_CONTRADICTION, dataset).violations()).hasSize(1);
  }

  @Test
  void subZonesNestedTenThousandDeepValidateWithoutOverflow() {
    Park deepest = park("Z0").build();
    for (int i = 1; i < 10_000; i++) {
      deepest = park("Z" + i).addSubZone(deepest).build();
    }
    Park top = deepest;
    ValidationReport report = assertTimeoutPreemptively(
        Duration.ofSeconds(30), () -> Validator.standard().validate(top));
    assertThat(report.withCode(StandardRules.RULE_FAILED).violations()).isEmpty();
  }

  @Test
  void parksThatAreEachOthersParentsAreACycle() {
    Dataset dataset = Dataset.builder()
        .addPark(park("A").parent(Identifier.of("B")).build())
        .addPark(park("B").parent(Identifier.of("A")).build())
        .build();
    ValidationReport report = check(StandardRules.REFERENCE_CYCLE, dataset);
    assertThat(report.violations()).hasSize(1);
    Violation v = report.violations().get(0);
    assertThat(v.path()).isEqualTo(Path.parse("parks[A].parent"));
    assertThat(v.english()).contains("A → B → A");
    assertThat(v.severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void aParkWhoseParentIsItsOwnSubZoneIsACycle() {
    Dataset dataset = Dataset.builder()
        .addPark(park("A").parent(Identifier.of("A1")).addSubZone(park("A1").build()).build())
        .build();
    ValidationReport report = check(StandardRules.REFERENCE_CYCLE, dataset);
    assertThat(report.violations()).extracting(Violation::path).containsExactly(Path.parse("parks[A].parent"));
    assertThat(report.violations().get(0).english()).contains("A → A1 → A");
  }

  @Test
  void aLongCycleIsReportedOnceAndAbbreviated() {
    Dataset.Builder dataset = Dataset.builder();
    int n = 10_000;
    for (int i = 0; i < n; i++) {
      dataset.addPark(park("P" + i).parent(Identifier.of("P" + ((i + 1) % n))).build());
    }
    Dataset built = dataset.build();
    ValidationReport report = assertTimeoutPreemptively(
        Duration.ofSeconds(30), () -> check(StandardRules.REFERENCE_CYCLE, built));
    assertThat(report.violations()).hasSize(1);
    assertThat(report.violations().get(0).english()).contains("more)").hasSizeLessThan(400);
  }

  @Test
  void aClusterHostedByItselfRefersToItself() {
    Identifier x = Identifier.of("X");
    Dataset dataset = Dataset.builder()
        .addPark(park("A").build())
        .addCluster(Cluster.builder().id(x).name("集群").industry(Industry.of("生物医药"))
            .addHostParks(A, x).build())
        .build();
    ValidationReport report = check(StandardRules.SELF_REFERENCE, dataset);
    assertThat(report.violations()).extracting(Violation::path)
        .containsExactly(Path.parse("clusters[X].hostParks[1]"));
    assertThat(report.violations().get(0).severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void nestingAndParentsInOneDirectionAreNoCycle() {
    Dataset dataset = Dataset.builder()
        .addPark(park("A").addSubZone(park("A1").addSubZone(park("A2").parent(A).build()).build()).build())
        .addPark(park("B").parent(Identifier.of("A2")).build())
        .build();
    assertThat(check(StandardRules.REFERENCE_CYCLE, dataset).violations()).isEmpty();
  }
}
