package dev.parkdata.catalog;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;

/**
 * One data row of a catalogue CSV, as text, with the line it came from. The importer turns rows
 * into parks; keeping the raw row lets every problem name its line and column.
 */
public final class CatalogRow {
  private final int line;
  private final ImmutableMap<CatalogColumn, String> values;

  private CatalogRow(int line, ImmutableMap<CatalogColumn, String> values) {
    this.line = line;
    this.values = values;
  }

  /**
   * Returns a row.
   *
   * @param line the 1-based line of the file the row starts on (the header is line 1)
   * @param values a value for every {@link CatalogColumn}
   */
  public static CatalogRow of(int line, Map<CatalogColumn, String> values) {
    checkArgument(line >= 1, "line must be positive, got %s", line);
    checkNotNull(values, "values");
    for (CatalogColumn column : CatalogColumn.values()) {
      checkArgument(values.containsKey(column), "row at line %s lacks column %s", line, column.header());
    }
    return new CatalogRow(line, ImmutableMap.copyOf(values));
  }

  /** The 1-based line of the file the row starts on. */
  public int line() {
    return line;
  }

  /** The text of {@code column}, stripped of surrounding white space. */
  public String get(CatalogColumn column) {
    return values.get(checkNotNull(column, "column"));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CatalogRow && ((CatalogRow) o).line == line && ((CatalogRow) o).values.equals(values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(line, values);
  }

  /** Returns {@code "line 2: G156020 满洲里中俄互市贸易区"}. */
  @Override
  public String toString() {
    return "line " + line + ": " + get(CatalogColumn.CODE) + " " + get(CatalogColumn.NAME);
  }
}
