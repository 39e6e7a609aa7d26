package dev.parkdata.testing;

import dev.parkdata.metric.Metric;
import dev.parkdata.validation.Figure;
import dev.parkdata.validation.Path;
import dev.parkdata.validation.Severity;
import dev.parkdata.validation.ValidationReport;
import dev.parkdata.validation.Violation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Violation}, usually reached from {@link
 * ValidationReportAssert#hasViolation(String)}: then each narrowing method ({@link #at}, {@link
 * #withSeverity}, {@link #withFigure}) keeps the violations of that code that match and fails if
 * none does, naming the ones there are.
 *
 * <pre>{@code
 * assertThat(report)
 *     .hasViolation("count.exceeds-total")
 *     .at("parks[G622052].observations[1]")
 *     .withFigure("part", "120家");
 * }</pre>
 */
public final class ViolationAssert extends AbstractAssert<ViolationAssert, Violation> {
  private final List<Violation> candidates;
  private final String description;
  private final ValidationReport report;

  ViolationAssert(Violation actual) {
    this(actual == null ? List.of() : List.of(actual), actual == null ? "" : actual.code(), null, actual);
  }

  ViolationAssert(List<Violation> candidates, String description, ValidationReport report) {
    this(candidates, description, report, candidates.isEmpty() ? null : candidates.get(0));
  }

  private ViolationAssert(
      List<Violation> candidates, String description, ValidationReport report, Violation actual) {
    super(actual, ViolationAssert.class);
    this.candidates = candidates;
    this.description = description;
    this.report = report;
  }

  /** Verifies that the violation lies at {@code path}, written as {@link Path#toString()} prints it. */
  public ViolationAssert at(String path) {
    return at(Path.parse(path));
  }

  /** Verifies that the violation lies at {@code path}. */
  public ViolationAssert at(Path path) {
    Objects.requireNonNull(path, "path");
    return narrow(v -> v.path().equals(path), "at " + path,
        candidates.stream().map(v -> v.path().toString()).collect(Collectors.joining(", ")));
  }

  /** Verifies that the violation has severity {@code severity}. */
  public ViolationAssert withSeverity(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return narrow(v -> v.severity() == severity, "with severity " + severity,
        candidates.stream().map(v -> v.severity().toString()).collect(Collectors.joining(", ")));
  }

  /**
   * Verifies that the violation names a figure labelled {@code label} that is {@code metric}
   * (the same quantity, whatever the unit), such as {@code withFigure("parent", "119.68平方公里")}.
   */
  public ViolationAssert withFigure(String label, String metric) {
    Metric expected = Metric.parse(metric);
    return narrow(
        v -> figure(v, label).flatMap(Figure::metric).map(m -> m.isSameQuantity(expected)).orElse(false),
        "with figure " + label + " = " + MetricAssert.zh(expected),
        candidates.stream()
            .map(v -> figure(v, label).map(Figure::text).orElse("no " + label))
            .collect(Collectors.joining(", ")));
  }

  /** Verifies that the violation's Chinese message contains {@code text}. */
  public ViolationAssert withChineseMessageContaining(String text) {
    Objects.requireNonNull(text, "text");
    return narrow(v -> v.chinese().contains(text), "whose Chinese message contains " + text,
        candidates.stream().map(Violation::chinese).collect(Collectors.joining(" | ")));
  }

  private static Optional<Figure> figure(Violation v, String label) {
    return v.figures().stream().filter(f -> f.label().equals(label)).findFirst();
  }

  private ViolationAssert narrow(Predicate<Violation> test, String condition, String found) {
    isNotNull();
    List<Violation> kept = candidates.stream().filter(test).collect(Collectors.toList());
    if (kept.isEmpty()) {
      failWithMessage(
          "%nExpecting a violation %s %s%nbut found %s%s",
          description, condition, found, report == null ? "" : String.format(" in:%n%s", report.toText()));
    }
    return new ViolationAssert(kept, description + " " + condition, report);
  }
}
