package dev.parkdata.examples.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.PriorityQueue;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * The order and length of a listing, as every listing command takes them: {@code --sort KEY}
 * (each command names its keys; {@code KEY:desc} reverses one, several keys are joined by commas,
 * the later ones breaking ties) and {@code --limit N} (the first N rows after sorting). The row
 * order without {@code --sort} is the command's own. Sorting is stable.
 *
 * @param <T> a row
 */
final class Listing<T> {
  /** The {@code --limit} option, shared by every listing as a picocli mixin. */
  static final class Limit {
    @Option(names = "--limit", paramLabel = "N", description = "Show at most N rows (the first N after --sort).")
    Integer limit;

    /** N, or empty for no limit. */
    OptionalInt value() {
      if (limit == null) {
        return OptionalInt.empty();
      }
      if (limit < 1) {
        throw new IllegalArgumentException("--limit must be at least 1, got " + limit);
      }
      return OptionalInt.of(limit);
    }
  }

  private final Map<String, Comparator<T>> keys = new LinkedHashMap<>();

  /** A listing whose rows can be sorted by each of {@code keys} (name → order), in the order given. */
  Listing<T> key(String name, Comparator<T> order) {
    keys.put(name, order);
    return this;
  }

  /**
   * A listing whose rows can be sorted by {@code name} into the order of {@code rows} (the
   * command's own order, so that {@code name:desc} reverses it).
   */
  Listing<T> keyInOrder(String name, List<T> rows) {
    Map<T, Integer> position = new IdentityHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      position.putIfAbsent(rows.get(i), i);
    }
    return key(name, Comparator.comparingInt(position::get));
  }

  /** A listing sorted by a comparable field of its rows. */
  <U extends Comparable<? super U>> Listing<T> key(String name, Function<T, U> field) {
    return key(name, Comparator.comparing(field));
  }

  /** The key names, for help and errors. */
  List<String> keyNames() {
    return List.copyOf(keys.keySet());
  }

  /**
   * The order {@code sort} asks for ({@code area:desc,name}), or null for none.
   *
   * @throws Vocabulary.Unknown for an unknown key, with the keys that exist
   */
  Comparator<T> order(String sort) {
    if (sort == null) {
      return null;
    }
    Vocabulary.Builder<String> names = Vocabulary.of("--sort key", k -> k);
    keys.keySet().forEach(k -> names.add(k, k));
    Vocabulary<String> vocabulary = names.build();
    Comparator<T> order = null;
    for (String part : sort.split(",", -1)) {
      String text = part.strip();
      boolean descending = false;
      int colon = text.lastIndexOf(':');
      if (colon >= 0) {
        String direction = text.substring(colon + 1).strip();
        if (!direction.equalsIgnoreCase("desc") && !direction.equalsIgnoreCase("asc")) {
          throw new Vocabulary.Unknown("--sort " + sort + ": a key is followed by :asc or :desc, not :" + direction);
        }
        descending = direction.equalsIgnoreCase("desc");
        text = text.substring(0, colon);
      }
      Comparator<T> one = keys.get(vocabulary.resolveExactly(text));
      one = descending ? one.reversed() : one;
      order = order == null ? one : order.thenComparing(one);
    }
    return order;
  }

  /** {@code rows} sorted as {@code sort} asks and cut to {@code limit}. */
  List<T> apply(List<T> rows, String sort, Limit limit) {
    Comparator<T> order = order(sort);
    List<T> result = new ArrayList<>(rows);
    if (order != null) {
      result.sort(order);
    }
    int n = limit.value().orElse(result.size());
    return n < result.size() ? result.subList(0, n) : result;
  }

  /**
   * The rows of {@code rows} sorted and cut as {@link #apply}, read once: with a limit and an
   * order, only the {@code limit} first rows are held (a bounded heap); with a limit and no order,
   * reading stops after them; with an order and no limit, every row is held.
   */
  List<T> apply(Iterator<T> rows, String sort, Limit limit) {
    Comparator<T> order = order(sort);
    int n = limit.value().orElse(Integer.MAX_VALUE);
    List<T> result = new ArrayList<>();
    if (order == null || n == Integer.MAX_VALUE) {
      while (rows.hasNext() && (order != null || result.size() < n)) {
        result.add(rows.next());
      }
      if (order != null) {
        result.sort(order);
      }
      return result;
    }
    // The heap's head is the row the listing would drop first: the last in order, latest arrival
    // on ties, so that equal rows keep their arrival order as a stable sort keeps it.
    PriorityQueue<Ranked<T>> kept = new PriorityQueue<>(Comparator.<Ranked<T>, T>comparing(r -> r.row, order)
        .thenComparingLong(r -> r.arrival).reversed());
    long arrival = 0;
    while (rows.hasNext()) {
      kept.add(new Ranked<>(rows.next(), arrival++));
      if (kept.size() > n) {
        kept.poll();
      }
    }
    List<Ranked<T>> ranked = new ArrayList<>(kept);
    ranked.sort(Comparator.<Ranked<T>, T>comparing(r -> r.row, order).thenComparingLong(r -> r.arrival));
    for (Ranked<T> r : ranked) {
      result.add(r.row);
    }
    return result;
  }

  private static final class Ranked<T> {
    final T row;
    final long arrival;

    Ranked(T row, long arrival) {
      this.row = row;
      this.arrival = arrival;
    }
  }
}
