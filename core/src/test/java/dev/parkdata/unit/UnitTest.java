package dev.parkdata.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading, naming and identity of units. */
class UnitTest {

  @Test
  void scaledUnitIsMagnitudeTimesBase() {
    Unit yiYuan = Unit.parse("亿元");

    assertThat(yiYuan.magnitude()).isEqualTo(Magnitude.YI);
    assertThat(yiYuan.base()).contains(StandardUnits.YUAN);
    assertThat(yiYuan.isCompound()).isFalse();
    assertThat(yiYuan.numerator()).isEmpty();
    assertThat(yiYuan.denominator()).isEmpty();
    assertThat(yiYuan.dimension()).isEqualTo(Dimension.money("CNY"));
    assertThat(yiYuan.factor()).isEqualTo(Rational.powerOfTen(8));
    assertThat(yiYuan.reference()).isEqualTo(Units.YUAN);
    assertThat(yiYuan.name()).isEqualTo("亿元");
    assertThat(yiYuan.traditionalName()).isEqualTo("億元");
    assertThat(yiYuan.englishName()).isEqualTo("hundred million yuan (CNY)");
    assertThat(yiYuan.code()).isEmpty();
    assertThat(Units.YUAN.code()).contains("CNY");
    assertThat(yiYuan).hasToString("亿元");
  }

  @Test
  void referenceOfDerivedUnitIsTheDimensionsReference() {
    assertThat(Units.MU.reference()).isEqualTo(Units.SQUARE_METRE);
    assertThat(Unit.parse("万亩").reference()).isEqualTo(Units.SQUARE_METRE);
    assertThat(Units.WAN_JIA.reference()).isEqualTo(Units.JIA);
    assertThat(Units.SQUARE_METRE.reference()).isSameAs(Units.SQUARE_METRE);
  }

  @Test
  void magnitudeFoldsIntoTheCatalogueUnitOfThatName() {
    BaseUnit watt = StandardUnits.WATT;

    assertThat(Unit.of(Magnitude.QIAN, watt)).isEqualTo(Units.KILOWATT);
    assertThat(Unit.of(Magnitude.QIAN, watt).magnitude()).isEqualTo(Magnitude.ONE);
    assertThat(Units.WATT.withMagnitude(Magnitude.QIAN)).isEqualTo(Units.KILOWATT);
    assertThat(Units.YUAN.withMagnitude(Magnitude.YI)).isEqualTo(Units.YI_YUAN);
    assertThat(Units.YI_YUAN.withMagnitude(Magnitude.ONE)).isEqualTo(Units.YUAN);
  }

  @Test
  void unscalableUnitsRejectMagnitudes() {
    assertThatThrownBy(() -> Unit.of(Magnitude.WAN, StandardUnits.PERCENT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("%");
    assertThatThrownBy(() -> Units.WAN_YUAN_PER_MU.withMagnitude(Magnitude.WAN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("万元/亩");
  }

  @Test
  void compoundOfCompoundIsRejected() {
    assertThatThrownBy(() -> Unit.ratio(Units.WAN_YUAN_PER_MU, Units.YEAR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("万元/亩");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "斤", "万斤", "元/", "/亩", "万元/亩/年", "兆", "亿亿", "1元", "元元", "万%", "分之一", "一分之一"})
  void unknownUnitExceptionNamesTheInput(String text) {
    assertThatThrownBy(() -> Unit.parse(text))
        .isInstanceOfSatisfying(UnknownUnitException.class, e -> assertThat(e.input()).isEqualTo(text))
        .hasMessageStartingWith("Unknown unit '" + text + "'");
  }

  @Test
  void parseRejectsNull() {
    assertThatThrownBy(() -> Unit.parse(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void equalityIsByStructure() {
    assertThat(Unit.parse("億元")).isEqualTo(Units.YI_YUAN).hasSameHashCodeAs(Units.YI_YUAN);
    assertThat(Unit.parse("万千瓦")).isNotEqualTo(Unit.parse("千万瓦"));
    assertThat(Unit.parse("万千瓦").factor()).isEqualTo(Unit.parse("千万瓦").factor());
    assertThat(Unit.parse("元/亩")).isNotEqualTo(Units.YUAN);
    assertThat(Units.YUAN).isNotEqualTo(Unit.parse("元/亩"));
  }
}
