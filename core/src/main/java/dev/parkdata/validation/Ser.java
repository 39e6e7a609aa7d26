package dev.parkdata.validation;

import dev.parkdata.internal.SerialProxy;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.io.StreamCorruptedException;
import java.util.ArrayList;
import java.util.List;

/**
 * The serialization proxy of the validation package's hand-written values, as {@code
 * java.time}'s {@code Ser}: their {@code writeReplace} returns one and their {@code readObject}
 * refuses a stream of their own fields, so that a value read back is made by the public
 * factories. ({@link Violation} and {@link Figure} are generated types and travel as {@link
 * dev.parkdata.internal.ModelSer}.) The form is a type byte, then:
 *
 * <ul>
 *   <li>{@link Path}, 1: the number of segments ({@code writeInt}), then each segment as below.
 *       Read by appending each to {@link Path#root()}.
 *   <li>{@link Path.Segment}, 2: {@code writeByte} of {@code 'f'} and the field name, {@code 'k'}
 *       and the key (each {@code writeObject}, so that a stream holds a repeated name once), or
 *       {@code 'i'} and the index ({@code writeInt}).
 *   <li>{@link ValidationReport}, 3: the number of violations ({@code writeInt}), then each
 *       ({@code writeObject}). Read by {@link ValidationReport#of}.
 *   <li>{@link Located}, 4: the value and the path ({@code writeObject}). Read by {@link
 *       Located#of}.
 * </ul>
 */
final class Ser extends SerialProxy {
  private static final long serialVersionUID = 1L;

  static final byte PATH = 1;
  static final byte SEGMENT = 2;
  static final byte REPORT = 3;
  static final byte LOCATED = 4;

  /** For deserialization only. */
  public Ser() {}

  Ser(byte type, Object object) {
    super(type, object);
  }

  @Override
  protected void write(byte type, Object object, ObjectOutput out) throws IOException {
    switch (type) {
      case PATH:
        List<Path.Segment> segments = ((Path) object).segments();
        out.writeInt(segments.size());
        for (Path.Segment s : segments) {
          writeSegment(s, out);
        }
        break;
      case SEGMENT:
        writeSegment((Path.Segment) object, out);
        break;
      case REPORT:
        List<Violation> violations = ((ValidationReport) object).violations();
        out.writeInt(violations.size());
        for (Violation v : violations) {
          out.writeObject(v);
        }
        break;
      default:
        out.writeObject(((Located<?>) object).value());
        out.writeObject(((Located<?>) object).path());
    }
  }

  private static void writeSegment(Path.Segment s, ObjectOutput out) throws IOException {
    switch (s.kind()) {
      case FIELD:
        out.writeByte('f');
        out.writeObject(s.text());
        break;
      case KEY:
        out.writeByte('k');
        out.writeObject(s.text());
        break;
      default:
        out.writeByte('i');
        out.writeInt(s.index());
    }
  }

  @Override
  protected Object read(byte type, ObjectInput in) throws IOException, ClassNotFoundException {
    switch (type) {
      case PATH:
        int size = in.readInt();
        Path path = Path.root();
        for (int i = 0; i < size; i++) {
          path = path.append(readSegment(in));
        }
        return path;
      case SEGMENT:
        return readSegment(in);
      case REPORT:
        int count = in.readInt();
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
          violations.add((Violation) in.readObject());
        }
        return ValidationReport.of(violations);
      case LOCATED:
        return Located.of(in.readObject(), (Path) in.readObject());
      default:
        throw new StreamCorruptedException("unknown type " + type);
    }
  }

  @Override
  protected String typeName(byte type) {
    return type == PATH ? "Path" : type == SEGMENT ? "Path.Segment" : type == REPORT ? "ValidationReport" : "Located";
  }

  private static Path.Segment readSegment(ObjectInput in) throws IOException, ClassNotFoundException {
    byte kind = in.readByte();
    switch (kind) {
      case 'f':
        return Path.Segment.field((String) in.readObject());
      case 'k':
        return Path.Segment.key((String) in.readObject());
      case 'i':
        return Path.Segment.index(in.readInt());
      default:
        throw new StreamCorruptedException("unknown path segment kind " + kind);
    }
  }

}
