package dev.parkdata.metric;

import dev.parkdata.internal.SerialData;
import dev.parkdata.internal.SerialProxy;
import dev.parkdata.unit.Unit;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.io.StreamCorruptedException;
import java.math.BigDecimal;

/**
 * The serialization proxy of {@link Metric}, {@link Tolerance} and {@link Interval}, as {@code java.time}'s {@code
 * Ser}: their {@code writeReplace} returns one and their {@code readObject} refuses a stream of
 * their own fields, so that a value read back is made by the public factory: a range whose min
 * exceeds its max, an OVER figure that is not positive or a figure beyond the {@link
 * dev.parkdata.unit.FigureLimits} fails to read. The form is a type byte, then:
 *
 * <ul>
 *   <li>{@link Metric}, 1: the qualifier's name ({@code writeUTF}: {@code "OVER"}); the value as
 *       {@code writeInt(scale)}, {@code writeInt(n)} and the {@code n} two's-complement bytes of
 *       its unscaled value; for a {@link Qualifier#RANGE} the max likewise; the unit ({@code
 *       writeObject}). Read by {@link Metric#of(BigDecimal, Unit, Qualifier)} or {@link
 *       Metric#range}.
 *   <li>A {@link Metric} range with an open end, 4: {@code writeByte} of 1 (lower end open) or'ed
 *       with 2 (upper end open), the min and max as above, the unit. Read by {@link
 *       Metric#range(Interval, Unit)}.
 *   <li>{@link Tolerance}, 2: {@code writeBoolean(none)}, then the fraction as above unless none.
 *       Read as {@link Tolerance#NONE} or by {@link Tolerance#relative}.
 * </ul>
 */
final class Ser extends SerialProxy {
  private static final long serialVersionUID = 1L;

  static final byte METRIC = 1;
  static final byte TOLERANCE = 2;
  static final byte INTERVAL = 3;
  static final byte OPEN_RANGE = 4;

  /** For deserialization only. */
  public Ser() {}

  Ser(byte type, Object object) {
    super(type, object);
  }

  @Override
  protected void write(byte type, Object object, ObjectOutput out) throws IOException {
    if (type == METRIC) {
      Metric m = (Metric) object;
      out.writeUTF(m.qualifier().name());
      SerialData.writeDecimal(out, m.value());
      if (m.isRange()) {
        SerialData.writeDecimal(out, m.max());
      }
      out.writeObject(m.unit());
    } else if (type == OPEN_RANGE) {
      Metric m = (Metric) object;
      Interval b = m.bounds();
      out.writeByte((b.isLowerClosed() ? 0 : 1) | (b.isUpperClosed() ? 0 : 2));
      SerialData.writeDecimal(out, m.value());
      SerialData.writeDecimal(out, m.max());
      out.writeObject(m.unit());
    } else if (type == INTERVAL) {
      Interval i = (Interval) object;
      out.writeByte((i.hasLowerBound() ? 1 : 0) | (i.isLowerClosed() ? 2 : 0)
          | (i.hasUpperBound() ? 4 : 0) | (i.isUpperClosed() ? 8 : 0));
      if (i.hasLowerBound()) {
        SerialData.writeDecimal(out, i.lowerEndpoint());
      }
      if (i.hasUpperBound()) {
        SerialData.writeDecimal(out, i.upperEndpoint());
      }
    } else {
      Tolerance t = (Tolerance) object;
      out.writeBoolean(t.isNone());
      if (!t.isNone()) {
        SerialData.writeDecimal(out, t.fraction());
      }
    }
  }

  @Override
  protected Object read(byte type, ObjectInput in) throws IOException, ClassNotFoundException {
    switch (type) {
      case METRIC:
        Qualifier qualifier = Qualifier.valueOf(in.readUTF());
        BigDecimal value = SerialData.readDecimal(in);
        BigDecimal max = qualifier == Qualifier.RANGE ? SerialData.readDecimal(in) : null;
        Unit unit = (Unit) in.readObject();
        return max != null ? Metric.range(value, max, unit) : Metric.of(value, unit, qualifier);
      case OPEN_RANGE:
        int open = in.readByte();
        BigDecimal min = SerialData.readDecimal(in);
        BigDecimal rangeMax = SerialData.readDecimal(in);
        Unit rangeUnit = (Unit) in.readObject();
        return Metric.range(Interval.of(min, (open & 1) == 0, rangeMax, (open & 2) == 0), rangeUnit);
      case TOLERANCE:
        return in.readBoolean() ? Tolerance.NONE : Tolerance.relative(SerialData.readDecimal(in));
      case INTERVAL:
        int sides = in.readByte();
        BigDecimal lower = (sides & 1) != 0 ? SerialData.readDecimal(in) : null;
        BigDecimal upper = (sides & 4) != 0 ? SerialData.readDecimal(in) : null;
        return Interval.of(lower, (sides & 2) != 0, upper, (sides & 8) != 0);
      default:
        throw new StreamCorruptedException("unknown type " + type);
    }
  }

  @Override
  protected String typeName(byte type) {
    return type == METRIC || type == OPEN_RANGE ? "Metric" : type == INTERVAL ? "Interval" : "Tolerance";
  }
}
