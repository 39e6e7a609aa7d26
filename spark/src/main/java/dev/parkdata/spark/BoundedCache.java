package dev.parkdata.spark;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A cache of at most {@code bound} entries that forgets them all when it is full: values that
 * recur are made again at most once per {@code bound} new keys, and what is cached never grows
 * past the bound however many keys a task meets. Not thread-safe.
 */
final class BoundedCache<K, V> {
  private final int bound;
  private final Map<K, V> entries;

  BoundedCache(int bound) {
    checkArgument(bound > 0, "bound %s is not positive", bound);
    this.bound = bound;
    this.entries = new HashMap<>();
  }

  /** The value of {@code key}, made by {@code make} (which may give null) when it is not cached. */
  V get(K key, Function<? super K, ? extends V> make) {
    V value = entries.get(key);
    if (value == null && !entries.containsKey(key)) {
      value = make.apply(key);
      if (entries.size() == bound) {
        entries.clear();
      }
      entries.put(key, value);
    }
    return value;
  }

  /** How many entries are cached. */
  int size() {
    return entries.size();
  }
}
