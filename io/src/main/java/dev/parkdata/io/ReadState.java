package dev.parkdata.io;

import dev.parkdata.model.Identifier;
import dev.parkdata.unit.Unit;
import dev.parkdata.unit.UnitCatalog;
import dev.parkdata.validation.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationContext;

/**
 * The state of one read: the parser and Jackson's context it runs in, the options, the problems
 * found and the identifiers declared. It lives as a per-call attribute of the {@link
 * DeserializationContext}, made on first use from the {@link ReadOptions} the caller set there (or
 * the defaults), so that every deserializer of the module, called by Jackson or by another codec,
 * reads within the same state.
 */
final class ReadState {
  /** The most problems kept in detail; beyond, they are counted, so memory stays bounded. */
  static final int MAX_PROBLEMS = 10_000;
  /** The most distinct unit spellings remembered during one read. */
  private static final int UNIT_CACHE_SIZE = 256;

  JsonParser parser;
  /** The lines before the current parser's input: an NDJSON record is parsed on its own. */
  private int lineOffset;
  /** The bytes before the current parser's input. */
  private long byteOffset;
  final ReadOptions options;
  private final List<JsonProblem> problems = new ArrayList<>();
  private long problemsNotKept;
  /** The index in {@link #problems} of the current NDJSON record's first: pointers start afresh on each line. */
  private int firstProblemOfRecord;
  private final Map<String, Unit> units = new HashMap<>();
  /** The identifiers of the objects being read, innermost last, to name what is left out. */
  private final java.util.ArrayDeque<Identifier> owners = new java.util.ArrayDeque<>();
  private Identifier outermost;
  /**
   * The identifiers declared so far with where (their path and place in the input, put into
   * words only if one is declared again), while a dataset is read; null otherwise.
   */
  private Map<Identifier, Declared> declared;

  /** Where an identifier was declared. */
  private static final class Declared {
    final Path path;
    final TokenStreamLocation location;

    Declared(Path path, TokenStreamLocation location) {
      this.path = path;
      this.location = location;
    }

    @Override
    public String toString() {
      return path + JsonText.location(location);
    }
  }
  /** The JSON Pointers of the top-level elements of a dataset document, by identifier. */
  private final Map<String, String> elementPointers = new HashMap<>();
  private boolean recordPointers;

  ReadState(JsonParser parser, ReadOptions options) {
    this.parser = parser;
    this.options = options;
  }

  /** The state of the read {@code context} runs, made on first use. */
  static ReadState of(JsonParser p, DeserializationContext context) {
    Object state = context.getAttribute(ReadState.class);
    if (state instanceof ReadState && ((ReadState) state).parser == p) {
      return (ReadState) state;
    }
    Object options = context.getAttribute(ReadOptions.class);
    ReadState made = new ReadState(p, options instanceof ReadOptions ? (ReadOptions) options : ReadOptions.DEFAULTS);
    context.setAttribute(ReadState.class, made);
    return made;
  }

  /**
   * Goes on reading with {@code parser}, whose input starts after {@code lineOffset} lines and
   * {@code byteOffset} bytes of the whole input.
   */
  void begin(JsonParser parser, int lineOffset, long byteOffset) {
    this.parser = parser;
    this.lineOffset = lineOffset;
    this.byteOffset = byteOffset;
    this.outermost = null;
  }

  /** Notes that an NDJSON record starts: the problems reported from here on are its own. */
  void startRecord() {
    firstProblemOfRecord = problems.size();
  }

  /** Where the current token starts, counting lines from the start of the whole input. */
  TokenStreamLocation location() {
    return shift(parser.currentTokenLocation());
  }

  /** {@code location} counted from the start of the whole input. */
  TokenStreamLocation shift(TokenStreamLocation location) {
    if (lineOffset == 0 && byteOffset == 0 || location == null || location.getLineNr() < 1) {
      return location;
    }
    long bytes = location.getByteOffset() < 0 ? -1 : location.getByteOffset() + byteOffset;
    return new TokenStreamLocation(location.contentReference(), bytes, location.getCharOffset(),
        location.getLineNr() + lineOffset, location.getColumnNr());
  }

  boolean lenient() {
    return options.lenient;
  }

  // ---- problems

  /** The problems found, with one that counts those not kept, if any. */
  List<JsonProblem> problems() {
    if (problemsNotKept == 0) {
      return problems;
    }
    List<JsonProblem> all = new ArrayList<>(problems);
    all.add(new JsonProblem(JsonProblem.Severity.WARNING, JsonProblem.Kind.UNKNOWN_FIELD, "$", "", Path.root(), -1, -1,
        problemsNotKept + " more problems were found and not kept (at most " + MAX_PROBLEMS + " are)"));
    return all;
  }

  void clearProblems() {
    problems.clear();
    problemsNotKept = 0;
    firstProblemOfRecord = 0;
  }

  void report(JsonProblem problem) {
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(problem);
    } else {
      problemsNotKept++;
    }
  }

  /**
   * Reports that {@code what} at {@code path} was left out because of {@code e}, after the
   * problem itself unless it was reported already; then moves the parser to the end of the value
   * (back in {@code container}).
   */
  void leftOut(JsonReadException e, String what, Path path, TokenStreamContext container) {
    if (!e.reported) {
      report(e.toProblem());
    }
    // what is left out is the container's current element, which may hold the problem deep inside
    String pointer = container == null ? e.jsonPointer() : container.pathAsPointer().toString();
    String jsonPath = container == null ? e.path() : JsonText.path(container);
    forgetLeftOutWithin(pointer);
    report(new JsonProblem(JsonProblem.Severity.ERROR, JsonProblem.Kind.LEFT_OUT, jsonPath, pointer, path,
        e.line(), e.column(), leftOutMessage(e, what, path) + " was left out: " + e.reason()));
    if (container != null) {
      skipTo(container, e);
    }
  }

  /** Reports that {@code name}, a whole record, was left out because of {@code e}. */
  void leftOutAs(JsonReadException e, String name, Path path) {
    if (!e.reported) {
      report(e.toProblem());
    }
    // the whole record, the line's one value, however deep the problem
    forgetLeftOutWithin("");
    report(new JsonProblem(JsonProblem.Severity.ERROR, JsonProblem.Kind.LEFT_OUT, "$", "", path,
        e.line(), e.column(), name + " was left out: " + e.reason()));
  }

  /**
   * Forgets the notes of parts left out of an element that is now left out as a whole, so that
   * the report names what was dropped once, as the whole it was: the problems that caused them
   * stay. The element's problems are the last reported, as it was read last.
   */
  private void forgetLeftOutWithin(String pointer) {
    String inside = pointer + "/";
    for (int i = problems.size() - 1; i >= firstProblemOfRecord; i--) {
      String at = problems.get(i).jsonPointer();
      boolean within = at.startsWith(inside);
      if (!within && !at.equals(pointer)) {
        return;
      }
      if (within && problems.get(i).kind() == JsonProblem.Kind.LEFT_OUT) {
        problems.remove(i);
      }
    }
  }

  /**
   * Names what is left out: {@code "sub-zone sip-1 of G321090"} when its identifier was read,
   * {@code "area parks[p2].areas[approved]"} otherwise.
   */
  private String leftOutMessage(JsonReadException e, String what, Path path) {
    if (e.element == null) {
      return what + " " + path;
    }
    Identifier owner = owner();
    return what + " " + e.element + (owner == null ? "" : " of " + owner);
  }

  /** Moves the parser on until it is back in {@code container}, after a failure {@code e}. */
  void skipTo(TokenStreamContext container, JsonReadException e) {
    while (parser.streamReadContext() != container) {
      if (parser.nextToken() == null) {
        throw e;
      }
    }
  }

  // ---- objects

  /** Checks that the parser is on the start of an object and returns where it starts. */
  TokenStreamLocation startObject(String what, Path path) {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw expected(what + " (a JSON object)", path);
    }
    return location();
  }

  /**
   * Moves to the next field of the current object and onto its value; returns its name, or null
   * at the end of the object. Fields whose value is {@code null} are skipped: null means absent.
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
  void unknownField(String name, String known, Path path) {
    JsonReadException e = new JsonReadException(null, jsonPath(), pointer(), path.field(name),
        location(), "unknown field '" + JsonText.abbreviate(name) + "'",
        "one of the fields " + known, null);
    if (options.unknownFields == UnknownFields.FAIL) {
      throw e;
    }
    parser.skipChildren();
    if (problems.size() < MAX_PROBLEMS) {
      report(e.toProblem(JsonProblem.Severity.WARNING, JsonProblem.Kind.UNKNOWN_FIELD));
    } else {
      problemsNotKept++;
    }
  }

  // ---- identifiers

  /** Notes that the object being read has the identifier {@code id}, until {@link #leave}. */
  void enter(Identifier id) {
    if (owners.isEmpty()) {
      outermost = id;
    }
    owners.addLast(id);
  }

  /** Ends what {@link #enter} began. */
  void leave() {
    owners.pollLast();
  }

  /** The identifier of the outermost object read since {@link #begin}, or null. */
  Identifier outermost() {
    return outermost;
  }

  /** The identifier of the innermost object being read that has one, or null. */
  Identifier owner() {
    return owners.peekLast();
  }

  void trackIdentifiers() {
    declared = new HashMap<>();
  }

  /** Also notes where each top-level element of a dataset document lies, for {@link ReadResult#jsonPointer}. */
  void recordPointers() {
    recordPointers = true;
  }

  Map<String, String> elementPointers() {
    return elementPointers;
  }

  /** Notes that {@code id} is declared here; fails if it was declared before in the dataset. */
  void declare(Identifier id, Path path) {
    if (declared == null) {
      return;
    }
    Declared first = declared.putIfAbsent(id, new Declared(path, location()));
    if (recordPointers && first == null && path.size() == 3) {
      elementPointers.put(id.value(), parser.streamReadContext().pathAsPointer().head().toString());
    }
    if (first != null) {
      throw fail("duplicate identifier '" + id + "', first declared at " + first,
          "an identifier unique in the dataset", path);
    }
  }

  // ---- units

  /** The unit spelled {@code text} in this read's catalogue, remembered for the rest of the read. */
  Unit unit(String text) {
    Unit unit = units.get(text);
    if (unit == null) {
      unit = options.units.parse(text);
      if (units.size() < UNIT_CACHE_SIZE) {
        units.put(text, unit);
      }
    }
    return unit;
  }

  UnitCatalog catalog() {
    return options.units;
  }

  // ---- errors

  /** An error at the current token: {@code problem}, and what was expected. */
  JsonReadException fail(String problem, String expected, Path path) {
    return new JsonReadException(null, jsonPath(), pointer(), path, location(), problem, expected, null);
  }

  /** An error at {@code start}, the beginning of an object. */
  JsonReadException failAt(TokenStreamLocation start, String problem, String expected, Path path, Throwable cause) {
    return new JsonReadException(null, jsonPath(), pointer(), path, start, problem, expected, cause);
  }

  /** An error at the current token, which is not what was expected. */
  JsonReadException expected(String expected, Path path) {
    return fail("unexpected " + JsonText.describe(parser), expected, path);
  }

  String jsonPath() {
    return JsonText.path(parser.streamReadContext());
  }

  String pointer() {
    return parser.streamReadContext().pathAsPointer().toString();
  }
}
