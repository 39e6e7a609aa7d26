package dev.parkdata.metric;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.Range;
import dev.parkdata.internal.Decimals;
import dev.parkdata.internal.Ranges;
import dev.parkdata.internal.SerialData;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * How far an approximate figure (约, 左右: {@link Qualifier#APPROXIMATELY}) may be taken to lie
 * from its stated value, when a sum or total needs a bound. The words give none, so the library
 * assumes none: {@link #NONE} leaves 约 unbounded, and one 约 figure makes a total unbounded.
 * A caller who accepts an assumption states it: {@code Tolerance.percent(10)} takes 约100亿元 to
 * lie in [90, 110] 亿元.
 *
 * <pre>{@code
 * Metric.parse("约100亿元").bounds(Tolerance.percent(10));   // [90..110]
 * Metric.parse("约100亿元").plus(Metric.parse("50亿元"), Tolerance.percent(10)); // 140-160亿元
 * }</pre>
 *
 * <p>Instances are immutable values.
 */
public final class Tolerance implements Serializable {
  private static final long serialVersionUID = 1L;

  /** No tolerance: an approximate figure has no bounds. */
  public static final Tolerance NONE = new Tolerance(null);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The relative half-width, 0.1 for ±10%; null for none. */
  private final BigDecimal fraction;

  private Tolerance(BigDecimal fraction) {
    this.fraction = fraction;
  }

  /**
   * An approximate figure n lies within n ± |n| × {@code fraction}: {@code relative(0.05)} is ±5%.
   *
   * @throws IllegalArgumentException unless 0 ≤ {@code fraction} &lt; 1
   */
  public static Tolerance relative(BigDecimal fraction) {
    checkNotNull(fraction, "fraction");
    checkArgument(fraction.signum() >= 0 && fraction.compareTo(BigDecimal.ONE) < 0,
        "a relative tolerance lies in [0, 1), got %s", fraction);
    return new Tolerance(Decimals.normalize(fraction));
  }

  /** {@code relative(percent / 100)}: {@code percent(10)} is ±10%. */
  public static Tolerance percent(long percent) {
    return relative(BigDecimal.valueOf(percent).divide(HUNDRED));
  }

  /** The relative half-width, for the serialized form; not called on {@link #NONE}. */
  BigDecimal fraction() {
    return fraction;
  }

  /** Whether this is {@link #NONE}. */
  public boolean isNone() {
    return fraction == null;
  }

  /**
   * The bounds of {@code metric} under this tolerance: an approximate figure's closed interval
   * n ± |n| × fraction, any other figure's own {@linkplain Metric#bounds() bounds}.
   */
  public Interval bounds(Metric metric) {
    return Ranges.interval(range(metric));
  }

  /** {@link #bounds(Metric)} as the range the interval arithmetic runs on. */
  Range<BigDecimal> range(Metric metric) {
    checkNotNull(metric, "metric");
    if (fraction == null || metric.qualifier() != Qualifier.APPROXIMATELY) {
      return metric.range();
    }
    BigDecimal n = metric.value();
    BigDecimal d = n.abs().multiply(fraction);
    return Range.closed(Decimals.normalize(n.subtract(d)), Decimals.normalize(n.add(d)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Tolerance
        && (fraction == null ? ((Tolerance) o).fraction == null
            : ((Tolerance) o).fraction != null && fraction.compareTo(((Tolerance) o).fraction) == 0);
  }

  @Override
  public int hashCode() {
    return fraction == null ? 0 : fraction.hashCode();
  }

  /** {@code ±10%}, or {@code none}. */
  @Override
  public String toString() {
    return fraction == null ? "none" : "±" + Decimals.normalize(fraction.multiply(HUNDRED)).toPlainString() + "%";
  }

  /** Serialized as a {@link Ser}, read back through {@link #relative}. */
  private Object writeReplace() {
    return new Ser(Ser.TOLERANCE, this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw SerialData.delegated();
  }
}
