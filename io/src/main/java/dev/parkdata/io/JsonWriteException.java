package dev.parkdata.io;

/**
 * A value that cannot be written because the reader would refuse what it writes: JSON nested
 * deeper than {@value ParkDataJson#MAX_NESTING_DEPTH} levels, as sub-zones within sub-zones make
 * it. The writer and the reader keep the same limit, so what is written reads back.
 */
public final class JsonWriteException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  JsonWriteException(String message, Throwable cause) {
    super(message, cause);
  }
}
