package dev.parkdata.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Issue 15: any text given to the {@link CatalogImporter} imports or throws {@link
 * CatalogFormatException}, nothing else, and a large file built of it imports in bounded time.
 * Issue 17: whatever it imports, a {@link CatalogZonesFile} gives back equal, digits of areas and
 * all; and the embedded edition's file, damaged past its checksum, reads or throws {@link
 * IllegalArgumentException}, nothing else.
 */
class HostileCatalogProperties {
  private static final String HEADER = "序号,代码,开发区名称,省份,批准级别,开发区类型,批准时间,核准面积_公顷,主导产业\n";

  /** Cells a catalogue row is made of, good and bad, so that generated rows reach every check. */
  private static final List<String> CELLS = List.of(
      "", "1", "G622052", "S377018", "G62205", "X", "兰州高新技术产业开发区", "甘肃省", "北京市", "火星",
      "国务院", "省政府", "高新技术产业开发区", "经济技术开发区", "1991.03", "2000.04/2002.12", "0000.01",
      "9999.12", "1991.13", "1496", "23252.5", "3553.0", "1234567890123456789012.50", "0", "0.00", "1e5", "-3", "1" + "0".repeat(3000),
      "生物医药、新材料", "\"a,b\"", "\"", "\uFFFD", "\uD800", "𠀀", " ", "\r");

  private static Gen<String> rows() {
    Gen<String> row = lists().of(Generate.pick(CELLS)).ofSizeBetween(0, 11).map(cells -> String.join(",", cells));
    return lists().of(row).ofSizeBetween(0, 20).map(rows -> String.join("\n", rows));
  }

  /** A file: the header and generated rows, or arbitrary text. */
  private static Gen<String> files() {
    Gen<String> withHeader = rows().map(rows -> HEADER + rows);
    Gen<String> unicode = strings().allPossible().ofLengthBetween(0, 300);
    return Generate.frequency(List.of(Pair.of(4, withHeader), Pair.of(1, unicode)))
        .describedAs(t -> "\"" + (t.length() > 300 ? t.substring(0, 300) + "…" : t) + "\"");
  }

  @Test
  void anyTextImportsOrIsACatalogFormatException() {
    qt().forAll(files()).checkAssert(text -> {
      try {
        CatalogImport imported = CatalogImporter.read(new StringReader(text));
        assertThat(imported.parks()).hasSameSizeAs(imported.lines());
      } catch (CatalogFormatException expected) {
        assertThat(expected.line()).isPositive();
      }
      try {
        CatalogImporter.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
      } catch (CatalogFormatException expected) {
        assertThat(expected.getMessage()).startsWith("line ");
      }
    });
  }

  @Test
  void anyImportRoundTripsThroughTheZonesFile() {
    // Faulty rows too: codes that are none (line-N), no province, months beyond the years, areas
    // beyond the limits, lone surrogates, and their violations.
    qt().forAll(rows().map(rows -> HEADER + rows)).checkAssert(text -> {
      CatalogImport imported;
      try {
        imported = CatalogImporter.read(new StringReader(text));
      } catch (CatalogFormatException notAnImport) {
        return;
      }
      CatalogImport read = CatalogZonesFile.read(CatalogZonesFile.write(imported));
      assertThat(read).isEqualTo(imported);
      EmbeddedEditionTest.assertSameAreaDigits(read, imported);
    });
  }

  @Test
  void anyDamageToTheZonesFileReadsOrIsAnIllegalArgumentException() {
    // Damage the checksum does not find: bytes changed, then the checksum made again. The reader
    // must neither throw anything else nor loop; what it reads is a valid import or nothing.
    byte[] good = CatalogZonesFile.write(DevelopmentZoneCatalog.edition2018().imported());
    int from = CatalogZonesFile.MAGIC.length() + 1;
    qt().forAll(
            lists().of(integers().between(from, good.length - 5)).ofSizeBetween(1, 4),
            lists().of(integers().between(0, 255)).ofSizeBetween(4, 4))
        .checkAssert((positions, values) -> {
          byte[] damaged = good.clone();
          for (int i = 0; i < positions.size(); i++) {
            damaged[positions.get(i)] = (byte) (int) values.get(i);
          }
          CRC32 crc = new CRC32();
          crc.update(damaged, 0, damaged.length - 4);
          ByteBuffer.wrap(damaged, damaged.length - 4, 4).putInt((int) crc.getValue());
          try {
            assertThat(CatalogZonesFile.read(damaged).parks()).isNotNull();
          } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).isNotBlank();
          }
        });
  }

  @Test
  void aLargeFileOfAnyRowsImportsInBoundedTime() {
    // Each case imports about 2 MB, and at most 200,000 rows: a park and its violations are kept
    // for every row, so a file of short rows would otherwise test the test JVM's heap instead.
    // 20 cases still cover the kinds of row.
    qt().withExamples(20).forAll(rows()).checkAssert(rows -> {
      String body = rows.isEmpty() ? "\n" : rows + "\n";
      int lines = (int) body.chars().filter(c -> c == '\n').count();
      String large = HEADER + body.repeat(Math.min(2_000_000 / body.length() + 1, 200_000 / lines + 1));
      long start = System.nanoTime();
      try {
        CatalogImporter.read(new StringReader(large));
      } catch (CatalogFormatException expected) {
        // a malformed file: refused, in no more time
      }
      long ms = (System.nanoTime() - start) / 1_000_000;
      assertThat(ms).as("importing %s chars", large.length()).isLessThan(60_000);
    });
  }
}
