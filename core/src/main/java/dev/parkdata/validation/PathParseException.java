package dev.parkdata.validation;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Thrown by {@link Path#parse(CharSequence)} for text that is not a path: names the text, the
 * index where reading failed and what was expected there.
 */
public final class PathParseException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The text that failed to parse. */
  private final String input;

  /** The index in the text where reading failed. */
  private final int index;

  /**
   * Creates the exception.
   *
   * @param input the text that failed to parse
   * @param index the index in the text where reading failed
   * @param expected what was expected there, {@code "expected ']'"}
   */
  public PathParseException(String input, int index, String expected) {
    super("cannot parse path '" + checkNotNull(input, "input") + "' at index " + index + ": "
        + checkNotNull(expected, "expected"));
    this.input = input;
    this.index = index;
  }

  /** The text that failed to parse. */
  public String input() {
    return input;
  }

  /** The index in the text where reading failed. */
  public int index() {
    return index;
  }
}
