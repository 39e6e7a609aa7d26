package dev.parkdata.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTableTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock = """
          abc        | 3
          平方公里   | 8
          km²        | 3
          ㎡         | 2
          ％         | 2
          ｍ２       | 4
          ‰          | 1
          萬元/畝    | 7
          𠀀          | 2
          """)
  void displayWidthCountsWideCharactersTwice(String text, int width) {
    assertThat(TextTable.displayWidth(text)).isEqualTo(width);
  }

  @Test
  void combiningMarksTakeNoColumn() {
    assertThat(TextTable.displayWidth("e\u0301")).isEqualTo(1);
    assertThat(TextTable.displayWidth("")).isZero();
  }

  @Test
  void padsByDisplayWidth() {
    String text = new TextTable("NAME", "EN", "FACTOR")
        .alignRight(2)
        .addRow("平方公里", "km²", "1000000")
        .addRow("亩", "mu", "2000/3")
        .addRow("%", null, "1")
        .render();

    assertThat(text).isEqualTo(
        "NAME      EN    FACTOR\n"
            + "平方公里  km²  1000000\n"
            + "亩        mu    2000/3\n"
            + "%                    1\n");
  }

  @Test
  void rejectsRowsOfTheWrongWidth() {
    TextTable table = new TextTable("A", "B");
    assertThatThrownBy(() -> table.addRow("x")).hasMessageContaining("expected 2 cells, got 1");
    assertThatThrownBy(() -> table.alignRight(2)).hasMessageContaining("column 2");
    assertThatThrownBy(TextTable::new).hasMessageContaining("at least one column");
    assertThat(table.rowCount()).isZero();
  }
}
