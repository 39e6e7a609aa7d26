package dev.parkdata.observation;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.parkdata.industry.Industry;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * An entity that carries its figures over time: parks, clusters, chains and organisations. The
 * default methods navigate {@link #observations()} by indicator and period.
 */
public interface Observed {

  /** The figures reported about this entity, in the order recorded. */
  List<Observation> observations();

  /** The observations of {@code indicator}, for the whole subject or an industry, in order. */
  default List<Observation> observationsOf(Indicator indicator) {
    checkNotNull(indicator, "indicator");
    return select(o -> o.indicator().equals(indicator));
  }

  /** The observations of {@code indicator} for exactly {@code period}, in order. */
  default List<Observation> observationsOf(Indicator indicator, Period period) {
    checkNotNull(indicator, "indicator");
    checkNotNull(period, "period");
    return select(o -> o.indicator().equals(indicator) && o.period().equals(period));
  }

  /** The observations (of any indicator) whose period lies within {@code period}, in order. */
  default List<Observation> observationsWithin(Period period) {
    checkNotNull(period, "period");
    return select(o -> o.period().isWithin(period));
  }

  /**
   * The most recent observation of {@code indicator} for the subject as a whole (not restricted
   * to an industry): the one with the greatest period in {@link Period}'s order, the last
   * recorded on a tie.
   */
  default Optional<Observation> latest(Indicator indicator) {
    checkNotNull(indicator, "indicator");
    return latest(o -> o.indicator().equals(indicator) && o.industry().isEmpty());
  }

  /** The most recent observation of {@code indicator} restricted to {@code industry}. */
  default Optional<Observation> latest(Indicator indicator, Industry industry) {
    checkNotNull(indicator, "indicator");
    checkNotNull(industry, "industry");
    return latest(
        o -> o.indicator().equals(indicator) && o.industry().equals(Optional.of(industry)));
  }

  private List<Observation> select(Predicate<Observation> filter) {
    return observations().stream().filter(filter).collect(Collectors.toUnmodifiableList());
  }

  private Optional<Observation> latest(Predicate<Observation> filter) {
    // reduce keeps the later of equal periods, so the last recorded wins a tie
    return observations().stream()
        .filter(filter)
        .reduce((a, b) -> a.period().compareTo(b.period()) > 0 ? a : b);
  }
}
