package dev.parkdata.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/** Every constant of {@link Units} equals what parsing its name gives. */
class UnitsTest {

  @Test
  void everyConstantEqualsTheParsedUnit() throws IllegalAccessException {
    int constants = 0;
    for (Field field : Units.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == Unit.class) {
        Unit unit = (Unit) field.get(null);
        assertThat(Unit.parse(unit.name())).as(field.getName()).isEqualTo(unit);
        assertThat(Unit.parse(unit.traditionalName())).as(field.getName()).isEqualTo(unit);
        constants++;
      }
    }
    assertThat(constants).isGreaterThanOrEqualTo(30);
  }

  @Test
  void constantsHaveTheDocumentedNames() {
    assertThat(Units.WAN_YUAN).isEqualTo(Unit.parse("万元"));
    assertThat(Units.YI_YUAN).isEqualTo(Unit.parse("亿元"));
    assertThat(Units.WAN_YI_YUAN).isEqualTo(Unit.parse("万亿元"));
    assertThat(Units.YI_US_DOLLAR).isEqualTo(Unit.parse("亿美元"));
    assertThat(Units.SQUARE_KILOMETRE).isEqualTo(Unit.parse("平方公里"));
    assertThat(Units.MU).isEqualTo(Unit.parse("亩"));
    assertThat(Units.HECTARE).isEqualTo(Unit.parse("公顷"));
    assertThat(Units.WAN_SQUARE_METRE).isEqualTo(Unit.parse("万平方米"));
    assertThat(Units.KILOWATT_HOUR).isEqualTo(Unit.parse("度"));
    assertThat(Units.PERCENTAGE_POINT).isEqualTo(Unit.parse("百分点"));
    assertThat(Units.WAN_YUAN_PER_MU).isEqualTo(Unit.parse("万元/亩"));
    assertThat(Units.YI_YUAN_PER_SQUARE_KILOMETRE).isEqualTo(Unit.parse("亿元/平方公里"));
    assertThat(Units.WAN_JIA).isEqualTo(Unit.parse("万家"));
  }

  @Test
  void foldingFindsExactlyTheStandardUnitSpelledByMagnitudeWordAndName() {
    // StandardUnits.fold indexes given spellings only; that is enough while no unit's name holds
    // a full-width letter, since the key is a magnitude word followed by a name.
    for (BaseUnit base : StandardUnits.all()) {
      assertThat(base.name().chars().noneMatch(c -> c >= 0xFF01 && c <= 0xFF5E)).as(base.name()).isTrue();
      if (!base.isScalable()) {
        continue;
      }
      for (Magnitude magnitude : Magnitude.values()) {
        if (magnitude == Magnitude.ONE) {
          continue;
        }
        // The first standard unit with that spelling, if it is magnitude × base.
        BaseUnit spelled = null;
        for (BaseUnit candidate : StandardUnits.all()) {
          if (spelled == null && candidate.givenSpellings().contains(magnitude.word() + base.name())) {
            spelled = candidate;
          }
        }
        BaseUnit scanned = spelled != null
                && spelled.dimension().equals(base.dimension())
                && spelled.factor().equals(magnitude.factor().multiply(base.factor()))
            ? spelled
            : null;
        assertThat(StandardUnits.fold(magnitude, base)).as("%s × %s", magnitude, base).isEqualTo(scanned);
      }
    }
    assertThat(StandardUnits.fold(Magnitude.QIAN, StandardUnits.WATT)).isEqualTo(StandardUnits.KILOWATT);
    assertThat(Units.WAN_YUAN.toString()).isEqualTo("万元");
  }
}
