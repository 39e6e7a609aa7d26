package dev.parkdata.io;

/** What a reader does with a field the format does not define. */
public enum UnknownFields {
  /** Fail with a {@link JsonReadException} naming the field (the default). */
  FAIL,
  /**
   * Skip the field's value; lenient reads ({@link ParkDataJson#readResult}) report it as a
   * {@link JsonProblem.Severity#WARNING}.
   */
  WARN
}
