/**
 * Units as Chinese statistics write them, with exact conversions.
 *
 * <p>A {@link dev.parkdata.unit.Unit} is a {@link dev.parkdata.unit.Magnitude} word times a
 * {@link dev.parkdata.unit.BaseUnit} (亿元 = 亿 × 元), or a ratio of two such units (万元/亩).
 * Base units belong to a {@link dev.parkdata.unit.Dimension} and convert within it by exact
 * {@link dev.parkdata.unit.Rational} factors to the dimension's reference unit (1 亩 = 2000/3
 * 平方米). Each currency, each count classifier (家, 个, 项 …) and each calendar duration is a
 * dimension of its own, and percentage points are not percents, so no conversion crosses them;
 * money crosses currencies only through a dated {@link dev.parkdata.unit.ExchangeRate}.
 *
 * <p>The {@link dev.parkdata.unit.UnitCatalog} knows every spelling of every unit: simplified,
 * traditional, English symbols and full-width forms ({@code 億元}, {@code km²}, {@code ㎡},
 * {@code ％}, {@code ｋｍ２}). {@link dev.parkdata.unit.UnitCatalog#standard()} is the catalogue of
 * the reference tables; projects add classifiers or units of their own through {@link
 * dev.parkdata.unit.UnitCatalog#toBuilder()}. Every catalogue also reads the units no list can
 * hold: the number unit {@code 1} of a figure with no unit (and {@code 亿}, {@code 万} …), the
 * 分之 fractions ({@code 三分之一}, a ratio) and the open classifiers ({@code 棵}, {@code 艘次}).
 * {@link dev.parkdata.unit.Units} holds constants for the common units.
 *
 * <p>Conversions are exact. {@link dev.parkdata.unit.Unit#convertExact} returns the exact decimal
 * and throws {@link dev.parkdata.unit.NonTerminatingConversionException} where it does not
 * terminate; {@link dev.parkdata.unit.Unit#convert(java.math.BigDecimal, Unit,
 * java.math.MathContext)} rounds only there, to the stated {@link java.math.MathContext}.
 * Conversion across dimensions throws {@link dev.parkdata.unit.IncompatibleUnitsException} and
 * unreadable text {@link dev.parkdata.unit.UnknownUnitException}; both name their input. No
 * figure passes through {@code double}.
 *
 * <pre>{@code
 * Unit km2 = Unit.parse("平方公里");
 * km2.convertExact(new BigDecimal("31.85"), Units.MU);                  // 47775, exactly
 * Units.MU.convertExact(new BigDecimal("48.51"), Units.SQUARE_METRE);   // 32340
 * Units.MU.convertExact(BigDecimal.ONE, Units.SQUARE_METRE);            // throws: 666.666… does not terminate
 * Units.MU.convert(BigDecimal.ONE, Units.SQUARE_METRE, new MathContext(10));  // 666.6666667
 * Unit.parse("万元/亩").convertExact(BigDecimal.ONE, Unit.parse("亿元/平方公里"));  // 0.15
 * Units.YUAN.convertExact(BigDecimal.ONE, Units.US_DOLLAR);             // throws IncompatibleUnitsException
 * }</pre>
 *
 * <p>Every type of the package is immutable and thread-safe.
 */
package dev.parkdata.unit;
