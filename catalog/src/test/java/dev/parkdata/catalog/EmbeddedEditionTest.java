package dev.parkdata.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parkdata.park.Park;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/**
 * The embedded cells file is the embedded CSV, split by Jackson's CSV parser, with the short
 * names the importer gives its zones ({@link ShortForms}): they must not drift apart. After changing the CSV, remake the cells file with {@link #REMAKE}.
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
        + DevelopmentZoneCatalog.EDITION_2018_CSV + " or the short names of ShortForms; remake it with " + REMAKE;
    CatalogCellsFile.Contents embedded = CatalogCellsFile.read(resource(DevelopmentZoneCatalog.EDITION_2018_CELLS));
    // Rows and short names first, so that a failure names the rows that differ; then the bytes.
    assertThat(embedded.rows).as(outOfStep).containsExactlyElementsOf(rows);
    assertThat(embedded.shortNames).as(outOfStep).containsExactlyElementsOf(shortNames(rows));
    assertThat(resource(DevelopmentZoneCatalog.EDITION_2018_CELLS)).as(outOfStep).isEqualTo(expected);
  }

  @Test
  void theEmbeddedEditionIsTheImportOfTheCsv() throws IOException {
    CatalogImport fromCsv;
    try (Reader reader = csvReader()) {
      fromCsv = CatalogImporter.read(reader);
    }
    // Parks, their short names, lines and every violation, including the three faults of the 2018 edition.
    assertThat(DevelopmentZoneCatalog.edition2018().imported()).isEqualTo(fromCsv);
    assertThat(fromCsv.report().violations()).hasSize(3);
  }

  @Test
  void cellsRoundTripThroughTheFormat() {
    List<CatalogRow> rows = List.of(
        CatalogRow.of(2, cells("1", "G112001", "中关村科技园区", "北京市", "国务院", "高新技术产业开发区", "1988.05", "23252.0", "电子信息、生物医药")),
        CatalogRow.of(3, cells("2", "S377018", "山东淄川经济开发区", "山东省", "省政府", "经济开发区", "2006.04", "1000", "")),
        CatalogRow.of(9, cells("", "", "", "", "", "", "", "", "")),
        CatalogRow.of(40_000, cells("a,b", "\"q\"", "x\ny", " ", "國務院", "類型", "2000.04/2002.12", "1", "医、药")),
        CatalogRow.of(40_001, cells("3", "S1", "甲", "", "", "", "", "", "生物医药，医")),
        CatalogRow.of(40_002, cells("4", "S2", "乙", "", "", "", "", "", "生物医药、 医")),
        CatalogRow.of(40_003, cells("5", "S3", "丙", "", "", "", "", "", "药、生物医药")),
        CatalogRow.of(Integer.MAX_VALUE, cells("\u001E\u001F\uFFFD", "\uD842\uDFB7", "", "", "", "", "", "", "")));
    CatalogCellsFile.Contents read = CatalogCellsFile.read(CatalogCellsFile.write(rows));
    assertThat(read.rows).isEqualTo(rows);
    // Industries joined by 、 alone, each as the importer reads it, are given split, each name
    // read as one string; the importer splits the others.
    assertThat(read.industries.get(0)).containsExactly("电子信息", "生物医药");
    assertThat(read.industries.get(3)).containsExactly("医", "药");
    assertThat(read.industries.get(6)).containsExactly("药", "生物医药");
    assertThat(read.industries.get(6).get(1)).isSameAs(read.industries.get(0).get(1));
    assertThat(read.industries.get(1)).isNull();
    assertThat(read.industries.get(4)).isNull();
    assertThat(read.industries.get(5)).isNull();
    assertThat(CatalogImporter.importRows(read.rows, read.shortNames, read.industries))
        .isEqualTo(CatalogImporter.importRows(rows));
    // A cell the same as the one above is read as the same string.
    List<CatalogRow> sameAbove = List.of(
        CatalogRow.of(2, cells("1", "G112001", "中关村科技园区", "北京市", "国务院", "高新技术产业开发区", "1988.05", "1", "")),
        CatalogRow.of(3, cells("2", "G112002", "北京经济技术开发区", "北京市", "国务院", "经济技术开发区", "1994.08", "1", "")));
    CatalogCellsFile.Contents same = CatalogCellsFile.read(CatalogCellsFile.write(sameAbove));
    assertThat(same.rows).isEqualTo(sameAbove);
    assertThat(same.rows.get(1).get(CatalogColumn.PROVINCE)).isSameAs(same.rows.get(0).get(CatalogColumn.PROVINCE));
    assertThat(read.shortNames).isEqualTo(shortNames(rows));
    assertThat(read.shortNames.get(1)).containsExactly("山东淄川经开区", "淄川经开区", "淄川经济开发区");
    assertThat(CatalogCellsFile.read(CatalogCellsFile.write(List.of())).rows).isEmpty();
  }

  @Test
  void aCellTheFormatCannotHoldIsNotWritten() {
    CatalogRow row = CatalogRow.of(5, cells("1", "G".repeat(CatalogCellsFile.MAX_LENGTH + 1), "", "", "", "", "", "", ""));
    assertThatThrownBy(() -> CatalogCellsFile.write(List.of(row)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 5")
        .hasMessageContaining("代码");
    CatalogRow longest = CatalogRow.of(5, cells("1", "G".repeat(CatalogCellsFile.MAX_LENGTH), "", "", "", "", "", "", ""));
    assertThat(CatalogCellsFile.read(CatalogCellsFile.write(List.of(longest))).rows).containsExactly(longest);
    // The longest Latin-1 text in every column: the leading industries' too, stored as text (a
    // space at the end keeps the importer from reading it as an industry), whose entry must not
    // be the one that marks industries given.
    for (int column = 0; column < CatalogColumn.values().length; column++) {
      String[] longestCells = {"1", "G1", "", "", "", "", "", "", ""};
      longestCells[column] = "x".repeat(CatalogCellsFile.MAX_LENGTH - 1) + " ";
      CatalogRow longestInColumn = CatalogRow.of(5, cells(longestCells));
      assertThat(CatalogCellsFile.read(CatalogCellsFile.write(List.of(longestInColumn))).rows)
          .as("column %s", column).containsExactly(longestInColumn);
    }
    // UTF-16 holds any text, a lone surrogate too.
    CatalogRow lone = CatalogRow.of(6, cells("1", "G1", "\uD842", "", "", "", "", "", "\uDFB7"));
    assertThat(CatalogCellsFile.read(CatalogCellsFile.write(List.of(lone))).rows).containsExactly(lone);
  }

  @Test
  void aDamagedFileIsRejectedNotMisread() {
    byte[] good = CatalogCellsFile.write(List.of(CatalogRow.of(2, cells("1", "G1", "甲", "", "", "", "", "", ""))));
    assertThatThrownBy(() -> CatalogCellsFile.read("catalog\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a catalogue cells file");
    assertThatThrownBy(() -> CatalogCellsFile.read(Arrays.copyOf(good, good.length - 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("damaged");
    // Any byte changed, in the text or the checksum, is found.
    for (int i = 0; i < good.length; i++) {
      for (int bit = 0; bit < 8; bit++) {
        byte[] broken = good.clone();
        broken[i] ^= (byte) (1 << bit);
        assertThatThrownBy(() -> CatalogCellsFile.read(broken))
            .as("byte %s, bit %s", i, bit)
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageMatching(".*(damaged|not a catalogue cells file).*");
      }
    }
  }

  @Test
  void aFileWhoseRecordsDoNotFitItsTextIsRejectedEvenWithAGoodChecksum() {
    byte[] good = CatalogCellsFile.write(List.of(CatalogRow.of(2, cells("1", "G1", "甲", "", "", "", "", "", ""))));
    int sections = CatalogCellsFile.MAGIC.length() + 1;
    // The UTF-16 section without 甲 (its last two bytes), its length told.
    byte[] shorter = Arrays.copyOf(good, good.length - 2);
    shorter[sections + 11] -= 2;
    assertThatThrownBy(() -> CatalogCellsFile.read(withChecksum(shorter)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2 is cut short");
    // The same, its length not told.
    assertThatThrownBy(() -> CatalogCellsFile.read(withChecksum(Arrays.copyOf(good, good.length - 2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lengths of its sections");
    // Half of 甲: an odd number of UTF-16 bytes.
    byte[] half = Arrays.copyOf(good, good.length - 1);
    half[sections + 11] -= 1;
    assertThatThrownBy(() -> CatalogCellsFile.read(withChecksum(half)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lengths of its sections");
    // 甲 in the section of Latin-1 texts: the UTF-16 section then has text no record takes.
    byte[] moved = good.clone();
    int nameEntry = sections + 12 + 4 + 2 * CatalogColumn.NAME.ordinal();
    moved[nameEntry] |= (byte) 0x80;
    assertThatThrownBy(() -> CatalogCellsFile.read(withChecksum(moved)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cut short");
    // 序号 of no characters: one of the Latin-1 section's is left over.
    byte[] leftOver = good.clone();
    leftOver[sections + 12 + 4 + 1] = (byte) 0;
    assertThatThrownBy(() -> CatalogCellsFile.read(withChecksum(leftOver)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("do not account for all of its text");
    // The first record's province the same as above.
    byte[] noAbove = good.clone();
    int province = sections + 12 + 4 + 2 * CatalogColumn.PROVINCE.ordinal();
    noAbove[province] = (byte) 0xFF;
    noAbove[province + 1] = (byte) 0xFF;
    assertThatThrownBy(() -> CatalogCellsFile.read(withChecksum(noAbove)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the same as above but is the first");
    // A record without its last entry.
    byte[] lessRecord = good.clone();
    lessRecord[sections + 3] -= 2;
    lessRecord[sections + 7] += 2;
    assertThatThrownBy(() -> CatalogCellsFile.read(withChecksum(lessRecord)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cut short");
    int record = sections + 12 + 4 + 2 * CatalogColumn.values().length; // the first record's short names
    // A short name that begins with more than the name has.
    byte[] longShort = CatalogCellsFile.write(
        List.of(CatalogRow.of(2, cells("1", "G432034", "株洲高新技术产业开发区", "湖南省", "国务院", "高新技术产业开发区", "1992.11", "1", ""))));
    longShort[record + 4] = 0x7F;
    assertThatThrownBy(() -> CatalogCellsFile.read(withChecksum(longShort)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("begins with more than its zone's name");
    // An industry whose name has not been given.
    byte[] industry = CatalogCellsFile.write(List.of(CatalogRow.of(2, cells("1", "G1", "甲", "", "", "", "", "", "乙、丙"))));
    industry[record + 2 + 2 + 1] = 1;
    assertThatThrownBy(() -> CatalogCellsFile.read(withChecksum(industry)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("an industry not yet given");
  }

  /** {@code file} with the checksum of its other bytes in its last four. */
  private static byte[] withChecksum(byte[] file) {
    CRC32 crc = new CRC32();
    crc.update(file, 0, file.length - 4);
    for (int i = 0; i < 4; i++) {
      file[file.length - 4 + i] = (byte) (crc.getValue() >>> (24 - 8 * i));
    }
    return file;
  }

  /** The short names the importer gives the zone of each row. */
  private static List<List<String>> shortNames(List<CatalogRow> rows) {
    List<List<String>> names = new ArrayList<>();
    for (Park park : CatalogImporter.importRows(rows).parks()) {
      names.add(park.names().shortNames());
    }
    return names;
  }

  private static String[] cells(String... cells) {
    return cells;
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
