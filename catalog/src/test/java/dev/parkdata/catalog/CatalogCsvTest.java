package dev.parkdata.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CatalogCsvTest {
  private static final String HEADER = "序号,代码,开发区名称,省份,批准级别,开发区类型,批准时间,核准面积_公顷,主导产业\n";

  @Test
  void readsEveryRowOfTheEmbeddedCatalogueWithItsLine() throws Exception {
    ImmutableList<CatalogRow> rows;
    try (Reader reader = new InputStreamReader(
        CatalogCsv.class.getResourceAsStream("development-zones-2018.csv"), StandardCharsets.UTF_8)) {
      rows = CatalogCsv.read(reader);
    }
    assertThat(rows).hasSize(2543);
    assertThat(rows.get(0).line()).isEqualTo(2);
    assertThat(rows.get(0).get(CatalogColumn.CODE)).isEqualTo("G156020");
    assertThat(rows.get(2542).line()).isEqualTo(2544);
  }

  @Test
  void readsColumnsInAnyOrderAndQuotedCommas() {
    String csv = "代码,开发区名称,extra,序号,省份,批准级别,开发区类型,批准时间,核准面积_公顷,主导产业\n"
        + "G112001,中关村科技园区,x,1,北京市,国务院,高新技术产业开发区,1988.05,23252.0,\"电子信息,生物医药\"\n";
    ImmutableList<CatalogRow> rows = CatalogCsv.read(new StringReader(csv));
    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.line()).isEqualTo(2);
      assertThat(row.get(CatalogColumn.NAME)).isEqualTo("中关村科技园区");
      assertThat(row.get(CatalogColumn.LEADING_INDUSTRIES)).isEqualTo("电子信息,生物医药");
    });
  }

  @Test
  void lineNumbersCountBlankLinesAndQuotedLineBreaks() {
    String csv = HEADER
        + "1,G1,甲,北京市,国务院,经济技术开发区,1992.04,100,\"a\nb\"\n"
        + "\n"
        + "2,G2,乙,北京市,国务院,经济技术开发区,1992.04,100,c\n";
    ImmutableList<CatalogRow> rows = CatalogCsv.read(new StringReader(csv));
    assertThat(rows).extracting(CatalogRow::line).containsExactly(2, 5);
  }

  @Test
  void shortRowsReadMissingCellsAsEmpty() {
    ImmutableList<CatalogRow> rows = CatalogCsv.read(new StringReader(HEADER + "1,G1,甲,北京市,国务院\n"));
    assertThat(rows.get(0).get(CatalogColumn.APPROVED_AREA_HECTARES)).isEmpty();
  }

  @Test
  void toleratesAByteOrderMark() {
    ImmutableList<CatalogRow> rows =
        CatalogCsv.read(new StringReader("\uFEFF" + HEADER + "1,G1,甲,北京市,国务院,经济技术开发区,1992.04,100,c\n"));
    assertThat(rows).hasSize(1);
  }

  @Test
  void aMissingColumnIsAFormatErrorNamingIt() {
    assertThatThrownBy(() -> CatalogCsv.read(new StringReader("序号,代码\n1,G1\n")))
        .isInstanceOf(CatalogFormatException.class)
        .hasMessageContaining("line 1")
        .hasMessageContaining("开发区名称");
  }

  @Test
  void anOverlongCellIsAFormatErrorNotAnOutOfMemoryError() {
    String cell = "医".repeat(CatalogCsv.MAX_CELL_LENGTH + 1);
    assertThatThrownBy(() -> CatalogCsv.read(new StringReader(HEADER + "1,G1,甲,北京市,国务院,经济技术开发区,1992.04,100," + cell + "\n")))
        .isInstanceOf(CatalogFormatException.class)
        .hasMessageContaining("line 2");
  }

  @Test
  void anEmptyFileIsAFormatError() {
    assertThatThrownBy(() -> CatalogCsv.read(new StringReader("")))
        .isInstanceOf(CatalogFormatException.class)
        .hasMessageContaining("header");
  }
}
