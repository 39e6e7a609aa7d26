package dev.parkdata.io;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.park.Park;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * The nesting limit on writing, {@link ParkDataJson#MAX_NESTING_DEPTH} as on reading: Jackson's
 * generator counts the depth as the parser does and refuses to go deeper. What can nest without
 * bound is sub-zones; a value with deep sub-zones is first written nowhere, so that a refused
 * value leaves nothing half-written behind.
 */
final class Depth {
  /** Sub-zones nested less deep than this cannot reach the limit: two levels each, and a few more. */
  private static final int SAFE_SUB_ZONE_NESTING = ParkDataJson.MAX_NESTING_DEPTH / 2 - 20;

  private Depth() {}

  /** Writes {@code value} with {@code dryRun} first if its sub-zones nest deep. */
  static <T> void check(T value, Consumer<T> dryRun) {
    if (subZoneNesting(value) >= SAFE_SUB_ZONE_NESTING) {
      try {
        dryRun.accept(value);
      } catch (JacksonException e) {
        throw refused(e);
      }
    }
  }

  /** The exception to throw for {@code e}: a {@link JsonWriteException} if it is the depth limit. */
  static RuntimeException refused(JacksonException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof StreamConstraintsException) {
        return new JsonWriteException("cannot write JSON nested deeper than " + ParkDataJson.MAX_NESTING_DEPTH
            + " levels, which the reader refuses (ParkDataJson.MAX_NESTING_DEPTH): sub-zones nest too deep", e);
      }
    }
    return e;
  }

  private static int subZoneNesting(Object value) {
    if (value instanceof Park) {
      return nesting((Park) value);
    }
    if (value instanceof Dataset) {
      int deepest = 0;
      for (Park park : ((Dataset) value).parks()) {
        deepest = Math.max(deepest, nesting(park));
      }
      return deepest;
    }
    return 0;
  }

  private static int nesting(Park park) {
    int deepest = 0;
    for (Park sub : park.subZones()) {
      deepest = Math.max(deepest, 1 + nesting(sub));
    }
    return deepest;
  }
}
