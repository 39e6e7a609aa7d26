package dev.parkdata.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class IntervalTest {
  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void printsAsGuavasRangeDid() {
    assertThat(Interval.singleton(d("31.85"))).hasToString("[31.85..31.85]");
    assertThat(Interval.open(d("440"), d("450"))).hasToString("(440..450)");
    assertThat(Interval.atMost(d("2000"))).hasToString("(-∞..2000]");
    assertThat(Interval.greaterThan(d("1"))).hasToString("(1..+∞)");
    assertThat(Interval.all()).hasToString("(-∞..+∞)");
    assertThat(Interval.closedOpen(d("1"), d("2"))).hasToString("[1..2)");
  }

  @Test
  void endpointsCompareNumerically() {
    assertThat(Interval.closed(d("1.50"), d("2"))).isEqualTo(Interval.closed(d("1.5"), d("2.000")))
        .hasSameHashCodeAs(Interval.closed(d("1.5"), d("2.000")));
    assertThat(Interval.closed(d("1"), d("2"))).isNotEqualTo(Interval.closedOpen(d("1"), d("2")));
    assertThat(Interval.atLeast(d("1"))).isNotEqualTo(Interval.closed(d("1"), d("2")));
  }

  @Test
  void containsAndEncloses() {
    Interval over = Interval.open(d("20000"), d("30000"));
    assertThat(over.contains(d("20000"))).isFalse();
    assertThat(over.contains(d("25000"))).isTrue();
    assertThat(Interval.atMost(d("5")).contains(d("5.0"))).isTrue();
    assertThat(Interval.all().encloses(over)).isTrue();
    assertThat(Interval.closed(d("20000"), d("30000")).encloses(over)).isTrue();
    assertThat(over.encloses(Interval.closed(d("20000"), d("30000")))).isFalse();
    assertThat(over.encloses(Interval.greaterThan(d("20000")))).isFalse();
    assertThat(Interval.closedOpen(d("2"), d("2")).isEmpty()).isTrue();
    assertThat(Interval.singleton(d("2")).isEmpty()).isFalse();
  }

  @Test
  void refusesWhatIsNoInterval() {
    assertThatThrownBy(() -> Interval.closed(d("2"), d("1"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Interval.open(d("1"), d("1"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Interval.atLeast(d("1")).upperEndpoint()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void metricBoundsAreIntervals() {
    assertThat(Metric.parse("2万余家").bounds()).isEqualTo(Interval.open(d("20000"), d("30000")));
    assertThat(Metric.parse("约100亩").bounds(Tolerance.percent(10))).isEqualTo(Interval.closed(d("90"), d("110")));
  }
}
