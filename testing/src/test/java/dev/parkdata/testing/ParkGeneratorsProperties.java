package dev.parkdata.testing;

import static dev.parkdata.testing.ParkGenerators.approvals;
import static dev.parkdata.testing.ParkGenerators.areas;
import static dev.parkdata.testing.ParkGenerators.chains;
import static dev.parkdata.testing.ParkGenerators.citations;
import static dev.parkdata.testing.ParkGenerators.clusters;
import static dev.parkdata.testing.ParkGenerators.datasets;
import static dev.parkdata.testing.ParkGenerators.designations;
import static dev.parkdata.testing.ParkGenerators.identifiers;
import static dev.parkdata.testing.ParkGenerators.indicators;
import static dev.parkdata.testing.ParkGenerators.industries;
import static dev.parkdata.testing.ParkGenerators.locations;
import static dev.parkdata.testing.ParkGenerators.measures;
import static dev.parkdata.testing.ParkGenerators.metrics;
import static dev.parkdata.testing.ParkGenerators.metricsFor;
import static dev.parkdata.testing.ParkGenerators.names;
import static dev.parkdata.testing.ParkGenerators.observations;
import static dev.parkdata.testing.ParkGenerators.organisations;
import static dev.parkdata.testing.ParkGenerators.parks;
import static dev.parkdata.testing.ParkGenerators.periods;
import static dev.parkdata.testing.ParkGenerators.policies;
import static dev.parkdata.testing.ParkGenerators.sources;
import static dev.parkdata.testing.ParkGenerators.targets;
import static dev.parkdata.testing.ParkGenerators.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.parkdata.chain.IndustrialChain;
import dev.parkdata.cluster.Cluster;
import dev.parkdata.dataset.Dataset;
import dev.parkdata.industry.Industry;
import dev.parkdata.location.Location;
import dev.parkdata.metric.Metric;
import dev.parkdata.metric.Qualifier;
import dev.parkdata.model.Identifier;
import dev.parkdata.model.Names;
import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.observation.Target;
import dev.parkdata.organisation.Organisation;
import dev.parkdata.park.Approval;
import dev.parkdata.park.Area;
import dev.parkdata.park.AreaKind;
import dev.parkdata.park.Designation;
import dev.parkdata.park.Park;
import dev.parkdata.policy.Measure;
import dev.parkdata.policy.Policy;
import dev.parkdata.source.Citation;
import dev.parkdata.source.Source;
import dev.parkdata.unit.Unit;
import dev.parkdata.unit.Units;
import dev.parkdata.validation.Severity;
import dev.parkdata.validation.ValidationReport;
import dev.parkdata.validation.Validator;
import dev.parkdata.validation.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.core.Gen;

/**
 * The published generators: every value passes the builders (rebuilding it from its parts gives
 * an equal value), figures fit their indicators and units, consistent parks and datasets validate
 * with no error, and each inconsistency asked for is reported under its rule's code and is the
 * only error.
 *
 * <p>Properties run QuickTheories' default 1,000 examples unless they say why not.
 */
class ParkGeneratorsProperties {
  private static final Validator VALIDATOR = Validator.standard();

  // ---------------------------------------------------------------------------------------------
  // Every generator's values pass the builders: rebuilt from their parts, they are equal.

  private static <T> void rebuilds(Gen<T> gen, UnaryOperator<T> rebuild) {
    qt().forAll(gen).checkAssert(value -> assertThat(rebuild.apply(value)).isEqualTo(value));
  }

  @Test
  void identifiersPassTheBuilders() {
    rebuilds(identifiers(), id -> Identifier.of(id.value()));
  }

  @Test
  void industriesPassTheBuilders() {
    rebuilds(industries(), industry -> Industry.of(industry.name()));
  }

  @Test
  void namesPassTheBuilders() {
    rebuilds(names(), n -> Names.builder().from(n).build());
  }

  @Test
  void locationsPassTheBuilders() {
    rebuilds(locations(), l -> Location.builder().from(l).build());
  }

  @Test
  void sourcesPassTheBuilders() {
    rebuilds(sources(), s -> Source.builder().from(s).build());
  }

  @Test
  void citationsPassTheBuilders() {
    rebuilds(citations(), c -> Citation.builder().from(c).build());
  }

  @Test
  void periodsPassTheBuilders() {
    rebuilds(periods(), p -> Period.builder().from(p).build());
  }

  @Test
  void indicatorsPassTheBuilders() {
    rebuilds(indicators(), i -> Indicator.builder().from(i).build());
  }

  @Test
  void unitsParseBackFromTheirText() {
    rebuilds(units(), u -> Unit.parse(u.toString()));
  }

  @Test
  void metricsParseBackFromTheirText() {
    rebuilds(metrics(), m -> Metric.parse(m.toString()));
  }

  @Test
  void areasPassTheBuilders() {
    rebuilds(areas(), a -> Area.builder().from(a).build());
  }

  @Test
  void observationsPassTheBuilders() {
    rebuilds(observations(), o -> Observation.builder().from(o).build());
  }

  @Test
  void targetsPassTheBuilders() {
    rebuilds(targets(), t -> Target.builder().from(t).build());
  }

  @Test
  void approvalsPassTheBuilders() {
    rebuilds(approvals(), a -> Approval.builder().from(a).build());
  }

  @Test
  void designationsPassTheBuilders() {
    rebuilds(designations(), d -> Designation.builder().from(d).build());
  }

  @Test
  void clustersPassTheBuilders() {
    rebuilds(clusters(), c -> Cluster.builder().from(c).build());
  }

  @Test
  void chainsPassTheBuilders() {
    rebuilds(chains(), c -> IndustrialChain.builder().from(c).build());
  }

  @Test
  void organisationsPassTheBuilders() {
    rebuilds(organisations(), o -> Organisation.builder().from(o).build());
  }

  @Test
  void measuresPassTheBuilders() {
    rebuilds(measures(), m -> Measure.builder().from(m).build());
  }

  @Test
  void policiesPassTheBuilders() {
    rebuilds(policies(), p -> Policy.builder().from(p).build());
  }

  @Test
  void parksPassTheBuilders() {
    rebuilds(parks(), p -> Park.builder().from(p).build());
  }

  @Test
  void datasetsPassTheBuilders() {
    rebuilds(datasets(), d -> Dataset.builder().from(d).build());
  }

  // ---------------------------------------------------------------------------------------------
  // Plausible figures.

  @Test
  void observationsFitTheirIndicatorAndComeFromLaterSources() {
    qt().forAll(observations())
        .checkAssert(
            observation -> {
              assertThat(observation.indicator().accepts(observation.metric().dimension())).isTrue();
              observation.citation().flatMap(c -> c.source().published())
                  .ifPresent(date -> assertThat(date).isAfter(observation.period().end()));
            });
  }

  @Test
  void metricsForFitEveryIndicator() {
    List<Indicator> all = new ArrayList<>(Indicators.standard());
    all.add(Indicator.of("patents", "专利数", "patents", dev.parkdata.unit.Dimension.count("件")));
    for (Indicator indicator : all) {
      // 100 examples for each of the 27 indicators: 2,700 in all.
      qt().withExamples(100)
          .forAll(metricsFor(indicator))
          .checkAssert(
              metric -> {
                assertThat(indicator.accepts(metric.dimension())).as(indicator.toString()).isTrue();
                assertThat(metric.value()).isPositive();
                if (metric.unit().equals(Units.PERCENT)) {
                  assertThat(metric.max()).isBetween(new BigDecimal("0.1"), new BigDecimal("99"));
                }
              });
    }
  }

  @Test
  void metricsHaveEveryQualifierIncludingRanges() {
    SplittableRandom random = new SplittableRandom(7);
    Set<Qualifier> seen = EnumSet.noneOf(Qualifier.class);
    for (int i = 0; i < 2_000; i++) {
      seen.add(ParkGenerators.draw(metrics(), random).qualifier());
    }
    assertThat(seen).containsExactlyInAnyOrder(Qualifier.values());
  }

  @Test
  void metricsForUnknownDimensionsAreRefused() {
    Indicator odd = Indicator.of("odd", "奇", "odd", dev.parkdata.unit.Dimension.count("只"));
    assertThatThrownBy(() -> metricsFor(odd))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no units known for " + odd);
    assertThatThrownBy(() -> metricsFor(null)).isInstanceOf(NullPointerException.class).hasMessage("indicator");
    assertThatThrownBy(() -> observations(null)).isInstanceOf(NullPointerException.class).hasMessage("subject");
  }

  @Test
  void zonesHaveFiguresOfDistinctPeriodsAndChineseNames() {
    qt().forAll(parks())
        .checkAssert(
            park -> {
              for (Park zone : zonesOf(park)) {
                List<Period> periods = zone.observations().stream().map(Observation::period).collect(Collectors.toList());
                assertThat(periods).doesNotHaveDuplicates();
                assertThat(zone.names().official())
                    .matches(n -> n.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
              }
            });
  }

  // ---------------------------------------------------------------------------------------------
  // Options.

  @Test
  void parksHaveAtMostTheirDepthAndSubZones() {
    ParkGen gen = parks().withDepth(3).withMaxSubZones(2);
    qt().forAll(gen)
        .checkAssert(
            park -> {
              assertThat(depth(park)).isLessThanOrEqualTo(3);
              assertThat(zonesOf(park)).allSatisfy(zone -> assertThat(zone.subZones()).hasSizeLessThanOrEqualTo(2));
            });
    qt().forAll(parks().withDepth(0)).check(park -> park.subZones().isEmpty());
    qt().forAll(parks().withMaxSubZones(0)).check(park -> park.subZones().isEmpty());
  }

  @Test
  void parksReachTheirDepth() {
    SplittableRandom random = new SplittableRandom(1);
    int deepest = 0;
    for (int i = 0; i < 200; i++) {
      deepest = Math.max(deepest, depth(parks().withDepth(3).draw(random)));
    }
    assertThat(deepest).isEqualTo(3);
  }

  @Test
  void datasetsHaveAtMostTheirSize() {
    qt().forAll(datasets().ofMaxSize(3).withDepth(0))
        .checkAssert(
            dataset -> {
              assertThat(dataset.parks()).hasSizeLessThanOrEqualTo(3).allMatch(p -> p.subZones().isEmpty());
              assertThat(dataset.organisations()).hasSizeLessThanOrEqualTo(3);
              assertThat(dataset.clusters()).hasSizeLessThanOrEqualTo(3);
              assertThat(dataset.chains()).hasSizeLessThanOrEqualTo(3);
              assertThat(dataset.policies()).hasSizeLessThanOrEqualTo(3);
              assertThat(dataset.observations()).hasSizeLessThanOrEqualTo(3);
            });
    qt().forAll(datasets().ofMaxSize(0).withInconsistencies(Inconsistency.DUPLICATE_ID))
        .check(dataset -> dataset.parks().size() == 1);
  }

  @Test
  void configurationIsChecked() {
    assertThatThrownBy(() -> parks().withDepth(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("depth -1 is not within [0, 5]");
    assertThatThrownBy(() -> parks().withMaxSubZones(11)).hasMessage("max 11 is not within [0, 10]");
    assertThatThrownBy(() -> datasets().ofMaxSize(21)).hasMessage("max 21 is not within [0, 20]");
    assertThatThrownBy(() -> datasets().withDepth(6)).hasMessage("depth 6 is not within [0, 5]");
    assertThatThrownBy(() -> parks().withInconsistencies(Inconsistency.DUPLICATE_ID, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("inconsistencies[1] is null");
    assertThat(parks().withInconsistencies(Inconsistency.DUPLICATE_ID).inconsistencies())
        .containsExactly(Inconsistency.DUPLICATE_ID);
    assertThat(parks().withInconsistencies(Inconsistency.DUPLICATE_ID).withInconsistencies(Inconsistency.UNRESOLVED_ID)
            .inconsistencies())
        .containsExactly(Inconsistency.UNRESOLVED_ID, Inconsistency.DUPLICATE_ID);
    assertThat(parks().withDepth(3)).hasToString("ParkGen{depth=3, maxSubZones=3, inconsistencies=[]}");
    assertThat(datasets().withDepth(2)).hasToString("DatasetGen{maxSize=2, depth=2, inconsistencies=[]}");
    assertThat(parks()).as("immutable").hasToString("ParkGen{depth=2, maxSubZones=3, inconsistencies=[]}");
    assertThat(datasets()).hasToString("DatasetGen{maxSize=2, depth=1, inconsistencies=[]}");
  }

  // ---------------------------------------------------------------------------------------------
  // Consistent parks and datasets validate with no error.

  @Test
  void parksValidateWithNoError() {
    qt().forAll(parks()).checkAssert(park -> assertThat(errors(VALIDATOR.validate(park))).isEmpty());
  }

  @Test
  void deepParksAddUp() {
    qt().forAll(parks().withDepth(4).withMaxSubZones(2))
        .checkAssert(park -> assertThat(errors(VALIDATOR.validate(park))).isEmpty());
  }

  @Test
  void datasetsValidateWithNoError() {
    qt().forAll(datasets()).checkAssert(dataset -> assertThat(errors(VALIDATOR.validate(dataset))).isEmpty());
  }

  @Test
  void largeDatasetsValidateWithNoError() {
    // 300 examples: a dataset of up to 5 parks two levels deep and 20 other entities validates
    // in about a millisecond.
    qt().withExamples(300)
        .forAll(datasets().ofMaxSize(5).withDepth(2))
        .checkAssert(dataset -> assertThat(errors(VALIDATOR.validate(dataset))).isEmpty());
  }

  // ---------------------------------------------------------------------------------------------
  // Each inconsistency is reported under its code, and is the only error.

  @ParameterizedTest
  @EnumSource(Inconsistency.class)
  void eachInconsistencyInAParkIsTheOnlyErrorReported(Inconsistency inconsistency) {
    // 200 examples for each of the ten inconsistencies.
    qt().withExamples(200)
        .forAll(parks().withInconsistencies(inconsistency))
        .checkAssert(park -> assertThat(errorCodes(VALIDATOR.validate(park))).containsExactly(inconsistency.code()));
  }

  @ParameterizedTest
  @EnumSource(Inconsistency.class)
  void eachInconsistencyInADatasetIsTheOnlyErrorReported(Inconsistency inconsistency) {
    // 100 examples for each of the ten inconsistencies.
    qt().withExamples(100)
        .forAll(datasets().withInconsistencies(inconsistency))
        .checkAssert(
            dataset -> assertThat(errorCodes(VALIDATOR.validate(dataset))).containsExactly(inconsistency.code()));
  }

  @Test
  void allInconsistenciesTogetherAreReported() {
    // The oversized sub-zone makes the sum exceed the park's area rather than differ from it, so
    // SUBZONES_SUM_DIFFERS is reported as SUBZONES_EXCEED_PARENT.
    Set<String> expected = new HashSet<>();
    for (Inconsistency i : EnumSet.complementOf(EnumSet.of(Inconsistency.SUBZONES_SUM_DIFFERS))) {
      expected.add(i.code());
    }
    qt().forAll(parks().withDepth(1).withInconsistencies(Inconsistency.values()))
        .checkAssert(park -> assertThat(errorCodes(VALIDATOR.validate(park))).isEqualTo(expected));
  }

  // ---------------------------------------------------------------------------------------------
  // Descriptions.

  @Test
  void aFalsifiedPropertyPrintsTheParkAsAnOutlineShrunkToTheSimplest() {
    assertThatThrownBy(
            () -> qt().withExamples(10).forAll(parks().withDepth(1)).check(park -> park.areas().isEmpty()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Smallest found falsifying value(s) :-")
        .hasMessageContaining("G000000 苏州经济技术开发区 [ECONOMIC_TECHNOLOGICAL_DEVELOPMENT_ZONE]\n  areas: 核准面积 0.5平方公里");
  }

  @Test
  void everyGeneratorDescribesItsValues() {
    SplittableRandom random = new SplittableRandom(3);
    Park park = parks().withDepth(1).withMaxSubZones(1).draw(random);
    String outline = parks().asString(park);
    assertThat(outline).startsWith(park.id() + " " + park.names().official()).contains(park.kind().toString());
    for (Area area : park.areas()) {
      assertThat(outline).contains(area.kind().chineseName() + " " + area.metric());
    }
    for (Park sub : park.subZones()) {
      assertThat(outline).contains("\n  " + sub.id() + " " + sub.names().official());
    }
    Dataset dataset = datasets().draw(random);
    assertThat(datasets().asString(dataset)).startsWith(dataset.toString());
    Metric metric = ParkGenerators.draw(metrics(), random);
    assertThat(metrics().asString(metric)).isEqualTo(metric + " (" + metric.qualifier() + ")");
    Period period = ParkGenerators.draw(periods(), random);
    assertThat(periods().asString(period)).contains(period.start().toString());
  }

  // ---------------------------------------------------------------------------------------------

  private static List<Violation> errors(ValidationReport report) {
    return report.atLeast(Severity.ERROR).violations();
  }

  private static Set<String> errorCodes(ValidationReport report) {
    return errors(report).stream().map(Violation::code).collect(Collectors.toSet());
  }

  private static List<Park> zonesOf(Park park) {
    List<Park> zones = new ArrayList<>();
    zones.add(park);
    park.subZones().forEach(sub -> zones.addAll(zonesOf(sub)));
    return zones;
  }

  private static int depth(Park park) {
    int deepest = 0;
    for (Park sub : park.subZones()) {
      deepest = Math.max(deepest, 1 + depth(sub));
    }
    return deepest;
  }

  @Test
  void areaKindsAreSharedByEveryZone() {
    qt().forAll(parks())
        .checkAssert(
            park -> {
              Set<AreaKind> kinds = park.areas().stream().map(Area::kind).collect(Collectors.toSet());
              assertThat(zonesOf(park))
                  .allSatisfy(zone -> assertThat(zone.areas()).extracting(Area::kind).containsExactlyInAnyOrderElementsOf(kinds));
            });
  }
}
