package dev.parkdata.unit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.parkdata.internal.SerialData;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit as people write it in Chinese statistics: a {@link Magnitude} times a {@link BaseUnit}
 * (亿元 = 亿 × 元, 万平方米 = 万 × 平方米, 亿度 = 亿 × 千瓦时), or the ratio of two such units
 * (万元/亩, 亿元/平方公里).
 *
 * <p>Obtain units by {@link #parse(CharSequence)}, which reads simplified, traditional,
 * English-symbol and full-width spellings ({@code "億元"}, {@code "万㎡"}, {@code "km²"},
 * {@code "万元/亩"}), or by the constants of {@link Units}. {@link #toString()} is the canonical
 * simplified {@linkplain #name() name}, and {@code Unit.parse(u.toString()).equals(u)} holds for
 * every unit of the standard catalogue.
 *
 * <h2>Conversion</h2>
 * Units of one {@linkplain #dimension() dimension} convert by exact rational factors. {@link
 * #convertExact(BigDecimal, Unit)} is exact and throws {@link NonTerminatingConversionException}
 * when the result has no terminating decimal expansion (1 亩 in 平方米 is 666.666…); {@link
 * #convert(BigDecimal, Unit, MathContext)} rounds to a stated precision only where it must.
 * Converting across dimensions (元 to 美元, 家 to 个, % to 个百分点) throws {@link
 * IncompatibleUnitsException}; money crosses currencies only through an {@link ExchangeRate}.
 *
 * <p>Instances are immutable and thread-safe. Two units are equal when they are made of the same
 * magnitude and base unit (or the same numerator and denominator): 千瓦 and 千 × 瓦 are the same
 * unit, since {@link #of(Magnitude, BaseUnit)} folds a magnitude into the base unit that the
 * catalogue names by the combined word.
 */
public final class Unit implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Magnitude magnitude;
  private final BaseUnit base;
  private final Unit numerator;
  private final Unit denominator;
  private final Dimension dimension;
  private final Rational factor;
  private final String name;
  private final int hash;
  /**
   * The converter of the last {@link #converterTo} call, so that converting many values to one
   * target skips the shared cache. A benign race: converters are immutable, with final fields.
   */
  private transient UnitConverter lastConverter;

  private Unit(Magnitude magnitude, BaseUnit base) {
    this.magnitude = magnitude;
    this.base = base;
    this.numerator = null;
    this.denominator = null;
    this.dimension = base.dimension();
    this.factor = magnitude.factor().multiply(base.factor());
    this.name = isNumber(magnitude, base) ? magnitude.word() : magnitude.word() + base.name();
    this.hash = computeHash();
  }

  private Unit(Unit numerator, Unit denominator) {
    this.magnitude = Magnitude.ONE;
    this.base = null;
    this.numerator = numerator;
    this.denominator = denominator;
    this.dimension = Dimension.ratio(numerator.dimension, denominator.dimension);
    this.factor = numerator.factor.divide(denominator.factor);
    this.name = numerator.name + "/" + denominator.name;
    this.hash = computeHash();
  }

  /** Whether this is a scaled figure with no unit: named by its magnitude word alone (亿, not 亿1). */
  private static boolean isNumber(Magnitude magnitude, BaseUnit base) {
    return magnitude != Magnitude.ONE && base.dimension().kind() == Dimension.Kind.NUMBER;
  }

  private int computeHash() {
    return Objects.hash(magnitude, base, numerator, denominator);
  }

  /** Returns the base unit without a magnitude word. */
  public static Unit of(BaseUnit base) {
    return of(Magnitude.ONE, base);
  }

  /**
   * Returns {@code magnitude × base}. Where the standard catalogue has a base unit of that
   * combined name and factor (千 × 瓦 is 千瓦), that base unit is returned instead, so that each
   * unit has one form.
   *
   * @throws IllegalArgumentException if {@code base} takes no magnitude word (%, 倍, 年)
   */
  public static Unit of(Magnitude magnitude, BaseUnit base) {
    checkNotNull(magnitude, "magnitude");
    checkNotNull(base, "base");
    if (magnitude == Magnitude.ONE) {
      return new Unit(magnitude, base);
    }
    checkArgument(base.isScalable(), "%s takes no magnitude word (got %s)", base, magnitude.word());
    BaseUnit combined = StandardUnits.fold(magnitude, base);
    return combined != null ? new Unit(Magnitude.ONE, combined) : new Unit(magnitude, base);
  }

  /**
   * Returns the compound unit {@code numerator / denominator}, e.g. 万元/亩.
   *
   * @throws IllegalArgumentException if either side is itself compound
   */
  public static Unit ratio(Unit numerator, Unit denominator) {
    checkNotNull(numerator, "numerator");
    checkNotNull(denominator, "denominator");
    checkArgument(
        !numerator.isCompound() && !denominator.isCompound(),
        "compound of compound units is not supported: %s / %s", numerator, denominator);
    return new Unit(numerator, denominator);
  }

  /**
   * Reads a unit from the standard {@link UnitCatalog}: simplified ({@code "亿元"}), traditional
   * ({@code "億元"}), English symbols ({@code "km²"}, {@code "kWh"}), full-width forms and compound
   * units ({@code "万元/亩"}). Surrounding white space is ignored.
   *
   * @throws UnknownUnitException naming the input if it is not a unit of the catalogue or is
   *     longer than {@value UnitCatalog#MAX_LENGTH} characters
   */
  public static Unit parse(CharSequence text) {
    return UnitCatalog.standard().parse(text);
  }

  /** This unit's magnitude word; {@link Magnitude#ONE} for compound units. */
  public Magnitude magnitude() {
    return magnitude;
  }

  /** The base unit, absent for a compound unit. */
  public Optional<BaseUnit> base() {
    return Optional.ofNullable(base);
  }

  /** The numerator of a compound unit. */
  public Optional<Unit> numerator() {
    return Optional.ofNullable(numerator);
  }

  /** The denominator of a compound unit. */
  public Optional<Unit> denominator() {
    return Optional.ofNullable(denominator);
  }

  /** Whether this is a ratio of two units. */
  public boolean isCompound() {
    return base == null;
  }

  /** The dimension this unit measures. */
  public Dimension dimension() {
    return dimension;
  }

  /**
   * The exact factor to the {@linkplain #reference() reference unit} of this unit's dimension:
   * 10^8 for 亿元, 2000/3 for 亩, 3/20 for 万元/亩 (whose reference is 元/平方米).
   */
  public Rational factor() {
    return factor;
  }

  /**
   * The reference unit of this unit's dimension, the unit that {@code parkdata parse --json}
   * reports as {@code base}: 元 for 亿元, 平方米 for 亩, 家 for 万家, 元/平方米 for 万元/亩.
   */
  public Unit reference() {
    if (isCompound()) {
      return ratio(numerator.reference(), denominator.reference());
    }
    return magnitude == Magnitude.ONE && base.isReference() ? this : new Unit(Magnitude.ONE, base.reference());
  }

  /** This unit with magnitude {@code magnitude} instead of its own: {@code 元 → 亿元}. */
  public Unit withMagnitude(Magnitude magnitude) {
    checkArgument(!isCompound(), "a compound unit has no single magnitude: %s", this);
    return magnitude == this.magnitude ? this : of(magnitude, base);
  }

  /**
   * The canonical simplified name: {@code "亿元"}, {@code "万元/亩"}; for a figure with no unit
   * ({@link Units#NUMBER}), {@code "1"}, or the magnitude word alone once scaled ({@code "亿"}).
   */
  public String name() {
    return name;
  }

  /** The traditional-character name: {@code "億元"}, {@code "萬元/畝"}. */
  public String traditionalName() {
    if (isCompound()) {
      return numerator.traditionalName() + "/" + denominator.traditionalName();
    }
    return isNumber(magnitude, base) ? magnitude.traditionalWord() : magnitude.traditionalWord() + base.traditionalName();
  }

  /**
   * The English name: {@code "hundred million yuan (CNY)"}, {@code "ten thousand yuan (CNY) per
   * mu"}.
   */
  public String englishName() {
    if (isCompound()) {
      return numerator.englishName() + " per " + denominator.englishName();
    }
    return magnitude == Magnitude.ONE ? base.englishName() : magnitude.englishWord() + " " + base.englishName();
  }

  /** The UN/CEFACT or ISO 4217 code; present only for a base unit that has one. */
  public Optional<String> code() {
    return magnitude == Magnitude.ONE && base != null ? base.code() : Optional.empty();
  }

  /** Whether values in this unit convert to {@code other} (the same dimension). */
  public boolean isCompatibleWith(Unit other) {
    checkNotNull(other, "other");
    return dimension.equals(other.dimension);
  }

  /**
   * The exact factor that converts a value in this unit to {@code target}: 1500 from 平方公里 to
   * 亩.
   *
   * @throws IncompatibleUnitsException if the dimensions differ
   */
  public Rational factorTo(Unit target) {
    return converterTo(target).factor();
  }

  /**
   * A converter from this unit to {@code target}, for converting many values.
   *
   * @throws IncompatibleUnitsException if the dimensions differ
   */
  public UnitConverter converterTo(Unit target) {
    UnitConverter last = lastConverter;
    if (last != null && last.to() == target) {
      return last;
    }
    UnitConverter converter = UnitConverter.between(this, target);
    lastConverter = converter;
    return converter;
  }

  /**
   * Converts {@code value} in this unit to {@code target}, exactly: {@code
   * 平方公里.convertExact(31.85, 亩) = 47775}. The result carries no trailing zeros.
   *
   * @throws IncompatibleUnitsException if the dimensions differ
   * @throws NonTerminatingConversionException if the exact result does not terminate
   * @throws FigureLimitException if {@code value} lies outside the {@link FigureLimits}
   */
  public BigDecimal convertExact(BigDecimal value, Unit target) {
    return converterTo(target).convertExact(value);
  }

  /**
   * Converts {@code value} in this unit to {@code target}, exact where the result terminates
   * within {@code mathContext}'s precision and rounded by it otherwise: {@code
   * 亩.convert(1, 平方米, new MathContext(10)) = 666.6666667}. The result carries no trailing zeros.
   *
   * @throws IncompatibleUnitsException if the dimensions differ
   * @throws NonTerminatingConversionException if {@code mathContext} has precision 0 ({@link
   *     MathContext#UNLIMITED}) and the result does not terminate
   * @throws FigureLimitException if {@code value} lies outside the {@link FigureLimits} or the
   *     precision exceeds {@value FigureLimits#MAX_SIGNIFICANT_DIGITS} digits
   */
  public BigDecimal convert(BigDecimal value, Unit target, MathContext mathContext) {
    return converterTo(target).convert(value, mathContext);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Unit)) {
      return false;
    }
    Unit that = (Unit) o;
    if (hash != that.hash) {
      return false;
    }
    return magnitude == that.magnitude
        && Objects.equals(base, that.base)
        && Objects.equals(numerator, that.numerator)
        && Objects.equals(denominator, that.denominator);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /** The canonical simplified name; {@link #parse(CharSequence)} reads it back. */
  @Override
  public String toString() {
    return name;
  }

  /** Serialized as a {@link Ser}, read back through {@link #of(Magnitude, BaseUnit)} or {@link #ratio}. */
  private Object writeReplace() {
    return new Ser(Ser.UNIT, this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw SerialData.delegated();
  }
}
