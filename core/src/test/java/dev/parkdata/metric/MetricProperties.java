package dev.parkdata.metric;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Range;
import dev.parkdata.unit.BaseUnit;
import dev.parkdata.unit.Magnitude;
import dev.parkdata.unit.Unit;
import dev.parkdata.unit.UnitCatalog;
import dev.parkdata.unit.Units;
import java.math.BigDecimal;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MetricProperties {

  // ---------------------------------------------------------------------------------------------
  // Generators.

  private static final List<Unit> UNITS = allUnits();

  private static List<Unit> allUnits() {
    List<Unit> units = new ArrayList<>();
    for (BaseUnit base : UnitCatalog.standard().baseUnits()) {
      for (Magnitude m : Magnitude.values()) {
        if (m == Magnitude.ONE || base.isScalable()) {
          units.add(Unit.of(m, base));
        }
      }
    }
    units.add(Units.WAN_YUAN_PER_MU);
    units.add(Units.YI_YUAN_PER_SQUARE_KILOMETRE);
    units.add(Unit.parse("元/平方米"));
    return List.copyOf(units);
  }

  private static Arbitrary<BigDecimal> decimals() {
    return Combinators.combine(
            Arbitraries.bigIntegers().between(
                new java.math.BigInteger("-99999999999999999999"), new java.math.BigInteger("99999999999999999999")),
            Arbitraries.integers().between(-6, 8))
        .as(BigDecimal::new);
  }

  @Provide
  Arbitrary<Metric> metrics() {
    Arbitrary<Unit> units = Arbitraries.of(UNITS);
    Arbitrary<Metric> single = Combinators.combine(decimals(), units, Arbitraries.of(Qualifier.class))
        .as((v, u, q) -> q == Qualifier.RANGE ? Metric.range(v.min(v.abs()), v.abs(), u)
            : q == Qualifier.OVER ? Metric.of(v.signum() == 0 ? BigDecimal.ONE : v.abs(), u, q)
            : Metric.of(v, u, q));
    Arbitrary<Metric> ranges = Combinators.combine(decimals(), decimals(), units)
        .as((a, b, u) -> Metric.range(a.min(b), a.max(b), u));
    return Arbitraries.oneOf(single, ranges);
  }

  /** Metrics of one dimension (yuan), to add and compare. */
  @Provide
  Arbitrary<Metric> money() {
    Arbitrary<Unit> units = Arbitraries.of(Units.YUAN, Units.WAN_YUAN, Units.YI_YUAN, Units.WAN_YI_YUAN);
    return Combinators.combine(decimals(), decimals(), units, Arbitraries.of(Qualifier.class))
        .as((v, w, u, q) -> q == Qualifier.RANGE ? Metric.range(v.min(w), v.max(w), u)
            : q == Qualifier.OVER ? Metric.of(v.signum() == 0 ? BigDecimal.ONE : v.abs(), u, q)
            : Metric.of(v, u, q));
  }

  /** A value the metric's bounds admit, chosen by a fraction in [0, 1]. */
  private static BigDecimal pick(Metric m, BigDecimal fraction) {
    Range<BigDecimal> b = m.bounds();
    BigDecimal lo = b.hasLowerBound() ? b.lowerEndpoint() : b.hasUpperBound() ? b.upperEndpoint().subtract(BigDecimal.TEN) : m.value();
    BigDecimal hi = b.hasUpperBound() ? b.upperEndpoint() : lo.add(BigDecimal.TEN);
    BigDecimal v = lo.add(hi.subtract(lo).multiply(fraction));
    if (!b.contains(v)) {
      v = lo.add(hi).divide(BigDecimal.valueOf(2));
    }
    return v;
  }

  // ---------------------------------------------------------------------------------------------
  // Laws.

  @Property(tries = 2000)
  void simplifiedFormatReadsBack(@ForAll("metrics") Metric m) {
    assertThat(Metric.parse(MetricFormat.SIMPLIFIED.format(m))).isEqualTo(m);
    assertThat(Metric.parse(m.toString())).isEqualTo(m);
  }

  @Property(tries = 2000)
  void traditionalFormatReadsBack(@ForAll("metrics") Metric m) {
    assertThat(Metric.parse(MetricFormat.TRADITIONAL.format(m))).isEqualTo(m);
  }

  @Property(tries = 3000)
  void anyStringParsesOrThrowsTheTypedException(@ForAll String text) {
    try {
      assertThat(Metric.parse(text)).isNotNull();
    } catch (MetricParseException e) {
      assertThat(e.input()).isEqualTo(text);
      assertThat(e.errorIndex()).isBetween(0, text.length());
    }
  }

  @Property(tries = 3000)
  void anyMixOfQuantityCharactersParsesOrThrowsTheTypedException(@ForAll("quantityish") String text) {
    anyStringParsesOrThrowsTheTypedException(text);
    ParsePosition p = new ParsePosition(0);
    Metric m = MetricParser.standard().parse(text, p);
    if (m == null) {
      assertThat(p.getIndex()).isZero();
      assertThat(p.getErrorIndex()).isBetween(0, text.length());
    } else {
      assertThat(p.getIndex()).isBetween(1, text.length());
    }
  }

  @Provide
  Arbitrary<String> quantityish() {
    return Arbitraries.strings()
        .withChars("0123456789.,-~至到一二两三十百千万亿萬億零余餘多约超过近以上下内最高不到足元家个亩平方公里%百分之GWh/ ")
        .ofMaxLength(14);
  }

  @Property(tries = 2000)
  void boundsContainTheNominalValueWhereTheQualifierSaysSo(@ForAll("metrics") Metric m) {
    Range<BigDecimal> b = m.bounds();
    switch (m.qualifier()) {
      case EXACT:
      case AT_LEAST:
      case AT_MOST:
      case APPROXIMATELY:
        assertThat(b.contains(m.value())).isTrue();
        break;
      case RANGE:
        assertThat(b.contains(m.value()) && b.contains(m.max())).isTrue();
        break;
      case MORE_THAN:
      case OVER:
        assertThat(b.contains(m.value())).isFalse();
        assertThat(b.lowerEndpoint()).isEqualByComparingTo(m.value());
        break;
      case NEARLY:
      case LESS_THAN:
        assertThat(b.contains(m.value())).isFalse();
        assertThat(b.upperEndpoint()).isEqualByComparingTo(m.value());
        break;
    }
  }

  @Property(tries = 2000)
  void sumsAndDifferencesAreSound(
      @ForAll("money") Metric a, @ForAll("money") Metric b,
      @ForAll("fractions") BigDecimal f, @ForAll("fractions") BigDecimal g) {
    BigDecimal x = pick(a, f);
    BigDecimal y = pick(b, g);
    // The true values, in a's unit.
    BigDecimal yInA = b.unit().convertExact(y, a.unit());
    assertThat(a.plus(b).bounds().contains(x.add(yInA))).isTrue();
    assertThat(a.minus(b).bounds().contains(x.subtract(yInA))).isTrue();
  }

  @Property(tries = 2000)
  void scalingIsSound(@ForAll("money") Metric a, @ForAll("fractions") BigDecimal f, @ForAll("factors") BigDecimal k) {
    BigDecimal x = pick(a, f);
    assertThat(a.multipliedBy(k).bounds().contains(x.multiply(k))).isTrue();
  }

  @Property(tries = 1000)
  void ratiosAreSound(@ForAll("money") Metric a, @ForAll("money") Metric b,
      @ForAll("fractions") BigDecimal f, @ForAll("fractions") BigDecimal g) {
    BigDecimal x = pick(a, f);
    BigDecimal y = b.unit().convertExact(pick(b, g), a.unit());
    if (y.signum() == 0 || b.value().signum() == 0 || b.max().signum() == 0) {
      return;
    }
    java.math.MathContext mc = java.math.MathContext.DECIMAL64;
    Range<BigDecimal> bounds = a.percentOf(b, mc).bounds();
    // The exact ratio, compared without rounding: x * 100 / y lies in the bounds.
    BigDecimal scaled = x.multiply(BigDecimal.valueOf(100));
    if (bounds.hasLowerBound()) {
      int c = scaled.compareTo(bounds.lowerEndpoint().multiply(y));
      int sign = y.signum();
      assertThat(c * sign).isGreaterThanOrEqualTo(0);
    }
    if (bounds.hasUpperBound()) {
      int c = scaled.compareTo(bounds.upperEndpoint().multiply(y));
      assertThat(c * y.signum()).isLessThanOrEqualTo(0);
    }
  }

  @Property(tries = 1000)
  void conversionAndNormalizationKeepTheQuantity(@ForAll("money") Metric m) {
    assertThat(m.toBase().isSameQuantity(m)).isTrue();
    assertThat(m.normalized().isSameQuantity(m)).isTrue();
    assertThat(m.normalized().unit().base()).isEqualTo(m.unit().base());
  }

  @Property(tries = 1000)
  void compareToIsAntisymmetricAndAgreesWithSameQuantity(@ForAll("money") Metric a, @ForAll("money") Metric b) {
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    if (a.isSameQuantity(b)) {
      assertThat(a.compareTo(b)).isZero();
    }
    if (a.equals(b)) {
      assertThat(a.compareTo(b)).isZero();
      assertThat(a.hashCode()).isEqualTo(b.hashCode());
    }
  }

  @Provide
  Arbitrary<BigDecimal> fractions() {
    return Arbitraries.integers().between(0, 100).map(i -> BigDecimal.valueOf(i, 2));
  }

  @Provide
  Arbitrary<BigDecimal> factors() {
    return Combinators.combine(Arbitraries.integers().between(-1000, 1000), Arbitraries.integers().between(0, 3))
        .as((i, s) -> BigDecimal.valueOf(i, s));
  }
}
