package dev.parkdata.metric;

/**
 * Thrown when text is not a quantity expression. Names the input, the index where reading
 * stopped and what was expected there: {@code Cannot read a metric from '约亿' at index 2:
 * expected a unit}.
 */
public final class MetricParseException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String input;
  private final int errorIndex;
  private final String expected;

  /**
   * Creates the exception.
   *
   * @param input the text that was read
   * @param errorIndex the index in {@code input} where reading stopped
   * @param expected what was expected there, {@code "a unit"}
   */
  public MetricParseException(String input, int errorIndex, String expected) {
    super("Cannot read a metric from " + quote(input) + " at index " + errorIndex + ": expected " + expected);
    this.input = input;
    this.errorIndex = errorIndex;
    this.expected = expected;
  }

  /** The input quoted as a message shows it: of a long one, the start and its length. */
  private static String quote(String input) {
    if (input.length() <= 120) {
      return "'" + input + "'";
    }
    int cut = Character.isHighSurrogate(input.charAt(99)) ? 99 : 100;
    return "'" + input.substring(0, cut) + "…' (" + input.length() + " characters)";
  }

  /** The text that was read. */
  public String input() {
    return input;
  }

  /** The index in {@link #input()} where reading stopped. */
  public int errorIndex() {
    return errorIndex;
  }

  /** What was expected at {@link #errorIndex()}: {@code "a number"}, {@code "a unit"}. */
  public String expected() {
    return expected;
  }
}
