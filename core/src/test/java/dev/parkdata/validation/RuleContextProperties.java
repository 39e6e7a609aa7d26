package dev.parkdata.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.parkdata.TestGenerators;
import dev.parkdata.dataset.Dataset;
import dev.parkdata.industry.Industry;
import dev.parkdata.metric.Metric;
import dev.parkdata.model.Identifier;
import dev.parkdata.model.ModelGenerators;
import dev.parkdata.model.Names;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.observation.Target;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import dev.parkdata.unit.Units;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The indexes of a {@link RuleContext} agree with their definitions: grouping by figure, lookup
 * by figure, and paths built on demand from the number of a value.
 */
class RuleContextProperties {
  private static final Identifier A = Identifier.of("A");
  private static final Identifier B = Identifier.of("B");

  /** Observations from few subjects, indicators, periods and industries, so figures repeat. */
  private static Gen<Observation> crowded(Gen<Identifier> subjects) {
    Gen<Optional<Industry>> industries =
        Generate.pick(List.of(Industry.of("电子信息"), Industry.of("生物医药"))).toOptionals(50);
    return subjects.zip(
        Generate.pick(List.of(Indicators.ENTERPRISES, Indicators.ABOVE_SIZE_ENTERPRISES)),
        Generate.pick(List.of(Period.year(2020), Period.year(2021))),
        industries,
        Generate.range(0, 3),
        (subject, indicator, period, industry, n) ->
            Observation.builder()
                .subject(subject)
                .indicator(indicator)
                .period(period)
                .industry(industry)
                .metric(Metric.of(BigDecimal.valueOf(n), Units.JIA))
                .build());
  }

  private static Park park(Identifier id, List<Observation> observations) {
    return Park.builder()
        .id(id)
        .names(Names.of("园区" + id))
        .kind(ParkKind.HIGH_TECH_ZONE)
        .observations(observations)
        .build();
  }

  /** Parks A and B holding observations, and free-standing ones about A, B and C. */
  static Gen<Dataset> crowdedDatasets() {
    return TestGenerators.listsOf(crowded(Generate.constant(A)), 0, 8)
        .zip(
            TestGenerators.listsOf(crowded(Generate.constant(B)), 0, 8),
            TestGenerators.listsOf(crowded(Generate.pick(List.of(A, B, Identifier.of("C")))), 0, 8),
            (a, b, free) ->
                Dataset.builder().addParks(park(A, a), park(B, b)).addAllObservations(free).build())
        .describedAs(ModelGenerators::describe);
  }

  private static List<Object> figure(Observation o) {
    return List.of(o.subject(), o.indicator(), o.period(), o.industry());
  }

  @Test
  void groupsAreTheObservationsOfOneFigureInOrder() {
    // 300 examples (not 1,000): each builds a context over up to 24 observations.
    qt().withExamples(300)
        .forAll(crowdedDatasets())
        .checkAssert(
            dataset -> {
              RuleContext context = new RuleContext(dataset, new ArrayList<>());
              Map<List<Object>, List<Located<Observation>>> expected = new LinkedHashMap<>();
              for (Located<Observation> o : context.observations()) {
                expected.computeIfAbsent(figure(o.value()), k -> new ArrayList<>()).add(o);
              }
              assertThat(context.observationGroups()).containsExactlyElementsOf(expected.values());
            });
  }

  @Test
  void lookupFindsTheObservationsOfAFigure() {
    // 300 examples (not 1,000): each looks up every figure of one dataset in another's context.
    qt().withExamples(300)
        .forAll(crowdedDatasets(), crowdedDatasets())
        .checkAssert(
            (dataset, other) -> {
              RuleContext context = new RuleContext(dataset, new ArrayList<>());
              List<Observation> asked = new ArrayList<>(other.observations());
              other.parks().forEach(p -> asked.addAll(p.observations()));
              for (Observation o : asked) {
                List<Located<Observation>> expected = new ArrayList<>();
                for (Located<Observation> l : context.observations()) {
                  if (figure(l.value()).equals(figure(o))) {
                    expected.add(l);
                  }
                }
                assertThat(context.observations(o.subject(), o.indicator(), o.period(), o.industry()))
                    .containsExactlyElementsOf(expected);
              }
            });
  }

  @Test
  void numberedValuesHaveTheirPathsOnDemand() {
    // 200 examples (not 1,000): each generates a whole dataset, nested parks among them.
    qt().withExamples(200)
        .forAll(ModelGenerators.datasets())
        .checkAssert(
            dataset -> {
              RuleContext context = new RuleContext(dataset, new ArrayList<>());
              HeldValues<Observation> observations = context.heldObservations();
              List<Located<Observation>> located = context.observations();
              assertThat(observations.size()).isEqualTo(located.size());
              for (int k = 0; k < observations.size(); k++) {
                assertThat(Located.of(observations.get(k), observations.path(k))).isEqualTo(located.get(k));
              }
              HeldValues<Target> targets = context.heldTargets();
              List<Located<Target>> locatedTargets = context.targets();
              assertThat(targets.size()).isEqualTo(locatedTargets.size());
              for (int k = 0; k < targets.size(); k++) {
                assertThat(Located.of(targets.get(k), targets.path(k))).isEqualTo(locatedTargets.get(k));
              }
            });
  }

  @Test
  void pathsNameTheHolderAndThePosition() {
    Observation a = Observation.of(A, Indicators.ENTERPRISES, Period.year(2020), Metric.parse("5家"));
    Observation c =
        Observation.of(Identifier.of("C"), Indicators.ENTERPRISES, Period.year(2020), Metric.parse("5家"));
    Park empty = park(Identifier.of("E"), List.of());
    Dataset dataset =
        Dataset.builder()
            .addParks(park(A, List.of(a, a)), empty, park(B, List.of()))
            .addObservations(c)
            .build();
    HeldValues<Observation> held = new RuleContext(dataset, new ArrayList<>()).heldObservations();
    assertThat(held.size()).isEqualTo(3);
    assertThat(held.path(0)).hasToString("parks[A].observations[0]");
    assertThat(held.path(1)).hasToString("parks[A].observations[1]");
    assertThat(held.path(2)).hasToString("observations[0]");
    assertThat(new RuleContext(dataset, new ArrayList<>()).observations(
            A, Indicators.ENTERPRISES, Period.year(2020), Optional.empty()))
        .extracting(l -> l.path().toString())
        .containsExactly("parks[A].observations[0]", "parks[A].observations[1]");
  }
}
