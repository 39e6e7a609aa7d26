package dev.parkdata.catalog;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Objects;

/**
 * A fault of one row of a catalogue file, found while importing it: which row (its line in the
 * file) and column, the text found there, a stable {@linkplain #code() code} and a message. The
 * importer reports problems instead of dropping the row or failing: the zone is kept with what
 * could be read (a zone whose approval month is malformed keeps its approval level).
 *
 * <p>The codes, all starting {@code catalog.}, are stable and listed in {@link CatalogImporter}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CatalogProblem implements Comparable<CatalogProblem> {

  /** How serious a problem is. */
  public enum Severity {
    /** The row is wrong: a value could not be read, or contradicts the catalogue's rules. */
    ERROR,
    /** A value is missing or doubtful; the zone is usable. */
    WARNING,
    /** Worth knowing, not a fault: two approval dates in one field. */
    INFO
  }

  private final Severity severity;
  private final String code;
  private final int line;
  private final CatalogColumn column;
  private final String value;
  private final String message;

  private CatalogProblem(
      Severity severity, String code, int line, CatalogColumn column, String value, String message) {
    this.severity = severity;
    this.code = code;
    this.line = line;
    this.column = column;
    this.value = value;
    this.message = message;
  }

  /**
   * Returns a problem.
   *
   * @param severity how serious it is
   * @param code the stable code, {@code catalog.} then lower-case words joined by {@code -}
   * @param line the 1-based line of the row in its file
   * @param column the column the problem is in
   * @param value the text found in that column (may be empty)
   * @param message what is wrong, in a sentence
   * @throws IllegalArgumentException if the code is not of that form, the line not positive or
   *     the message blank
   */
  public static CatalogProblem of(
      Severity severity, String code, int line, CatalogColumn column, String value, String message) {
    checkNotNull(severity, "severity");
    checkNotNull(code, "code");
    checkNotNull(column, "column");
    checkNotNull(value, "value");
    checkNotNull(message, "message");
    checkArgument(code.matches("catalog\\.[a-z0-9]+(-[a-z0-9]+)*"), "not a problem code: '%s'", code);
    checkArgument(line >= 1, "line must be positive, got %s", line);
    checkArgument(!message.isBlank(), "message must not be blank");
    return new CatalogProblem(severity, code, line, column, value, message);
  }

  /** How serious the problem is. */
  public Severity severity() {
    return severity;
  }

  /** The stable code, {@code catalog.approval-date-malformed}. */
  public String code() {
    return code;
  }

  /** The 1-based line of the row in its file (the header is line 1). */
  public int line() {
    return line;
  }

  /** The column the problem is in. */
  public CatalogColumn column() {
    return column;
  }

  /** The text found in the column, possibly empty. */
  public String value() {
    return value;
  }

  /** What is wrong, in a sentence. */
  public String message() {
    return message;
  }

  /**
   * Where the problem is, as a path into the file: {@code rows[55].批准时间} for the column
   * 批准时间 of the row on line 55.
   */
  public String path() {
    return "rows[" + line + "]." + column.header();
  }

  /** Orders by line, then column, then code. */
  @Override
  public int compareTo(CatalogProblem other) {
    int c = Integer.compare(line, other.line);
    if (c == 0) {
      c = column.compareTo(other.column);
    }
    return c != 0 ? c : code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CatalogProblem)) {
      return false;
    }
    CatalogProblem that = (CatalogProblem) o;
    return severity == that.severity
        && line == that.line
        && column == that.column
        && code.equals(that.code)
        && value.equals(that.value)
        && message.equals(that.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(severity, code, line, column, value, message);
  }

  /**
   * {@code ERROR catalog.approval-date-malformed at rows[55].批准时间 '2000.13': month 13 is not
   * a month}.
   */
  @Override
  public String toString() {
    return severity + " " + code + " at " + path() + " '" + value + "': " + message;
  }
}
