package dev.parkdata.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.parkdata.park.Park;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class PlacementTest {
  private static final DevelopmentZoneCatalog CATALOG = DevelopmentZoneCatalog.edition2018();

  private static Placement placement(String code) {
    return CATALOG.placement(CATALOG.byCode(code).orElseThrow()).orElseThrow();
  }

  @Test
  void theIssuesExamples() {
    Placement zhuzhou = placement("G432034");
    assertThat(zhuzhou.division().code()).isEqualTo("430200");
    assertThat(zhuzhou.level()).isEqualTo(DivisionLevel.PREFECTURE);
    assertThat(zhuzhou.matched()).isEqualTo("株洲");
    assertThat(zhuzhou.reason()).contains("株洲", "430200 株洲市", "430000 湖南省");
    // S377018, a code the 2018 edition gives to two zones: found by name.
    Placement zichuan = CATALOG.placement(CATALOG.byName("山东淄川经济开发区").get(0)).orElseThrow();
    assertThat(zichuan.division().code()).isEqualTo("370302");
    assertThat(zichuan.level()).isEqualTo(DivisionLevel.COUNTY);
    Placement yangpu = placement("G461188");
    assertThat(yangpu.division().code()).isEqualTo("460000");
    assertThat(yangpu.matched()).isEmpty();
    assertThat(yangpu.reason()).contains("names no prefecture or county");
    assertThat(yangpu.toString()).startsWith("G461188 → 460000 海南省 (省级)");
  }

  @Test
  void aHandCheckedSampleOfPlacements() throws IOException {
    String text;
    try (InputStream in = PlacementTest.class.getResourceAsStream("placements-checked.tsv")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    int rows = 0;
    for (String line : text.split("\n")) {
      if (line.startsWith("#") || line.startsWith("zone\t") || line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\t");
      Placement placement = placement(cells[0]);
      assertThat(placement.division().code()).as("%s %s: %s", cells[0], cells[2], cells[4]).isEqualTo(cells[1]);
      assertThat(placement.division().name()).as("%s", cells[0]).isEqualTo(cells[3]);
      rows++;
    }
    assertThat(rows).isGreaterThanOrEqualTo(100);
  }

  /** The counts docs/places.md reports: change both together. */
  @Test
  void everyZoneIsPlacedAndTheCountsAreTheDocumentedOnes() {
    Map<DivisionLevel, Integer> counts = new EnumMap<>(DivisionLevel.class);
    for (Park park : CATALOG.parks()) {
      counts.merge(CATALOG.placement(park).orElseThrow().level(), 1, Integer::sum);
    }
    assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(
        DivisionLevel.COUNTY, 1617, DivisionLevel.PREFECTURE, 732, DivisionLevel.PROVINCE, 194));
  }

  @Test
  void everyPlacementIsInTheZonesProvinceAndNamedByItsName() {
    qt().withExamples(300)
        .forAll(Generate.pick(CATALOG.parks()).describedAs(p -> p.id() + " " + p.names().official()))
        .checkAssert(park -> {
          Placement placement = CATALOG.placement(park).orElseThrow();
          String province = park.location().orElseThrow().province().orElseThrow().code();
          assertThat(placement.division().code()).startsWith(province);
          assertThat(placement.division().inUseIn(2018)).isTrue();
          assertThat(NameFolding.fold(park.names().official())).contains(placement.matched());
          if (placement.level() != DivisionLevel.PROVINCE) {
            assertThat(placement.matched()).isNotEmpty();
          }
        });
  }

  @Test
  void zonesAreSelectedByCityAndCounty() {
    assertThat(CATALOG.byCity("株洲")).extracting(p -> p.id().value()).contains("G432034");
    assertThat(CATALOG.byCity("株洲市")).isEqualTo(CATALOG.byCity("430200"));
    assertThat(CATALOG.byCity("蘇州")).extracting(p -> p.names().official())
        .contains("苏州工业园区", "昆山经济技术开发区").doesNotContain("南京高新技术产业开发区");
    assertThat(CATALOG.byCounty("淄川")).extracting(p -> p.names().official()).containsExactly("山东淄川经济开发区");
    // A county's zones are among its city's.
    assertThat(CATALOG.byCity("淄博")).containsAll(CATALOG.byCounty("淄川"));
    assertThat(CATALOG.byCity("北京")).hasSize(CATALOG.byProvince(dev.parkdata.location.Province.BEIJING).size());
    assertThat(CATALOG.query().inCity("苏州").ofType(dev.parkdata.park.ParkKind.HIGH_TECH_ZONE).parks())
        .extracting(p -> p.id().value()).contains("G322018");
    assertThat(CATALOG.query().inCity("苏州").toString()).isEqualTo("CatalogQuery[city=苏州]");
    assertThatThrownBy(() -> CATALOG.byCity("淄川")).hasMessageContaining("淄川");
    assertThatThrownBy(() -> CATALOG.byCounty(" ")).isInstanceOf(IllegalArgumentException.class);
    String zhuzhou = CATALOG.byCity("株洲").stream().map(p -> p.names().official()).collect(Collectors.joining());
    assertThat(zhuzhou).doesNotContain("湘潭");
  }
}
