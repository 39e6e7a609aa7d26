package dev.parkdata.io;

/**
 * Thrown when a tidy CSV of observations cannot be read: a missing column, or a row whose cells
 * do not make an observation. The message names the line and the column.
 */
public final class ObservationCsvException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long line;

  ObservationCsvException(long line, String message, Throwable cause) {
    super((line > 0 ? "line " + line + ": " : "") + message, cause);
    this.line = line;
  }

  /** The 1-based line of the row, counting the header as line 1; 0 where no row is at fault. */
  public long line() {
    return line;
  }
}
