package dev.parkdata.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
      "零, 0", "〇, 0", "一, 1", "两, 2", "兩, 2", "十, 10", "十四, 14", "二十, 20", "二十三, 23",
      "一百零五, 105", "一百五, 150", "一百一十, 110", "三千, 3000", "三千零五, 3005", "一千九百, 1900",
      "万, 10000", "二万五, 25000", "十万, 100000", "三千万, 30000000", "一亿五千万, 150000000",
      "一万亿, 1000000000000", "亿, 100000000", "一万零五百, 10500", "壹佰贰拾叁, 123", "叁仟萬, 30000000",
      "九千九百九十九万九千九百九十九, 99999999",
      // Issue 16: digit by digit, as Taiwan writes numerals and years.
      "二〇二二, 2022", "一六六, 166", "二〇五, 205", "廿五, 25", "卅, 30", "一兆, 1000000000000",
  })
  void readsNumerals(String text, long value) {
    assertThat(ChineseNumerals.read(text, 0, text.length())).isEqualTo(value);
  }

  @ParameterizedTest(name = "{0} fails at {1}")
  @CsvSource({
      "十四五, 2", "三百五千, 3", "一万万, 2", "一亿亿, 2", "零十, 1",
  })
  void reportsWhereAMalformedNumeralFails(String text, int index) {
    assertThat(ChineseNumerals.read(text, 0, text.length())).isEqualTo(~index);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"一, true", "亿, true", "萬, true", "零, true", "个, false", "1, false"})
  void knowsItsCharacters(char c, boolean numeral) {
    assertThat(ChineseNumerals.isNumeral(c)).isEqualTo(numeral);
  }
}
