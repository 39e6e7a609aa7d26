package dev.parkdata.unit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

/** equals/hashCode contracts of the value types. */
class EqualsContractTest {

  @Test
  void rational() {
    EqualsVerifier.forClass(Rational.class).withNonnullFields("numerator", "denominator").verify();
  }

  @Test
  void dimension() {
    EqualsVerifier.forClass(Dimension.class)
        .withPrefabValues(Dimension.class, Dimension.AREA, Dimension.money("CNY"))
        .verify();
  }

  @Test
  void baseUnitIsIdentifiedByNameDimensionFactorAndReference() {
    EqualsVerifier.forClass(BaseUnit.class)
        .withPrefabValues(BaseUnit.class, StandardUnits.SQUARE_METRE, StandardUnits.YUAN)
        .withPrefabValues(Dimension.class, Dimension.AREA, Dimension.money("CNY"))
        .withPrefabValues(ImmutableSet.class, ImmutableSet.of("a"), ImmutableSet.of("b"))
        .withPrefabValues(ImmutableList.class, ImmutableList.of("a"), ImmutableList.of("b"))
        .withOnlyTheseFields("name", "dimension", "factor", "reference")
        .withNonnullFields("name", "dimension", "factor", "reference")
        .verify();
  }

  @Test
  void unitsOfOneNameButDifferentFactorsAreDifferentAndConvertByTheirOwnFactor() {
    BaseUnit kilogram = StandardUnits.KILOGRAM;
    Unit mainlandJin = Unit.of(BaseUnit.derivedFrom("斤", kilogram, Rational.of(1, 2)).build());
    Unit taiwanJin = Unit.of(BaseUnit.derivedFrom("斤", kilogram, Rational.of(3, 5)).build());

    assertThat(mainlandJin).isNotEqualTo(taiwanJin);
    assertThat(mainlandJin.convertExact(BigDecimal.ONE, Units.KILOGRAM)).isEqualByComparingTo("0.5");
    assertThat(taiwanJin.convertExact(BigDecimal.ONE, Units.KILOGRAM)).isEqualByComparingTo("0.6");
  }

  @Test
  void unit() {
    EqualsVerifier.forClass(Unit.class)
        .withPrefabValues(Unit.class, Units.MU, Units.YI_YUAN)
        .withPrefabValues(BaseUnit.class, StandardUnits.SQUARE_METRE, StandardUnits.YUAN)
        .withPrefabValues(Dimension.class, Dimension.AREA, Dimension.money("CNY"))
        .withCachedHashCode("hash", "computeHash", Units.YI_YUAN)
        .withIgnoredFields("dimension", "factor", "name", "lastConverter")
        .verify();
  }

  @Test
  void exchangeRate() {
    EqualsVerifier.forClass(ExchangeRate.class)
        .withPrefabValues(Unit.class, Units.US_DOLLAR, Units.YUAN)
        .withNonnullFields("base", "quote", "rate", "date")
        .suppress(Warning.BIGDECIMAL_EQUALITY) // ExchangeRate.of strips trailing zeros from the rate
        .verify();
    // The factory normalises, so rates differing only in trailing zeros are equal.
    org.assertj.core.api.Assertions.assertThat(
            ExchangeRate.of(Units.US_DOLLAR, Units.YUAN, new BigDecimal("7.10"), LocalDate.EPOCH))
        .isEqualTo(ExchangeRate.of(Units.US_DOLLAR, Units.YUAN, new BigDecimal("7.1"), LocalDate.EPOCH));
  }

  @Test
  void match() {
    EqualsVerifier.forClass(UnitCatalog.Match.class)
        .withPrefabValues(Unit.class, Units.MU, Units.YI_YUAN)
        .withNonnullFields("unit")
        .verify();
  }
}
