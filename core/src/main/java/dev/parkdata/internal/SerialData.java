package dev.parkdata.internal;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The compact forms the serialization proxies of the core packages share: a {@link BigInteger}
 * as its two's-complement bytes after their count, a {@link BigDecimal} as its scale then its
 * unscaled value. Not API.
 */
public final class SerialData {
  /**
   * The most bytes an integer of a stream may have: far above any figure's (a figure has at most
   * 1,000 digits, some 416 bytes), so that a tampered count cannot make a reader allocate much.
   */
  private static final int MAX_INTEGER_BYTES = 1 << 16;

  private SerialData() {}

  /** Writes {@code value}: {@code writeInt(n)}, then its {@code n} bytes. */
  public static void writeInteger(DataOutput out, BigInteger value) throws IOException {
    byte[] bytes = value.toByteArray();
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  /** Reads what {@link #writeInteger} wrote. */
  public static BigInteger readInteger(DataInput in) throws IOException {
    int length = in.readInt();
    if (length < 1 || length > MAX_INTEGER_BYTES) {
      throw new InvalidObjectException("an integer of " + length + " bytes");
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return new BigInteger(bytes);
  }

  /** Writes {@code value}: {@code writeInt(scale)}, then the unscaled value as {@link #writeInteger}. */
  public static void writeDecimal(DataOutput out, BigDecimal value) throws IOException {
    out.writeInt(value.scale());
    writeInteger(out, value.unscaledValue());
  }

  /** Reads what {@link #writeDecimal} wrote. */
  public static BigDecimal readDecimal(DataInput in) throws IOException {
    int scale = in.readInt();
    return new BigDecimal(readInteger(in), scale);
  }

  /**
   * The exception a serializable value's {@code readObject} throws: the value travels only as its
   * serialization proxy, and a stream of its own fields is never read.
   */
  public static InvalidObjectException delegated() {
    return new InvalidObjectException("Deserialization via serialization delegate");
  }

  /**
   * The exception for a stream whose values a factory refused ({@code min > max}, a blank name):
   * an {@link InvalidObjectException} whose cause is the factory's exception.
   */
  public static InvalidObjectException invalid(String type, RuntimeException refused) {
    InvalidObjectException e = new InvalidObjectException(type + ": " + refused.getMessage());
    e.initCause(refused);
    return e;
  }
}
