package dev.parkdata.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * The primitive draws every generator of this package is built from. Each draws one number from
 * the {@link RandomnessSource} within a constraint from 0 to n, whose shrink target is 0, and
 * maps it so that 0 is the simplest value: the lowest number, the first element, an absent
 * option, an empty list. QuickTheories shrinks a counter-example by shrinking these numbers, so
 * a failing park shrinks towards a small, plain one.
 *
 * <p>Every constraint includes 0, which lets {@link RandomGeneratorSource} find its bounds cheaply,
 * and the common ones are built once.
 */
final class Draws {
  private Draws() {}

  /**
   * The constraints from 0 to n for n up to 10,000, built when first used. Constraints are
   * immutable (final fields), so a race builds one twice at worst.
   */
  private static final Constraint[] UP_TO = new Constraint[10_001];

  /** The constraint from 0 to {@code n}, shrinking to 0; the same instance each time. */
  static Constraint upTo(long n) {
    if (n >= UP_TO.length) {
      return Constraint.between(0, n);
    }
    Constraint c = UP_TO[(int) n];
    if (c == null) {
      c = Constraint.between(0, n);
      UP_TO[(int) n] = c;
    }
    return c;
  }

  /** A number from 0 to {@code n}. */
  static int upTo(RandomnessSource in, int n) {
    return (int) in.next(upTo((long) n));
  }

  /** A number from {@code lo} to {@code hi}, shrinking to {@code lo}. */
  static int between(RandomnessSource in, int lo, int hi) {
    return lo + upTo(in, hi - lo);
  }

  /** True with {@code percent} per cent probability; shrinks to false. */
  static boolean chance(RandomnessSource in, int percent) {
    return upTo(in, 99) >= 100 - percent;
  }

  /** One of {@code values}, shrinking to the first. */
  static <T> T pick(RandomnessSource in, List<T> values) {
    return values.get(upTo(in, values.size() - 1));
  }

  /** One of {@code values}, shrinking to the first. */
  static <T> T pick(RandomnessSource in, T[] values) {
    return values[upTo(in, values.length - 1)];
  }

  /** A value of {@code gen} with {@code percent} per cent probability, else empty. */
  static <T> Optional<T> optional(RandomnessSource in, int percent, Gen<T> gen) {
    return chance(in, percent) ? Optional.of(gen.generate(in)) : Optional.empty();
  }

  /** One of {@code values} with {@code percent} per cent probability, else empty. */
  static <T> Optional<T> optional(RandomnessSource in, int percent, List<T> values) {
    return chance(in, percent) ? Optional.of(pick(in, values)) : Optional.empty();
  }

  /** Up to {@code max} values of {@code gen}. */
  static <T> List<T> list(RandomnessSource in, int max, Gen<T> gen) {
    int size = upTo(in, max);
    if (size == 0) {
      return List.of();
    }
    List<T> result = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      result.add(gen.generate(in));
    }
    return result;
  }

  /** Up to {@code max} distinct values of {@code gen}: duplicates drawn are left out. */
  static <T> List<T> distinct(RandomnessSource in, int max, Gen<T> gen) {
    return distinct(in, max, gen, Function.identity());
  }

  /** Up to {@code max} values of {@code gen} with distinct keys: later duplicates are left out. */
  static <T, K> List<T> distinct(RandomnessSource in, int max, Gen<T> gen, Function<T, K> key) {
    int size = upTo(in, max);
    if (size == 0) {
      return List.of();
    }
    List<T> result = new ArrayList<>(size);
    List<K> keys = new ArrayList<>(size); // short: a linear search beats hashing
    for (int i = 0; i < size; i++) {
      T value = gen.generate(in);
      K k = key.apply(value);
      if (!keys.contains(k)) {
        keys.add(k);
        result.add(value);
      }
    }
    return result;
  }

  /** A string of {@code min} to {@code max} characters of {@code alphabet}. */
  static String chars(RandomnessSource in, String alphabet, int min, int max) {
    int length = between(in, min, max);
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append(alphabet.charAt(upTo(in, alphabet.length() - 1)));
    }
    return s.toString();
  }
}
