package dev.parkdata.series;

import dev.parkdata.internal.SerialData;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Observations of one indicator of one subject for one period that state different quantities,
 * and which of them a {@link Series} kept. Reported, never dropped silently.
 */
public final class Conflict implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How the observations of a period relate. */
  public enum Kind {
    /**
     * One figure's bounds lie within every other's (2.1万家 and 约2万家; 21000家 and 2万余家): the
     * most precise is kept, and the others do not contradict it.
     */
    REFINED,
    /** The bounds meet but none lies within all the others (2万余家 and 2.5万家以上): the first recorded is kept. */
    OVERLAPPING,
    /** Two figures' bounds do not meet (2万家 and 3万家): they contradict each other; the first recorded is kept. */
    CONTRADICTORY
  }

  private final Period period;
  private final Kind kind;
  private final Observation kept;
  private final List<Observation> observations;

  Conflict(Period period, Kind kind, Observation kept, List<Observation> observations) {
    this.period = period;
    this.kind = kind;
    this.kept = kept;
    this.observations = List.copyOf(observations);
  }

  /** The period. */
  public Period period() {
    return period;
  }

  /** How the figures relate. */
  public Kind kind() {
    return kind;
  }

  /** The observation the series kept. */
  public Observation kept() {
    return kept;
  }

  /** All observations of the period, in the order recorded. */
  public List<Observation> observations() {
    return observations;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Conflict)) {
      return false;
    }
    Conflict c = (Conflict) o;
    return period.equals(c.period) && kind == c.kind && kept.equals(c.kept) && observations.equals(c.observations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(period, kind, kept, observations);
  }

  /** {@code 2022 REFINED: 2.1万家 kept of [约2万家, 2.1万家]}. */
  @Override
  public String toString() {
    return period + " " + kind + ": " + kept.metric() + " kept of "
        + observations.stream().map(o -> o.metric().toString()).collect(Collectors.joining(", ", "[", "]"));
  }

  /** Serialized as a {@link Ser}, read back through the {@link Series} rule. */
  private Object writeReplace() {
    return new Ser(Ser.CONFLICT, this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw SerialData.delegated();
  }
}
