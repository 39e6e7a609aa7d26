package dev.parkdata.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.parkdata.unit.FigureLimitException;
import dev.parkdata.unit.FigureLimits;
import dev.parkdata.unit.Rational;
import dev.parkdata.unit.Unit;
import dev.parkdata.unit.UnitCatalog;
import dev.parkdata.unit.Units;
import dev.parkdata.unit.UnknownUnitException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Issue 15: huge figures are refused with a typed error at once; the largest allowed stay fast. */
class FigureLimitsTest {
  private static final Duration QUICKLY = Duration.ofSeconds(5);

  private static BigDecimal digits(int count, int exponent) {
    return new BigDecimal(new java.math.BigInteger("3".repeat(count)), count - 1 - exponent);
  }

  @Test
  void aValueBeyondTheExponentLimitIsRefusedAtOnce() {
    assertTimeoutPreemptively(QUICKLY, () -> {
      assertThatThrownBy(() -> Metric.of(new BigDecimal("1e100000000"), Units.YUAN))
          .isInstanceOf(FigureLimitException.class)
          .hasMessageContaining("exponent of 100000000");
      assertThatThrownBy(() -> Metric.of(new BigDecimal("1e-1001"), Units.YUAN))
          .isInstanceOf(FigureLimitException.class);
      assertThatThrownBy(() -> Metric.range(BigDecimal.ONE, new BigDecimal("1e1001"), Units.YUAN))
          .isInstanceOf(FigureLimitException.class)
          .hasMessageStartingWith("max");
    });
  }

  @Test
  void aValueOfTooManySignificantDigitsIsRefused() {
    assertThatThrownBy(() -> Metric.of(digits(1001, 3), Units.YUAN))
        .isInstanceOf(FigureLimitException.class)
        .hasMessageContaining("more than 1000 significant digits");
    // trailing zeros are not significant, however the value is written
    BigDecimal padded = new BigDecimal(digits(1000, 3).unscaledValue().multiply(java.math.BigInteger.TEN.pow(2000)), 2000 + 996);
    assertThat(Metric.of(padded, Units.YUAN).value()).isEqualByComparingTo(digits(1000, 3));
  }

  @Test
  void theLargestFiguresAllowedStayFast() {
    assertTimeoutPreemptively(QUICKLY, () -> {
      for (BigDecimal v : new BigDecimal[] {
          digits(1000, FigureLimits.MAX_EXPONENT - 1), digits(1000, -FigureLimits.MAX_EXPONENT),
          new BigDecimal("1e1000"), new BigDecimal("1e-1000")}) {
        Metric m = Metric.of(v, Units.YI_YUAN, Qualifier.OVER);
        assertThat(m.hashCode()).isEqualTo(Metric.of(v, Units.YI_YUAN, Qualifier.OVER).hashCode());
        assertThat(Metric.parse(m.toString())).isEqualTo(m);
        assertThat(m.bounds().hasUpperBound()).isTrue();
        Metric r = Metric.range(v, v, Units.YI_YUAN);
        assertThat(r.plus(r).compareTo(r)).isPositive();
        assertThat(r.multipliedBy(BigDecimal.valueOf(2)).max()).isEqualByComparingTo(v.add(v));
        assertThat(r.percentOf(r, MathContext.DECIMAL64).value()).isEqualByComparingTo("100");
      }
      Metric m = Metric.of(digits(1000, -900), Units.SQUARE_KILOMETRE);
      assertThat(m.to(Units.MU, new MathContext(1000)).unit()).isEqualTo(Units.MU);
      assertThat(Units.SQUARE_KILOMETRE.convertExact(m.value(), Units.SQUARE_METRE).precision()).isEqualTo(1000);
    });
  }

  @Test
  void arithmeticBeyondTheLimitsIsATypedError() {
    Metric big = Metric.of(new BigDecimal("9e1000"), Units.YUAN);
    assertThatThrownBy(() -> big.plus(big)).isInstanceOf(FigureLimitException.class);
    assertThatThrownBy(() -> big.multipliedBy(new BigDecimal("1e-100000000")))
        .isInstanceOf(FigureLimitException.class)
        .hasMessageStartingWith("factor");
    assertThatThrownBy(() -> big.to(Units.YI_YUAN, new MathContext(1_000_000)))
        .isInstanceOf(FigureLimitException.class)
        .hasMessageContaining("precision of 1000000");
    assertThatThrownBy(() -> Units.YUAN.convertExact(new BigDecimal("1e-100000000"), Units.YI_YUAN))
        .isInstanceOf(FigureLimitException.class);
  }

  @Test
  void rationalParseRefusesHugeExponentsWithNumberFormatException() {
    assertTimeoutPreemptively(QUICKLY, () -> {
      assertThatThrownBy(() -> Rational.parse("1e-100000000"))
          .isInstanceOf(NumberFormatException.class)
          .hasCauseInstanceOf(FigureLimitException.class);
      assertThatThrownBy(() -> Rational.parse("1".repeat(1_000_000)))
          .isInstanceOf(NumberFormatException.class)
          .hasCauseInstanceOf(FigureLimitException.class);
      assertThatThrownBy(() -> Rational.parse("1/" + "3".repeat(3_000)))
          .isInstanceOf(NumberFormatException.class);
      assertThat(Rational.parse("1e-1000")).isEqualTo(Rational.powerOfTen(-1_000));
    });
  }

  @Test
  void metricParseIsLinearInLongDigitRuns() {
    assertTimeoutPreemptively(QUICKLY, () -> {
      String million = "1".repeat(1_000_000);
      assertThatThrownBy(() -> Metric.parse(million))
          .isInstanceOf(MetricParseException.class)
          .hasMessageContaining("(1000000 characters)")
          .hasMessageContaining("at most 100000 characters");
      String longRun = "1".repeat(99_000) + "元";
      assertThatThrownBy(() -> Metric.parse(longRun))
          .isInstanceOf(MetricParseException.class)
          .hasMessageContaining("at index 2000")
          .hasMessageContaining("a number of at most 2000 digits");
      assertThatThrownBy(() -> Metric.parse("7".repeat(1001) + "元"))
          .isInstanceOf(MetricParseException.class)
          .hasMessageContaining("within the limits");
      assertThat(Metric.parse("1" + "0".repeat(1_000) + "元").value()).isEqualByComparingTo("1e1000");
    });
  }

  @Test
  void unitParseRefusesTenMegabytesAtOnce() {
    assertTimeoutPreemptively(QUICKLY, () -> {
      String odd = "\uFDFA".repeat(10_000_000); // NFKC makes each of these 18 characters
      assertThatThrownBy(() -> Unit.parse(odd))
          .isInstanceOf(UnknownUnitException.class)
          .hasMessageContaining("(10000000 characters)")
          .hasMessageContaining("longer than " + UnitCatalog.MAX_LENGTH);
      assertThat(Unit.parse(" ".repeat(150) + "亿元")).isEqualTo(Units.YI_YUAN);
    });
  }
}
