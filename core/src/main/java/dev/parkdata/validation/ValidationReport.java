package dev.parkdata.validation;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.parkdata.internal.SerialData;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The violations found in some data, in a stable order: a value, immutable and thread-safe. A
 * report can be filtered by {@linkplain #atLeast severity}, {@linkplain #under path} or
 * {@linkplain #withCode code}, grouped {@linkplain #byRule() by rule}, {@linkplain #merge merged}
 * with another and {@linkplain #toText() rendered} for people.
 *
 * <pre>{@code
 * ValidationReport report = Validator.standard().validate(dataset);
 * if (report.hasErrors()) {
 *   throw new IllegalStateException("dataset has errors:\n" + report.toText());
 * }
 * report.under(Path.parse("parks[G112001]")).atLeast(Severity.WARNING);
 * ValidationReport all = report.merge(ValidationReport.of(importerViolations));
 * }</pre>
 */
public final class ValidationReport implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final ValidationReport EMPTY = new ValidationReport(List.of());

  /** A JDK list, not Guava's, whose classes a cold load of the catalogue would pay to load. */
  private final List<Violation> violations;

  private ValidationReport(List<Violation> violations) {
    this.violations = violations;
  }

  /** The report of no violations. */
  public static ValidationReport empty() {
    return EMPTY;
  }

  /** The report of {@code violations}, in their order, found by rules or otherwise. */
  public static ValidationReport of(Iterable<Violation> violations) {
    checkNotNull(violations, "violations");
    List<Violation> list;
    if (violations instanceof Collection) {
      list = List.copyOf((Collection<Violation>) violations);
    } else {
      List<Violation> copy = new ArrayList<>();
      for (Violation v : violations) {
        copy.add(v);
      }
      list = List.copyOf(copy);
    }
    return list.isEmpty() ? EMPTY : new ValidationReport(list);
  }

  /** The violations, in the order they were found. */
  public List<Violation> violations() {
    return violations;
  }

  /** Whether there are no violations. */
  public boolean isEmpty() {
    return violations.isEmpty();
  }

  /** The number of violations. */
  public int size() {
    return violations.size();
  }

  /** Whether any violation is an {@linkplain Severity#ERROR error}. */
  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /** The number of violations of {@code severity}. */
  public int count(Severity severity) {
    checkNotNull(severity, "severity");
    int n = 0;
    for (Violation v : violations) {
      if (v.severity() == severity) {
        n++;
      }
    }
    return n;
  }

  /** The worst severity found; empty when there are no violations. */
  public Optional<Severity> worstSeverity() {
    return violations.stream().map(Violation::severity).min(Enum::compareTo);
  }

  /** The violations of exactly {@code severity}. */
  public ValidationReport withSeverity(Severity severity) {
    checkNotNull(severity, "severity");
    return filter(v -> v.severity() == severity);
  }

  /** The violations at least as bad as {@code severity}: {@code atLeast(WARNING)} drops INFO. */
  public ValidationReport atLeast(Severity severity) {
    checkNotNull(severity, "severity");
    return filter(v -> v.severity().isAtLeast(severity));
  }

  /** The violations at {@code prefix} or below it. */
  public ValidationReport under(Path prefix) {
    checkNotNull(prefix, "prefix");
    return filter(v -> v.path().startsWith(prefix));
  }

  /**
   * The violations whose code {@code pattern} selects (see {@link Violation#hasCode(String)}):
   * {@code withCode("area")} keeps every area rule's violations.
   */
  public ValidationReport withCode(String pattern) {
    checkNotNull(pattern, "pattern");
    return filter(v -> v.hasCode(pattern));
  }

  /** The violations {@code predicate} accepts, in order. */
  public ValidationReport filter(Predicate<? super Violation> predicate) {
    checkNotNull(predicate, "predicate");
    List<Violation> kept = new ArrayList<>();
    for (Violation v : violations) {
      if (predicate.test(v)) {
        kept.add(v);
      }
    }
    return of(kept);
  }

  /** This report's violations followed by {@code other}'s. */
  public ValidationReport merge(ValidationReport other) {
    checkNotNull(other, "other");
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    List<Violation> both = new ArrayList<>(violations.size() + other.violations.size());
    both.addAll(violations);
    both.addAll(other.violations);
    return new ValidationReport(List.copyOf(both));
  }

  /** The violations by rule code, codes in order of first appearance, each list in order. */
  public Map<String, List<Violation>> byRule() {
    Map<String, List<Violation>> byRule = new LinkedHashMap<>();
    for (Violation v : violations) {
      byRule.computeIfAbsent(v.code(), code -> new ArrayList<>()).add(v);
    }
    byRule.replaceAll((code, list) -> List.copyOf(list));
    return Collections.unmodifiableMap(byRule);
  }

  /**
   * The report for people, one block per rule with each violation's path and both messages:
   *
   * <pre>
   * 1 violation: 1 error, 0 warnings, 0 info
   *
   * ERROR area.subzones-exceed-parent (1)
   *   parks[G112001].areas[approved]
   *     各子园区核准面积之和120平方公里超过园区的119.68平方公里
   *     the approved areas of the sub-zones sum to 120平方公里, more than the park's 119.68平方公里
   * </pre>
   *
   * <p>{@code "No violations.\n"} when empty. Lines end with {@code \n}.
   */
  public String toText() {
    StringBuilder out = new StringBuilder();
    if (isEmpty()) {
      return "No violations.\n";
    }
    out.append(summary()).append('\n');
    byRule()
        .forEach(
            (code, list) -> {
              out.append('\n');
              Violation first = list.iterator().next();
              out.append(first.severity()).append(' ').append(code);
              out.append(" (").append(list.size()).append(")\n");
              for (Violation v : list) {
                if (v.severity() != first.severity()) {
                  out.append("  ").append(v.severity()).append('\n');
                }
                out.append("  ").append(v.path().isRoot() ? "(root)" : v.path()).append('\n');
                out.append("    ").append(v.chinese()).append('\n');
                out.append("    ").append(v.english()).append('\n');
              }
            });
    return out.toString();
  }

  /** {@code 3 violations: 2 errors, 1 warning, 0 info}. */
  private String summary() {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, count(s));
    }
    return plural(size(), "violation")
        + ": "
        + plural(counts.get(Severity.ERROR), "error")
        + ", "
        + plural(counts.get(Severity.WARNING), "warning")
        + ", "
        + counts.get(Severity.INFO)
        + " info";
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** Whether {@code o} is a report of equal violations in the same order. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ValidationReport && ((ValidationReport) o).violations.equals(violations);
  }

  @Override
  public int hashCode() {
    return violations.hashCode();
  }

  /** {@code ValidationReport{3 violations: 2 errors, 1 warning, 0 info}}. */
  @Override
  public String toString() {
    return "ValidationReport{" + summary() + "}";
  }

  /** Serialized as a {@link Ser}, read back through {@link #of}. */
  private Object writeReplace() {
    return new Ser(Ser.REPORT, this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw SerialData.delegated();
  }
}
