package dev.parkdata.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Values held in lists across a dataset (the observations of each park, then of each cluster…),
 * numbered from 0 in that order. The {@link Path} of a value is built only when asked for, from
 * the path of its list and its position there: rules keep a number, the cheap "where" of a value,
 * and build its path only to report it. Confined to the thread of one validation run.
 *
 * @param <T> the type of the values
 */
final class HeldValues<T> {
  private final Object[] values;
  private final Path[] lists;
  private final int[] starts;

  private HeldValues(Object[] values, Path[] lists, int[] starts) {
    this.values = values;
    this.lists = lists;
    this.starts = starts;
  }

  /** A builder collecting lists in order. */
  static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** The number of values. */
  int size() {
    return values.length;
  }

  /** The value numbered {@code n}. */
  @SuppressWarnings("unchecked") // only values of type T are added
  T get(int n) {
    return (T) values[n];
  }

  /** The path of the value numbered {@code n}: {@code parks[G112001].observations[3]}. */
  Path path(int n) {
    int list = Arrays.binarySearch(starts, n);
    if (list < 0) {
      list = -list - 2;
    }
    return lists[list].index(n - starts[list]);
  }

  /** Every value with its path, in order. */
  List<Located<T>> located() {
    List<Located<T>> all = new ArrayList<>(values.length);
    for (int list = 0; list < lists.length; list++) {
      int end = list + 1 < starts.length ? starts[list + 1] : values.length;
      for (int n = starts[list]; n < end; n++) {
        all.add(Located.of(get(n), lists[list].index(n - starts[list])));
      }
    }
    return all;
  }

  /** Collects the lists of values with their paths. */
  static final class Builder<T> {
    private final List<Path> paths = new ArrayList<>();
    private final List<List<T>> lists = new ArrayList<>();
    private int size;

    private Builder() {}

    /** Adds the values of {@code held}, the list at {@code path}. */
    Builder<T> add(Path path, List<T> held) {
      if (!held.isEmpty()) {
        paths.add(path);
        lists.add(held);
        size += held.size();
      }
      return this;
    }

    HeldValues<T> build() {
      Object[] values = new Object[size];
      int[] starts = new int[lists.size()];
      int n = 0;
      for (int list = 0; list < lists.size(); list++) {
        starts[list] = n;
        for (T value : lists.get(list)) {
          values[n++] = value;
        }
      }
      return new HeldValues<>(values, paths.toArray(new Path[0]), starts);
    }
  }
}
