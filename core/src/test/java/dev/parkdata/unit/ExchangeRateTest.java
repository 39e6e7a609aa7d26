package dev.parkdata.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExchangeRateTest {
  private static final LocalDate DAY = LocalDate.of(2024, 6, 28);
  private static final ExchangeRate USD_CNY =
      ExchangeRate.of(Units.US_DOLLAR, Units.YUAN, new BigDecimal("7.10"), DAY);

  @Test
  void isDated() {
    assertThat(USD_CNY.base()).isEqualTo(Units.US_DOLLAR);
    assertThat(USD_CNY.quote()).isEqualTo(Units.YUAN);
    assertThat(USD_CNY.rate()).isEqualTo(new BigDecimal("7.1"));
    assertThat(USD_CNY.date()).isEqualTo(DAY);
    assertThat(USD_CNY).hasToString("1 美元 = 7.1 元 (2024-06-28)");
  }

  @Test
  void convertsForwardWithMagnitudes() {
    assertThat(USD_CNY.convertExact(new BigDecimal("1.5"), Unit.parse("万亿美元"), Units.YI_YUAN))
        .isEqualTo(new BigDecimal("106500"));
    assertThat(USD_CNY.convertExact(new BigDecimal("10"), Units.US_DOLLAR, Units.YUAN)).isEqualTo(new BigDecimal("71"));
    assertThat(USD_CNY.convertExact(new BigDecimal("2"), Units.YI_US_DOLLAR, Units.WAN_YUAN))
        .isEqualTo(new BigDecimal("142000"));
  }

  @Test
  void convertsBackward() {
    assertThat(USD_CNY.convertExact(new BigDecimal("71"), Units.YUAN, Units.US_DOLLAR)).isEqualTo(new BigDecimal("10"));
    assertThat(USD_CNY.convertExact(new BigDecimal("142000"), Units.WAN_YUAN, Units.YI_US_DOLLAR))
        .isEqualTo(new BigDecimal("2"));
  }

  @Test
  void backwardConversionThatDoesNotTerminateThrowsOrRounds() {
    assertThatThrownBy(() -> USD_CNY.convertExact(BigDecimal.ONE, Units.YUAN, Units.US_DOLLAR))
        .isInstanceOf(NonTerminatingConversionException.class)
        .hasMessageContaining("1 元 in 美元")
        .hasMessageContaining("0.1408450704225352");
    assertThat(USD_CNY.convert(BigDecimal.ONE, Units.YUAN, Units.US_DOLLAR, new MathContext(4)))
        .isEqualTo(new BigDecimal("0.1408"));
    assertThat(USD_CNY.convert(new BigDecimal("100"), Units.YI_YUAN, Units.YI_US_DOLLAR, new MathContext(5)))
        .isEqualTo(new BigDecimal("14.085"));
    assertThatThrownBy(() -> USD_CNY.convert(BigDecimal.ONE, Units.YUAN, Units.US_DOLLAR, MathContext.UNLIMITED))
        .isInstanceOf(NonTerminatingConversionException.class);
  }

  @Test
  void onlyConvertsBetweenItsTwoCurrencies() {
    Unit euro = Unit.parse("欧元");
    assertThatThrownBy(() -> USD_CNY.convertExact(BigDecimal.ONE, euro, Units.YUAN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("欧元")
        .hasMessageContaining("美元");
    assertThatThrownBy(() -> USD_CNY.convertExact(BigDecimal.ONE, Units.YUAN, Units.YUAN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> USD_CNY.convertExact(BigDecimal.ONE, Units.MU, Units.YUAN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsInvalidRates() {
    assertThatThrownBy(() -> ExchangeRate.of(Units.YI_US_DOLLAR, Units.YUAN, BigDecimal.ONE, DAY))
        .hasMessageContaining("亿美元");
    assertThatThrownBy(() -> ExchangeRate.of(Units.US_DOLLAR, Units.MU, BigDecimal.ONE, DAY)).hasMessageContaining("亩");
    assertThatThrownBy(() -> ExchangeRate.of(Units.YUAN, Units.YUAN, BigDecimal.ONE, DAY))
        .hasMessageContaining("one currency");
    assertThatThrownBy(() -> ExchangeRate.of(Units.US_DOLLAR, Units.YUAN, BigDecimal.ZERO, DAY))
        .hasMessageContaining("positive");
    assertThatThrownBy(() -> ExchangeRate.of(Units.US_DOLLAR, Units.YUAN, BigDecimal.ONE, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void equalityIgnoresTrailingZerosOfTheRate() {
    ExchangeRate same = ExchangeRate.of(Units.US_DOLLAR, Units.YUAN, new BigDecimal("7.1000"), DAY);
    assertThat(same).isEqualTo(USD_CNY).hasSameHashCodeAs(USD_CNY);
    assertThat(ExchangeRate.of(Units.US_DOLLAR, Units.YUAN, new BigDecimal("7.1"), DAY.plusDays(1)))
        .isNotEqualTo(USD_CNY);
  }
}
