package dev.parkdata.io;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What a lenient read produced: the value, with any entity that could not be read left out, and
 * the {@linkplain JsonProblem problems} found, in the order of the input.
 *
 * <p>Instances are immutable when the value is.
 *
 * @param <T> the type read
 */
public final class ReadResult<T> {
  private final T value;
  private final List<JsonProblem> problems;

  ReadResult(T value, List<JsonProblem> problems) {
    this.value = requireNonNull(value, "value");
    this.problems = List.copyOf(problems);
  }

  /** The value read. */
  public T value() {
    return value;
  }

  /** The problems found, in the order of the input; empty if there were none. */
  public List<JsonProblem> problems() {
    return problems;
  }

  /** Whether any entity was left out: whether a problem is an {@link JsonProblem.Severity#ERROR}. */
  public boolean hasErrors() {
    return problems.stream().anyMatch(p -> p.severity() == JsonProblem.Severity.ERROR);
  }

  @Override
  public String toString() {
    return "ReadResult{" + value + ", " + problems.size() + " problems}";
  }
}
