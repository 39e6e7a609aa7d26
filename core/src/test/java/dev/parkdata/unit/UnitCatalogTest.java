package dev.parkdata.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class UnitCatalogTest {
  private static final UnitCatalog STANDARD = UnitCatalog.standard();

  @Test
  void userCatalogueAddsAClassifier() {
    BaseUnit tree = BaseUnit.classifier("盆", "盆", "pot");
    UnitCatalog mine = STANDARD.toBuilder().add(tree).build();

    Unit wanTrees = mine.parse("万盆");
    assertThat(wanTrees.magnitude()).isEqualTo(Magnitude.WAN);
    assertThat(wanTrees.base()).contains(tree);
    assertThat(wanTrees.dimension()).isEqualTo(Dimension.count("盆"));
    assertThat(wanTrees.convertExact(new BigDecimal("1.2"), Unit.of(tree))).isEqualTo(new BigDecimal("12000"));
    assertThat(mine.parse("亿元")).isEqualTo(Units.YI_YUAN);
    assertThat(mine.baseUnits()).hasSize(STANDARD.baseUnits().size() + 1);
    assertThatThrownBy(() -> wanTrees.convertExact(BigDecimal.ONE, Units.GE)).isInstanceOf(IncompatibleUnitsException.class);
    assertThatThrownBy(() -> STANDARD.parse("万盆"))
        .isInstanceOf(UnknownUnitException.class)
        .hasMessageContaining("万盆");
  }

  @Test
  void userCatalogueAddsADerivedUnit() {
    BaseUnit jin = BaseUnit.derivedFrom("斤", StandardUnits.KILOGRAM, Rational.of(1, 2))
        .traditionalName("斤")
        .englishName("jin")
        .aliases("市斤")
        .build();
    UnitCatalog mine = STANDARD.toBuilder().add(jin).build();

    assertThat(mine.parse("万市斤").convertExact(new BigDecimal("3"), Units.TONNE)).isEqualTo(new BigDecimal("15"));
  }

  @Test
  void conflictingSpellingsAndDuplicatesAreRejected() {
    BaseUnit otherMu = BaseUnit.classifier("亩", "畝", "mu count");
    assertThatThrownBy(() -> STANDARD.toBuilder().add(otherMu).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("亩");
    assertThatThrownBy(() -> STANDARD.toBuilder().add(StandardUnits.MU).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already in the catalogue");
    BaseUnit clash = BaseUnit.classifier("顷", "頃", "clash");
    BaseUnit clash2 = BaseUnit.referenceOf("公顷2", Dimension.count("x")).traditionalName("顷").build();
    assertThatThrownBy(() -> UnitCatalog.builder().add(clash).add(clash2).build())
        .hasMessageContaining("spelling '顷' names both 顷 and 公顷2");
  }

  @Test
  void emptyCatalogueReadsNothing() {
    UnitCatalog empty = UnitCatalog.builder().build();
    assertThat(empty.baseUnits()).isEmpty();
    assertThat(empty).hasToString("UnitCatalog[0 base units]");
    assertThatThrownBy(() -> empty.parse("元")).isInstanceOf(UnknownUnitException.class);
  }

  @Test
  void matchBaseUnitFindsTheLongestSpelling() {
    String text = "占地31.85平方公里内有1.2万个百分点";

    assertThat(STANDARD.matchBaseUnit(text, 7))
        .contains(new UnitCatalog.Match(Units.SQUARE_KILOMETRE, 7, 11));
    assertThat(STANDARD.matchBaseUnit(text, 7).orElseThrow()).hasToString("平方公里@[7,11)");
    assertThat(STANDARD.matchBaseUnit(text, 18).orElseThrow().unit()).isEqualTo(Units.PERCENTAGE_POINT);
    assertThat(STANDARD.matchBaseUnit("元人民币", 0).orElseThrow().end()).isEqualTo(4);
    assertThat(STANDARD.matchBaseUnit("面积５ｋｍ２", 3).orElseThrow().unit()).isEqualTo(Units.SQUARE_KILOMETRE);
    assertThat(STANDARD.matchBaseUnit(text, 0)).isEmpty();
    assertThat(STANDARD.matchBaseUnit(text, -1)).isEmpty();
    assertThat(STANDARD.matchBaseUnit(text, text.length())).isEmpty();
    assertThat(STANDARD.matchBaseUnit("平方", 0).orElseThrow().unit()).isEqualTo(Units.SQUARE_METRE);
    assertThat(STANDARD.matchBaseUnit("平", 0)).isEmpty();
  }

  @Test
  void lookupsByCodeAndDimension() {
    assertThat(STANDARD.fromCode("KMK")).contains(Units.SQUARE_KILOMETRE);
    assertThat(STANDARD.fromCode("USD")).contains(Units.US_DOLLAR);
    assertThat(STANDARD.fromCode("XXX")).isEmpty();
    assertThat(STANDARD.referenceUnit(Dimension.AREA)).contains(Units.SQUARE_METRE);
    assertThat(STANDARD.referenceUnit(Dimension.count("家"))).contains(Units.JIA);
    assertThat(STANDARD.referenceUnit(Dimension.ratio(Dimension.money("CNY"), Dimension.AREA)))
        .contains(Unit.parse("元/平方米"));
    assertThat(STANDARD.referenceUnit(Dimension.count("棵"))).isEmpty();
    assertThat(STANDARD.referenceUnit(Dimension.ratio(Dimension.count("棵"), Dimension.AREA))).isEmpty();
    assertThat(STANDARD.baseUnit("斤")).isEmpty();
  }

  @Test
  void baseUnitBuilderChecksItsArguments() {
    assertThatThrownBy(() -> BaseUnit.referenceOf(" ", Dimension.AREA)).hasMessageContaining("blank");
    assertThatThrownBy(() -> BaseUnit.referenceOf("元/亩", Dimension.AREA)).hasMessageContaining("'/'");
    assertThatThrownBy(() -> BaseUnit.derivedFrom("x", StandardUnits.MU, Rational.ONE))
        .hasMessageContaining("亩 is not a reference unit");
    assertThatThrownBy(() -> BaseUnit.derivedFrom("x", StandardUnits.SQUARE_METRE, Rational.of(-1)))
        .hasMessageContaining("positive");
    assertThatThrownBy(() -> BaseUnit.referenceOf("x", Dimension.AREA).aliases(" ")).hasMessageContaining("blank");
    assertThatThrownBy(() -> Dimension.money("cny")).hasMessageContaining("cny");
    assertThatThrownBy(() -> Dimension.count("")).hasMessageContaining("blank");
  }
}
