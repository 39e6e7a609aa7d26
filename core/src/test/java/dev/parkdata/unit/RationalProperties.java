package dev.parkdata.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Field laws, ordering and text round trip of {@link Rational}. */
class RationalProperties {

  @Provide
  Arbitrary<Rational> rationals() {
    Arbitrary<BigInteger> numerators = Arbitraries.bigIntegers().between(
        BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30));
    Arbitrary<BigInteger> denominators = Arbitraries.bigIntegers().between(BigInteger.ONE, BigInteger.TEN.pow(20));
    return Combinators.combine(numerators, denominators, Arbitraries.of(1, -1))
        .as((n, d, sign) -> Rational.of(n, d.multiply(BigInteger.valueOf(sign))));
  }

  @Property
  void additionIsCommutativeAndAssociative(
      @ForAll("rationals") Rational a, @ForAll("rationals") Rational b, @ForAll("rationals") Rational c) {
    assertThat(a.add(b)).isEqualTo(b.add(a));
    assertThat(a.add(b).add(c)).isEqualTo(a.add(b.add(c)));
    assertThat(a.add(Rational.ZERO)).isEqualTo(a);
    assertThat(a.add(a.negate())).isEqualTo(Rational.ZERO);
    assertThat(a.subtract(b)).isEqualTo(a.add(b.negate()));
  }

  @Property
  void multiplicationIsCommutativeAssociativeAndDistributes(
      @ForAll("rationals") Rational a, @ForAll("rationals") Rational b, @ForAll("rationals") Rational c) {
    assertThat(a.multiply(b)).isEqualTo(b.multiply(a));
    assertThat(a.multiply(b).multiply(c)).isEqualTo(a.multiply(b.multiply(c)));
    assertThat(a.multiply(b.add(c))).isEqualTo(a.multiply(b).add(a.multiply(c)));
    assertThat(a.multiply(Rational.ONE)).isEqualTo(a);
    assertThat(a.multiply(Rational.ZERO)).isEqualTo(Rational.ZERO);
  }

  @Property
  void divisionInvertsMultiplication(@ForAll("rationals") Rational a, @ForAll("rationals") Rational b) {
    Assume.that(b.signum() != 0);
    assertThat(a.multiply(b).divide(b)).isEqualTo(a);
    assertThat(b.multiply(b.reciprocal())).isEqualTo(Rational.ONE);
    assertThat(a.divide(b)).isEqualTo(a.multiply(b.reciprocal()));
  }

  @Property
  void isCanonical(@ForAll("rationals") Rational a) {
    assertThat(a.denominator().signum()).isPositive();
    assertThat(a.numerator().gcd(a.denominator())).isEqualTo(a.signum() == 0 ? a.denominator() : BigInteger.ONE);
  }

  @Property
  void compareToIsConsistentWithEquals(@ForAll("rationals") Rational a, @ForAll("rationals") Rational b) {
    assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(a.subtract(b).signum());
    if (a.equals(b)) {
      assertThat(a.hashCode()).isEqualTo(b.hashCode());
    }
  }

  @Property
  void orderingIsTransitiveAndCompatibleWithAddition(
      @ForAll("rationals") Rational a, @ForAll("rationals") Rational b, @ForAll("rationals") Rational c) {
    if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
      assertThat(a).isLessThanOrEqualTo(c);
    }
    assertThat(Integer.signum(a.add(c).compareTo(b.add(c)))).isEqualTo(Integer.signum(a.compareTo(b)));
  }

  @Property
  void toStringParsesBack(@ForAll("rationals") Rational a) {
    assertThat(Rational.parse(a.toString())).isEqualTo(a);
  }

  @Property
  void decimalsRoundTripExactly(@ForAll BigDecimal value) {
    Rational r = Rational.of(value);
    assertThat(r.isTerminating()).isTrue();
    assertThat(r.toBigDecimalExact()).isEqualByComparingTo(value);
    assertThat(Rational.parse(value.toString())).isEqualTo(r);
  }

  @Property
  void terminatesExactlyWhenTheDecimalExpansionIsExact(@ForAll("rationals") Rational a) {
    boolean exact;
    try {
      new BigDecimal(a.numerator()).divide(new BigDecimal(a.denominator()));
      exact = true;
    } catch (ArithmeticException e) {
      exact = false;
    }
    assertThat(a.isTerminating()).isEqualTo(exact);
    assertThat(a.toBigDecimal(MathContext.DECIMAL128))
        .isEqualByComparingTo(new BigDecimal(a.numerator()).divide(new BigDecimal(a.denominator()), MathContext.DECIMAL128));
  }
}
