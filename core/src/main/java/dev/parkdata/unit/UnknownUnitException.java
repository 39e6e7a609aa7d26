package dev.parkdata.unit;

/** Thrown when text names no unit of the catalogue in use. The message quotes the input. */
public final class UnknownUnitException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String input;

  UnknownUnitException(String input, String detail) {
    super("Unknown unit '" + input + "'" + (detail.isEmpty() ? "" : ": " + detail));
    this.input = input;
  }

  /** The text that was read. */
  public String input() {
    return input;
  }
}
