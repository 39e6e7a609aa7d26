package dev.parkdata.source;

import dev.parkdata.internal.Checks;
import dev.parkdata.internal.ModelSer;
import dev.parkdata.internal.ParkdataStyle;
import dev.parkdata.internal.SerialData;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import org.immutables.value.Value;

/**
 * A span of a source's text in characters (UTF-16 code units), {@code start} inclusive and {@code
 * end} exclusive, as {@link String#substring(int, int)} takes them.
 */
@Value.Immutable
@ParkdataStyle
abstract class AbstractTextSpan implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Serialized as a {@link ModelSer}: by attribute, read back through the builder. */
  final Object writeReplace() {
    return new ModelSer(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw SerialData.delegated();
  }

  private void readObjectNoData() throws InvalidObjectException {
    throw SerialData.delegated();
  }

  /** The index of the first character. */
  @Value.Parameter
  public abstract int start();

  /** The index after the last character. */
  @Value.Parameter
  public abstract int end();

  /** The number of characters spanned. */
  public int length() {
    return end() - start();
  }

  /** {@code [12, 40)}. */
  @Override
  public String toString() {
    return "[" + start() + ", " + end() + ")";
  }

  @Value.Check
  void check() {
    Checks.check(start() >= 0, "TextSpan", "start", "must not be negative, got %d", start());
    Checks.check(
        end() >= start(), "TextSpan", "end", "%d is before start %d", end(), start());
  }
}
