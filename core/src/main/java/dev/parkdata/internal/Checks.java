package dev.parkdata.internal;

import dev.parkdata.metric.Metric;
import dev.parkdata.model.Identifier;
import dev.parkdata.model.ModelConstraintException;
import dev.parkdata.observation.Observation;
import dev.parkdata.unit.Dimension;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Structural checks shared by the {@code @Value.Check} methods of the model types. Each failure
 * is a {@link ModelConstraintException} naming the type and the attribute. Not API.
 */
public final class Checks {
  private Checks() {}

  /** Fails unless {@code condition}; the message is formatted like Guava's preconditions. */
  public static void check(
      boolean condition, String type, String attribute, String message, Object... args) {
    if (!condition) {
      throw new ModelConstraintException(type, attribute, String.format(message, args));
    }
  }

  /**
   * Whether {@code text} is lower-case ASCII words joined by {@code -}: {@code
   * [a-z][a-z0-9]*(-[a-z0-9]+)*}, as indicator codes are. Checked by hand: these codes are
   * checked while the catalogue first loads, where compiling a regular expression is costly.
   */
  public static boolean isWordCode(String text) {
    return isWordCode(text, 0, text.length());
  }

  /**
   * Whether {@code text} is one or more {@linkplain #isWordCode word codes} joined by {@code .}:
   * {@code [a-z][a-z0-9]*(-[a-z0-9]+)*(\.[a-z][a-z0-9]*(-[a-z0-9]+)*)*}, as violation codes are.
   */
  public static boolean isDottedWordCode(String text) {
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '.') {
        if (!isWordCode(text, start, i)) {
          return false;
        }
        start = i + 1;
      }
    }
    return true;
  }

  private static boolean isWordCode(String text, int from, int to) {
    if (from >= to || !isLowerLetter(text.charAt(from))) {
      return false;
    }
    boolean afterHyphen = false;
    for (int i = from + 1; i < to; i++) {
      char c = text.charAt(i);
      if (c == '-') {
        if (afterHyphen) {
          return false;
        }
        afterHyphen = true;
      } else if (isLowerLetter(c) || (c >= '0' && c <= '9')) {
        afterHyphen = false;
      } else {
        return false;
      }
    }
    return !afterHyphen;
  }

  private static boolean isLowerLetter(char c) {
    return c >= 'a' && c <= 'z';
  }

  /** Fails if {@code value} is blank. */
  public static void notBlank(String value, String type, String attribute) {
    check(!value.isBlank(), type, attribute, "must not be blank");
  }

  /** Fails if any element of {@code values} is blank, naming its index. */
  public static void noneBlank(List<String> values, String type, String attribute) {
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i).isBlank()) {
        blankAt(values, i, type, attribute);
      }
    }
  }

  private static void blankAt(List<String> values, int index, String type, String attribute) {
    notBlank(values.get(index), type, attribute + "[" + index + "]");
  }

  /** Fails if {@code metric} is negative (for a range: if its minimum is). */
  public static void nonNegative(Metric metric, String type, String attribute) {
    if (metric.value().signum() < 0) {
      check(false, type, attribute, "must not be negative, got %s", metric);
    }
  }

  /** Fails unless {@code metric}'s dimension is of {@code kind}. */
  public static void dimension(Metric metric, Dimension.Kind kind, String type, String attribute) {
    if (metric.dimension().kind() == kind) {
      return;
    }
    check(
        false,
        type,
        attribute,
        "must be %s (%s), got %s in %s",
        kind.key(),
        kind.chineseName(),
        metric,
        metric.dimension());
  }

  /** Fails if two elements of {@code values} share a key, naming the second one's index. */
  public static <T, K> void uniqueKeys(
      List<T> values, Function<? super T, K> key, String type, String attribute) {
    if (values.size() < 2) {
      return;
    }
    Set<K> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      K k = key.apply(values.get(i));
      if (!seen.add(k)) {
        check(false, type, attribute + "[" + i + "]", "duplicate %s", k);
      }
    }
  }

  /** Fails if an observation held by the entity {@code id} is about another subject. */
  public static void observationsAbout(Identifier id, List<Observation> observations, String type) {
    for (int i = 0; i < observations.size(); i++) {
      Identifier subject = observations.get(i).subject();
      if (!subject.equals(id)) {
        notAbout(id, i, subject, type);
      }
    }
  }

  // Failures are built in methods of their own: C1 compiles a check whole, and the catalogue's
  // cold load runs these once a zone, so a message inline would cost it compile time.
  private static void notAbout(Identifier id, int index, Identifier subject, String type) {
    check(false, type, "observations[" + index + "].subject", "%s is not the id of the %s holding it, %s",
        subject, type, id);
  }
}
