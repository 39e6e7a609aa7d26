package dev.parkdata.catalog;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * What a division code written in an old document stands for later: the division it meant
 * then, the divisions in use in the target year that cover its area, and the changes that lead
 * from one to the other. From {@link Divisions#succession(String, int)}.
 *
 * <pre>{@code
 * DivisionSuccession s = Divisions.gbt2260().succession("430221", 2010);
 * s.original();   // 430221 株洲县 (县级, 1981–2018 …)
 * s.changed();    // true
 * s.current();    // [430211 天元区, 430212 渌口区]
 * s.steps();      // [430221 株洲县 → 430211 天元区 (1984), …, 430221 株洲县 → 430212 渌口区 (2018)]
 * }</pre>
 *
 * <p>Instances are immutable.
 */
public final class DivisionSuccession {
  private final Division original;
  private final int targetYear;
  private final ImmutableList<Division> current;
  private final ImmutableList<String> steps;

  DivisionSuccession(Division original, int targetYear, ImmutableList<Division> current, ImmutableList<String> steps) {
    this.original = original;
    this.targetYear = targetYear;
    this.current = current;
    this.steps = steps;
  }

  /** The division the code stood for in the document's year. */
  public Division original() {
    return original;
  }

  /** The year {@link #current()} is as of. */
  public int targetYear() {
    return targetYear;
  }

  /** The divisions in use in the target year that took over the original's area; the original itself if unchanged. */
  public List<Division> current() {
    return current;
  }

  /** Each change followed, oldest first: {@code 430221 株洲县 → 430212 渌口区 (2018)}. */
  public List<String> steps() {
    return steps;
  }

  /** Whether the code no longer stands for the original division in the target year. */
  public boolean changed() {
    return !(current.size() == 1 && current.get(0).equals(original));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DivisionSuccession)) {
      return false;
    }
    DivisionSuccession s = (DivisionSuccession) o;
    return original.equals(s.original) && targetYear == s.targetYear && current.equals(s.current) && steps.equals(s.steps);
  }

  @Override
  public int hashCode() {
    return original.hashCode() * 31 + current.hashCode();
  }

  /** {@code 430221 株洲县 → 430211 天元区, 430212 渌口区 (in 2024)}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(original.code()).append(' ').append(original.name());
    if (!changed()) {
      return text.append(" (unchanged in ").append(targetYear).append(')').toString();
    }
    text.append(" → ");
    for (int i = 0; i < current.size(); i++) {
      text.append(i == 0 ? "" : ", ").append(current.get(i).code()).append(' ').append(current.get(i).name());
    }
    return text.append(" (in ").append(targetYear).append(')').toString();
  }
}
