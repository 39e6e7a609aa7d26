package dev.parkdata.metric;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.parkdata.internal.Decimals;
import dev.parkdata.unit.Dimension;
import dev.parkdata.unit.Unit;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exact reported figure: a decimal value (or a min–max range) in a {@link Unit}, with the
 * {@link Qualifier} the report gave it. 1900 亿元 stays 1900 亿元.
 *
 * <p>SKELETON: the value type's shape; parsing, formatting, bounds and arithmetic come with
 * issue 3.
 */
public final class Metric {
  private final BigDecimal value;
  private final BigDecimal max;
  private final Unit unit;
  private final Qualifier qualifier;

  private Metric(BigDecimal value, BigDecimal max, Unit unit, Qualifier qualifier) {
    this.value = value;
    this.max = max;
    this.unit = unit;
    this.qualifier = qualifier;
  }

  /** An exact figure: {@code Metric.of(new BigDecimal("31.85"), Units.SQUARE_KILOMETRE)}. */
  public static Metric of(BigDecimal value, Unit unit) {
    return of(value, unit, Qualifier.EXACT);
  }

  /** A figure with a qualifier other than {@link Qualifier#RANGE}. */
  public static Metric of(BigDecimal value, Unit unit, Qualifier qualifier) {
    checkNotNull(value, "value");
    checkNotNull(unit, "unit");
    checkNotNull(qualifier, "qualifier");
    checkArgument(qualifier != Qualifier.RANGE, "use Metric.range(min, max, unit) for a range");
    return new Metric(value, null, unit, qualifier);
  }

  /** A range {@code min ≤ v ≤ max}. */
  public static Metric range(BigDecimal min, BigDecimal max, Unit unit) {
    checkNotNull(min, "min");
    checkNotNull(max, "max");
    checkNotNull(unit, "unit");
    checkArgument(min.compareTo(max) <= 0, "range min %s exceeds max %s", min, max);
    return new Metric(min, max, unit, Qualifier.RANGE);
  }

  /** The stated value; the lower end of a range. */
  public BigDecimal value() {
    return value;
  }

  /** The unit as stated. */
  public Unit unit() {
    return unit;
  }

  /** The qualifier. */
  public Qualifier qualifier() {
    return qualifier;
  }

  /** The unit's dimension. */
  public Dimension dimension() {
    return unit.dimension();
  }

  /** Whether this is a range. */
  public boolean isRange() {
    return qualifier == Qualifier.RANGE;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Metric)) {
      return false;
    }
    Metric that = (Metric) o;
    return value.compareTo(that.value) == 0
        && (max == null ? that.max == null : that.max != null && max.compareTo(that.max) == 0)
        && unit.equals(that.unit)
        && qualifier == that.qualifier;
  }

  @Override
  public int hashCode() {
    return Objects.hash(Decimals.normalize(value), max == null ? null : Decimals.normalize(max), unit, qualifier);
  }

  @Override
  public String toString() {
    return isRange()
        ? Decimals.toPlainString(value) + "-" + Decimals.toPlainString(max) + unit
        : qualifier + " " + Decimals.toPlainString(value) + unit;
  }
}
