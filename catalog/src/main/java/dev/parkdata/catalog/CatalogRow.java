package dev.parkdata.catalog;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.Map;

/**
 * One data row of a catalogue CSV, as text, with the line it came from. The importer turns rows
 * into parks; keeping the raw row lets every problem name its line and column.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CatalogRow {
  private static final CatalogColumn[] COLUMNS = CatalogColumn.values();

  private final int line;
  /** The text of each column, by {@link CatalogColumn#ordinal()}; never null, never shared. */
  private final String[] cells;

  private CatalogRow(int line, String[] cells) {
    this.line = line;
    this.cells = cells;
  }

  /**
   * Returns a row.
   *
   * @param line the 1-based line of the file the row starts on (the header is line 1)
   * @param values a value for every {@link CatalogColumn}
   * @throws IllegalArgumentException if {@code line} is not positive or a column has no value
   *     (is absent or null)
   */
  public static CatalogRow of(int line, Map<CatalogColumn, String> values) {
    checkArgument(line >= 1, "line must be positive, got %s", line);
    checkNotNull(values, "values");
    String[] cells = new String[COLUMNS.length];
    for (CatalogColumn column : COLUMNS) {
      String value = values.get(column);
      checkArgument(value != null, "row at line %s lacks column %s", line, column.header());
      cells[column.ordinal()] = value;
    }
    return of(line, cells);
  }

  /** A row of {@code cells}, one per column in {@link CatalogColumn} order; the array is kept. */
  static CatalogRow of(int line, String[] cells) {
    checkArgument(line >= 1, "line must be positive, got %s", line);
    checkArgument(cells.length == COLUMNS.length, "%s cells for %s columns", cells.length, COLUMNS.length);
    for (String cell : cells) {
      checkNotNull(cell, "cell");
    }
    return new CatalogRow(line, cells);
  }

  /** The 1-based line of the file the row starts on. */
  public int line() {
    return line;
  }

  /** The text of {@code column}, stripped of surrounding white space. */
  public String get(CatalogColumn column) {
    return cells[checkNotNull(column, "column").ordinal()];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CatalogRow && ((CatalogRow) o).line == line && Arrays.equals(((CatalogRow) o).cells, cells);
  }

  @Override
  public int hashCode() {
    return 31 * line + Arrays.hashCode(cells);
  }

  /** Returns {@code "line 2: G156020 满洲里中俄互市贸易区"}. */
  @Override
  public String toString() {
    return "line " + line + ": " + get(CatalogColumn.CODE) + " " + get(CatalogColumn.NAME);
  }
}
