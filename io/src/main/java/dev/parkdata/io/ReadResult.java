package dev.parkdata.io;

import static java.util.Objects.requireNonNull;

import dev.parkdata.validation.Severity;
import dev.parkdata.validation.ValidationReport;
import dev.parkdata.validation.Violation;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a lenient read produced: the value, with the smallest element that could not be built left
 * out and its parent kept, the {@linkplain JsonProblem problems} found, in the order of the input, and the report of any
 * validation run on it ({@link ParkDataJson#readAndValidate}).
 *
 * <p>{@link #report()} gives it all as one {@link ValidationReport}: each problem becomes a
 * violation with the code {@value #UNREADABLE} (a value that could not be read, an error), {@value
 * #LEFT_OUT} (an element left out as a whole, named: an error) or {@value #UNKNOWN_FIELD} (a
 * warning) at its model path, as validation names it ({@code parks[G321090].subZones[0].kind}),
 * followed by the violations of the validation rules. {@link JsonProblem#jsonPointer()} gives
 * the place in the document.
 *
 * <p>Instances are immutable when the value is.
 *
 * @param <T> the type read
 */
public final class ReadResult<T> {
  /** The code of a violation for an entity that could not be read: {@value}. */
  public static final String UNREADABLE = "json.unreadable";

  /** The code of a violation for an element left out as a whole: {@value}. */
  public static final String LEFT_OUT = "json.left-out";

  /** The code of a violation for an unknown field that was skipped: {@value}. */
  public static final String UNKNOWN_FIELD = "json.unknown-field";


  private final T value;
  private final List<JsonProblem> problems;
  private final ValidationReport validation;
  private final Map<String, String> elementPointers;
  private final ValidationReport report;
  /** The JSON Pointer of each violation made from a problem. */
  private final Map<Violation, String> problemPointers = new IdentityHashMap<>();

  ReadResult(T value, List<JsonProblem> problems) {
    this(value, problems, Map.of());
  }

  ReadResult(T value, List<JsonProblem> problems, Map<String, String> elementPointers) {
    this(value, problems, ValidationReport.empty(), elementPointers);
  }

  private ReadResult(T value, List<JsonProblem> problems, ValidationReport validation,
      Map<String, String> elementPointers) {
    this.value = requireNonNull(value, "value");
    this.problems = List.copyOf(problems);
    this.validation = requireNonNull(validation, "validation");
    this.elementPointers = Map.copyOf(elementPointers);
    this.report = makeReport();
  }

  /** This result with {@code validation}, the report of validation rules run on the value. */
  ReadResult<T> withValidation(ValidationReport validation) {
    return new ReadResult<>(value, problems, validation, elementPointers);
  }

  /**
   * The JSON Pointer (RFC 6901) into the document read of what {@code violation}, one of {@link
   * #report()}'s, is about: {@code /parks/0/areas/approved}, resolvable in the document, where
   * {@link Violation#path()} keys the park by its identifier. A problem found while reading has
   * the pointer of {@link JsonProblem#jsonPointer()}; a violation of a rule has its park (or other
   * top-level element) found by identifier in the document, the rest of its path as it is. Read
   * from an NDJSON stream, or for an element the document does not hold, the pointer of the path.
   */
  public String jsonPointer(Violation violation) {
    String pointer = problemPointers.get(violation);
    if (pointer != null) {
      return pointer;
    }
    dev.parkdata.validation.Path path = violation.path();
    List<dev.parkdata.validation.Path.Segment> segments = path.segments();
    if (segments.size() >= 2 && segments.get(1).kind() == dev.parkdata.validation.Path.Segment.Kind.KEY) {
      String element = elementPointers.get(segments.get(1).text());
      if (element != null) {
        dev.parkdata.validation.Path rest = dev.parkdata.validation.Path.root();
        for (dev.parkdata.validation.Path.Segment segment : segments.subList(2, segments.size())) {
          rest = rest.append(segment);
        }
        return element + rest.toJsonPointer();
      }
    }
    return path.toJsonPointer();
  }

  /** The value read. */
  public T value() {
    return value;
  }

  /** The problems found while reading, in the order of the input; empty if there were none. */
  public List<JsonProblem> problems() {
    return problems;
  }

  /** Whether any entity was left out: whether a problem is an {@link JsonProblem.Severity#ERROR}. */
  public boolean hasErrors() {
    return problems.stream().anyMatch(p -> p.severity() == JsonProblem.Severity.ERROR);
  }

  /**
   * The problems found while reading as violations, followed by those of any validation run on
   * the value.
   */
  public ValidationReport report() {
    return report;
  }

  private ValidationReport makeReport() {
    List<Violation> violations = new ArrayList<>();
    for (JsonProblem problem : problems) {
      boolean error = problem.severity() == JsonProblem.Severity.ERROR;
      String code;
      String chinese;
      String english;
      switch (problem.kind()) {
        case LEFT_OUT:
          code = LEFT_OUT;
          chinese = "已略去：";
          english = "";
          break;
        case UNKNOWN_FIELD:
          code = UNKNOWN_FIELD;
          chinese = "未知字段，已跳过：";
          english = "unknown field skipped: ";
          break;
        default:
          code = UNREADABLE;
          chinese = "无法读取：";
          english = "could not be read: ";
          break;
      }
      Violation violation = Violation.builder()
          .code(code)
          .severity(error ? Severity.ERROR : Severity.WARNING)
          .path(problem.modelPath())
          .chinese(chinese + problem.message())
          .english(english + problem.message())
          .build();
      problemPointers.put(violation, problem.jsonPointer());
      violations.add(violation);
    }
    return ValidationReport.of(violations).merge(validation);
  }

  @Override
  public String toString() {
    return "ReadResult{" + value + ", " + problems.size() + " problems, " + validation.size() + " violations}";
  }
}
