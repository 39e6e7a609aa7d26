/**
 * Units as Chinese statistics write them, with exact conversions.
 *
 * <p>A {@link dev.parkdata.unit.Unit} is a {@link dev.parkdata.unit.Magnitude} word times a
 * {@link dev.parkdata.unit.BaseUnit} (亿元 = 亿 × 元), or a ratio of two units (万元/亩). Base units
 * belong to a {@link dev.parkdata.unit.Dimension} and convert within it by exact
 * {@link dev.parkdata.unit.Rational} factors; the {@link dev.parkdata.unit.UnitCatalog} knows
 * every spelling of every unit, simplified, traditional, English and full-width.
 *
 * <pre>{@code
 * Unit km2 = Unit.parse("平方公里");
 * km2.convertExact(new BigDecimal("31.85"), Units.MU);     // 47775, exactly
 * Units.MU.convertExact(new BigDecimal("48.51"), Units.SQUARE_METRE);  // 32340
 * Units.MU.convertExact(BigDecimal.ONE, Units.SQUARE_METRE);  // throws: 666.666… does not terminate
 * Unit.parse("万元/亩").convertExact(BigDecimal.ONE, Unit.parse("亿元/平方公里"));  // 0.15
 * }</pre>
 */
package dev.parkdata.unit;
