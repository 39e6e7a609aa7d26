package dev.parkdata.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parkdata.unit.Unit;
import dev.parkdata.unit.Units;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotients with a MathContext, quotients of metrics of two dimensions, and sums under a tolerance. */
class MetricArithmeticTest {
  private static final MathContext MC = new MathContext(6);

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void exactDivisionThatDoesNotTerminateSaysToPassAMathContext() {
    assertThatThrownBy(() -> Metric.parse("1元").dividedBy(d("3")))
        .isInstanceOf(NonTerminatingQuotientException.class)
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("1元 / 3 does not terminate")
        .hasMessageContaining("MathContext");
    assertThat(Metric.parse("9家").dividedBy(d("3"))).isEqualTo(Metric.parse("3家"));
  }

  @Test
  void divisionWithAMathContextIsExactWhereItCanBe() {
    assertThat(Metric.parse("9家").dividedBy(d("4"), MC)).isEqualTo(Metric.parse("2.25家"));
    assertThat(Metric.parse("1元").dividedBy(d("3"), MC)).isEqualTo(Metric.parse("约0.333333元"));
    // bounds of a qualified figure are rounded outwards
    Metric over = Metric.parse("440多家").dividedBy(d("3"), MC);
    assertThat(over.bounds().lowerEndpoint()).isLessThanOrEqualTo(d("146.666"));
    assertThat(over.bounds().upperEndpoint()).isGreaterThanOrEqualTo(d("150"));
    assertThat(Metric.parse("400-600个").dividedBy(d("-2"), MC)).isEqualTo(Metric.parse("-300--200个"));
  }

  @Test
  void aQuotientOfTwoDimensionsIsInTheCompoundUnit() {
    Metric tax = Metric.parse("5亿元");
    Metric land = Metric.parse("2000亩");
    Metric perMu = tax.dividedBy(land);
    assertThat(perMu.unit()).isEqualTo(Unit.ratio(Units.YI_YUAN, Units.MU));
    assertThat(perMu.value()).isEqualByComparingTo("0.0025");
    assertThat(perMu.to(Units.WAN_YUAN_PER_MU)).isEqualTo(Metric.of(d("25"), Units.WAN_YUAN_PER_MU));
    // 地均产值: 1900亿元 over 31.85平方公里
    Metric output = Metric.parse("1900亿元").dividedBy(Metric.parse("31.85平方公里"), MC);
    assertThat(output.unit()).isEqualTo(Units.YI_YUAN_PER_SQUARE_KILOMETRE);
    assertThat(output.qualifier()).isEqualTo(Qualifier.APPROXIMATELY);
    assertThat(output.value()).isEqualByComparingTo("59.6546");
    assertThatThrownBy(() -> Metric.parse("1900亿元").dividedBy(Metric.parse("31.85平方公里")))
        .isInstanceOf(NonTerminatingQuotientException.class);
  }

  @Test
  void qualifiersCarryThroughAQuotientOfMetrics() {
    Metric q = Metric.parse("超过10亿元").dividedBy(Metric.parse("100亩"));
    assertThat(q).isEqualTo(Metric.of(d("0.1"), Unit.ratio(Units.YI_YUAN, Units.MU), Qualifier.MORE_THAN));
    assertThat(Metric.parse("10亿元").dividedBy(Metric.parse("约100亩")).qualifier()).isEqualTo(Qualifier.APPROXIMATELY);
    assertThat(Metric.parse("10亿元").dividedBy(Metric.parse("100-200亩")).bounds())
        .isEqualTo(Interval.closed(d("0.05"), d("0.1")));
    assertThatThrownBy(() -> Metric.parse("10亿元").dividedBy(Metric.parse("5亿元")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("multipleOf");
  }

  @Test
  void aToleranceBoundsApproximateFiguresOnlyWhenAsked() {
    Metric about = Metric.parse("约100亿元");
    Metric exact = Metric.parse("50亿元");
    assertThat(about.plus(exact)).isEqualTo(Metric.parse("约150亿元"));
    assertThat(about.plus(exact, Tolerance.NONE)).isEqualTo(Metric.parse("约150亿元"));
    assertThat(about.bounds(Tolerance.percent(10))).isEqualTo(Interval.closed(d("90"), d("110")));
    assertThat(about.plus(exact, Tolerance.percent(10))).isEqualTo(Metric.parse("140-160亿元"));
    assertThat(Metric.total(List.of(exact, about, Metric.parse("2000万元")), Tolerance.percent(10)))
        .isEqualTo(Metric.parse("140.2-160.2亿元"));
    assertThat(Metric.total(List.of(exact, about)).qualifier()).isEqualTo(Qualifier.APPROXIMATELY);
    assertThat(exact.bounds(Tolerance.percent(10))).isEqualTo(exact.bounds());
    assertThat(Tolerance.percent(10)).hasToString("±10%").isEqualTo(Tolerance.relative(d("0.10")));
    assertThatThrownBy(() -> Metric.total(List.of())).hasMessageContaining("no unit");
    assertThatThrownBy(() -> Tolerance.relative(d("1"))).isInstanceOf(IllegalArgumentException.class);
  }
}
