package dev.parkdata.source;

import dev.parkdata.internal.Checks;
import dev.parkdata.internal.ParkdataStyle;
import org.immutables.value.Value;

/**
 * A span of a source's text in characters (UTF-16 code units), {@code start} inclusive and {@code
 * end} exclusive, as {@link String#substring(int, int)} takes them.
 */
@Value.Immutable
@ParkdataStyle
abstract class AbstractTextSpan {

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
