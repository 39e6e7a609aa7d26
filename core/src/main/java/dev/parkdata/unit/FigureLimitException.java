package dev.parkdata.unit;

/**
 * Thrown where a figure, or the result of arithmetic on figures, lies outside the {@link
 * FigureLimits}: more than 1,000 significant digits or a decimal exponent beyond ±10,000. The
 * message says which limit and by how much.
 */
public final class FigureLimitException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what lies outside which limit
   */
  public FigureLimitException(String message) {
    super(message);
  }
}
