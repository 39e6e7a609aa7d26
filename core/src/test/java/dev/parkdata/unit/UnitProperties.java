package dev.parkdata.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Round trips and laws of units and conversions over the whole standard catalogue. */
class UnitProperties {
  private static final List<Unit> SIMPLE_UNITS = simpleUnits();

  /** Every base unit of the standard catalogue times every magnitude that applies to it. */
  private static List<Unit> simpleUnits() {
    List<Unit> units = new ArrayList<>();
    for (BaseUnit base : UnitCatalog.standard().baseUnits()) {
      units.add(Unit.of(base));
      if (base.isScalable()) {
        for (Magnitude m : Magnitude.values()) {
          if (m != Magnitude.ONE) {
            units.add(Unit.of(m, base));
          }
        }
      }
    }
    return List.copyOf(units);
  }

  @Provide
  Arbitrary<Unit> simpleUnit() {
    return Arbitraries.of(SIMPLE_UNITS);
  }

  @Provide
  Arbitrary<Unit> anyUnit() {
    Arbitrary<Unit> compound = Combinators.combine(simpleUnit(), simpleUnit()).as(Unit::ratio);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, simpleUnit()), net.jqwik.api.Tuple.of(1, compound));
  }

  /** Units of one dimension: area, or energy, or power, or CNY, each with magnitudes. */
  @Provide
  Arbitrary<List<Unit>> sameDimensionTriple() {
    return Arbitraries.of(Dimension.AREA, Dimension.ENERGY, Dimension.POWER, Dimension.MASS, Dimension.COMPUTE,
            Dimension.money("CNY"), Dimension.count("家"))
        .flatMap(d -> {
          List<Unit> ofDimension = SIMPLE_UNITS.stream().filter(u -> u.dimension().equals(d)).toList();
          return Arbitraries.of(ofDimension).list().ofSize(3);
        });
  }

  @Provide
  Arbitrary<BigDecimal> values() {
    return Arbitraries.bigDecimals()
        .between(new BigDecimal("-1E12"), new BigDecimal("1E12"))
        .ofScale(4);
  }

  @Property
  void nameParsesBack(@ForAll("anyUnit") Unit unit) {
    assertThat(Unit.parse(unit.name())).isEqualTo(unit);
    assertThat(Unit.parse(unit.toString())).isEqualTo(unit);
    assertThat(Unit.parse(unit.traditionalName())).isEqualTo(unit);
  }

  @Property
  void roundTripIsExactForTerminatingFactors(
      @ForAll("sameDimensionTriple") List<Unit> units, @ForAll("values") BigDecimal value) {
    Unit a = units.get(0);
    Unit b = units.get(1);
    UnitConverter there = a.converterTo(b);
    Assume.that(there.alwaysTerminates());

    BigDecimal inB = there.convertExact(value);

    assertThat(b.convertExact(inB, a)).isEqualByComparingTo(value);
  }

  @Property
  void conversionComposes(@ForAll("sameDimensionTriple") List<Unit> units, @ForAll("values") BigDecimal value) {
    Unit a = units.get(0);
    Unit b = units.get(1);
    Unit c = units.get(2);
    assertThat(a.factorTo(b).multiply(b.factorTo(c))).isEqualTo(a.factorTo(c));
    Assume.that(a.converterTo(b).alwaysTerminates());

    BigDecimal direct;
    try {
      direct = a.convertExact(value, c);
    } catch (NonTerminatingConversionException e) {
      assertThatThrownBy(() -> b.convertExact(a.convertExact(value, b), c))
          .isInstanceOf(NonTerminatingConversionException.class);
      return;
    }
    assertThat(b.convertExact(a.convertExact(value, b), c)).isEqualTo(direct);
  }

  @Property
  void exactConversionAgreesWithRationalArithmetic(
      @ForAll("sameDimensionTriple") List<Unit> units, @ForAll("values") BigDecimal value) {
    Unit a = units.get(0);
    Unit b = units.get(1);
    Rational exact = Rational.of(value).multiply(a.factor()).divide(b.factor());

    if (exact.isTerminating()) {
      assertThat(a.convertExact(value, b)).isEqualByComparingTo(exact.toBigDecimalExact());
    } else {
      assertThatThrownBy(() -> a.convertExact(value, b)).isInstanceOf(NonTerminatingConversionException.class);
    }
    assertThat(a.convert(value, b, MathContext.DECIMAL64)).isEqualByComparingTo(exact.toBigDecimal(MathContext.DECIMAL64));
  }

  @Property
  void crossDimensionConversionAlwaysFails(@ForAll("anyUnit") Unit a, @ForAll("anyUnit") Unit b) {
    Assume.that(!a.dimension().equals(b.dimension()));

    assertThat(a.isCompatibleWith(b)).isFalse();
    assertThatThrownBy(() -> a.convertExact(BigDecimal.ONE, b))
        .isInstanceOf(IncompatibleUnitsException.class)
        .hasMessageContaining(a.name())
        .hasMessageContaining(b.name());
    assertThatThrownBy(() -> a.factorTo(b)).isInstanceOf(IncompatibleUnitsException.class);
  }

  @Property
  void factorIsTheProductOfMagnitudeAndBase(@ForAll("simpleUnit") Unit unit) {
    BaseUnit base = unit.base().orElseThrow();
    assertThat(unit.factor()).isEqualTo(unit.magnitude().factor().multiply(base.factor()));
    assertThat(unit.factorTo(unit.reference())).isEqualTo(unit.factor());
    assertThat(unit.reference().factor()).isEqualTo(Rational.ONE);
  }

  @Property
  void sameDimensionFactorsAreReciprocal(@ForAll("sameDimensionTriple") List<Unit> units) {
    assertThat(units.get(0).factorTo(units.get(1)).multiply(units.get(1).factorTo(units.get(0))))
        .isEqualTo(Rational.ONE);
    assertThat(units.get(0).factorTo(units.get(0))).isEqualTo(Rational.ONE);
  }

  @Property
  void equalUnitsHaveEqualHashCodes(@ForAll("anyUnit") Unit a, @ForAll("anyUnit") Unit b) {
    Unit reparsed = Unit.parse(a.name());
    assertThat(reparsed.hashCode()).isEqualTo(a.hashCode());
    if (a.equals(b)) {
      assertThat(a.hashCode()).isEqualTo(b.hashCode());
      assertThat(a.factor()).isEqualTo(b.factor());
    }
  }

  @Property
  void integerValuesOfWholeFactorsStayIntegers(@ForAll("sameDimensionTriple") List<Unit> units, @ForAll long n) {
    Unit a = units.get(0);
    Unit b = units.get(1);
    Assume.that(a.factorTo(b).isInteger());
    BigDecimal result = a.convertExact(BigDecimal.valueOf(n), b);
    assertThat(result.scale()).isZero();
    assertThat(result.toBigIntegerExact()).isEqualTo(BigInteger.valueOf(n).multiply(a.factorTo(b).numerator()));
  }
}
