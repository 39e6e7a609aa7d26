package dev.parkdata.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import java.util.function.Function;

/** Lookups of enumeration constants by a name attribute. Not API. */
public final class EnumLookup {
  private EnumLookup() {}

  /** The first of {@code values} whose {@code name} is {@code wanted}. */
  public static <E extends Enum<E>> Optional<E> byName(
      E[] values, Function<E, String> name, String wanted) {
    checkNotNull(wanted, "name");
    for (E value : values) {
      if (name.apply(value).equals(wanted)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
