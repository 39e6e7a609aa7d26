package dev.parkdata.validation;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.parkdata.internal.SerialData;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Objects;

/**
 * A value of a dataset together with its {@link Path}: an observation and {@code
 * parks[G112001].observations[3]}. Immutable and thread-safe when the value is.
 *
 * @param <T> the type of the value
 */
public final class Located<T> implements Serializable {
  private static final long serialVersionUID = 1L;

  private final T value;
  private final Path path;

  private Located(T value, Path path) {
    this.value = value;
    this.path = path;
  }

  /** {@code value} found at {@code path}. */
  public static <T> Located<T> of(T value, Path path) {
    return new Located<>(checkNotNull(value, "value"), checkNotNull(path, "path"));
  }

  /** The value. */
  public T value() {
    return value;
  }

  /** Where the value lies. */
  public Path path() {
    return path;
  }

  /** Whether {@code o} is a located value with an equal value and path. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Located
        && ((Located<?>) o).value.equals(value)
        && ((Located<?>) o).path.equals(path);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, path);
  }

  /** {@code path: value}. */
  @Override
  public String toString() {
    return path + ": " + value;
  }

  /** Serialized as a {@link Ser}, read back through {@link #of}. */
  private Object writeReplace() {
    return new Ser(Ser.LOCATED, this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw SerialData.delegated();
  }
}
