package dev.parkdata.unit;

/** Thrown when text names no unit of the catalogue in use. The message quotes the input. */
public final class UnknownUnitException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String input;

  UnknownUnitException(String input, String detail) {
    super("Unknown unit " + quote(input) + (detail.isEmpty() ? "" : ": " + detail));
    this.input = input;
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
}
