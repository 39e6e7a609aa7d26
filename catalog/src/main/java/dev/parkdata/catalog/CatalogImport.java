package dev.parkdata.catalog;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.parkdata.park.Park;
import java.util.List;
import java.util.Objects;

/**
 * What {@link CatalogImporter} made of a catalogue file: one {@link Park} for every data row, in
 * file order, each with the line it came from, and the {@link CatalogProblem}s found, ordered by
 * line.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CatalogImport {
  private final ImmutableList<Park> parks;
  private final ImmutableList<Integer> lines;
  private final ImmutableList<CatalogProblem> problems;

  private CatalogImport(
      ImmutableList<Park> parks, ImmutableList<Integer> lines, ImmutableList<CatalogProblem> problems) {
    this.parks = parks;
    this.lines = lines;
    this.problems = problems;
  }

  /**
   * Returns an import result.
   *
   * @param parks the parks, one per row
   * @param lines the line of each park's row, in the same order
   * @param problems the problems found
   * @throws IllegalArgumentException if {@code parks} and {@code lines} differ in size
   */
  public static CatalogImport of(List<Park> parks, List<Integer> lines, List<CatalogProblem> problems) {
    checkNotNull(parks, "parks");
    checkNotNull(lines, "lines");
    checkNotNull(problems, "problems");
    checkArgument(
        parks.size() == lines.size(), "%s parks but %s lines", parks.size(), lines.size());
    return new CatalogImport(
        ImmutableList.copyOf(parks),
        ImmutableList.copyOf(lines),
        ImmutableList.sortedCopyOf(problems));
  }

  /** The parks, one for every data row, in file order. */
  public ImmutableList<Park> parks() {
    return parks;
  }

  /** The 1-based line of the row of each of {@link #parks()}, in the same order. */
  public ImmutableList<Integer> lines() {
    return lines;
  }

  /** The problems found, ordered by line, then column. */
  public ImmutableList<CatalogProblem> problems() {
    return problems;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CatalogImport
        && ((CatalogImport) o).parks.equals(parks)
        && ((CatalogImport) o).lines.equals(lines)
        && ((CatalogImport) o).problems.equals(problems);
  }

  @Override
  public int hashCode() {
    return Objects.hash(parks, lines, problems);
  }

  /** {@code CatalogImport{2543 parks, 4 problems}}. */
  @Override
  public String toString() {
    return "CatalogImport{" + parks.size() + " parks, " + problems.size() + " problems}";
  }
}
