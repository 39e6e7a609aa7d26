package dev.parkdata.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.parkdata.TestGenerators;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecimalsTest {

  @ParameterizedTest
  @CsvSource({"47775.00, 47775", "1.9E+3, 1900", "19000000, 19000000", "0.150, 0.15", "0.000, 0", "-2.50, -2.5", "1E-3, 0.001"})
  void normalize(String value, String expected) {
    BigDecimal normalized = Decimals.normalize(new BigDecimal(value));
    assertThat(normalized.toString()).isEqualTo(expected);
    assertThat(Decimals.toPlainString(new BigDecimal(value))).isEqualTo(expected);
  }

  @Test
  void normalizeKeepsTheValueWithoutTrailingZerosOrNegativeScale() {
    // Zero in several scales, ±1, ±0.01, 309 and 1,000 digits, scales from -1,000 to 1,000.
    // 1,100 draws: QuickTheories skips a draw that repeats an earlier one, and the edge cases
    // mixed in repeat, so that some 1,000 distinct values are checked.
    qt().withExamples(1100)
        .forAll(TestGenerators.bigDecimals())
        .checkAssert(
            value -> {
              BigDecimal normalized = Decimals.normalize(value);

              assertThat(normalized).isEqualByComparingTo(value);
              assertThat(normalized.scale()).isNotNegative();
              if (normalized.scale() > 0) {
                assertThat(normalized.unscaledValue().mod(BigInteger.TEN).signum()).isNotZero();
              }
            });
  }

  @Test
  void plainTextIsTheNormalizedValuesPlainText() {
    // the fast path cuts zeros from the text; the reference strips them from the number
    qt().withExamples(1100)
        .forAll(TestGenerators.bigDecimals())
        .checkAssert(value -> {
          BigDecimal stripped = value.stripTrailingZeros();
          String expected = value.signum() == 0 ? "0"
              : stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
          assertThat(Decimals.toPlainString(value)).isEqualTo(expected);
        });
  }
}
