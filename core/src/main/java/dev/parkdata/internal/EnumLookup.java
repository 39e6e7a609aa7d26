package dev.parkdata.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Lookups of enumeration constants by a name attribute. An index is a hash map rather than a scan
 * of {@code values()}: the catalogue import looks up three names per row, mostly interpreted.
 * Not API.
 *
 * @param <E> the enumeration
 */
public final class EnumLookup<E extends Enum<E>> {
  private final Map<String, E> byName;

  private EnumLookup(Map<String, E> byName) {
    this.byName = byName;
  }

  /** Indexes {@code values} by {@code name}; where two share a name, the first wins. */
  public static <E extends Enum<E>> EnumLookup<E> of(E[] values, Function<E, String> name) {
    Map<String, E> byName = new HashMap<>();
    for (E value : values) {
      byName.putIfAbsent(name.apply(value), value);
    }
    return new EnumLookup<>(byName);
  }

  /** The first constant whose name is {@code wanted}. */
  public Optional<E> byName(String wanted) {
    checkNotNull(wanted, "name");
    return Optional.ofNullable(byName.get(wanted));
  }
}
