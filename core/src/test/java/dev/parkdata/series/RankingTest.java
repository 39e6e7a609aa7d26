package dev.parkdata.series;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parkdata.metric.Metric;
import dev.parkdata.model.Identifier;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.series.Ranking.Order;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {

  private static Order compare(String a, String b) {
    return Ranking.compare(Metric.parse(a), Metric.parse(b));
  }

  @Test
  void ordersOnlyWhereBoundsAllow() {
    assertThat(compare("3万家", "2万余家")).isEqualTo(Order.ABOVE); // (20000, 30000) is open at 30000
    assertThat(compare("2万余家", "1.9万家")).isEqualTo(Order.ABOVE);
    assertThat(compare("约2万家", "2.1万家")).isEqualTo(Order.UNORDERED);
    assertThat(compare("2万余家", "2.5万家")).isEqualTo(Order.UNORDERED); // 25000 lies in (20000, 30000)
    assertThat(compare("2万家", "20000家")).isEqualTo(Order.TIED);
    assertThat(compare("2万余家", "2万余家")).isEqualTo(Order.UNORDERED); // two unknowns in one interval
    assertThat(compare("1亿元", "9000万元")).isEqualTo(Order.ABOVE);
    assertThat(compare("最高1亿元", "1亿元以上")).isEqualTo(Order.UNORDERED); // both may be exactly 1亿元
    assertThat(compare("不到1亿元", "1亿元以上")).isEqualTo(Order.BELOW);
  }

  @Test
  void ranksAreRangesWhereFiguresCannotBeOrdered() {
    Period p = Period.year(2023);
    Ranking r = Ranking.of(Indicators.ENTERPRISES, p, List.of(
        obs("a", "3.5万家", p), obs("b", "约2万家", p), obs("c", "2.1万家", p), obs("d", "1000家", p),
        obs("e", "1000家", p), obs("f", "5万家", Period.year(2022))));
    assertThat(r.entries()).extracting(e -> e.rankText() + " " + e.subject().value())
        .containsExactly("1–2 a", "1–5 b", "2–3 c", "3–5 d", "3–5 e");
    assertThat(r.isTotal()).isFalse();
  }

  @Test
  void aTotalOrderWithTies() {
    Period p = Period.year(2023);
    Ranking r = Ranking.of(Indicators.ENTERPRISES, p, List.of(
        obs("x", "3万家", p), obs("y", "20000家", p), obs("z", "2万家", p), obs("w", "2万余家", Period.year(2022))));
    assertThat(r.entries()).extracting(e -> e.rankText() + " " + e.subject().value())
        .containsExactly("1 x", "=2 y", "=2 z");
    assertThat(r.isTotal()).isTrue();
  }

  private static Observation obs(String id, String metric, Period p) {
    return Observation.of(Identifier.of(id), Indicators.ENTERPRISES, p, Metric.parse(metric));
  }
}
