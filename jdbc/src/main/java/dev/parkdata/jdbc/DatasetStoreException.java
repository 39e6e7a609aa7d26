package dev.parkdata.jdbc;

import java.util.Optional;

/**
 * A database operation of a {@link DatasetStore} failed. The message names what was being read or
 * written ({@code "writing parks[G322018].observations[3]: …"}) and the cause is the driver's
 * exception; nothing of the failed save was kept.
 */
public class DatasetStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What was being written or read, as a validation path, or null. */
  private final String path;

  /**
   * Creates the exception.
   *
   * @param message what failed
   * @param cause the driver's exception, or null
   */
  public DatasetStoreException(String message, Throwable cause) {
    this(message, null, null, cause);
  }

  DatasetStoreException(String message, String path, String reason, Throwable cause) {
    super(path == null ? message : message + " " + path + ": " + reason, cause);
    this.path = path;
  }

  /**
   * The path of the entity or figure being written when the database refused it, such as {@code
   * parks[G322018].subZones[1].observations[3]}.
   */
  public Optional<String> path() {
    return Optional.ofNullable(path);
  }
}
