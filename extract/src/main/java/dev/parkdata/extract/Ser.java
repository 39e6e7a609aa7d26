package dev.parkdata.extract;

import dev.parkdata.internal.SerialProxy;
import dev.parkdata.metric.Metric;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.io.StreamCorruptedException;

/**
 * The serialization proxy of {@link Mention}, as {@code java.time}'s {@code Ser}: {@code
 * writeReplace} returns one and {@code readObject} refuses a stream of the mention's own fields,
 * so that a mention read back is made by {@link Mention#of} and meets its invariants. The form
 * is a type byte (1), the start and end ({@code writeInt}), the text and the metric ({@code
 * writeObject}), and the indicator, period and base ({@code writeObject}, null where the text
 * says nothing).
 */
final class Ser extends SerialProxy {
  private static final long serialVersionUID = 1L;

  static final byte MENTION = 1;

  /** For deserialization only. */
  public Ser() {}

  Ser(byte type, Object object) {
    super(type, object);
  }

  @Override
  protected void write(byte type, Object object, ObjectOutput out) throws IOException {
    Mention m = (Mention) object;
    out.writeInt(m.start());
    out.writeInt(m.end());
    out.writeObject(m.text());
    out.writeObject(m.metric());
    out.writeObject(m.indicator().orElse(null));
    out.writeObject(m.period().orElse(null));
    out.writeObject(m.base().orElse(null));
  }

  @Override
  protected Object read(byte type, ObjectInput in) throws IOException, ClassNotFoundException {
    if (type != MENTION) {
      throw new StreamCorruptedException("unknown type " + type);
    }
    int start = in.readInt();
    int end = in.readInt();
    String text = (String) in.readObject();
    Metric metric = (Metric) in.readObject();
    String indicator = (String) in.readObject();
    String period = (String) in.readObject();
    return Mention.of(start, end, text, metric, indicator, period, (String) in.readObject());
  }

  @Override
  protected String typeName(byte type) {
    return "Mention";
  }
}
