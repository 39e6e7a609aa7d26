package dev.parkdata.series;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parkdata.metric.Metric;
import dev.parkdata.model.Identifier;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.unit.Units;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The runnable example of docs/series.md, with the results its comments claim. */
class SeriesDocumentationTest {

  @Test
  void theSeriesExampleDoesWhatItsCommentsSay() {
    Identifier suzhou = Identifier.of("G322052");
    List<Observation> figures = List.of(
        Observation.of(suzhou, Indicators.REVENUE, Period.year(2020), Metric.parse("100亿元")),
        Observation.of(suzhou, Indicators.REVENUE, Period.year(2021), Metric.parse("110亿元")),
        Observation.of(suzhou, Indicators.REVENUE, Period.year(2023), Metric.parse("0.01331万亿元")));
    Series revenue = Series.of(suzhou, Indicators.REVENUE, figures).in(Units.YI_YUAN);
    MathContext mc = new MathContext(6);

    assertThat(revenue.yearOnYear(Period.year(2021), mc).get().metric()).hasToString("10%");
    assertThat(revenue.yearOnYear(Period.year(2021), mc).get().isExact()).isTrue();
    assertThat(revenue.yearOnYear(Period.year(2023), mc)).isEmpty();
    assertThat(revenue.steps(mc).get(1).isGap()).isTrue();
    assertThat(revenue.steps(mc).get(1).annual().get().metric()).hasToString("10%");
    Growth cagr = revenue.compoundAnnualGrowth(Period.year(2020), Period.year(2023), mc);
    assertThat(cagr.metric()).hasToString("10%");
    assertThat(cagr.isExact()).isTrue();
    assertThat(Growth.compoundAnnual(Period.year(2020), Metric.parse("100亿元"),
        Period.year(2022), Metric.parse("120亿元"), mc).metric()).hasToString("约9.54451%");
    assertThat(Growth.between(Period.year(2021), Metric.parse("约2万家"),
        Period.year(2022), Metric.parse("2.1万家"), mc).metric()).hasToString("约5%");
  }

  @Test
  void theRankingExamplesDoWhatTheirCommentsSay() {
    assertThat(Ranking.compare(Metric.parse("3万家"), Metric.parse("2万余家"))).isEqualTo(Ranking.Order.ABOVE);
    assertThat(Ranking.compare(Metric.parse("约2万家"), Metric.parse("2.1万家"))).isEqualTo(Ranking.Order.UNORDERED);
    assertThat(Ranking.compare(Metric.parse("2万余家"), Metric.parse("2.5万家"))).isEqualTo(Ranking.Order.UNORDERED);
  }
}
