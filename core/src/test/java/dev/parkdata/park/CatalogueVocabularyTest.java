package dev.parkdata.park;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parkdata.location.Province;
import dev.parkdata.model.Identifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The enumerations hold every value the national catalogue uses. */
class CatalogueVocabularyTest {
  private static final Path CATALOGUE = Path.of("../../shared/data/development-zones-2018.csv");
  private static List<String[]> rows;

  @BeforeAll
  static void read() throws IOException {
    assumeTrue(Files.exists(CATALOGUE), "the shared catalogue is beside the project root");
    List<String> lines = Files.readAllLines(CATALOGUE, StandardCharsets.UTF_8);
    rows = lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)).collect(Collectors.toList());
    assertThat(rows).hasSize(2543);
  }

  @Test
  void everyZoneTypeIsAParkKindByItsChineseName() {
    Set<String> types = rows.stream().map(r -> r[5]).collect(Collectors.toSet());
    assertThat(types).hasSize(7);
    for (String type : types) {
      assertThat(ParkKind.ofChineseName(type)).as(type).hasValueSatisfying(k -> assertThat(k.isCatalogueType()).isTrue());
    }
    assertThat(ParkKind.values()).filteredOn(ParkKind::isCatalogueType).hasSize(7);
  }

  @Test
  void everyApprovalLevelIsKnownAndMatchesTheCodesLetter() {
    for (String[] row : rows) {
      ApprovalLevel level = ApprovalLevel.ofChineseName(row[4]).orElseThrow();
      assertThat(level)
          .isEqualTo(row[1].startsWith("G") ? ApprovalLevel.STATE_COUNCIL : ApprovalLevel.PROVINCIAL_GOVERNMENT);
    }
  }

  @Test
  void everyProvinceIsKnownAndItsCodeIsTheCataloguePrefix() {
    for (String[] row : rows) {
      Identifier code = Identifier.of(row[1]);
      assertThat(code.isCatalogueCode()).as(row[1]).isTrue();
      Province province = Province.ofChineseName(row[3]).orElseThrow();
      assertThat(Province.ofDivisionCode(row[1].substring(1))).contains(province);
    }
  }
}
