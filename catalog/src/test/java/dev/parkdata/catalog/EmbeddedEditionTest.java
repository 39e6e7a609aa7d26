package dev.parkdata.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The embedded cells file is the embedded CSV, split by Jackson's CSV parser: the two must not
 * drift apart. After changing the CSV, remake the cells file with {@link #REMAKE}.
 */
class EmbeddedEditionTest {
  static final String REMAKE = "./mvnw -pl catalog -am test"
      + " -Dtest='EmbeddedEditionTest#theCellsFileHoldsExactlyTheRowsOfTheCsv'"
      + " -Dsurefire.failIfNoSpecifiedTests=false -Dparkdata.catalog.remake=true";

  private static final Path CELLS_SOURCE =
      Paths.get("src/main/resources/dev/parkdata/catalog", DevelopmentZoneCatalog.EDITION_2018_CELLS);

  @Test
  void theCellsFileHoldsExactlyTheRowsOfTheCsv() throws IOException {
    List<CatalogRow> rows = csvRows();
    byte[] expected = CatalogCellsFile.write(rows);
    if (Boolean.getBoolean("parkdata.catalog.remake")) {
      // The class path still holds the old copy until the next build.
      Files.write(CELLS_SOURCE, expected);
      assertThat(Files.readAllBytes(CELLS_SOURCE)).isEqualTo(expected);
      return;
    }
    String outOfStep = DevelopmentZoneCatalog.EDITION_2018_CELLS + " is out of step with "
        + DevelopmentZoneCatalog.EDITION_2018_CSV + "; remake it with " + REMAKE;
    byte[] embedded = resource(DevelopmentZoneCatalog.EDITION_2018_CELLS);
    // Rows first, so that a failure names the rows that differ; then the bytes.
    assertThat(CatalogCellsFile.read(embedded)).as(outOfStep).containsExactlyElementsOf(rows);
    assertThat(embedded).as(outOfStep).isEqualTo(expected);
  }

  @Test
  void theEmbeddedEditionIsTheImportOfTheCsv() throws IOException {
    CatalogImport fromCsv;
    try (Reader reader = csvReader()) {
      fromCsv = CatalogImporter.read(reader);
    }
    // Parks, their lines and every violation, including the three faults of the 2018 edition.
    assertThat(DevelopmentZoneCatalog.edition2018().imported()).isEqualTo(fromCsv);
    assertThat(fromCsv.report().violations()).hasSize(3);
  }

  @Test
  void cellsRoundTripThroughTheFormat() {
    List<CatalogRow> rows = List.of(
        CatalogRow.of(2, cells("1", "G112001", "中关村科技园区", "北京市", "国务院", "高新技术产业开发区", "1988.05", "23252.0", "电子信息、生物医药")),
        CatalogRow.of(9, cells("", "", "", "", "", "", "", "", "")),
        CatalogRow.of(12, cells("a,b", "\"q\"", "x\ny", " ", "國務院", "類型", "2000.04/2002.12", "1", "医、药")));
    assertThat(CatalogCellsFile.read(CatalogCellsFile.write(rows))).isEqualTo(rows);
    assertThat(CatalogCellsFile.read(CatalogCellsFile.write(List.of()))).isEmpty();
  }

  @Test
  void aCellHoldingASeparatorCannotBeWritten() {
    CatalogRow row = CatalogRow.of(5, cells("1", "G1\u001F", "", "", "", "", "", "", ""));
    assertThatThrownBy(() -> CatalogCellsFile.write(List.of(row)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 5")
        .hasMessageContaining("代码");
  }

  @Test
  void aDamagedFileIsRejectedNotMisread() {
    byte[] good = CatalogCellsFile.write(List.of(CatalogRow.of(2, cells("1", "G1", "甲", "", "", "", "", "", ""))));
    String text = new String(good, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> CatalogCellsFile.read("catalog\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a catalogue cells file");
    assertThatThrownBy(() -> CatalogCellsFile.read(bytes(text.substring(0, text.length() - 1))))
        .hasMessageContaining("not ended");
    assertThatThrownBy(() -> CatalogCellsFile.read(bytes(text.replace("甲\u001F", "甲"))))
        .hasMessageContaining("line 2 has 8 cells, not 9");
    assertThatThrownBy(() -> CatalogCellsFile.read(bytes(text.replace("甲\u001F", "甲\u001Fextra\u001F"))))
        .hasMessageContaining("line 2 has more than 9 cells");
  }

  @Test
  void bytesThatAreNotUtf8AndBadLineNumbersAreRejected() {
    byte[] good = CatalogCellsFile.write(List.of(CatalogRow.of(2, cells("1", "G1", "甲", "", "", "", "", "", ""))));
    byte[] broken = good.clone();
    // The magic line, then "2␟1␟G1␟": the next byte is the first of 甲's three.
    broken[CatalogCellsFile.MAGIC.length() + 1 + 7] = (byte) 'A';
    assertThatThrownBy(() -> CatalogCellsFile.read(broken))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not UTF-8");
    String text = new String(good, StandardCharsets.UTF_8);
    for (String line : List.of("x", "+2", "-2", "1234567890")) {
      assertThatThrownBy(() -> CatalogCellsFile.read(bytes(text.replace("\n2\u001F", "\n" + line + "\u001F"))))
          .as(line)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("does not begin with a line number");
    }
    CatalogRow replacement = CatalogRow.of(3, cells("1", "G1", "\uFFFD", "", "", "", "", "", ""));
    assertThatThrownBy(() -> CatalogCellsFile.write(List.of(replacement)))
        .hasMessageContaining("line 3")
        .hasMessageContaining("U+FFFD");
  }

  private static String[] cells(String... cells) {
    return cells;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static List<CatalogRow> csvRows() throws IOException {
    try (Reader reader = csvReader()) {
      return CatalogCsv.read(reader);
    }
  }

  private static Reader csvReader() {
    return new InputStreamReader(
        DevelopmentZoneCatalog.class.getResourceAsStream(DevelopmentZoneCatalog.EDITION_2018_CSV),
        StandardCharsets.UTF_8);
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = DevelopmentZoneCatalog.class.getResourceAsStream(name)) {
      assertThat(in).as("resource %s", name).isNotNull();
      return in.readAllBytes();
    }
  }
}
