package dev.parkdata.internal;

import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;

/**
 * The shared part of the core packages' serialization proxies, each a package-private {@code
 * Ser} as in {@code java.time}: a type byte, then the form that the package's {@code Ser}
 * writes and reads back through the public factories. A value the factories refuse (a range
 * whose min exceeds its max, a blank name) fails to read with an {@link
 * java.io.InvalidObjectException} whose cause is their exception. Not API.
 */
public abstract class SerialProxy implements Externalizable {
  private static final long serialVersionUID = 1L;

  private byte type;
  private Object object;

  /** For deserialization only. */
  protected SerialProxy() {}

  /**
   * The proxy that writes {@code object}.
   *
   * @param type the type byte of {@code object}'s class in its package's form
   * @param object the value whose {@code writeReplace} is running
   */
  protected SerialProxy(byte type, Object object) {
    this.type = type;
    this.object = object;
  }

  /** Writes the form of {@code object}, whose type byte is already written. */
  protected abstract void write(byte type, Object object, ObjectOutput out) throws IOException;

  /**
   * Reads the form of a value of {@code type} and makes it with the public factories.
   *
   * @throws java.io.StreamCorruptedException if {@code type} is not a type of the form
   */
  protected abstract Object read(byte type, ObjectInput in) throws IOException, ClassNotFoundException;

  /** The simple name of the class of type byte {@code type}, for messages. */
  protected abstract String typeName(byte type);

  @Override
  public final void writeExternal(ObjectOutput out) throws IOException {
    out.writeByte(type);
    write(type, object, out);
  }

  @Override
  public final void readExternal(ObjectInput in) throws IOException, ClassNotFoundException {
    type = in.readByte();
    try {
      object = read(type, in);
    } catch (IllegalArgumentException | ArithmeticException | NullPointerException | ClassCastException refused) {
      throw SerialData.invalid(typeName(type), refused);
    }
  }

  /** The value read, made by its factory. */
  protected final Object readResolve() {
    return object;
  }
}
