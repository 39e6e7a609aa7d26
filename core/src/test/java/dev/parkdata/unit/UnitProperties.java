package dev.parkdata.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Round trips and laws of units and conversions over the whole standard catalogue. */
class UnitProperties {
  private static final List<Unit> SIMPLE_UNITS = simpleUnits();

  private static final List<Dimension> DIMENSIONS =
      List.of(
          Dimension.AREA, Dimension.ENERGY, Dimension.POWER, Dimension.MASS, Dimension.COMPUTE,
          Dimension.money("CNY"), Dimension.count("家"));

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

  private static List<Unit> ofDimension(Dimension d) {
    return SIMPLE_UNITS.stream().filter(u -> u.dimension().equals(d)).collect(Collectors.toList());
  }

  /** {@code 万亩 (area, factor 20000/3)}. */
  static String describe(Unit unit) {
    return unit.name() + " (" + unit.dimension() + ", factor " + unit.factor() + ")";
  }

  static String describe(List<Unit> units) {
    return units.stream().map(UnitProperties::describe).collect(Collectors.joining(", ", "[", "]"));
  }

  static Gen<Unit> simpleUnit() {
    return Generate.pick(SIMPLE_UNITS).describedAs(UnitProperties::describe);
  }

  static Gen<Unit> anyUnit() {
    Gen<Unit> compound = simpleUnit().zip(simpleUnit(), Unit::ratio);
    return Generate.frequency(Pair.of(3, simpleUnit()), Pair.of(1, compound))
        .describedAs(UnitProperties::describe);
  }

  /**
   * Units of one dimension: area, or energy, or power, or mass, or compute, or CNY, or 家, each
   * with magnitudes; one time in eight the same unit three times.
   */
  static Gen<List<Unit>> sameDimensionTriple() {
    Gen<List<Unit>> any =
        Generate.pick(DIMENSIONS)
            .flatMap(d -> lists().of(Generate.pick(ofDimension(d))).ofSize(3));
    Gen<List<Unit>> same =
        Generate.pick(DIMENSIONS)
            .flatMap(d -> Generate.pick(ofDimension(d)))
            .map(u -> List.of(u, u, u));
    return Generate.frequency(Pair.of(7, any), Pair.of(1, same))
        .describedAs(UnitProperties::describe);
  }

  /** Pairs (a, b) of one dimension whose factor a → b is an integer. */
  static Gen<List<Unit>> wholeFactorPairs() {
    List<List<List<Unit>>> byDimension = new ArrayList<>();
    for (Dimension d : DIMENSIONS) {
      List<List<Unit>> pairs = new ArrayList<>();
      for (Unit a : ofDimension(d)) {
        for (Unit b : ofDimension(d)) {
          if (a.factorTo(b).isInteger()) {
            pairs.add(List.of(a, b));
          }
        }
      }
      byDimension.add(pairs);
    }
    return Generate.pick(byDimension)
        .flatMap(Generate::pick)
        .describedAs(UnitProperties::describe);
  }

  /** Values in [-10¹², 10¹²] of scale 4, with zero, ±1, ±0.0001 and the ends mixed in. */
  static Gen<BigDecimal> values() {
    long max = 10_000_000_000_000_000L; // 10^12 at scale 4
    Gen<BigDecimal> random = Generate.longRange(-max, max).map(l -> BigDecimal.valueOf(l, 4));
    Gen<BigDecimal> small = Generate.longRange(-100_000, 100_000).map(l -> BigDecimal.valueOf(l, 4));
    Gen<BigDecimal> edges =
        Generate.pick(
            List.of(
                BigDecimal.valueOf(0, 4),
                BigDecimal.valueOf(1, 4),
                BigDecimal.valueOf(-1, 4),
                BigDecimal.valueOf(10_000, 4),
                BigDecimal.valueOf(-10_000, 4),
                BigDecimal.valueOf(max, 4),
                BigDecimal.valueOf(-max, 4),
                BigDecimal.valueOf(max - 1, 4),
                BigDecimal.valueOf(-max + 1, 4)));
    return Generate.frequency(Pair.of(6, random), Pair.of(2, small), Pair.of(1, edges))
        .describedAs(BigDecimal::toPlainString);
  }

  /** Longs: any, small, and 0, ±1, the int and long extremes. */
  static Gen<Long> anyLongs() {
    Gen<Long> edges =
        Generate.pick(
            List.of(
                0L, 1L, -1L, (long) Integer.MAX_VALUE, (long) Integer.MIN_VALUE,
                Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1));
    return Generate.frequency(
        Pair.of(5, longs().all()), Pair.of(3, Generate.longRange(-1000, 1000)), Pair.of(1, edges));
  }

  @Test
  void nameParsesBack() {
    // Every simple unit, exhaustively; then 1,000 draws of simple and compound units.
    SIMPLE_UNITS.forEach(UnitProperties::nameParsesBack);
    qt().withExamples(1000).forAll(anyUnit()).checkAssert(UnitProperties::nameParsesBack);
  }

  private static void nameParsesBack(Unit unit) {
    assertThat(Unit.parse(unit.name())).as(describe(unit)).isEqualTo(unit);
    assertThat(Unit.parse(unit.toString())).as(describe(unit)).isEqualTo(unit);
    assertThat(Unit.parse(unit.traditionalName())).as(describe(unit)).isEqualTo(unit);
  }

  @Test
  void roundTripIsExactForTerminatingFactors() {
    // A triple whose a → b does not terminate (a few in a hundred) is discarded; 1,000 are checked.
    qt().withExamples(1000)
        .forAll(sameDimensionTriple(), values())
        .assuming((units, value) -> units.get(0).converterTo(units.get(1)).alwaysTerminates())
        .checkAssert(
            (units, value) -> {
              Unit a = units.get(0);
              Unit b = units.get(1);
              BigDecimal inB = a.converterTo(b).convertExact(value);

              assertThat(b.convertExact(inB, a)).isEqualByComparingTo(value);
            });
  }

  @Test
  void conversionComposes() {
    qt().withExamples(1000)
        .forAll(sameDimensionTriple(), values())
        .checkAssert(
            (units, value) -> {
              Unit a = units.get(0);
              Unit b = units.get(1);
              Unit c = units.get(2);
              assertThat(a.factorTo(b).multiply(b.factorTo(c))).isEqualTo(a.factorTo(c));
              if (!a.converterTo(b).alwaysTerminates()) {
                return; // the two-step conversion may not be exact; the factors were checked
              }

              BigDecimal direct;
              try {
                direct = a.convertExact(value, c);
              } catch (NonTerminatingConversionException e) {
                assertThatThrownBy(() -> b.convertExact(a.convertExact(value, b), c))
                    .isInstanceOf(NonTerminatingConversionException.class);
                return;
              }
              assertThat(b.convertExact(a.convertExact(value, b), c)).isEqualTo(direct);
            });
  }

  @Test
  void exactConversionAgreesWithRationalArithmetic() {
    qt().withExamples(1000)
        .forAll(sameDimensionTriple(), values())
        .checkAssert(
            (units, value) -> {
              Unit a = units.get(0);
              Unit b = units.get(1);
              Rational exact = Rational.of(value).multiply(a.factor()).divide(b.factor());

              if (exact.isTerminating()) {
                assertThat(a.convertExact(value, b)).isEqualByComparingTo(exact.toBigDecimalExact());
              } else {
                assertThatThrownBy(() -> a.convertExact(value, b))
                    .isInstanceOf(NonTerminatingConversionException.class);
              }
              assertThat(a.convert(value, b, MathContext.DECIMAL64))
                  .isEqualByComparingTo(exact.toBigDecimal(MathContext.DECIMAL64));
            });
  }

  @Test
  void crossDimensionConversionAlwaysFails() {
    // Pairs of one dimension (about one in 70) are discarded; 1,000 pairs are checked.
    qt().withExamples(1000)
        .forAll(anyUnit(), anyUnit())
        .assuming((a, b) -> !a.dimension().equals(b.dimension()))
        .checkAssert(
            (a, b) -> {
              assertThat(a.isCompatibleWith(b)).isFalse();
              assertThatThrownBy(() -> a.convertExact(BigDecimal.ONE, b))
                  .isInstanceOf(IncompatibleUnitsException.class)
                  .hasMessageContaining(a.name())
                  .hasMessageContaining(b.name());
              assertThatThrownBy(() -> a.factorTo(b)).isInstanceOf(IncompatibleUnitsException.class);
            });
  }

  @Test
  void factorIsTheProductOfMagnitudeAndBase() {
    // Every simple unit of the catalogue, exhaustively: there are fewer of them than 1,000.
    for (Unit unit : SIMPLE_UNITS) {
      BaseUnit base = unit.base().orElseThrow();
      assertThat(unit.factor())
          .as(describe(unit))
          .isEqualTo(unit.magnitude().factor().multiply(base.factor()));
      assertThat(unit.factorTo(unit.reference())).as(describe(unit)).isEqualTo(unit.factor());
      assertThat(unit.reference().factor()).as(describe(unit)).isEqualTo(Rational.ONE);
    }
  }

  @Test
  void sameDimensionFactorsAreReciprocal() {
    qt().withExamples(1000)
        .forAll(sameDimensionTriple())
        .checkAssert(
            units -> {
              assertThat(units.get(0).factorTo(units.get(1)).multiply(units.get(1).factorTo(units.get(0))))
                  .isEqualTo(Rational.ONE);
              assertThat(units.get(0).factorTo(units.get(0))).isEqualTo(Rational.ONE);
            });
  }

  @Test
  void equalUnitsHaveEqualHashCodes() {
    // b is a independent unit, or one time in four a itself read back from its traditional name.
    Gen<List<Unit>> pairs =
        anyUnit()
            .flatMap(
                a ->
                    Generate.frequency(
                            Pair.of(3, anyUnit()),
                            Pair.of(1, Generate.constant(Unit.parse(a.traditionalName()))))
                        .map(b -> List.of(a, b)))
            .describedAs(UnitProperties::describe);
    qt().withExamples(1000)
        .forAll(pairs)
        .checkAssert(
            ab -> {
              Unit a = ab.get(0);
              Unit b = ab.get(1);
              Unit reparsed = Unit.parse(a.name());
              assertThat(reparsed.hashCode()).isEqualTo(a.hashCode());
              if (a.equals(b)) {
                assertThat(a.hashCode()).isEqualTo(b.hashCode());
                assertThat(a.factor()).isEqualTo(b.factor());
              }
            });
  }

  @Test
  void integerValuesOfWholeFactorsStayIntegers() {
    // Drawn among the pairs with a whole factor, so no case is discarded (it was about half).
    qt().withExamples(1000)
        .forAll(wholeFactorPairs(), anyLongs())
        .checkAssert(
            (units, n) -> {
              Unit a = units.get(0);
              Unit b = units.get(1);
              BigDecimal result = a.convertExact(BigDecimal.valueOf(n), b);
              assertThat(result.scale()).isZero();
              assertThat(result.toBigIntegerExact())
                  .isEqualTo(BigInteger.valueOf(n).multiply(a.factorTo(b).numerator()));
            });
  }
}
