package dev.parkdata.catalog;

import com.google.common.collect.ImmutableList;
import dev.parkdata.park.Park;
import java.util.List;
import java.util.Optional;

/**
 * The answer of {@link ParkNameResolver} for one written name: the zone it names, or none, or
 * ambiguous with the candidates ranked best first, each with how it matched and why.
 *
 * <p>Instances are immutable.
 */
public final class ParkNameResolution {
  /** Whether a name named one zone, several equally well, or none. */
  public enum Status {
    /** One zone matched best. */
    RESOLVED,
    /** Several zones matched equally well: see {@link #candidates()}. */
    AMBIGUOUS,
    /** No catalogue zone matched. */
    NONE
  }

  private final String input;
  private final ImmutableList<Candidate> candidates;
  private final boolean resolved;

  ParkNameResolution(String input, ImmutableList<Candidate> candidates, boolean resolved) {
    this.input = input;
    this.candidates = candidates;
    this.resolved = resolved && !candidates.isEmpty();
  }

  /** The name as written. */
  public String input() {
    return input;
  }

  /** RESOLVED, AMBIGUOUS or NONE. */
  public Status status() {
    return resolved ? Status.RESOLVED : candidates.isEmpty() ? Status.NONE : Status.AMBIGUOUS;
  }

  /** The zone the name resolved to; empty unless {@link Status#RESOLVED}. */
  public Optional<Park> park() {
    return resolved ? Optional.of(candidates.get(0).park()) : Optional.empty();
  }

  /** How the resolved zone matched; empty unless {@link Status#RESOLVED}. */
  public Optional<ParkNameResolver.Match> match() {
    return resolved ? Optional.of(candidates.get(0).match()) : Optional.empty();
  }

  /** Every zone the name matched, best first; the first is the answer when resolved. */
  public List<Candidate> candidates() {
    return candidates;
  }

  /** {@code 株洲高新区 → G432034 株洲高新技术产业开发区 (SHORT_FORM)}, or the status and candidates. */
  @Override
  public String toString() {
    if (resolved) {
      return input + " → " + candidates.get(0);
    }
    return input + " → " + status() + (candidates.isEmpty() ? "" : " " + candidates);
  }

  /** A zone a name matched, how, and why. */
  public static final class Candidate {
    private final Park park;
    private final ParkNameResolver.Match match;
    private final int score;
    private final String why;

    Candidate(Park park, ParkNameResolver.Match match, int score, String why) {
      this.park = park;
      this.match = match;
      this.score = score;
      this.why = why;
    }

    /** The zone. */
    public Park park() {
      return park;
    }

    /** How it matched. */
    public ParkNameResolver.Match match() {
      return match;
    }

    /** The rank: higher is better; equal scores at the top make a name ambiguous. */
    public int score() {
      return score;
    }

    /** Why it matched: {@code short form 株洲高新区 of 株洲高新技术产业开发区}. */
    public String why() {
      return why;
    }

    /** {@code G432034 株洲高新技术产业开发区 (SHORT_FORM)}. */
    @Override
    public String toString() {
      return park.id() + " " + park.names().official() + " (" + match + ")";
    }
  }
}
