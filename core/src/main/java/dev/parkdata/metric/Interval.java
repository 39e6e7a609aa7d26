package dev.parkdata.metric;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import dev.parkdata.internal.SerialData;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The values a figure allows: an interval of decimals whose sides are each absent, open or
 * closed. {@link Metric#bounds()} is one: {@code (440..450)} for 440多家, {@code (-∞..2000]} for
 * 最高2000万元, {@code (-∞..+∞)} for 约1吉瓦.
 *
 * <p>parkdata's own type, so that no third-party type appears in a public signature (see the
 * module's {@code module-info}); it reads and prints as Guava's {@code Range} does. Endpoints
 * compare numerically: {@code [1.50..2]} equals {@code [1.5..2]}. Immutable and serializable
 * (through {@link Ser}, which reads it back through the same checks).
 */
public final class Interval implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Interval ALL = new Interval(null, false, null, false);

  private final BigDecimal lower; // null: no lower bound
  private final boolean lowerClosed;
  private final BigDecimal upper; // null: no upper bound
  private final boolean upperClosed;

  private Interval(BigDecimal lower, boolean lowerClosed, BigDecimal upper, boolean upperClosed) {
    if (lower != null && upper != null) {
      int c = lower.compareTo(upper);
      checkArgument(c < 0 || (c == 0 && (lowerClosed || upperClosed)), "invalid interval: %s, %s", lower, upper);
    }
    this.lower = lower;
    this.lowerClosed = lowerClosed;
    this.upper = upper;
    this.upperClosed = upperClosed;
  }

  /** The interval of the given sides; a {@code null} endpoint is absent, its side open. */
  static Interval of(BigDecimal lower, boolean lowerClosed, BigDecimal upper, boolean upperClosed) {
    return lower == null && upper == null
        ? ALL
        : new Interval(lower, lower != null && lowerClosed, upper, upper != null && upperClosed);
  }

  /** Every decimal: {@code (-∞..+∞)}. */
  public static Interval all() {
    return ALL;
  }

  /** The one value {@code value}: {@code [value..value]}. */
  public static Interval singleton(BigDecimal value) {
    return closed(value, value);
  }

  /** {@code [lower..upper]}; {@code lower} ≤ {@code upper}. */
  public static Interval closed(BigDecimal lower, BigDecimal upper) {
    return new Interval(checkNotNull(lower, "lower"), true, checkNotNull(upper, "upper"), true);
  }

  /** {@code (lower..upper)}; {@code lower} &lt; {@code upper}. */
  public static Interval open(BigDecimal lower, BigDecimal upper) {
    return new Interval(checkNotNull(lower, "lower"), false, checkNotNull(upper, "upper"), false);
  }

  /** {@code [lower..upper)}; {@code lower} ≤ {@code upper} (equal: empty). */
  public static Interval closedOpen(BigDecimal lower, BigDecimal upper) {
    return new Interval(checkNotNull(lower, "lower"), true, checkNotNull(upper, "upper"), false);
  }

  /** {@code (lower..upper]}; {@code lower} ≤ {@code upper} (equal: empty). */
  public static Interval openClosed(BigDecimal lower, BigDecimal upper) {
    return new Interval(checkNotNull(lower, "lower"), false, checkNotNull(upper, "upper"), true);
  }

  /** {@code [lower..+∞)}. */
  public static Interval atLeast(BigDecimal lower) {
    return new Interval(checkNotNull(lower, "lower"), true, null, false);
  }

  /** {@code (lower..+∞)}. */
  public static Interval greaterThan(BigDecimal lower) {
    return new Interval(checkNotNull(lower, "lower"), false, null, false);
  }

  /** {@code (-∞..upper]}. */
  public static Interval atMost(BigDecimal upper) {
    return new Interval(null, false, checkNotNull(upper, "upper"), true);
  }

  /** {@code (-∞..upper)}. */
  public static Interval lessThan(BigDecimal upper) {
    return new Interval(null, false, checkNotNull(upper, "upper"), false);
  }

  /** Whether the interval has a lower endpoint. */
  public boolean hasLowerBound() {
    return lower != null;
  }

  /**
   * The lower endpoint.
   *
   * @throws IllegalStateException if there is none
   */
  public BigDecimal lowerEndpoint() {
    checkState(lower != null, "%s has no lower bound", this);
    return lower;
  }

  /** Whether the lower endpoint belongs to the interval; false where there is none. */
  public boolean isLowerClosed() {
    return lowerClosed;
  }

  /** Whether the interval has an upper endpoint. */
  public boolean hasUpperBound() {
    return upper != null;
  }

  /**
   * The upper endpoint.
   *
   * @throws IllegalStateException if there is none
   */
  public BigDecimal upperEndpoint() {
    checkState(upper != null, "%s has no upper bound", this);
    return upper;
  }

  /** Whether the upper endpoint belongs to the interval; false where there is none. */
  public boolean isUpperClosed() {
    return upperClosed;
  }

  /** Whether no value lies in the interval: {@code [2..2)}. */
  public boolean isEmpty() {
    return lower != null && upper != null && lower.compareTo(upper) == 0 && !(lowerClosed && upperClosed);
  }

  /** Whether {@code value} lies in the interval. */
  public boolean contains(BigDecimal value) {
    checkNotNull(value, "value");
    if (lower != null) {
      int c = value.compareTo(lower);
      if (c < 0 || (c == 0 && !lowerClosed)) {
        return false;
      }
    }
    if (upper != null) {
      int c = value.compareTo(upper);
      return c < 0 || (c == 0 && upperClosed);
    }
    return true;
  }

  /** Whether every value of {@code other} lies in this interval (an empty one lies in any). */
  public boolean encloses(Interval other) {
    checkNotNull(other, "other");
    return lowerBelowOrAt(other) && upperAboveOrAt(other);
  }

  private boolean lowerBelowOrAt(Interval other) {
    if (lower == null) {
      return true;
    }
    if (other.lower == null) {
      return false;
    }
    int c = lower.compareTo(other.lower);
    return c < 0 || (c == 0 && (lowerClosed || !other.lowerClosed));
  }

  private boolean upperAboveOrAt(Interval other) {
    if (upper == null) {
      return true;
    }
    if (other.upper == null) {
      return false;
    }
    int c = upper.compareTo(other.upper);
    return c > 0 || (c == 0 && (upperClosed || !other.upperClosed));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Interval
        && sameEndpoint(lower, ((Interval) o).lower)
        && sameEndpoint(upper, ((Interval) o).upper)
        && lowerClosed == ((Interval) o).lowerClosed
        && upperClosed == ((Interval) o).upperClosed;
  }

  private static boolean sameEndpoint(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  @Override
  public int hashCode() {
    // Numerically equal endpoints hash alike: 1.50 and 1.5 strip to the same decimal.
    return 31 * (31 * hash(lower) + hash(upper)) + (lowerClosed ? 2 : 0) + (upperClosed ? 1 : 0);
  }

  private static int hash(BigDecimal endpoint) {
    return endpoint == null ? 0 : endpoint.stripTrailingZeros().hashCode();
  }

  /** Serialized as a {@link Ser}, read back through {@link #of}. */
  private Object writeReplace() {
    return new Ser(Ser.INTERVAL, this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw SerialData.delegated();
  }

  /** As Guava's {@code Range} prints: {@code [400..600]}, {@code (20000..30000)}, {@code (-∞..2000]}. */
  @Override
  public String toString() {
    return (lower == null ? "(-∞" : (lowerClosed ? "[" : "(") + lower)
        + ".."
        + (upper == null ? "+∞)" : upper + (upperClosed ? "]" : ")"));
  }
}
