package dev.parkdata.catalog;

/**
 * Thrown when a file is not in the catalogue's CSV layout at all: a required column is missing
 * from the header, or the CSV itself is malformed. Faults of single rows (a bad date, a missing
 * area) are not thrown: they are reported with their row and the import goes on.
 */
public final class CatalogFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int line;

  CatalogFormatException(String message, int line, Throwable cause) {
    super("line " + line + ": " + message, cause);
    this.line = line;
  }

  /** The 1-based line where reading failed. */
  public int line() {
    return line;
  }
}
