package dev.parkdata.catalog;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.parkdata.park.Park;
import dev.parkdata.validation.ValidationReport;
import java.util.List;
import java.util.Objects;

/**
 * What {@link CatalogImporter} made of a catalogue file: one {@link Park} for every data row, in
 * file order, each with the line it came from, and the {@link ValidationReport} of the faults
 * found in the rows, ordered by line.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CatalogImport {
  // JDK lists: Guava's classes would cost the embedded catalogue's cold first load their loading.
  private final List<Park> parks;
  private final List<Integer> lines;
  private final ValidationReport report;

  private CatalogImport(
      List<Park> parks, List<Integer> lines, ValidationReport report) {
    this.parks = parks;
    this.lines = lines;
    this.report = report;
  }

  /**
   * Returns an import result.
   *
   * @param parks the parks, one per row
   * @param lines the line of each park's row, in the same order
   * @param report the faults found in the rows
   * @throws IllegalArgumentException if {@code parks} and {@code lines} differ in size
   */
  public static CatalogImport of(List<Park> parks, List<Integer> lines, ValidationReport report) {
    checkNotNull(parks, "parks");
    checkNotNull(lines, "lines");
    checkNotNull(report, "report");
    checkArgument(
        parks.size() == lines.size(), "%s parks but %s lines", parks.size(), lines.size());
    return new CatalogImport(
        List.copyOf(parks),
        List.copyOf(lines),
        report);
  }

  /** The parks, one for every data row, in file order. */
  public List<Park> parks() {
    return parks;
  }

  /** The 1-based line of the row of each of {@link #parks()}, in the same order. */
  public List<Integer> lines() {
    return lines;
  }

  /** The faults found in the rows, ordered by line; empty for a faultless file. */
  public ValidationReport report() {
    return report;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CatalogImport
        && ((CatalogImport) o).parks.equals(parks)
        && ((CatalogImport) o).lines.equals(lines)
        && ((CatalogImport) o).report.equals(report);
  }

  @Override
  public int hashCode() {
    return Objects.hash(parks, lines, report);
  }

  /** {@code CatalogImport{2543 parks, ValidationReport{3 violations: 1 error, 0 warnings, 2 info}}}. */
  @Override
  public String toString() {
    return "CatalogImport{" + parks.size() + " parks, " + report + "}";
  }
}
