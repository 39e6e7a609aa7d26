package dev.parkdata.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exact conversions: the cases of issue 2 and {@code units.md}. */
class UnitConversionTest {

  private static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }

  @ParameterizedTest(name = "{0} {1} = {3} {2}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          31.85   | 平方公里 | 亩       | 47775
          48.51   | 亩       | 平方米   | 32340
          31.85   | 平方公里 | 公顷     | 3185
          31.85   | km²      | ㎡       | 31850000
          1       | 万元/亩  | 元/平方米 | 15
          1       | 万元/亩  | 亿元/平方公里 | 0.15
          0.15    | 亿元/平方公里 | 万元/亩 | 1
          1900    | 亿元     | 万元     | 19000000
          1900    | 亿元     | 万亿元   | 0.19
          141.27  | 亿元     | 元       | 14127000000
          12.4    | 万平方米 | 公顷     | 12.4
          11      | 亿度     | 吉瓦时   | 1100
          33      | 万吨     | 千克     | 330000000
          1.2     | 吉瓦     | 万千瓦   | 120
          3       | 公顷     | 亩       | 45
          1500    | 亩       | 平方公里 | 1
          5       | ‰        | %        | 0.5
          2       | PFLOPS   | TFLOPS   | 2000
          1.9     | 万平方米 | 平方米   | 19000
          -2.5    | 亿元     | 万元     | -25000
          0       | 亩       | 平方米   | 0
          """)
  void convertsExactly(String value, String from, String to, String expected) {
    Unit source = Unit.parse(from);
    Unit target = Unit.parse(to);

    BigDecimal result = source.convertExact(dec(value), target);

    assertThat(result).isEqualTo(dec(expected));
    assertThat(source.convert(dec(value), target, MathContext.DECIMAL32)).isEqualByComparingTo(dec(expected));
    assertThat(source.converterTo(target).convertExact(dec(value))).isEqualTo(result);
  }

  @Test
  void resultsCarryNoTrailingZerosAndPrintPlain() {
    BigDecimal result = Units.SQUARE_KILOMETRE.convertExact(dec("31.850"), Units.MU);
    assertThat(result.scale()).isZero();
    assertThat(result).hasToString("47775");
    assertThat(Units.YI_YUAN.convertExact(dec("1900"), Units.WAN_YUAN)).hasToString("19000000");
  }

  @Test
  void compoundUnitsConvertThroughBothSides() {
    Unit wanYuanPerMu = Unit.parse("万元/亩");

    assertThat(wanYuanPerMu.isCompound()).isTrue();
    assertThat(wanYuanPerMu.numerator()).contains(Units.WAN_YUAN);
    assertThat(wanYuanPerMu.denominator()).contains(Units.MU);
    assertThat(wanYuanPerMu.dimension()).isEqualTo(Dimension.ratio(Dimension.money("CNY"), Dimension.AREA));
    assertThat(wanYuanPerMu.dimension()).hasToString("money(CNY)/area");
    assertThat(wanYuanPerMu.factor()).isEqualTo(Rational.of(15));
    assertThat(wanYuanPerMu.reference()).isEqualTo(Unit.parse("元/平方米"));
    assertThat(wanYuanPerMu.factorTo(Units.YI_YUAN_PER_SQUARE_KILOMETRE)).isEqualTo(Rational.of(3, 20));
    assertThat(wanYuanPerMu.name()).isEqualTo("万元/亩");
    assertThat(wanYuanPerMu.traditionalName()).isEqualTo("萬元/畝");
    assertThat(wanYuanPerMu.englishName()).isEqualTo("ten thousand yuan (CNY) per mu");
    assertThat(wanYuanPerMu.code()).isEmpty();
    assertThat(Unit.parse(" 萬元 / 畝 ")).isEqualTo(wanYuanPerMu);
  }

  @Test
  void nonTerminatingConversionThrowsFromTheExactMethod() {
    assertThatThrownBy(() -> Units.MU.convertExact(BigDecimal.ONE, Units.SQUARE_METRE))
        .isInstanceOfSatisfying(NonTerminatingConversionException.class, e -> {
          assertThat(e.value()).isEqualTo(BigDecimal.ONE);
          assertThat(e.from()).isEqualTo(Units.MU);
          assertThat(e.to()).isEqualTo(Units.SQUARE_METRE);
        })
        .hasMessageContaining("1 亩 in 平方米")
        .hasMessageContaining("666.6666666666667")
        .hasMessageContaining("does not terminate");
    assertThatThrownBy(() -> Units.MU.convertExact(BigDecimal.ONE, Units.HECTARE))
        .isInstanceOf(NonTerminatingConversionException.class);
    assertThatThrownBy(() -> Units.MU.convert(BigDecimal.ONE, Units.SQUARE_METRE, MathContext.UNLIMITED))
        .isInstanceOf(NonTerminatingConversionException.class);
    assertThat(Units.MU.converterTo(Units.SQUARE_METRE).alwaysTerminates()).isFalse();
    assertThat(Units.SQUARE_KILOMETRE.converterTo(Units.MU).alwaysTerminates()).isTrue();
  }

  @Test
  void nonTerminatingConversionRoundsWithAMathContext() {
    assertThat(Units.MU.convert(BigDecimal.ONE, Units.SQUARE_METRE, new MathContext(10)))
        .isEqualTo(dec("666.6666667"));
    assertThat(Units.MU.convert(BigDecimal.ONE, Units.SQUARE_METRE, new MathContext(5, RoundingMode.DOWN)))
        .isEqualTo(dec("666.66"));
    assertThat(Units.MU.convert(BigDecimal.ONE, Units.SQUARE_METRE, MathContext.DECIMAL128))
        .isEqualTo(dec("666.6666666666666666666666666666667"));
    assertThat(Units.SQUARE_METRE.convert(dec("1000"), Units.MU, MathContext.DECIMAL64)).isEqualTo(dec("1.5"));
    assertThat(Units.SQUARE_METRE.convert(dec("100"), Units.MU, MathContext.DECIMAL32)).isEqualTo(dec("0.15"));
    assertThat(Units.SQUARE_METRE.convert(dec("1"), Units.MU, new MathContext(3))).isEqualTo(dec("0.0015"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          元       | 美元     | money(CNY)       | money(USD)
          亿元     | 亿美元   | money(CNY)       | money(USD)
          家       | 个       | count(家)        | count(个)
          万家     | 项       | count(家)        | count(项)
          %        | 个百分点 | ratio            | ratio-difference
          年       | 个月     | duration(年)     | duration(个月)
          亩       | 千瓦时   | area             | energy
          万元/亩  | 万元     | money(CNY)/area  | money(CNY)
          万元/亩  | 万美元/亩 | money(CNY)/area | money(USD)/area
          """)
  void crossDimensionConversionFailsNamingBothUnits(String from, String to, String fromDim, String toDim) {
    Unit source = Unit.parse(from);
    Unit target = Unit.parse(to);

    assertThat(source.isCompatibleWith(target)).isFalse();
    assertThatThrownBy(() -> source.convertExact(BigDecimal.ONE, target))
        .isInstanceOfSatisfying(IncompatibleUnitsException.class, e -> {
          assertThat(e.from()).isEqualTo(source);
          assertThat(e.to()).isEqualTo(target);
        })
        .hasMessageContaining(from)
        .hasMessageContaining(to)
        .hasMessageContaining("[" + fromDim + "]")
        .hasMessageContaining("[" + toDim + "]");
    assertThatThrownBy(() -> source.factorTo(target)).isInstanceOf(IncompatibleUnitsException.class);
    assertThatThrownBy(() -> source.convert(BigDecimal.ONE, target, MathContext.DECIMAL64))
        .isInstanceOf(IncompatibleUnitsException.class);
  }

  @Test
  void moneyAcrossCurrenciesPointsToExchangeRate() {
    assertThatThrownBy(() -> Units.YUAN.convertExact(BigDecimal.ONE, Units.US_DOLLAR))
        .hasMessageContaining("ExchangeRate");
    assertThatThrownBy(() -> Units.JIA.convertExact(BigDecimal.ONE, Units.GE))
        .message()
        .doesNotContain("ExchangeRate");
  }

  @Test
  void converterHasTheExactFactorAndAnInverse() {
    UnitConverter c = Units.SQUARE_KILOMETRE.converterTo(Units.MU);

    assertThat(c.from()).isEqualTo(Units.SQUARE_KILOMETRE);
    assertThat(c.to()).isEqualTo(Units.MU);
    assertThat(c.factor()).isEqualTo(Rational.of(1500));
    assertThat(c.inverse().factor()).isEqualTo(Rational.of(1, 1500));
    assertThat(c.inverse().convertExact(dec("47775"))).isEqualTo(dec("31.85"));
    assertThat(c).hasToString("平方公里 → 亩 ×1500");
    assertThat(Units.MU.factorTo(Units.SQUARE_METRE)).isEqualTo(Rational.of(2000, 3));
  }

  @Test
  void nullArgumentsAreRejected() {
    assertThatThrownBy(() -> Units.MU.convertExact(null, Units.SQUARE_METRE)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Units.MU.convertExact(BigDecimal.ONE, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Units.MU.convert(BigDecimal.ONE, Units.HECTARE, null))
        .isInstanceOf(NullPointerException.class);
  }
}
