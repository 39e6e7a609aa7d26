package dev.parkdata.extract;

import dev.parkdata.catalog.ParkNameResolution;
import dev.parkdata.internal.SerialProxy;
import dev.parkdata.metric.Metric;
import dev.parkdata.model.Identifier;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.io.StreamCorruptedException;

/**
 * The serialization proxy of {@link Mention} and {@link ParkMention}, as {@code java.time}'s
 * {@code Ser}: {@code writeReplace} returns one and {@code readObject} refuses a stream of the
 * value's own fields, so that a value read back is made by its factory and meets its invariants.
 * A mention's form is a type byte (1), the start and end ({@code writeInt}), the text and the
 * metric ({@code writeObject}), the indicator, period and comparison base ({@code writeObject},
 * null where the text says nothing), and the park ({@code writeObject}, null where none). A park
 * mention's is a type byte (2), the start and end, the text ({@code writeUTF}), the status's name
 * ({@code writeUTF}), and the zone's code and name ({@code writeObject}, null unless resolved).
 */
final class Ser extends SerialProxy {
  private static final long serialVersionUID = 1L;

  static final byte MENTION = 1;
  static final byte PARK_MENTION = 2;

  /** For deserialization only. */
  public Ser() {}

  Ser(byte type, Object object) {
    super(type, object);
  }

  @Override
  protected void write(byte type, Object object, ObjectOutput out) throws IOException {
    if (type == PARK_MENTION) {
      ParkMention p = (ParkMention) object;
      out.writeInt(p.start());
      out.writeInt(p.end());
      out.writeUTF(p.text());
      out.writeUTF(p.status().name());
      out.writeObject(p.code().map(Identifier::value).orElse(null));
      out.writeObject(p.zoneName().orElse(null));
      return;
    }
    Mention m = (Mention) object;
    out.writeInt(m.start());
    out.writeInt(m.end());
    out.writeObject(m.text());
    out.writeObject(m.metric());
    out.writeObject(m.indicator().orElse(null));
    out.writeObject(m.period().orElse(null));
    out.writeObject(m.base().orElse(null));
    out.writeObject(m.park().orElse(null));
  }

  @Override
  protected Object read(byte type, ObjectInput in) throws IOException, ClassNotFoundException {
    if (type == PARK_MENTION) {
      int start = in.readInt();
      int end = in.readInt();
      String text = in.readUTF();
      ParkNameResolution.Status status;
      try {
        status = ParkNameResolution.Status.valueOf(in.readUTF());
      } catch (IllegalArgumentException e) {
        throw new StreamCorruptedException("unknown status: " + e.getMessage());
      }
      String code = (String) in.readObject();
      String zoneName = (String) in.readObject();
      return code == null
          ? ParkMention.unresolved(start, end, text, status)
          : ParkMention.resolved(start, end, text, Identifier.of(code), zoneName);
    }
    if (type != MENTION) {
      throw new StreamCorruptedException("unknown type " + type);
    }
    int start = in.readInt();
    int end = in.readInt();
    String text = (String) in.readObject();
    Metric metric = (Metric) in.readObject();
    String indicator = (String) in.readObject();
    String period = (String) in.readObject();
    Mention m = Mention.of(start, end, text, metric, indicator, period, (String) in.readObject());
    ParkMention park = (ParkMention) in.readObject();
    return park == null ? m : m.withPark(park);
  }

  @Override
  protected String typeName(byte type) {
    return type == PARK_MENTION ? "ParkMention" : "Mention";
  }
}
