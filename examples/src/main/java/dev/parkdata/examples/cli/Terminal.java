package dev.parkdata.examples.cli;

/**
 * ANSI styling for output meant for people, applied only when it reaches a terminal: when the
 * JVM has a {@linkplain System#console() console} and the {@code NO_COLOR} environment variable
 * is unset (https://no-color.org). Otherwise, as in tests and pipes, text passes unchanged.
 */
final class Terminal {
  /** Plain text: no escape sequences. */
  static final Terminal PLAIN = new Terminal(false);

  private final boolean colour;

  private Terminal(boolean colour) {
    this.colour = colour;
  }

  /** The styling for standard output of this process. */
  static Terminal detect() {
    return System.console() != null && System.getenv("NO_COLOR") == null ? new Terminal(true) : PLAIN;
  }

  /** The width of charts when the terminal's is not known. */
  static final int DEFAULT_COLUMNS = 80;

  /**
   * The terminal's width in columns, as the shell exports it ({@code COLUMNS}), else {@value
   * #DEFAULT_COLUMNS}.
   */
  static int columns() {
    String columns = System.getenv("COLUMNS");
    if (columns != null && columns.matches("\\d{2,4}")) {
      return Integer.parseInt(columns);
    }
    return DEFAULT_COLUMNS;
  }

  /** Whether styles are applied. */
  boolean isColour() {
    return colour;
  }

  String bold(String text) {
    return style("1", text);
  }

  String red(String text) {
    return style("31", text);
  }

  String yellow(String text) {
    return style("33", text);
  }

  String green(String text) {
    return style("32", text);
  }

  String dim(String text) {
    return style("2", text);
  }

  /** A rendered table with its header line in bold. */
  String table(String rendered) {
    if (!colour || rendered.isEmpty()) {
      return rendered;
    }
    int end = rendered.indexOf('\n');
    return bold(rendered.substring(0, end)) + rendered.substring(end);
  }

  private String style(String code, String text) {
    return colour ? "\u001B[" + code + "m" + text + "\u001B[0m" : text;
  }
}
