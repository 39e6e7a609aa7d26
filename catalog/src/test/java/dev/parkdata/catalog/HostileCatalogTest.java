package dev.parkdata.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.parkdata.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15: hostile catalogue files cost linear time, and their faults are faults of rows. */
class HostileCatalogTest {
  private static final String HEADER = "序号,代码,开发区名称,省份,批准级别,开发区类型,批准时间,核准面积_公顷,主导产业\n";
  private static final String GOOD = "1,G622052,兰州高新技术产业开发区,甘肃省,国务院,高新技术产业开发区,1991.03,1496,生物医药、新材料\n";
  private static final Charset GB18030 = Charset.forName("GB18030");

  private static CatalogImport read(String... rows) {
    return CatalogImporter.read(new StringReader(HEADER + String.join("", rows)));
  }

  @Test
  void twoHundredThousandRowsOfOneCodeImportInLinearTime() {
    String rows = GOOD.repeat(200_000);
    // Bounds are generous (builds share a busy machine): before, this took minutes and 1.5 GB.
    DevelopmentZoneCatalog catalog = assertTimeoutPreemptively(Duration.ofSeconds(120),
        () -> DevelopmentZoneCatalog.of(new StringReader(HEADER + rows)));
    assertThat(catalog.size()).isEqualTo(200_000);
    assertThat(catalog.validation().withCode("catalog.duplicate-code").violations()).hasSize(199_999);
  }

  @Test
  void anAreaOfNinetyNineThousandDigitsIsAViolationAndCheap() {
    String huge = "1".repeat(99_000);
    CatalogImport imported = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> read(("1,G622052,甲,甘肃省,国务院,高新技术产业开发区,1991.03," + huge + ",x\n").repeat(100)));
    assertThat(imported.report().withCode("catalog.area-malformed").violations()).hasSize(100);
    assertThat(imported.parks().get(0).areas()).isEmpty();
    assertThat(imported.report().violations().get(0).english()).contains("99000 characters").hasSizeLessThan(300);
  }

  @Test
  void anAreaOfZeroIsAnError() {
    CatalogImport imported = read("1,G622052,甲,甘肃省,国务院,高新技术产业开发区,1991.03,0.00,x\n");
    assertThat(imported.report().violations()).extracting(Violation::code).containsExactly("catalog.area-zero");
    assertThat(imported.parks().get(0).areas()).isEmpty();
  }

  @Test
  void approvalDatesOfYearZeroAndNineThousandAreErrors() {
    CatalogImport imported = read(
        "1,G622052,甲,甘肃省,国务院,高新技术产业开发区,0000.01,10,x\n",
        "2,G622053,乙,甘肃省,国务院,高新技术产业开发区,9999.12,10,x\n");
    assertThat(imported.report().violations()).extracting(Violation::code)
        .containsExactly("catalog.approval-date-implausible", "catalog.approval-date-implausible");
    assertThat(imported.report().violations()).extracting(v -> v.path().toString())
        .containsExactly("rows[2].批准时间", "rows[3].批准时间");
    assertThat(imported.parks().get(0).approvalDate()).isEmpty();
  }

  @Test
  void oneGbkCellIsAViolationOfItsRowWithTheByteOffset() {
    byte[] head = (HEADER + GOOD).getBytes(StandardCharsets.UTF_8);
    byte[] bad = "2,G622053,甲园区,甘肃省,国务院,高新技术产业开发区,1991.03,10,x\n".getBytes(GB18030);
    byte[] tail = GOOD.replace("G622052", "G622054").getBytes(StandardCharsets.UTF_8);
    byte[] file = concat(head, bad, tail);
    CatalogImport imported = CatalogImporter.read(new ByteArrayInputStream(file), StandardCharsets.UTF_8);
    assertThat(imported.parks()).hasSize(3);
    assertThat(imported.report().withCode("catalog.encoding-invalid").violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).hasToString("rows[3]");
      assertThat(v.figures().get(0).text()).isEqualTo(Integer.toString(head.length + "2,G622053,".length()));
    });
    assertThat(imported.parks().get(2).id().value()).isEqualTo("G622054");
  }

  @Test
  void aWholeFileInAnotherEncodingIsAClearError() {
    byte[] gbk = (HEADER + GOOD).getBytes(GB18030);
    assertThatThrownBy(() -> CatalogImporter.read(new ByteArrayInputStream(gbk), StandardCharsets.UTF_8))
        .isInstanceOf(CatalogFormatException.class)
        .hasMessageContaining("not UTF-8")
        .hasMessageContaining("GB18030");
    byte[] utf16 = (HEADER + GOOD).getBytes(StandardCharsets.UTF_16);
    assertThatThrownBy(() -> CatalogImporter.read(new ByteArrayInputStream(utf16), StandardCharsets.UTF_8))
        .isInstanceOf(CatalogFormatException.class)
        .hasMessageContaining("UTF-16");
    byte[] utf16le = (HEADER + GOOD).getBytes(StandardCharsets.UTF_16LE);
    assertThatThrownBy(() -> CatalogImporter.read(new ByteArrayInputStream(utf16le), StandardCharsets.UTF_8))
        .isInstanceOf(CatalogFormatException.class)
        .hasMessageContaining("NUL byte");
  }

  @Test
  void aGb18030FileReadsWithThatEncoding(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("catalogue.csv");
    Files.write(file, (HEADER + GOOD).getBytes(GB18030));
    DevelopmentZoneCatalog catalog = DevelopmentZoneCatalog.of(file, GB18030);
    assertThat(catalog.validation().isEmpty()).isTrue();
    assertThat(catalog.parks().get(0).names().official()).isEqualTo("兰州高新技术产业开发区");
  }

  @Test
  void manyRowsStreamFromBytesInBoundedTime() {
    // Rows are imported as they are read: what is kept is a park per row, not the file's text.
    byte[] file = (HEADER + GOOD.repeat(300_000)).getBytes(StandardCharsets.UTF_8);
    CatalogImport imported = assertTimeoutPreemptively(Duration.ofSeconds(120),
        () -> CatalogImporter.read(new ByteArrayInputStream(file), StandardCharsets.UTF_8));
    assertThat(imported.parks()).hasSize(300_000);
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] all = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    return all;
  }
}
