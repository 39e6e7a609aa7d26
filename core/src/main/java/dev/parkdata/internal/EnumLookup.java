package dev.parkdata.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

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

  /**
   * A builder; add each constant under its name. Callers add in a loop rather than pass a method
   * reference: linking a lambda is a measurable part of the catalogue's cold first load.
   */
  public static <E extends Enum<E>> Builder<E> builder() {
    return new Builder<>();
  }

  /** Collects names and constants; where two share a name, the first wins. */
  public static final class Builder<E extends Enum<E>> {
    private final Map<String, E> byName = new HashMap<>();

    private Builder() {}

    /** Indexes {@code value} by {@code name}, unless a constant already has that name. */
    public Builder<E> add(String name, E value) {
      byName.putIfAbsent(checkNotNull(name, "name"), checkNotNull(value, "value"));
      return this;
    }

    /** The lookup of the constants added so far. */
    public EnumLookup<E> build() {
      return new EnumLookup<>(new HashMap<>(byName));
    }
  }

  /** The first constant whose name is {@code wanted}. */
  public Optional<E> byName(String wanted) {
    checkNotNull(wanted, "name");
    return Optional.ofNullable(byName.get(wanted));
  }
}
