package dev.parkdata.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parkdata.unit.IncompatibleUnitsException;
import dev.parkdata.unit.NonTerminatingConversionException;
import dev.parkdata.unit.Unit;
import dev.parkdata.unit.Units;
import java.math.BigDecimal;
import java.math.MathContext;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

class MetricTest {
  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static Metric p(String text) {
    return Metric.parse(text);
  }

  @Test
  void boundsFollowTheQualifier() {
    assertThat(p("31.85平方公里").bounds()).isEqualTo(Interval.singleton(d("31.85")));
    assertThat(p("440多家").bounds()).isEqualTo(Interval.open(d("440"), d("450")));
    assertThat(p("2万余家").bounds()).isEqualTo(Interval.open(d("20000"), d("30000")));
    assertThat(p("300多名").bounds()).isEqualTo(Interval.open(d("300"), d("400")));
    assertThat(p("5000余万元").bounds()).isEqualTo(Interval.open(d("5000"), d("6000")));
    assertThat(p("1.5万余家").bounds()).isEqualTo(Interval.open(d("15000"), d("16000")));
    assertThat(p("最高2000万元").bounds()).isEqualTo(Interval.atMost(d("2000")));
    assertThat(p("超亿元").bounds()).isEqualTo(Interval.greaterThan(d("1")));
    assertThat(p("200亿元以上").bounds()).isEqualTo(Interval.atLeast(d("200")));
    assertThat(p("近1000个").bounds()).isEqualTo(Interval.lessThan(d("1000")));
    assertThat(p("不到7个工作日").bounds()).isEqualTo(Interval.lessThan(d("7")));
    assertThat(p("400-600个").bounds()).isEqualTo(Interval.closed(d("400"), d("600")));
    assertThat(p("约1GW").bounds()).isEqualTo(Interval.all());
  }

  @Test
  void equalityIgnoresTrailingZerosButNotUnitsOrQualifiers() {
    assertThat(Metric.of(d("31.850"), Units.SQUARE_KILOMETRE)).isEqualTo(Metric.of(d("31.85"), Units.SQUARE_KILOMETRE))
        .hasSameHashCodeAs(Metric.of(d("31.85"), Units.SQUARE_KILOMETRE));
    assertThat(p("1900亿元")).isNotEqualTo(p("0.19万亿元")).isNotEqualTo(p("超过1900亿元"));
    assertThat(p("2万家")).isNotEqualTo(p("2万余家"));
    assertThat(p("1900亿元").isSameQuantity(p("0.19万亿元"))).isTrue();
    assertThat(p("31.85平方公里").isSameQuantity(p("47775亩"))).isTrue();
    assertThat(p("2万余家").isSameQuantity(p("20000多家"))).isTrue();
    assertThat(p("1900亿元").isSameQuantity(p("超1900亿元"))).isFalse();
    assertThat(p("1900亿元").isSameQuantity(p("1900亿美元"))).isFalse();
  }

  @Test
  void ordersQuantitiesOfOneDimensionAcrossUnits() {
    assertThat(p("1900亿元").compareTo(p("0.19万亿元"))).isZero();
    assertThat(p("1900亿元").compareTo(p("2000亿元"))).isNegative();
    assertThat(p("1万亿元").compareTo(p("1900亿元"))).isPositive();
    assertThat(p("1900亿元").compareTo(p("超1900亿元"))).isNegative();
    assertThat(p("400-600个").compareTo(p("400-700个"))).isNegative();
    assertThatThrownBy(() -> p("1亿元").compareTo(p("1亿美元"))).isInstanceOf(IncompatibleUnitsException.class);
  }

  @Test
  void convertsExactlyAndNormalizesTheMagnitudeWord() {
    assertThat(p("31.85平方公里").to(Units.MU)).isEqualTo(p("47775亩"));
    assertThat(p("1900亿元").toBase()).isEqualTo(p("190000000000元"));
    assertThat(p("190000000000元").normalized()).isEqualTo(p("1900亿元"));
    assertThat(p("2000000家").normalized()).isEqualTo(p("200万家"));
    assertThat(p("0.5万元").normalized()).isEqualTo(p("5000元"));
    assertThat(p("15000000000000美元").normalized()).isEqualTo(p("15万亿美元"));
    assertThat(p("50000平方米").normalized()).isEqualTo(p("5万平方米"));
    assertThat(p("21.6%").normalized()).isEqualTo(p("21.6%"));
    assertThat(p("10000-20000家").normalized()).isEqualTo(p("1-2万家"));
    assertThat(p("20000余家").normalized()).isEqualTo(p("2余万家"));
    assertThat(p("约11亿度").toBase()).isEqualTo(p("约1100000000千瓦时"));
    assertThatThrownBy(() -> p("1亩").toBase()).isInstanceOf(NonTerminatingConversionException.class);
    assertThatThrownBy(() -> p("1亩").to(Units.YI_YUAN)).isInstanceOf(IncompatibleUnitsException.class);
  }

  @Test
  void roundsOutwardsWhenAConversionDoesNotTerminate() {
    MathContext mc = new MathContext(10);
    assertThat(p("1亩").to(Units.SQUARE_METRE, mc)).isEqualTo(p("约666.6666667平方米"));
    assertThat(p("超过1亩").to(Units.SQUARE_METRE, mc)).isEqualTo(p("超过666.6666666平方米"));
    assertThat(p("最高1亩").to(Units.SQUARE_METRE, mc)).isEqualTo(p("最高666.6666667平方米"));
    assertThat(p("1亩").to(Units.SQUARE_METRE, mc).bounds()).isEqualTo(Interval.all());
  }

  @Test
  void anOverFigureWhoseStepDoesNotConvertBecomesARange() {
    assertThat(p("31.85余平方公里").to(Units.MU)).isEqualTo(p("47775-47790亩"));
  }

  @Test
  void arithmeticCarriesTheQualifiersThroughTheBounds() {
    Metric sum = p("2万余家").plus(p("440多家"));
    assertThat(sum).isEqualTo(p("20440-30450家"));
    assertThat(sum.bounds().contains(d("25000"))).isTrue();
    assertThat(p("1900亿元").plus(p("100亿元"))).isEqualTo(p("2000亿元"));
    assertThat(p("1900亿元").plus(p("0.01万亿元"))).isEqualTo(p("2000亿元"));
    assertThat(p("约1900亿元").plus(p("约100亿元"))).isEqualTo(p("约2000亿元"));
    assertThat(p("约1900亿元").plus(p("100亿元"))).isEqualTo(p("约2000亿元"));
    assertThat(p("超1900亿元").plus(p("100亿元"))).isEqualTo(p("超2000亿元"));
    assertThat(p("超1900亿元").plus(p("100亿元以上"))).isEqualTo(p("超2000亿元"));
    assertThat(p("200亿元以上").plus(p("100亿元以上"))).isEqualTo(p("300亿元以上"));
    assertThat(p("近100亿元").plus(p("近20亿元"))).isEqualTo(p("近120亿元"));
    assertThat(p("最高100亿元").plus(p("不到20亿元"))).isEqualTo(p("不到120亿元"));
    assertThat(p("400-600个").plus(p("10个"))).isEqualTo(p("410-610个"));
    assertThat(p("440多家").plus(p("10家"))).isEqualTo(p("450多家"));
    assertThat(p("超1900亿元").minus(p("100亿元"))).isEqualTo(p("超1800亿元"));
    assertThat(p("2000亿元").minus(p("超100亿元"))).isEqualTo(p("不到1900亿元"));
    assertThat(p("超1900亿元").plus(p("不到100亿元"))).isEqualTo(p("约2000亿元"));
    assertThatThrownBy(() -> p("1亿元").plus(p("1家"))).isInstanceOf(IncompatibleUnitsException.class);
  }

  @Test
  void scalarArithmetic() {
    assertThat(p("440多家").multipliedBy(d("2"))).isEqualTo(p("880-900家"));
    assertThat(p("2万余家").multipliedBy(d("2"))).isEqualTo(p("4万-6万家").to(Units.JIA));
    assertThat(p("近100亿元").multipliedBy(d("3"))).isEqualTo(p("近300亿元"));
    assertThat(p("超100亿元").multipliedBy(d("-1"))).isEqualTo(p("不到-100亿元"));
    assertThat(p("400-600个").multipliedBy(d("-1"))).isEqualTo(p("-600至-400个"));
    assertThat(p("400-600个").multipliedBy(BigDecimal.ZERO)).isEqualTo(p("0个"));
    assertThat(p("最高2000万元").dividedBy(d("4"))).isEqualTo(p("最高500万元"));
    assertThat(p("300多名").dividedBy(d("10"))).isEqualTo(p("30多名"));
    assertThat(p("9家").dividedBy(d("3"))).isEqualTo(p("3家"));
    assertThat(p("6家").dividedBy(d("1.5"))).isEqualTo(p("4家"));
    assertThat(p("400-600个").dividedBy(d("4"))).isEqualTo(p("100-150个"));
    assertThat(p("超30亿元").dividedBy(d("-3"))).isEqualTo(p("不到-10亿元"));
    assertThatThrownBy(() -> p("1元").dividedBy(d("3"))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> p("1元").dividedBy(BigDecimal.ZERO)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void ratiosAsPercentOrMultiple() {
    MathContext mc = MathContext.DECIMAL64;
    assertThat(p("25亿元").percentOf(p("100亿元"), mc)).isEqualTo(p("25%"));
    assertThat(p("1900亿元").multipleOf(p("0.1万亿元"), mc)).isEqualTo(p("1.9倍"));
    assertThat(p("1亿元").percentOf(p("3亿元"), mc)).isEqualTo(p("约33.33333333333333%"));
    assertThat(p("超25亿元").percentOf(p("100亿元"), mc)).isEqualTo(p("超25%"));
    assertThat(p("440多家").percentOf(p("1000家"), mc)).isEqualTo(p("44多%"));
    assertThat(p("25亿元").percentOf(p("100-200亿元"), mc)).isEqualTo(p("12.5-25%"));
    assertThat(p("25亿元").percentOf(p("约100亿元"), mc)).isEqualTo(p("约25%"));
    assertThatThrownBy(() -> p("1亿元").percentOf(p("0元"), mc)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> p("1亿元").percentOf(Metric.range(d("-5"), d("0"), Units.YI_YUAN), mc))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("zero");
    assertThatThrownBy(() -> p("1亿元").percentOf(p("1家"), mc)).isInstanceOf(IncompatibleUnitsException.class);
  }

  @Test
  void factoriesCheckTheirArguments() {
    assertThatThrownBy(() -> Metric.of(d("1"), Units.JIA, Qualifier.RANGE)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Metric.of(d("0"), Units.JIA, Qualifier.OVER)).hasMessageContaining("positive");
    assertThatThrownBy(() -> Metric.range(d("2"), d("1"), Units.JIA)).hasMessageContaining("exceeds");
    assertThatThrownBy(() -> Metric.of(null, Units.JIA)).isInstanceOf(NullPointerException.class);
    Metric r = Metric.range(d("400"), d("600"), Units.GE);
    assertThat(r.isRange()).isTrue();
    assertThat(r.value()).isEqualByComparingTo("400");
    assertThat(r.max()).isEqualByComparingTo("600");
    assertThat(r.dimension()).isEqualTo(Unit.parse("个").dimension());
    assertThat(p("1900亿元").max()).isEqualByComparingTo("1900");
  }

  @Test
  void equalsAndHashCodeFollowTheContract() {
    EqualsVerifier.forClass(Metric.class)
        .suppress(Warning.BIGDECIMAL_EQUALITY)
        .withPrefabValues(Unit.class, Units.JIA, Units.YI_YUAN)
        .withNonnullFields("value", "unit", "qualifier")
        .verify();
  }

  @Test
  void toStringParsesBack() {
    for (String s : new String[] {"1900亿元", "2万余家", "31.85平方公里", "最高2000万元", "400-600个", "约1吉瓦"}) {
      assertThat(p(s).toString()).isEqualTo(s);
      assertThat(p(p(s).toString())).isEqualTo(p(s));
    }
  }
}
