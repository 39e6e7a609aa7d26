package dev.parkdata.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parkdata.metric.Interval;
import dev.parkdata.metric.Metric;
import dev.parkdata.metric.Qualifier;
import dev.parkdata.model.Identifier;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.unit.Units;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesTest {
  private static final Identifier PARK = Identifier.of("G322052");
  private static final Identifier OTHER = Identifier.of("G622052");
  private static final MathContext MC = new MathContext(8);

  private static Observation revenue(int year, String metric) {
    return Observation.of(PARK, Indicators.REVENUE, Period.year(year), Metric.parse(metric));
  }

  @Test
  void ordersByPeriodKeepsOnePerPeriodAndLeavesOthersOut() {
    Series s = Series.of(PARK, Indicators.REVENUE, List.of(
        revenue(2023, "150亿元"),
        revenue(2021, "100亿元"),
        revenue(2021, "1万亿元").withSubject(OTHER),
        Observation.of(PARK, Indicators.GDP, Period.year(2022), Metric.parse("90亿元")),
        revenue(2021, "0.01万亿元")));
    assertThat(s.periods()).containsExactly(Period.year(2021), Period.year(2023));
    assertThat(s.metric(Period.year(2021))).contains(Metric.parse("100亿元")); // same quantity: first kept
    assertThat(s.conflicts()).isEmpty();
    assertThat(s.in(Units.WAN_YI_YUAN).metric(Period.year(2023))).contains(Metric.parse("0.015万亿元"));
  }

  @Test
  void duplicatesAreResolvedByTheStatedRuleAndReported() {
    Series s = Series.of(PARK, Indicators.ENTERPRISES, List.of(
        ent(2021, "约2万家"), ent(2021, "21000家"),
        ent(2022, "2万余家"), ent(2022, "2.5万家以上"),
        ent(2023, "2万家"), ent(2023, "3万家")));
    assertThat(s.metric(Period.year(2021))).contains(Metric.parse("21000家"));
    assertThat(s.metric(Period.year(2022))).contains(Metric.parse("2万余家"));
    assertThat(s.metric(Period.year(2023))).contains(Metric.parse("2万家"));
    assertThat(s.conflicts()).extracting(Conflict::kind).containsExactly(
        Conflict.Kind.REFINED, Conflict.Kind.OVERLAPPING, Conflict.Kind.CONTRADICTORY);
    assertThat(s.conflicts().get(0).observations()).hasSize(2);
    assertThat(s.conflicts().get(0)).hasToString("2021 REFINED: 21000家 kept of [约2万家, 21000家]");
  }

  private static Observation ent(int year, String metric) {
    return Observation.of(PARK, Indicators.ENTERPRISES, Period.year(year), Metric.parse(metric));
  }

  @Test
  void growthIsExactWhereTheFiguresAre() {
    Series s = Series.of(PARK, Indicators.REVENUE, List.of(
        revenue(2020, "100亿元"), revenue(2021, "110亿元"), revenue(2022, "1.21万亿元").withMetric(Metric.parse("121亿元"))));
    Growth yoy = s.yearOnYear(Period.year(2021), MC).orElseThrow();
    assertThat(yoy.metric()).isEqualTo(Metric.parse("10%"));
    assertThat(yoy.isExact()).isTrue();
    Growth cagr = s.compoundAnnualGrowth(Period.year(2020), Period.year(2022), MC);
    assertThat(cagr.metric()).isEqualTo(Metric.parse("10%"));
    assertThat(cagr.years()).isEqualTo(2);
    assertThat(cagr.isExact()).isTrue();
    assertThat(s.growth(Period.year(2020), Period.year(2022), MC).metric()).isEqualTo(Metric.parse("21%"));
  }

  @Test
  void aRootThatIsNotExactIsApproximateWithNarrowBounds() {
    Growth cagr = Growth.compoundAnnual(
        Period.year(2020), Metric.parse("100亿元"), Period.year(2022), Metric.parse("120亿元"), MC);
    assertThat(cagr.metric().qualifier()).isEqualTo(Qualifier.APPROXIMATELY);
    assertThat(cagr.metric().value()).isEqualByComparingTo("9.5445115");
    Interval b = cagr.bounds();
    assertThat(b.lowerEndpoint()).isLessThan(b.upperEndpoint());
    assertThat(b.upperEndpoint().subtract(b.lowerEndpoint())).isLessThanOrEqualTo(new BigDecimal("0.000001"));
    assertThat(b.contains(cagr.metric().value())).isTrue();
    assertThat(cagr).hasToString("2020→2022 约9.5445115% a year");
  }

  @Test
  void qualifiedFiguresCarryThroughTheBounds() {
    Growth fromAbout = Growth.between(Period.year(2021), Metric.parse("约2万家"), Period.year(2022), Metric.parse("2.1万家"), MC);
    assertThat(fromAbout.metric()).isEqualTo(Metric.parse("约5%"));
    assertThat(fromAbout.bounds()).isEqualTo(Interval.all());
    Growth fromOver = Growth.between(Period.year(2021), Metric.parse("2万余家"), Period.year(2022), Metric.parse("3万家"), MC);
    // 30000 / (20000, 30000): (0%, 50%)
    assertThat(fromOver.bounds()).isEqualTo(Interval.open(BigDecimal.ZERO, new BigDecimal("50")));
    assertThat(fromOver.metric()).isEqualTo(Metric.parse("0-50%"));
  }

  @Test
  void aGapIsHandledNotAssumedAway() {
    Series s = Series.of(PARK, Indicators.REVENUE, List.of(
        revenue(2019, "100亿元"), revenue(2020, "110亿元"), revenue(2022, "133.1亿元")));
    assertThat(s.yearOnYear(Period.year(2022), MC)).isEmpty(); // no 2021
    List<Series.Step> steps = s.steps(MC);
    assertThat(steps).hasSize(2);
    assertThat(steps.get(0).isGap()).isFalse();
    assertThat(steps.get(1).isGap()).isTrue();
    assertThat(steps.get(1).years()).isEqualTo(2);
    assertThat(steps.get(1).growth().orElseThrow().metric()).isEqualTo(Metric.parse("21%"));
    assertThat(steps.get(1).annual().orElseThrow().metric()).isEqualTo(Metric.parse("10%"));
    assertThat(steps.get(1)).hasToString("2020→2022 (gap of 2 years) 21%, 10% a year");
  }

  @Test
  void periodsOfDifferentKindsAreNotYearsApart() {
    Period end2021 = Period.asOf(LocalDate.of(2021, 12, 31));
    assertThat(Growth.wholeYears(Period.year(2020), end2021)).isZero();
    assertThat(Growth.wholeYears(Period.asOf(LocalDate.of(2018, 12, 31)), end2021)).isEqualTo(3);
    assertThat(Growth.wholeYears(Period.quarter(2020, 1), Period.quarter(2021, 1))).isEqualTo(1);
    assertThatThrownBy(() -> Growth.compoundAnnual(
        Period.year(2020), Metric.parse("1亿元"), end2021, Metric.parse("2亿元"), MC))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("whole number of years");
    assertThatThrownBy(() -> Series.of(PARK, Indicators.REVENUE, List.of(revenue(2020, "1亿元")))
        .growth(Period.year(2020), Period.year(2021), MC))
        .hasMessageContaining("has no figure");
  }
}
