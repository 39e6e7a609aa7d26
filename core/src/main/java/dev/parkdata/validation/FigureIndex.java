package dev.parkdata.validation;

import dev.parkdata.industry.Industry;
import dev.parkdata.model.Identifier;
import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import java.util.Optional;

/**
 * The observations of a run grouped by the figure they state (equal subject, indicator, period
 * and industry), over the numbers of {@link HeldValues}: each group is a chain of numbers in
 * increasing order, found from its figure by open addressing. Built in linear time with a few
 * arrays of integers and no object per observation. Confined to the thread of one run.
 */
final class FigureIndex {
  private static final int NONE = -1;

  private final HeldValues<Observation> observations;
  /** The next number of the same figure, or {@link #NONE}. */
  private final int[] next;
  /** For the first number of a figure, its last; {@link #NONE} for the others. */
  private final int[] last;
  /** The hash of each number's figure. */
  private final int[] hashes;
  /** The first number of a figure plus one, at the slot of its hash; 0 for an empty slot. */
  private final int[] table;
  private final int shift;

  FigureIndex(HeldValues<Observation> observations) {
    this.observations = observations;
    int n = observations.size();
    next = new int[n];
    last = new int[n];
    hashes = new int[n];
    // a table at least twice n, and larger than n for any n below 2^30, so probing ends
    int bits = Math.min(30, Math.max(4, 33 - Integer.numberOfLeadingZeros(n)));
    table = new int[1 << bits];
    shift = 32 - bits;
    for (int k = 0; k < n; k++) {
      Observation o = observations.get(k);
      int h = hash(o.subject(), o.indicator(), o.period(), o.industry());
      hashes[k] = h;
      next[k] = NONE;
      int slot = h >>> shift;
      while (true) {
        int first = table[slot] - 1;
        if (first < 0) {
          table[slot] = k + 1;
          last[k] = k;
          break;
        }
        if (hashes[first] == h && sameFigure(observations.get(first), o)) {
          next[last[first]] = k;
          last[first] = k;
          last[k] = NONE;
          break;
        }
        slot = (slot + 1) & (table.length - 1);
      }
    }
  }

  /** The observations, by number. */
  HeldValues<Observation> observations() {
    return observations;
  }

  /** Whether {@code k} is the first number of its figure. */
  boolean isFirst(int k) {
    return last[k] != NONE;
  }

  /** Whether {@code k} is the first number of a figure stated more than once. */
  boolean isFirstOfSeveral(int k) {
    return last[k] != NONE && next[k] != NONE;
  }

  /** The next number of the figure of {@code k}, or a negative number after its last. */
  int next(int k) {
    return next[k];
  }

  /**
   * The first number of the figure (subject, indicator, period, industry), or a negative number
   * when no observation states it.
   */
  int first(Identifier subject, Indicator indicator, Period period, Optional<Industry> industry) {
    int h = hash(subject, indicator, period, industry);
    int slot = h >>> shift;
    while (true) {
      int first = table[slot] - 1;
      if (first < 0) {
        return NONE;
      }
      Observation o = observations.get(first);
      if (hashes[first] == h
          && o.subject().equals(subject)
          && o.indicator().equals(indicator)
          && o.period().equals(period)
          && o.industry().equals(industry)) {
        return first;
      }
      slot = (slot + 1) & (table.length - 1);
    }
  }

  private static boolean sameFigure(Observation a, Observation b) {
    return a.subject().equals(b.subject())
        && a.indicator().equals(b.indicator())
        && a.period().equals(b.period())
        && a.industry().equals(b.industry());
  }

  /** A well-spread hash of a figure; an indicator hashes by its code, which identifies it. */
  private static int hash(
      Identifier subject, Indicator indicator, Period period, Optional<Industry> industry) {
    int h =
        ((subject.hashCode() * 31 + indicator.code().hashCode()) * 31 + period.hashCode()) * 31
            + industry.hashCode();
    return h * 0x9E3779B9;
  }
}
