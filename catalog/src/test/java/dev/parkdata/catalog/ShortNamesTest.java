package dev.parkdata.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.parkdata.location.Province;
import dev.parkdata.park.Park;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** Catalogue parks' short names (issue 17): derived by the resolver's rules, found by the name searches. */
class ShortNamesTest {
  private static final DevelopmentZoneCatalog CATALOG = DevelopmentZoneCatalog.edition2018();
  private static final ParkNameResolver RESOLVER = ParkNameResolver.standard();

  private static Park zone(String code) {
    return CATALOG.byCode(code).orElseThrow();
  }

  private static List<String> codes(List<Park> parks) {
    return parks.stream().map(p -> p.id().value()).toList();
  }

  @Test
  void parksHaveTheirSystematicShortNames() {
    assertThat(zone("G432034").names().shortNames()).first().isEqualTo("株洲高新区");
    assertThat(zone("G432034").names().toString()).isEqualTo("株洲高新技术产业开发区 (株洲高新区)");
    assertThat(zone("G322018").names().shortNames()).contains("苏州高新区");
    assertThat(zone("G323040").names().shortNames()).contains("苏州高新区综保区", "苏州高新区综合保税区");
    assertThat(zone("G321090").names().shortNames()).containsExactly("苏州工业园");
    assertThat(ShortForms.shortNames("山东淄川经济开发区", Province.SHANDONG))
        .containsExactly("山东淄川经开区", "淄川经开区", "淄川经济开发区");
    assertThat(ShortForms.shortNames("深圳市高新技术产业园区", Province.GUANGDONG))
        .containsExactly("深圳市高新区", "深圳高新区", "深圳高新技术产业园区");
    // no rule, no prefix: nothing to shorten; never a bare type word
    assertThat(zone("G112001").names().shortNames()).isEmpty();
    assertThat(ShortForms.shortNames("江苏高新技术产业开发区", Province.JIANGSU)).doesNotContain("高新区");
  }

  @Test
  void theNameSearchesFindShortNamesAndRankThemFirst() {
    assertThat(codes(CATALOG.nameContains("株洲高新区"))).first().isEqualTo("G432034");
    assertThat(codes(CATALOG.byName("株洲高新区"))).containsExactly("G432034");
    assertThat(codes(CATALOG.byName("株洲高新技術產業開發區"))).containsExactly("G432034");
    // a zone before its own 综合保税区, whatever the catalogue order
    List<String> suzhou = codes(CATALOG.nameContains("苏州高新区"));
    assertThat(suzhou).startsWith("G322018").contains("G323040");
    List<String> park = codes(CATALOG.nameContains("苏州工业园"));
    assertThat(park).first().isEqualTo("G321090");
    assertThat(park.size()).isGreaterThan(1);
    // an official name ranks before the same text as another zone's short name
    assertThat(codes(CATALOG.query().nameContains("淄川经济开发区").parks())).first()
        .satisfies(code -> assertThat(zone(code).names().official()).endsWith("淄川经济开发区"));
  }

  /** Any name, as a user's file may have it: short names are never blank, never the name, never repeated. */
  @Test
  void anyNameHasWellFormedShortNames() {
    List<String> parts = List.of("江苏省", "江苏", "深圳市", "苏州", "高新技术产业开发区", "经济开发区", "综合保税区",
        "园区", "区", "市", " ", "\t", "x", "", "经济技术开发", "保税", "出口加工", "新技术开发", "工业园");
    qt().withExamples(2000)
        .forAll(lists().of(Generate.pick(parts)).ofSizeBetween(0, 5), Generate.enumValues(Province.class))
        .checkAssert((words, province) -> {
          String name = String.join("", words);
          List<String> shortNames = ShortForms.shortNames(name, province);
          assertThat(shortNames).doesNotContain(name).doesNotHaveDuplicates().allSatisfy(n -> assertThat(n).isNotBlank());
          assertThat(ShortForms.shortNames(name, null)).isSubsetOf(shortNames);
          // the fast rule lookup agrees with the plain one: the first rule whose suffix ends the name
          String[] plain = null;
          for (String[] rule : ShortForms.RULES) {
            if (name.endsWith(rule[0])) {
              plain = rule;
              break;
            }
          }
          assertThat(ShortForms.ruleOf(name)).isSameAs(plain);
        });
  }

  /** Laws over every zone: a short name is no official name of its own, repeats nothing, and names the zone. */
  @Test
  void everyShortNameFindsAndResolvesToItsZone() {
    List<Park> parks = CATALOG.parks();
    qt().withExamples(500).forAll(integers().between(0, parks.size() - 1)).checkAssert(i -> {
      Park park = parks.get(i);
      List<String> shortNames = park.names().shortNames();
      assertThat(new HashSet<>(shortNames)).as("%s", shortNames).hasSize(shortNames.size());
      for (String shortName : shortNames) {
        assertThat(shortName).isNotEqualTo(park.names().official()).hasSizeGreaterThan(3);
        assertThat(CATALOG.byName(shortName)).as(shortName).contains(park);
        assertThat(CATALOG.nameContains(shortName).indexOf(park)).as(shortName)
            .isLessThan(CATALOG.byName(shortName).size());
        assertThat(RESOLVER.resolve(shortName).candidates()).as(shortName)
            .anyMatch(c -> c.park().equals(park));
      }
    });
  }
}
