package dev.parkdata.io;

import dev.parkdata.model.Identifier;
import java.net.URI;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * One read in progress: the parser, the options, the problems found and the identifiers seen.
 * The codecs read through it. Every {@code read} method expects the parser on the value's first
 * token and leaves it on the value's last token, as Jackson's deserializers do.
 */
final class JsonIn {
  private static final int MAX_INTEGER = 1_000_000_000;

  final JsonParser parser;
  private final UnknownFields unknownFields;
  private final boolean lenient;
  private final List<JsonProblem> problems = new ArrayList<>();
  /** The identifiers declared so far with where, while a dataset is read; null otherwise. */
  private Map<Identifier, Place> declared;

  JsonIn(JsonParser parser, UnknownFields unknownFields, boolean lenient) {
    this.parser = parser;
    this.unknownFields = unknownFields;
    this.lenient = lenient;
  }

  List<JsonProblem> problems() {
    return problems;
  }

  // ---- objects

  /** Checks that the parser is on the start of an object and returns where it starts. */
  TokenStreamLocation startObject(String what) {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw expected(what + " (a JSON object)");
    }
    return parser.currentTokenLocation();
  }

  /**
   * Moves to the next field of the current object and onto its value; returns its name, or
   * null at the end of the object. Fields whose value is {@code null} are skipped: null means
   * absent.
   */
  String nextField() {
    while (true) {
      String name = parser.nextName();
      if (name == null) {
        return null;
      }
      if (parser.nextToken() != JsonToken.VALUE_NULL) {
        return name;
      }
    }
  }

  /** Handles a field the format does not define: fails, or skips it with a warning. */
  void unknownField(String name, String known) {
    if (unknownFields == UnknownFields.FAIL) {
      throw failAtName("unknown field '" + name + "'", known);
    }
    problems.add(failAtName("unknown field '" + name + "' skipped", known).toProblem(JsonProblem.Severity.WARNING));
    parser.skipChildren();
  }

  private JsonReadException failAtName(String problem, String known) {
    return new JsonReadException(
        null, path(), parser.currentTokenLocation(), problem, "one of the fields " + known, null);
  }

  /**
   * Builds the object just read with {@code build}, turning the builders' exceptions into
   * errors at the object's start: a missing required field, or a value the model rejects.
   */
  <T> T build(TokenStreamLocation start, String what, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalStateException e) {
      String message = String.valueOf(e.getMessage());
      int open = message.lastIndexOf('[');
      String fields = open >= 0 && message.endsWith("]")
          ? message.substring(open + 1, message.length() - 1) : message;
      throw new JsonReadException(
          null, path(), start, "missing required field(s) " + fields + " of " + what,
          "the field(s) " + fields, e);
    } catch (IllegalArgumentException e) {
      throw new JsonReadException(null, path(), start, "invalid " + what + ": " + e.getMessage(), null, e);
    }
  }

  // ---- arrays

  /** Reads an array of values, each with {@code element}. */
  <T> List<T> list(String what, Function<JsonIn, T> element) {
    expectArray(what);
    List<T> values = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      values.add(element.apply(this));
    }
    return values;
  }

  /**
   * Reads an array of entities. Reading leniently, an entity that cannot be read is left out and
   * reported; the rest of it is skipped and reading goes on with the next.
   */
  <T> List<T> entities(String what, Function<JsonIn, T> element) {
    expectArray(what);
    TokenStreamContext array = parser.streamReadContext();
    List<T> values = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      T value = lenientOrNull(array, element);
      if (value != null) {
        values.add(value);
      }
    }
    return values;
  }

  /**
   * Reads one entity with {@code element}; reading leniently, reports a failure, skips to the
   * end of the entity (back in {@code container}) and returns null.
   */
  <T> T lenientOrNull(TokenStreamContext container, Function<JsonIn, T> element) {
    if (!lenient) {
      return element.apply(this);
    }
    try {
      return element.apply(this);
    } catch (JsonReadException e) {
      problems.add(e.toProblem());
      while (parser.streamReadContext() != container) {
        if (parser.nextToken() == null) {
          throw e;
        }
      }
      return null;
    }
  }

  private void expectArray(String what) {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw expected(what + " (a JSON array)");
    }
  }

  // ---- scalars

  /** Reads a string. */
  String string(String what) {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw expected(what + " (a JSON string)");
    }
    return parser.getString();
  }

  /** Reads a string that is not blank. */
  String text(String what) {
    String text = string(what);
    if (text.isBlank()) {
      throw fail("blank text", what);
    }
    return text;
  }

  List<String> texts(String what) {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw expected("a list of " + what + " (a JSON array)");
    }
    List<String> values = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      values.add(text(what));
    }
    return values;
  }

  /** Reads an integer between 0 and a billion. */
  int integer(String what) {
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw expected(what + " (a JSON integer)");
    }
    if (parser.getNumberType() != JsonParser.NumberType.INT
        || parser.getIntValue() < 0 || parser.getIntValue() > MAX_INTEGER) {
      throw fail("integer out of range: " + abbreviate(parser.getString()), what + " from 0 to " + MAX_INTEGER);
    }
    return parser.getIntValue();
  }

  Identifier identifier() {
    String text = string("an identifier");
    try {
      return Identifier.of(text);
    } catch (IllegalArgumentException e) {
      throw fail("'" + abbreviate(text) + "' is not an identifier",
          "ASCII letters and digits separated by single - . _ or :, at most 100 characters");
    }
  }

  /**
   * Reads the identifier an entity declares; while a dataset is read, fails if an entity
   * declared it before.
   */
  Identifier declaredIdentifier() {
    Identifier id = identifier();
    if (declared == null) {
      return id;
    }
    Place first = declared.putIfAbsent(id, new Place(parser));
    if (first != null) {
      throw fail("duplicate identifier '" + id + "', first declared at " + first, "an identifier unique in the dataset");
    }
    return id;
  }

  void trackIdentifiers() {
    declared = new HashMap<>();
  }

  List<Identifier> identifiers() {
    return list("a list of identifiers", JsonIn::identifier);
  }

  <E extends Enum<E>> E enumValue(Class<E> type) {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw expected("one of " + names(type) + " (a JSON string)");
    }
    String text = parser.getString();
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw fail("unknown " + type.getSimpleName() + " '" + abbreviate(text) + "'", "one of " + names(type));
    }
  }

  private static String names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  LocalDate date() {
    String text = string("a date (ISO 8601, 2023-05-01)");
    try {
      return parseDate(text);
    } catch (DateTimeParseException e) {
      throw fail("'" + abbreviate(text) + "' is not a date", "an ISO 8601 date such as 2023-05-01");
    }
  }

  /**
   * {@link LocalDate#parse}, with a fast path for a valid {@code yyyy-MM-dd}; anything else,
   * errors included, is left to {@code LocalDate.parse}.
   *
   * @throws DateTimeParseException if {@code text} is not a date
   */
  static LocalDate parseDate(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 1 && month <= 12 && day >= 1
          && day <= Month.of(month).length(Year.isLeap(year))) {
        return LocalDate.of(year, month, day);
      }
    }
    return LocalDate.parse(text);
  }

  YearMonth yearMonth() {
    String text = string("a month (ISO 8601, 1992-04)");
    try {
      return parseYearMonth(text);
    } catch (DateTimeParseException e) {
      throw fail("'" + abbreviate(text) + "' is not a month", "an ISO 8601 year and month such as 1992-04");
    }
  }

  /**
   * {@link YearMonth#parse}, with a fast path for a valid {@code yyyy-MM}; anything else, errors
   * included, is left to {@code YearMonth.parse}.
   *
   * @throws DateTimeParseException if {@code text} is not a month
   */
  static YearMonth parseYearMonth(String text) {
    if (text.length() == 7 && text.charAt(4) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      if (year >= 0 && month >= 1 && month <= 12) {
        return YearMonth.of(year, month);
      }
    }
    return YearMonth.parse(text);
  }

  /** The decimal number of the ASCII digits from {@code from} to {@code to}, or -1 if one is not. */
  static int digits(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  Year year() {
    String text = string("a year (ISO 8601, 2019)");
    if (text.length() != 4) {
      throw fail("'" + abbreviate(text) + "' is not a year", "a year of four digits such as 2019");
    }
    try {
      return Year.parse(text);
    } catch (DateTimeParseException e) {
      throw fail("'" + abbreviate(text) + "' is not a year", "a year of four digits such as 2019");
    }
  }

  URI uri() {
    String text = string("a URL");
    try {
      return new URI(text);
    } catch (java.net.URISyntaxException e) {
      throw fail("'" + abbreviate(text) + "' is not a URL", "an absolute URL such as https://example.org/");
    }
  }

  // ---- errors

  /** An error at the current token: {@code problem}, and what was expected. */
  JsonReadException fail(String problem, String expected) {
    return new JsonReadException(null, path(), parser.currentTokenLocation(), problem, expected, null);
  }

  /** An error at the current token, which is not what was expected. */
  JsonReadException expected(String expected) {
    return fail("unexpected " + describe(parser), expected);
  }

  private static String describe(JsonParser parser) {
    JsonToken token = parser.currentToken();
    if (token == null) {
      return "end of input";
    }
    switch (token) {
      case START_OBJECT:
        return "object";
      case START_ARRAY:
        return "array";
      case VALUE_STRING:
        return "string \"" + abbreviate(parser.getString()) + "\"";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "number " + abbreviate(parser.getString());
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "boolean";
      default:
        return token.asString() == null ? token.name() : token.asString();
    }
  }

  static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "…";
  }

  String path() {
    return JsonIn.path(parser.streamReadContext());
  }

  /**
   * The JSON path of the value the context is on: {@code $.parks[3].areas.approved.unit}. Names
   * that are not simple words are quoted: {@code $['a b']}.
   */
  static String path(TokenStreamContext context) {
    return render(segments(context));
  }

  /** The names (strings) and indices (integers) of the contexts from the root to {@code context}. */
  private static Object[] segments(TokenStreamContext context) {
    int depth = 0;
    for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      depth++;
    }
    Object[] segments = new Object[depth];
    for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      depth--;
      if (c.inObject()) {
        segments[depth] = c.currentName();
      } else if (c.inArray() && c.hasCurrentIndex()) {
        segments[depth] = c.getCurrentIndex();
      }
    }
    return segments;
  }

  private static String render(Object[] segments) {
    StringBuilder path = new StringBuilder("$");
    for (Object segment : segments) {
      if (segment instanceof Integer) {
        path.append('[').append(segment).append(']');
      } else if (segment != null) {
        String name = (String) segment;
        if (isWord(name)) {
          path.append('.').append(name);
        } else {
          path.append("['").append(abbreviate(name).replace("'", "\\'")).append("']");
        }
      }
    }
    return path.toString();
  }

  /** Whether {@code name} matches {@code [A-Za-z_][A-Za-z0-9_]*}. */
  private static boolean isWord(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_';
      if (!letter && (i == 0 || c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where an identifier was declared: the names and indices of the enclosing contexts and the
   * position, taken cheaply when it is read; the JSON path is only made when a duplicate needs it.
   */
  private static final class Place {
    private final Object[] segments;
    private final TokenStreamLocation location;

    Place(JsonParser parser) {
      segments = segments(parser.streamReadContext());
      location = parser.currentTokenLocation();
    }

    @Override
    public String toString() {
      return render(segments) + location(location);
    }
  }

  private static String location(TokenStreamLocation location) {
    return location.getLineNr() > 0
        ? " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")" : "";
  }

  /**
   * Turns an exception of Jackson's own (a syntax error, a limit exceeded) into a {@link
   * JsonReadException} at the parser's position.
   */
  static JsonReadException translate(JacksonException e, JsonParser parser) {
    if (e instanceof JsonReadException) {
      return (JsonReadException) e;
    }
    String message = String.valueOf(e.getOriginalMessage());
    int newline = message.indexOf('\n');
    String problem = newline >= 0 ? message.substring(0, newline) : message;
    String expected = e instanceof StreamConstraintsException
        ? "input within the reader's limits (see ParkDataJson)" : null;
    if (parser != null && parser.isClosed() && parser.currentToken() == null) {
      expected = expected == null ? "a complete JSON document" : expected;
    }
    TokenStreamLocation location = e.getLocation() != null ? e.getLocation()
        : parser == null ? null : parser.currentLocation();
    String path = parser == null ? "$" : path(parser.streamReadContext());
    return new JsonReadException(null, path, location, problem, expected, e);
  }
}
