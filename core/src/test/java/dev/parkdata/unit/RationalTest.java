package dev.parkdata.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RationalTest {

  @Test
  void isHeldInLowestTermsWithPositiveDenominator() {
    Rational mu = Rational.of(10_000, 15);

    assertThat(mu.numerator()).isEqualTo(BigInteger.valueOf(2000));
    assertThat(mu.denominator()).isEqualTo(BigInteger.valueOf(3));
    assertThat(mu).isEqualTo(Rational.of(2000, 3));
    assertThat(Rational.of(3, -6)).isEqualTo(Rational.of(-1, 2));
    assertThat(Rational.of(-3, -6)).isEqualTo(Rational.of(1, 2));
    assertThat(Rational.of(0, -7)).isSameAs(Rational.ZERO);
    assertThat(Rational.of(5, 5)).isEqualTo(Rational.ONE);
  }

  @Test
  void zeroDenominatorIsRejected() {
    assertThatThrownBy(() -> Rational.of(1, 0)).isInstanceOf(ArithmeticException.class).hasMessageContaining("1/0");
    assertThatThrownBy(() -> Rational.ONE.divide(Rational.ZERO)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(Rational.ZERO::reciprocal).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void decimalsAreExact() {
    assertThat(Rational.of(new BigDecimal("31.85"))).isEqualTo(Rational.of(637, 20));
    assertThat(Rational.of(new BigDecimal("1.9E+3"))).isEqualTo(Rational.of(1900));
    assertThat(Rational.of(new BigDecimal("-0.150"))).isEqualTo(Rational.of(-3, 20));
  }

  @Test
  void arithmetic() {
    Rational a = Rational.of(2000, 3);
    Rational b = Rational.of(3, 20);

    assertThat(a.multiply(b)).isEqualTo(Rational.of(100));
    assertThat(a.divide(b)).isEqualTo(Rational.of(40000, 9));
    assertThat(a.add(b)).isEqualTo(Rational.of(40009, 60));
    assertThat(a.subtract(b)).isEqualTo(Rational.of(39991, 60));
    assertThat(b.negate()).isEqualTo(Rational.of(-3, 20));
    assertThat(b.reciprocal()).isEqualTo(Rational.of(20, 3));
    assertThat(Rational.powerOfTen(3)).isEqualTo(Rational.of(1000));
    assertThat(Rational.powerOfTen(-2)).isEqualTo(Rational.of(1, 100));
    assertThat(Rational.powerOfTen(0)).isEqualTo(Rational.ONE);
    assertThat(Rational.ZERO.negate()).isSameAs(Rational.ZERO);
  }

  @Test
  void ordering() {
    assertThat(Rational.of(2, 3)).isGreaterThan(Rational.of(3, 5));
    assertThat(Rational.of(-2, 3)).isLessThan(Rational.of(-3, 5));
    assertThat(Rational.of(4, 6)).isEqualByComparingTo(Rational.of(2, 3));
    assertThat(Rational.of(-1, 2).signum()).isEqualTo(-1);
    assertThat(Rational.ZERO.signum()).isZero();
  }

  @Test
  void terminatingDecimalExpansion() {
    assertThat(Rational.of(3, 20).isTerminating()).isTrue();
    assertThat(Rational.of(1, 1024).isTerminating()).isTrue();
    assertThat(Rational.of(2000, 3).isTerminating()).isFalse();
    assertThat(Rational.of(1, 15).isTerminating()).isFalse();
    assertThat(Rational.of(7).isInteger()).isTrue();
    assertThat(Rational.of(7, 2).isInteger()).isFalse();

    assertThat(Rational.of(3, 20).toBigDecimalExact()).isEqualTo(new BigDecimal("0.15"));
    assertThat(Rational.of(1_000_000).toBigDecimalExact()).isEqualTo(new BigDecimal("1000000"));
    assertThatThrownBy(() -> Rational.of(2000, 3).toBigDecimalExact())
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("2000/3");
    assertThat(Rational.of(2000, 3).toBigDecimal(new MathContext(6))).isEqualTo(new BigDecimal("666.667"));
  }

  @ParameterizedTest
  @CsvSource({
    "2000/3, 2000/3",
    "10000/15, 2000/3",
    "1/-2, -1/2",
    "' 3 / 20 ', 3/20",
    "0.15, 3/20",
    "1000000, 1000000",
    "1E+3, 1000",
    "-4/2, -2",
    "0/9, 0"
  })
  void parseAndToString(String text, String canonical) {
    Rational r = Rational.parse(text);

    assertThat(r).hasToString(canonical);
    assertThat(Rational.parse(r.toString())).isEqualTo(r);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "1/0", "1/", "/2", "1.5/2", "1/2/3", "½"})
  void parseRejectsNonRationals(String text) {
    assertThatThrownBy(() -> Rational.parse(text))
        .isInstanceOf(NumberFormatException.class)
        .hasMessageContaining("'" + text.strip() + "'");
  }
}
