package dev.parkdata.io;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * One row of an {@link ObjectCodec}'s table: the JSON name, the getter, the builder's setter, the
 * value's codec and whether it is required, optional, a list or has a default. The one place the
 * name is written.
 *
 * @param <T> the type the field belongs to
 * @param <B> its builder
 */
final class Field<T, B> {
  /** How a field is present. */
  enum Shape {
    /** Always written; reading fails without it. */
    REQUIRED,
    /** An {@code Optional}: written when present. */
    OPTIONAL,
    /** A list: written when not empty. */
    LIST,
    /** Written unless it has its default. */
    DEFAULTED,
    /** Read and ignored, never written (derived values other tools add). */
    IGNORED
  }

  final String name;
  final SerializableString encoded;
  final Shape shape;
  final ValueCodec<Object> codec;
  private final Function<T, Object> getter;
  private final BiConsumer<B, Object> setter;
  private final Object defaultValue;
  /** The position in its table. */
  int index;

  @SuppressWarnings("unchecked")
  Field(String name, Shape shape, Function<T, ?> getter, BiConsumer<B, ?> setter, ValueCodec<?> codec,
      Object defaultValue) {
    this.name = name;
    this.encoded = new SerializedString(name);
    this.shape = shape;
    this.getter = (Function<T, Object>) getter;
    this.setter = (BiConsumer<B, Object>) setter;
    this.codec = (ValueCodec<Object>) codec;
    this.defaultValue = defaultValue;
  }

  boolean required() {
    return shape == Shape.REQUIRED;
  }

  /** Passes a value read to the builder. */
  void set(B builder, Object value) {
    if (setter != null) {
      setter.accept(builder, value);
    }
  }

  /** The value to write, or null if the field is left out. */
  Object toWrite(T value) {
    if (shape == Shape.IGNORED) {
      return null;
    }
    Object v = getter.apply(value);
    switch (shape) {
      case OPTIONAL:
        return ((Optional<?>) v).orElse(null);
      case LIST:
        return ((List<?>) v).isEmpty() ? null : v;
      case DEFAULTED:
        return Objects.equals(v, defaultValue) ? null : v;
      default:
        return v;
    }
  }
}
