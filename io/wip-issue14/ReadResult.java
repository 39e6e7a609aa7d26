package dev.parkdata.io;

import static java.util.Objects.requireNonNull;

import dev.parkdata.validation.Severity;
import dev.parkdata.validation.ValidationReport;
import dev.parkdata.validation.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * What a lenient read produced: the value, with any entity that could not be read left out, the
 * {@linkplain JsonProblem problems} found, in the order of the input, and the report of any
 * validation run on it ({@link ParkDataJson#readAndValidate}).
 *
 * <p>{@link #report()} gives it all as one {@link ValidationReport}: each problem becomes a
 * violation with the code {@value #UNREADABLE} (an error) or {@value #UNKNOWN_FIELD} (a warning)
 * at its JSON path ({@code parks[3].areas.approved.unit}: fields and positions, as in the
 * document), followed by the violations of the validation rules.
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

  ReadResult(T value, List<JsonProblem> problems) {
    this(value, problems, ValidationReport.empty());
  }

  private ReadResult(T value, List<JsonProblem> problems, ValidationReport validation) {
    this.value = requireNonNull(value, "value");
    this.problems = List.copyOf(problems);
    this.validation = requireNonNull(validation, "validation");
  }

  /** This result with {@code validation}, the report of validation rules run on the value. */
  ReadResult<T> withValidation(ValidationReport validation) {
    return new ReadResult<>(value, problems, validation);
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
    List<Violation> violations = new ArrayList<>();
    for (JsonProblem problem : problems) {
      boolean error = problem.severity() == JsonProblem.Severity.ERROR;
      String code = problem.kind() == JsonProblem.Kind.LEFT_OUT ? LEFT_OUT
          : problem.kind() == JsonProblem.Kind.UNKNOWN_FIELD ? UNKNOWN_FIELD : UNREADABLE;
      violations.add(Violation.builder()
          .code(code)
          .severity(error ? Severity.ERROR : Severity.WARNING)
          .path(problem.modelPath())
          .chinese((error ? "无法读取，已略去：" : "未知字段，已跳过：") + problem.message())
          .english((error ? "could not be read and was left out: " : "unknown field skipped: ")
              + problem.message())
          .build());
    }
    return ValidationReport.of(violations).merge(validation);
  }

  @Override
  public String toString() {
    return "ReadResult{" + value + ", " + problems.size() + " problems, " + validation.size() + " violations}";
  }
}
