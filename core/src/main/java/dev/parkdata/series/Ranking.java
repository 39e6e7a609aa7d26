package dev.parkdata.series;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import dev.parkdata.dataset.Dataset;
import dev.parkdata.internal.SerialData;
import dev.parkdata.metric.Metric;
import dev.parkdata.model.Identifier;
import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.park.Park;
import dev.parkdata.unit.IncompatibleUnitsException;
import dev.parkdata.unit.Rational;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Subjects ranked by an indicator in a period, largest first, ordering two figures only where
 * their bounds allow: 3万家 is above 2万余家 (20000 to 30000), but 约2万家 and 2.1万家 cannot be
 * ordered, nor can 2万余家 and 2.5万家, which lies within its bounds. Never a silent guess: each
 * entry has the highest and lowest rank its bounds allow, equal where the order is total.
 *
 * <pre>{@code
 * Ranking r = Ranking.of(dataset, Indicators.ENTERPRISES, Period.year(2023));
 * r.isTotal();                        // whether every two figures are ordered or tied
 * r.entries().get(0).rankText();      // "1", "=2" (tied), "2–4" (cannot be ordered within)
 * Ranking.compare(Metric.parse("约2万家"), Metric.parse("2.1万家")); // UNORDERED
 * }</pre>
 *
 * <p>Instances are immutable.
 */
public final class Ranking implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How one figure stands to another. */
  public enum Order {
    /** Every value its bounds allow is greater than every value the other's allow. */
    ABOVE,
    /** Every value its bounds allow is less than every value the other's allow. */
    BELOW,
    /** Both are the same exact value. */
    TIED,
    /** Their bounds overlap (or one is unbounded): they cannot be ordered. */
    UNORDERED
  }

  private final Indicator indicator;
  private final Period period;
  private final List<Entry> entries;
  private final List<Conflict> conflicts;

  private Ranking(Indicator indicator, Period period, List<Entry> entries, List<Conflict> conflicts) {
    this.indicator = indicator;
    this.period = period;
    this.entries = List.copyOf(entries);
    this.conflicts = List.copyOf(conflicts);
  }

  /**
   * How {@code a} stands to {@code b}, comparing their bounds in the reference unit.
   *
   * @throws IncompatibleUnitsException if they measure different dimensions
   */
  public static Order compare(Metric a, Metric b) {
    checkNotNull(a, "a");
    checkNotNull(b, "b");
    if (!a.unit().isCompatibleWith(b.unit())) {
      throw new IncompatibleUnitsException(a.unit(), b.unit());
    }
    Range<Rational> x = Bounds.reference(a);
    Range<Rational> y = Bounds.reference(b);
    if (above(x, y)) {
      return Order.ABOVE;
    }
    if (above(y, x)) {
      return Order.BELOW;
    }
    boolean singletons = x.hasLowerBound() && x.hasUpperBound() && x.lowerEndpoint().equals(x.upperEndpoint())
        && y.hasLowerBound() && y.hasUpperBound() && y.lowerEndpoint().equals(y.upperEndpoint());
    return singletons && x.equals(y) ? Order.TIED : Order.UNORDERED;
  }

  /** Whether every value of {@code x} exceeds every value of {@code y}. */
  private static boolean above(Range<Rational> x, Range<Rational> y) {
    if (!x.hasLowerBound() || !y.hasUpperBound()) {
      return false;
    }
    int c = x.lowerEndpoint().compareTo(y.upperEndpoint());
    return c > 0 || (c == 0 && (x.lowerBoundType() == BoundType.OPEN || y.upperBoundType() == BoundType.OPEN));
  }

  /**
   * The parks of {@code dataset} (at any depth) ranked by their figure of {@code indicator} for
   * exactly {@code period}, each park's figure chosen by the {@link Series} rule; parks without
   * one are left out.
   *
   * @throws IncompatibleUnitsException if two parks' figures measure different dimensions
   */
  public static Ranking of(Dataset dataset, Indicator indicator, Period period) {
    checkNotNull(dataset, "dataset");
    checkNotNull(indicator, "indicator");
    checkNotNull(period, "period");
    List<Observation> figures = new ArrayList<>();
    List<Conflict> conflicts = new ArrayList<>();
    for (Park park : dataset.allParks()) {
      Series s = Series.of(dataset, park.id(), indicator);
      s.observation(period).ifPresent(figures::add);
      s.conflicts().stream().filter(c -> c.period().equals(period)).forEach(conflicts::add);
    }
    return of(indicator, period, figures, conflicts);
  }

  /**
   * {@code observations} ranked, one per subject (those of other indicators or periods are left
   * out; a subject's duplicates are resolved by the {@link Series} rule).
   */
  public static Ranking of(Indicator indicator, Period period, List<Observation> observations) {
    checkNotNull(indicator, "indicator");
    checkNotNull(period, "period");
    checkNotNull(observations, "observations");
    List<Observation> figures = new ArrayList<>();
    List<Conflict> conflicts = new ArrayList<>();
    observations.stream().map(Observation::subject).distinct().forEach(subject -> {
      Series s = Series.of(subject, indicator, observations);
      s.observation(period).ifPresent(figures::add);
      s.conflicts().stream().filter(c -> c.period().equals(period)).forEach(conflicts::add);
    });
    return of(indicator, period, figures, conflicts);
  }

  private static Ranking of(Indicator indicator, Period period, List<Observation> figures, List<Conflict> conflicts) {
    int n = figures.size();
    List<Entry> entries = new ArrayList<>();
    for (Observation o : figures) {
      int above = 0;
      int below = 0;
      int tied = 0;
      for (Observation other : figures) {
        if (other == o) {
          continue;
        }
        switch (compare(other.metric(), o.metric())) {
          case ABOVE:
            above++;
            break;
          case BELOW:
            below++;
            break;
          case TIED:
            tied++;
            break;
          default:
            break;
        }
      }
      boolean onlyTies = above + below + tied == n - 1;
      entries.add(new Entry(o, above + 1, n - below, tied > 0 && onlyTies));
    }
    entries.sort(Comparator.comparingInt(Entry::highest)
        .thenComparingInt(Entry::lowest)
        .thenComparing(e -> e.subject().value()));
    return new Ranking(indicator, period, entries, conflicts);
  }

  /** The indicator ranked by. */
  public Indicator indicator() {
    return indicator;
  }

  /** The period ranked in. */
  public Period period() {
    return period;
  }

  /**
   * The entries, by highest possible rank, then lowest possible rank, then subject identifier:
   * the order within entries whose ranks overlap says nothing about their figures.
   */
  public List<Entry> entries() {
    return entries;
  }

  /** The subjects' conflicting figures for the period (see {@link Series}). */
  public List<Conflict> conflicts() {
    return conflicts;
  }

  /** Whether every two figures are ordered or tied: each entry's rank is known. */
  public boolean isTotal() {
    return entries.stream().allMatch(e -> e.highest() == e.lowest() || e.isTied());
  }

  /** One subject's place in a ranking. */
  public static final class Entry {
    private final Observation observation;
    private final int highest;
    private final int lowest;
    private final boolean tied;

    Entry(Observation observation, int highest, int lowest, boolean tied) {
      this.observation = observation;
      this.highest = highest;
      this.lowest = lowest;
      this.tied = tied;
    }

    /** The subject. */
    public Identifier subject() {
      return observation.subject();
    }

    /** The figure ranked by. */
    public Observation observation() {
      return observation;
    }

    /** The highest (best, 1 for the largest) rank the bounds allow. */
    public int highest() {
      return highest;
    }

    /** The lowest rank the bounds allow. */
    public int lowest() {
      return lowest;
    }

    /** Whether its rank is shared with exactly equal figures, every other figure ordered. */
    public boolean isTied() {
      return tied;
    }

    /** {@code 1}; {@code =2} when tied; {@code 2–4} when its figure cannot be ordered against some. */
    public String rankText() {
      return tied ? "=" + highest : highest == lowest ? String.valueOf(highest) : highest + "–" + lowest;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Entry && observation.equals(((Entry) o).observation)
          && highest == ((Entry) o).highest && lowest == ((Entry) o).lowest && tied == ((Entry) o).tied;
    }

    @Override
    public int hashCode() {
      return Objects.hash(observation, highest, lowest, tied);
    }

    /** {@code 2–3 G322052 2.1万家}. */
    @Override
    public String toString() {
      return rankText() + " " + subject() + " " + observation.metric();
    }
  }

  /** One entry a line. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(indicator + " " + period + ":");
    entries.forEach(e -> sb.append('\n').append(e));
    return sb.toString();
  }

  /** Serialized as a {@link Ser}, read back through {@link #of(Indicator, Period, List)}. */
  private Object writeReplace() {
    return new Ser(Ser.RANKING, this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw SerialData.delegated();
  }
}
