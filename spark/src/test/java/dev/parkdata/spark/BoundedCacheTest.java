package dev.parkdata.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.Test;

/** A bounded cache gives what it would make, never holds more than its bound, and makes a kept value once. */
class BoundedCacheTest {
  @Test
  void givesWhatItWouldMakeWithinItsBound() {
    qt().forAll(lists().of(integers().between(0, 50)).ofSizeBetween(0, 500), integers().between(1, 20))
        .checkAssert((keys, bound) -> {
          BoundedCache<Integer, String> cache = new BoundedCache<>(bound);
          for (Integer key : keys) {
            // null is a value too: kept, not made again
            assertThat(cache.get(key, k -> k % 7 == 0 ? null : "v" + k)).isEqualTo(key % 7 == 0 ? null : "v" + key);
            assertThat(cache.size()).isBetween(1, bound);
          }
        });
  }

  @Test
  void aKeptValueIsNotMadeAgain() {
    BoundedCache<String, Object> cache = new BoundedCache<>(2);
    Object first = cache.get("a", k -> new Object());
    assertThat(cache.get("a", k -> new Object())).isSameAs(first);
    cache.get("b", k -> new Object());
    // a third key finds the cache full: it forgets both and keeps the third
    cache.get("c", k -> new Object());
    assertThat(cache.size()).isEqualTo(1);
    assertThat(cache.get("a", k -> new Object())).isNotSameAs(first);
    assertThat(cache.size()).isEqualTo(2);
  }
}
