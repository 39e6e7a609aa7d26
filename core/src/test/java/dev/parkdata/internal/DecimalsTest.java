package dev.parkdata.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
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

  @Property
  void normalizeKeepsTheValueWithoutTrailingZerosOrNegativeScale(@ForAll BigDecimal value) {
    BigDecimal normalized = Decimals.normalize(value);

    assertThat(normalized).isEqualByComparingTo(value);
    assertThat(normalized.scale()).isNotNegative();
    if (normalized.scale() > 0) {
      assertThat(normalized.unscaledValue().mod(java.math.BigInteger.TEN).signum()).isNotZero();
    }
  }
}
