package dev.parkdata.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The magnitude words of {@code units.md}. */
class MagnitudeTest {

  @ParameterizedTest(name = "{0} = 10^{2}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          十   | 十   | 1
          百   | 百   | 2
          千   | 千   | 3
          万   | 萬   | 4
          十万 | 十萬 | 5
          百万 | 百萬 | 6
          千万 | 千萬 | 7
          亿   | 億   | 8
          十亿 | 十億 | 9
          百亿 | 百億 | 10
          千亿 | 千億 | 11
          万亿 | 萬億 | 12
          """)
  void everyMagnitudeWord(String word, String traditional, int exponent) {
    Magnitude m = Magnitude.ofWord(word).orElseThrow();
    Rational tenToThe = Rational.of(BigInteger.TEN.pow(exponent), BigInteger.ONE);

    assertThat(Magnitude.ofWord(traditional)).contains(m);
    assertThat(Magnitude.ofExponent(exponent)).contains(m);
    assertThat(m.word()).isEqualTo(word);
    assertThat(m.traditionalWord()).isEqualTo(traditional);
    assertThat(m.exponent()).isEqualTo(exponent);
    assertThat(m.factor()).isEqualTo(tenToThe);
    assertThat(m.decimalFactor()).isEqualByComparingTo(new BigDecimal(BigInteger.TEN.pow(exponent)));
    assertThat(m).hasToString(word);

    Unit yuan = Unit.parse(word + "元");
    assertThat(yuan.magnitude()).isEqualTo(m);
    assertThat(yuan.factor()).isEqualTo(tenToThe);
    assertThat(Unit.parse(traditional + "元")).isEqualTo(yuan);
    assertThat(Unit.parse(traditional + "平方公尺")).isEqualTo(Unit.parse(word + "平方米"));
    assertThat(yuan.convertExact(BigDecimal.ONE, Units.YUAN)).isEqualTo(new BigDecimal(BigInteger.TEN.pow(exponent)));
  }

  @Test
  void everyMagnitudeExceptOneIsListed() {
    assertThat(Magnitude.values()).hasSize(13);
    for (Magnitude m : Magnitude.values()) {
      assertThat(Magnitude.ofExponent(m.exponent())).contains(m);
    }
  }

  @Test
  void oneIsTheAbsenceOfAWord() {
    assertThat(Magnitude.ONE.word()).isEmpty();
    assertThat(Magnitude.ONE.factor()).isEqualTo(Rational.ONE);
    assertThat(Magnitude.ONE).hasToString("1");
    assertThat(Magnitude.ofWord("")).isEmpty();
    assertThat(Magnitude.ofExponent(13)).isEmpty();
    assertThat(Magnitude.ofExponent(-1)).isEmpty();
  }

  @Test
  void longestMagnitudeWordWins() {
    assertThat(Unit.parse("万亿元").magnitude()).isEqualTo(Magnitude.WAN_YI);
    assertThat(Unit.parse("十万人").magnitude()).isEqualTo(Magnitude.SHI_WAN);
    assertThat(Unit.parse("万千瓦")).isEqualTo(Unit.of(Magnitude.WAN, UnitCatalog.standard().baseUnit("千瓦").orElseThrow()));
    assertThat(Unit.parse("万千瓦").factor()).isEqualTo(Rational.of(10_000_000));
  }
}
