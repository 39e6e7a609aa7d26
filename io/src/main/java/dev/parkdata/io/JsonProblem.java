package dev.parkdata.io;

import static java.util.Objects.requireNonNull;

import dev.parkdata.validation.Path;
import java.util.Objects;

/**
 * A problem found while reading leniently ({@link ParkDataJson#readResult}): an unknown field
 * (a {@link Severity#WARNING} when unknown fields are {@linkplain UnknownFields#WARN collected}),
 * or an entity that could not be read and was left out (an {@link Severity#ERROR}). Each names
 * the JSON path, line and column.
 *
 * <p>Instances are immutable.
 */
public final class JsonProblem {
  /** How serious a problem is. */
  public enum Severity {
    /** Nothing was lost that the format defines: an unknown field was skipped. */
    WARNING,
    /** An entity was left out because it could not be read. */
    ERROR
  }

  /** What a problem is. */
  public enum Kind {
    /** A field the format does not define. */
    UNKNOWN_FIELD,
    /** A value that could not be read. */
    UNREADABLE,
    /** An element left out as a whole because of the problems before it. */
    LEFT_OUT
  }

  private final Severity severity;
  private final Kind kind;
  private final String pointer;
  private final Path modelPath;
  private final String path;
  private final int line;
  private final int column;
  private final String message;

  JsonProblem(Severity severity, Kind kind, String path, String pointer, Path modelPath, int line, int column,
      String message) {
    this.severity = requireNonNull(severity, "severity");
    this.kind = requireNonNull(kind, "kind");
    this.pointer = pointer == null ? "" : pointer;
    this.modelPath = modelPath == null ? Path.root() : modelPath;
    this.path = requireNonNull(path, "path");
    this.line = line;
    this.column = column;
    this.message = requireNonNull(message, "message");
  }

  /** How serious the problem is. */
  public Severity severity() {
    return severity;
  }

  /** What the problem is. */
  public Kind kind() {
    return kind;
  }

  /** The JSON Pointer of the value at fault in the document, {@code "/parks/3/area"}. */
  public String jsonPointer() {
    return pointer;
  }

  /** Where the value at fault lies in the model, as validation names it: {@code parks[G1].area}. */
  public Path modelPath() {
    return modelPath;
  }

  /** The JSON path of the value at fault, {@code "$.parks[3].area"}. */
  public String path() {
    return path;
  }

  /** The line of the input, counting from 1; -1 if unknown. */
  public int line() {
    return line;
  }

  /** The column of the input, counting from 1; -1 if unknown. */
  public int column() {
    return column;
  }

  /** The full message, with the path, line and column. */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof JsonProblem)) {
      return false;
    }
    JsonProblem that = (JsonProblem) o;
    return severity == that.severity
        && kind == that.kind
        && pointer.equals(that.pointer)
        && line == that.line
        && column == that.column
        && path.equals(that.path)
        && message.equals(that.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(severity, kind, pointer, path, line, column, message);
  }

  /** {@code "WARNING $.parks[0].area (line 3, column 5): unknown field 'area'; expected ..."}. */
  @Override
  public String toString() {
    return severity + " " + message;
  }
}
