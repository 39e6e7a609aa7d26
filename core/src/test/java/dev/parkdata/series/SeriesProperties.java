package dev.parkdata.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.Range;
import dev.parkdata.metric.Interval;
import dev.parkdata.metric.Metric;
import dev.parkdata.metric.Qualifier;
import dev.parkdata.observation.Period;
import dev.parkdata.unit.Rational;
import dev.parkdata.unit.Unit;
import dev.parkdata.unit.Units;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class SeriesProperties {
  private static final MathContext MC = new MathContext(12);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Positive decimals of up to five digits, with up to two decimal places. */
  private static Gen<BigDecimal> positives() {
    return integers().between(1, 99_999).zip(integers().between(0, 2), (n, scale) -> BigDecimal.valueOf(n, scale));
  }

  /** Metrics of one dimension in {@code units}, with every qualifier a report uses. */
  private static Gen<Metric> metrics(List<Unit> units, List<Qualifier> qualifiers) {
    return positives().zip(positives(), Generate.pick(units), Generate.pick(qualifiers),
            (v, w, u, q) -> q == Qualifier.RANGE ? Metric.range(v, v.add(w), u) : Metric.of(v, u, q))
        .describedAs(m -> m + " " + m.qualifier());
  }

  private static final List<Unit> MONEY = List.of(Units.YI_YUAN, Units.WAN_YUAN);
  private static final List<Unit> COUNTS = List.of(Units.JIA, Units.WAN_JIA);
  private static final List<Qualifier> BOUNDED = List.of(Qualifier.EXACT, Qualifier.OVER, Qualifier.RANGE);
  private static final List<Qualifier> ALL = List.of(Qualifier.values());

  @Test
  void compoundAnnualGrowthOfExactFiguresAppliedBackGivesTheLast() {
    qt().forAll(metrics(MONEY, List.of(Qualifier.EXACT)), metrics(MONEY, List.of(Qualifier.EXACT)),
            integers().between(1, 8))
        .checkAssert((first, last, n) -> {
          Growth g = Growth.compoundAnnual(Period.year(2010), first, Period.year(2010 + n), last, MC);
          BigDecimal f = inReference(first.value(), first.unit());
          BigDecimal l = inReference(last.value(), last.unit());
          // the bounds, applied back, bracket the last value exactly
          assertThat(applied(f, g.bounds().lowerEndpoint(), n)).isLessThanOrEqualTo(l);
          assertThat(applied(f, g.bounds().upperEndpoint(), n)).isGreaterThanOrEqualTo(l);
          // and the stated rate, rounded to the precision asked for, lies within them, a few units
          // of its last digit wide
          BigDecimal rate = g.metric().value();
          assertThat(g.bounds().contains(rate)).isTrue();
          BigDecimal ulp = rate.round(MC).ulp();
          assertThat(g.bounds().upperEndpoint().subtract(g.bounds().lowerEndpoint()))
              .isLessThanOrEqualTo(ulp.multiply(BigDecimal.valueOf(3)));
          BigDecimal back = applied(f, rate, n);
          if (g.isExact()) {
            assertThat(back).isEqualByComparingTo(l);
          }
        });
  }

  @Test
  void compoundAnnualGrowthAppliedBackToAnyFirstValueBracketsEveryLastValue() {
    qt().forAll(metrics(MONEY, BOUNDED), metrics(MONEY, ALL), integers().between(1, 6))
        .checkAssert((first, last, n) -> {
          Growth g = Growth.compoundAnnual(Period.year(2010), first, Period.year(2010 + n), last, MC);
          for (BigDecimal f : corners(first)) {
            for (BigDecimal l : corners(last)) {
              if (g.bounds().hasLowerBound()) {
                assertThat(applied(f, g.bounds().lowerEndpoint(), n)).isLessThanOrEqualTo(l);
              }
              if (g.bounds().hasUpperBound()) {
                assertThat(applied(f, g.bounds().upperEndpoint(), n)).isGreaterThanOrEqualTo(l);
              }
            }
          }
          if (first.qualifier() == Qualifier.APPROXIMATELY || last.qualifier() == Qualifier.APPROXIMATELY) {
            assertThat(g.metric().qualifier()).isEqualTo(Qualifier.APPROXIMATELY); // from 约: 约
          }
        });
  }

  @Test
  void growthBoundsContainTheGrowthOfEveryAllowedPair() {
    qt().forAll(metrics(COUNTS, BOUNDED), metrics(COUNTS, ALL))
        .checkAssert((first, last) -> {
          Growth g = Growth.between(Period.year(2021), first, Period.year(2022), last, MC);
          for (BigDecimal f : corners(first)) {
            for (BigDecimal l : corners(last)) {
              BigDecimal growth = l.divide(f, MathContext.DECIMAL128).subtract(BigDecimal.ONE).multiply(HUNDRED);
              assertThat(closure(g.bounds()).contains(growth.round(MC))
                      || closure(g.bounds()).contains(growth))
                  .as("%s from %s to %s", growth, f, l).isTrue();
            }
          }
        });
  }

  @Test
  void rankingNeverOrdersTwoMetricsWhoseBoundsOverlap() {
    qt().forAll(metrics(COUNTS, ALL), metrics(COUNTS, ALL))
        .checkAssert((a, b) -> {
          Range<Rational> x = Bounds.reference(a);
          Range<Rational> y = Bounds.reference(b);
          boolean overlap = x.isConnected(y) && !x.intersection(y).isEmpty();
          Ranking.Order order = Ranking.compare(a, b);
          if (overlap) {
            assertThat(order).isIn(Ranking.Order.UNORDERED, Ranking.Order.TIED);
          }
          if (order == Ranking.Order.TIED) {
            assertThat(a.isSameQuantity(b) || x.equals(y)).isTrue();
          }
          Ranking.Order reverse = Ranking.compare(b, a);
          assertThat(reverse).isEqualTo(order == Ranking.Order.ABOVE ? Ranking.Order.BELOW
              : order == Ranking.Order.BELOW ? Ranking.Order.ABOVE : order);
        });
  }

  @Test
  void exactFiguresAlwaysRankInATotalOrder() {
    qt().withExamples(200) // each example ranks up to six figures
        .forAll(Generate.intArrays(integers().between(1, 6), integers().between(1, 50)))
        .checkAssert(values -> {
          List<dev.parkdata.observation.Observation> obs = new ArrayList<>();
          for (int i = 0; i < values.length; i++) {
            obs.add(dev.parkdata.observation.Observation.of(dev.parkdata.model.Identifier.of("p" + i),
                dev.parkdata.observation.Indicators.ENTERPRISES, Period.year(2023),
                Metric.of(BigDecimal.valueOf(values[i]), Units.JIA)));
          }
          Ranking r = Ranking.of(dev.parkdata.observation.Indicators.ENTERPRISES, Period.year(2023), obs);
          assertThat(r.isTotal()).isTrue();
          for (int i = 1; i < r.entries().size(); i++) {
            assertThat(r.entries().get(i - 1).observation().metric()
                .compareTo(r.entries().get(i).observation().metric())).isGreaterThanOrEqualTo(0);
          }
        });
  }

  /** The value in the reference unit. */
  private static BigDecimal inReference(BigDecimal v, Unit unit) {
    return Rational.of(v).multiply(unit.factor()).toBigDecimalExact();
  }

  /** {@code f × (1 + percent/100)^n}, exactly. */
  private static BigDecimal applied(BigDecimal f, BigDecimal percent, int n) {
    return f.multiply(BigDecimal.ONE.add(percent.movePointLeft(2)).pow(n));
  }

  /** Values in the closure of the metric's bounds, in the reference unit: its finite ends and its stated values. */
  private static List<BigDecimal> corners(Metric m) {
    List<BigDecimal> out = new ArrayList<>();
    Interval b = m.bounds();
    if (b.hasLowerBound()) {
      out.add(b.lowerEndpoint());
    }
    if (b.hasUpperBound()) {
      out.add(b.upperEndpoint());
    }
    if (closure(b).contains(m.value())) {
      out.add(m.value());
    }
    if (closure(b).contains(m.max())) {
      out.add(m.max());
    }
    List<BigDecimal> reference = new ArrayList<>();
    out.stream().filter(v -> v.signum() > 0).forEach(v -> reference.add(inReference(v, m.unit())));
    return reference;
  }

  private static Interval closure(Interval r) {
    if (r.hasLowerBound() && r.hasUpperBound()) {
      return Interval.closed(r.lowerEndpoint(), r.upperEndpoint());
    }
    if (r.hasLowerBound()) {
      return Interval.atLeast(r.lowerEndpoint());
    }
    return r.hasUpperBound() ? Interval.atMost(r.upperEndpoint()) : Interval.all();
  }
}
