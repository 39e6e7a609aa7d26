package dev.parkdata.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParkNameResolverTest {
  private static final ParkNameResolver RESOLVER = ParkNameResolver.standard();

  private static String code(String name, String near) {
    return RESOLVER.resolve(name, near).park().map(p -> p.id().value()).orElse(null);
  }

  @Test
  void theIssuesExamples() {
    ParkNameResolution zhuzhou = RESOLVER.resolve("株洲高新区");
    assertThat(zhuzhou.status()).isEqualTo(ParkNameResolution.Status.RESOLVED);
    assertThat(zhuzhou.park().orElseThrow().id().value()).isEqualTo("G432034");
    assertThat(zhuzhou.match()).contains(ParkNameResolver.Match.SHORT_FORM);
    assertThat(code("蕪湖經開區", null)).isEqualTo("G341023");
    assertThat(code("江门高新区", null)).isEqualTo("G442131");
    assertThat(code("光谷", null)).isEqualTo("G422031");
    assertThat(code("苏州高新区", null)).isEqualTo("G322018");
    assertThat(code("苏州高新区综合保税区", null)).isEqualTo("G323040");
    assertThat(code("江苏苏州高新区", null)).isEqualTo("G322018");
    assertThat(code("中关村丰台园", null)).isEqualTo("G112001");
    assertThat(RESOLVER.resolve("中关村丰台园").match()).contains(ParkNameResolver.Match.SUB_PARK);
  }

  @Test
  void whatIsNoCatalogueZoneIsNone() {
    for (String name : List.of("两江新区", "天府新区", "高新区", "经开区", "开发区", "天津滨海新区", "中国(上海)自由贸易试验区")) {
      assertThat(RESOLVER.resolve(name).park()).as(name).isEmpty();
    }
    assertThat(RESOLVER.resolve("开发区", "中山").park()).isEmpty();
    assertThat(RESOLVER.resolve("两江新区").status()).isEqualTo(ParkNameResolution.Status.NONE);
  }

  @Test
  void aPlaceNearbyChoosesAmongEqualCandidates() {
    ParkNameResolution torch = RESOLVER.resolve("火炬开发区");
    assertThat(torch.status()).isEqualTo(ParkNameResolution.Status.AMBIGUOUS);
    assertThat(torch.candidates()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(torch.candidates().get(0).why()).isNotBlank();
    assertThat(code("火炬开发区", "中山")).isEqualTo("G442040");
  }

  @Test
  void aSideOfAZoneIsTheZone() {
    ParkNameResolution west = RESOLVER.resolve("成都高新西区");
    assertThat(west.park().map(p -> p.id().value())).contains("G512045");
    assertThat(west.match()).contains(ParkNameResolver.Match.SUB_PARK);
    assertThat(west.candidates().get(0).why()).startsWith("the 西区 of ");
    assertThat(code("成都高新区西区", null)).isEqualTo("G512045");
    assertThat(code("廣州開發區東區", null)).isEqualTo(code("广州开发区", null)).isNotNull();
    // a side of no zone, and a side that is a place's own name (河西区), name none
    for (String name : List.of("某某高新西区", "高新西区", "河西区", "天津河西区")) {
      assertThat(RESOLVER.resolve(name).park()).as(name).isEmpty();
    }
  }

  @Test
  void aPlaceWrittenBeforeAZonesNameMustHoldTheZone() {
    // 南川工业园 is two zones' short name; the place written tells them apart: 青海南川工业园区
    // is placed no closer than 青海, which holds 西宁
    assertThat(RESOLVER.resolve("南川工业园").status()).isEqualTo(ParkNameResolution.Status.AMBIGUOUS);
    ParkNameResolution xining = RESOLVER.resolve("西寧南川工業園");
    assertThat(xining.park().map(p -> p.id().value())).contains("S639004");
    assertThat(xining.candidates().get(0).why()).endsWith("written after the place 西宁");
    assertThat(code("重庆南川工业园", null)).isEqualTo("S509036");
    // a place that does not hold the zone makes no candidate of it
    for (String name : List.of("苏州元洪投资区", "成都南川工业园", "深圳元洪投资区")) {
      assertThat(RESOLVER.resolve(name).candidates()).as(name).isEmpty();
    }
    // nor does a county of the prefecture a zone is placed in: its own park may share a common
    // word with the zone (昌邑's 滨海 zone is not 潍坊's), so 福清元洪投资区 is none as well
    for (String name : List.of("昌邑滨海经济开发区", "寿光滨海经济开发区", "梅河口医药高新区", "同安火炬高新区", "福清元洪投资区")) {
      assertThat(RESOLVER.resolve(name).park()).as(name).isEmpty();
    }
  }

  /**
   * The score on real-park-names.jsonl: a name expected to be no zone is right when the
   * resolver names none (none or ambiguous); a wrong code is the worst outcome.
   */
  @Test
  void scoresAtLeast95PercentOnRealNames() throws IOException {
    int right = 0;
    List<String> wrong = new ArrayList<>();
    List<String> none = new ArrayList<>();
    List<Map<String, Object>> names = RealParkNamesFileTest.names();
    for (Map<String, Object> n : names) {
      String expected = (String) n.get("expected");
      String got = code((String) n.get("written"), (String) n.get("near"));
      String line = n.get("id") + " " + n.get("written") + " expected " + expected + " got " + got;
      if (expected == null ? got == null : expected.equals(got)) {
        right++;
      } else if (got == null) {
        none.add(line);
      } else {
        wrong.add(line);
      }
    }
    System.out.printf("ParkNameResolver on %d real names: right %d, wrong %d, none %d%n",
        names.size(), right, wrong.size(), none.size());
    wrong.forEach(w -> System.out.println("  wrong: " + w));
    none.forEach(w -> System.out.println("  none:  " + w));
    // A wrong code counts double.
    assertThat(right - wrong.size()).as("right %s, wrong %s, none %s", right, wrong, none)
        .isGreaterThanOrEqualTo((int) Math.ceil(0.95 * names.size()));
  }

  @Test
  void findsTheLongestKnownNameEndingAtAPosition() {
    String text = "会上，蘇州高新區与苏州高新技术产业开发区综合保税区签约，全省产业园区增长。";
    int end = text.indexOf("与");
    assertThat(RESOLVER.nameStart(text, 0, end)).isEqualTo(text.indexOf("蘇州"));
    assertThat(RESOLVER.nameStart(text, text.indexOf("州"), end)).as("not before from").isEqualTo(-1);
    int bonded = text.indexOf("签约");
    assertThat(RESOLVER.nameStart(text, 0, bonded)).isEqualTo(text.indexOf("苏州高新技术"));
    // a name without its place that ends dozens of zones' names (产业园区) names none of them
    assertThat(RESOLVER.nameStart(text, 0, text.indexOf("增长"))).isEqualTo(-1);
    assertThat(RESOLVER.resolve("产业园区").status()).isEqualTo(ParkNameResolution.Status.NONE);
    assertThatThrownBy(() -> RESOLVER.nameStart(text, 0, text.length() + 1))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }
}
