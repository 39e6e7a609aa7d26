package dev.parkdata.io;

import dev.parkdata.model.Identifier;
import dev.parkdata.validation.Path;
import java.util.Optional;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;

/**
 * Thrown when JSON input is not a parkdata document: it names the source (where known), the JSON
 * path, the line and column, what is wrong and what was expected there:
 *
 * <pre>{@code
 * parks.json: $.parks[3].areas.approved.unit (line 12, column 31): unknown unit '平方公理'; expected a unit such as 平方公里, 亿元 or 家
 * }</pre>
 *
 * <p>It is a Jackson {@link DatabindException}, so code that catches Jackson's exceptions around
 * a {@code JsonMapper} with the {@link ParkDataModule} catches it too. The readers of {@link
 * ParkDataJson} turn Jackson's own syntax and limit errors (a truncated document, nesting too
 * deep) into this exception as well, so that every failure to read carries the same information.
 */
public final class JsonReadException extends DatabindException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final String path;
  private final int line;
  private final int column;
  private final String problem;
  private final String expected;
  private final String pointer;
  private final transient Path modelPath;
  /** Whether the problems behind this failure were reported already (reading leniently). */
  transient boolean reported;
  /** Why what failed was left out, in short: {@code "its kind could not be read"}; null for the problem. */
  transient String reason;
  /** The identifier of the element that could not be built, if it was read; null otherwise. */
  transient Identifier element;

  JsonReadException(
      String source,
      String path,
      String pointer,
      Path modelPath,
      TokenStreamLocation location,
      String problem,
      String expected,
      Throwable cause) {
    super(format(source, path, location, problem, expected), location, cause);
    this.source = source;
    this.path = path;
    this.pointer = pointer;
    this.modelPath = modelPath;
    this.line = location == null ? -1 : location.getLineNr();
    this.column = location == null ? -1 : location.getColumnNr();
    this.problem = problem;
    this.expected = expected;
  }

  /** This exception with {@code source} named as the input it came from. */
  JsonReadException withSource(String source) {
    JsonReadException copy =
        new JsonReadException(source, path, pointer, modelPath, getLocation(), problem, expected, this);
    copy.setStackTrace(getStackTrace());
    return copy;
  }

  private static String format(
      String source, String path, TokenStreamLocation location, String problem, String expected) {
    StringBuilder text = new StringBuilder();
    if (source != null) {
      text.append(source).append(": ");
    }
    text.append(path);
    if (location != null && location.getLineNr() > 0) {
      text.append(" (line ").append(location.getLineNr())
          .append(", column ").append(location.getColumnNr()).append(')');
    }
    text.append(": ").append(problem);
    if (expected != null) {
      text.append("; expected ").append(expected);
    }
    return text.toString();
  }

  /** The input the error was found in, such as a file name, if the reader was told. */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /** The JSON path of the value at fault, {@code "$.parks[3].areas.approved.unit"}. */
  public String path() {
    return path;
  }

  /**
   * The JSON Pointer (RFC 6901) of the value at fault in the document read, {@code
   * "/parks/3/areas/approved/unit"}; in an NDJSON stream, within its record.
   */
  public String jsonPointer() {
    return pointer;
  }

  /**
   * Where the value at fault lies in the model, as validation names it: {@code
   * parks[G112001].areas[approved].unit}; null where the reader did not know it.
   */
  public Path modelPath() {
    return modelPath;
  }

  String reason() {
    return reason != null ? reason : problem;
  }

  /** The line of the input, counting from 1; -1 if unknown. */
  public int line() {
    return line;
  }

  /** The column of the input, counting from 1; -1 if unknown. */
  public int column() {
    return column;
  }

  /** What is wrong, {@code "unknown unit '平方公理'"}. */
  public String problem() {
    return problem;
  }

  /** What was expected instead, {@code "a unit such as 平方公里, 亿元 or 家"}, if that is known. */
  public Optional<String> expected() {
    return Optional.ofNullable(expected);
  }

  /** The problem as a {@link JsonProblem} of severity {@link JsonProblem.Severity#ERROR}. */
  public JsonProblem toProblem() {
    return toProblem(JsonProblem.Severity.ERROR, JsonProblem.Kind.UNREADABLE);
  }

  /** The problem as a {@link JsonProblem} of {@code severity}. */
  JsonProblem toProblem(JsonProblem.Severity severity, JsonProblem.Kind kind) {
    return new JsonProblem(severity, kind, path, pointer, modelPath, line, column, getMessage());
  }

  /** The full message: source, path, line and column, problem and what was expected. */
  @Override
  public String getMessage() {
    return getOriginalMessage();
  }

  @Override
  public String getLocalizedMessage() {
    return getOriginalMessage();
  }

  @Override
  public String toString() {
    return getClass().getName() + ": " + getMessage();
  }
}
