package dev.parkdata.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.parkdata.unit.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The decimal shortcut for whole factors stores the bound the rational arithmetic would. */
class BaseBoundsTest {
  @Test
  void wholeFactorProductIsTheRationalOneWithItsScale() {
    qt().forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L), integers().between(-12, 12), integers().between(0, 12))
        .checkAssert(
            (unscaled, scale, tens) -> {
              BigDecimal bound = BigDecimal.valueOf(unscaled, scale);
              BigInteger factor = BigInteger.TEN.pow(tens).multiply(BigInteger.valueOf(1 + Math.floorMod(unscaled, 7)));
              BigDecimal expected = Rational.of(bound).multiply(Rational.of(factor, BigInteger.ONE)).toBigDecimalExact();
              BigDecimal actual = Rows.BaseBounds.exactForm(bound.multiply(new BigDecimal(factor)));
              assertThat(actual.toString()).isEqualTo(expected.toString());
            });
  }
}
