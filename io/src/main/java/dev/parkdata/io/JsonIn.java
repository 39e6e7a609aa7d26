package dev.parkdata.io;

import dev.parkdata.internal.IsoDates;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.UnaryOperator;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * The fast paths of reading dates and months, and the translation of Jackson's own exceptions.
 * (The name is kept for the tests that check the fast paths.)
 */
final class JsonIn {
  private JsonIn() {}

  /** {@link LocalDate#parse}, through core's fast path for {@code yyyy-MM-dd}. */
  static LocalDate parseDate(String text) {
    return IsoDates.date(text);
  }

  /** {@link YearMonth#parse}, through core's fast path for {@code yyyy-MM}. */
  static YearMonth parseYearMonth(String text) {
    return IsoDates.yearMonth(text);
  }

  /** The decimal number of the ASCII digits from {@code from} to {@code to}, or -1 if one is not. */
  static int digits(String text, int from, int to) {
    return IsoDates.digits(text, from, to);
  }

  /** {@link #translate(JacksonException, JsonParser)}, with lines and bytes counted as {@code in} counts them. */
  static JsonReadException translate(JacksonException e, JsonParser parser, ReadState in) {
    return translate(e, parser, in::shift);
  }

  /**
   * Turns an exception of Jackson's own (a syntax error, a limit exceeded) into a {@link
   * JsonReadException} at the parser's position.
   */
  static JsonReadException translate(JacksonException e, JsonParser parser) {
    return translate(e, parser, UnaryOperator.identity());
  }

  private static JsonReadException translate(
      JacksonException e, JsonParser parser, UnaryOperator<TokenStreamLocation> shift) {
    if (e instanceof JsonReadException) {
      return (JsonReadException) e;
    }
    String message = String.valueOf(e.getOriginalMessage());
    int newline = message.indexOf('\n');
    String problem = newline >= 0 ? message.substring(0, newline) : message;
    int marker = problem.indexOf(" (start marker at ");
    problem = marker > 0 ? problem.substring(0, marker) : problem;
    String expected = e instanceof StreamConstraintsException
        ? "input within the reader's limits (see ParkDataJson)" : null;
    if (parser != null && parser.isClosed() && parser.currentToken() == null) {
      expected = expected == null ? "a complete JSON document" : expected;
    }
    TokenStreamLocation location = shift.apply(e.getLocation() != null ? e.getLocation()
        : parser == null ? null : parser.currentLocation());
    String path = parser == null ? "$" : JsonText.path(parser.streamReadContext());
    String pointer = parser == null ? "" : parser.streamReadContext().pathAsPointer().toString();
    return new JsonReadException(null, path, pointer, null, location, atByte(problem, location), expected, e);
  }

  /**
   * The problem, with the offset of the byte at fault if it is one of bytes that are not UTF-8:
   * a line and column say where, the offset says which byte to look at in a hex editor.
   */
  private static String atByte(String problem, TokenStreamLocation location) {
    if (!problem.startsWith("Invalid UTF-8") || location == null || location.getByteOffset() < 0) {
      return problem;
    }
    // Jackson's location is just past the byte it could not take
    return problem + ", not UTF-8, at byte " + Math.max(location.getByteOffset() - 1, 0) + " (counting from 0)";
  }
}
