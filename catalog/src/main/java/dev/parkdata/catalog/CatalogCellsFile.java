package dev.parkdata.catalog;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a catalogue CSV already split into cells: the form in which the embedded edition
 * is read by {@link DevelopmentZoneCatalog#edition2018()}.
 *
 * <p>Why it exists: {@link CatalogCsv} (Jackson's CSV parser) reads users' files, but in a fresh
 * JVM its start-up and a first, mostly interpreted pass over the 330 KB of the 2018 edition take
 * about 120 ms on one core, some 40% of what a first load took with it. The embedded {@code
 * development-zones-2018.cells} holds exactly the rows {@link CatalogCsv} reads from the embedded
 * {@code development-zones-2018.csv}, made by {@link #write}; {@code EmbeddedEditionTest} fails,
 * naming the command that remakes it, when the two differ. The importer then treats these rows
 * as it treats any other, so the embedded edition gets the same parks and violations as the CSV.
 *
 * <h2>Format</h2>
 * UTF-8 text: the line {@value #MAGIC}, then one record per row: the row's line in the CSV and
 * its nine cells in {@link CatalogColumn} order, each field ended by U+001F (unit separator),
 * and the record by U+001E (record separator). No cell may hold either character, so nothing is
 * quoted or escaped; nor U+FFFD, which reading uses to find bytes that are not UTF-8.
 */
final class CatalogCellsFile {
  /** The first line, naming the format and its version. */
  static final String MAGIC = "parkdata-catalog-cells 1";

  private static final char UNIT = '\u001F';
  private static final char RECORD = '\u001E';
  private static final char REPLACEMENT = '\uFFFD';
  private static final int COLUMNS = CatalogColumn.values().length;

  private CatalogCellsFile() {}

  /**
   * The file of {@code rows}, as UTF-8 bytes.
   *
   * @throws IllegalArgumentException if a cell holds U+001E, U+001F or U+FFFD
   */
  static byte[] write(List<CatalogRow> rows) {
    StringBuilder out = new StringBuilder(MAGIC).append('\n');
    for (CatalogRow row : rows) {
      out.append(row.line()).append(UNIT);
      for (CatalogColumn column : CatalogColumn.values()) {
        String cell = row.get(column);
        checkArgument(
            cell.indexOf(UNIT) < 0 && cell.indexOf(RECORD) < 0 && cell.indexOf(REPLACEMENT) < 0,
            "line %s, column %s holds a character the format reserves (U+001E, U+001F or U+FFFD)",
            row.line(),
            column.header());
        out.append(cell).append(UNIT);
      }
      out.append(RECORD);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The rows of a file made by {@link #write}.
   *
   * @throws IllegalArgumentException if {@code bytes} are not such a file
   */
  static List<CatalogRow> read(byte[] bytes) {
    checkNotNull(bytes, "bytes");
    // The String constructor is the fastest decoder on a cold JVM; it replaces bytes that are
    // not UTF-8 by U+FFFD, which no cell may hold, so one scan finds them.
    String text = new String(bytes, StandardCharsets.UTF_8);
    checkArgument(text.startsWith(MAGIC + "\n"), "not a catalogue cells file: it does not begin with '%s'", MAGIC);
    int malformed = text.indexOf(REPLACEMENT);
    checkArgument(malformed < 0, "the text at character %s is not UTF-8", malformed);
    List<CatalogRow> rows = new ArrayList<>();
    int at = MAGIC.length() + 1;
    while (at < text.length()) {
      int end = text.indexOf(RECORD, at);
      checkArgument(end >= 0, "the record at character %s is not ended by U+001E", at);
      String[] cells = new String[COLUMNS];
      int fieldEnd = text.indexOf(UNIT, at);
      checkArgument(
          fieldEnd > at && fieldEnd < end && CatalogImporter.digits(text, at, fieldEnd) && fieldEnd - at <= 9,
          "the record at character %s does not begin with a line number",
          at);
      int line = Integer.parseInt(text, at, fieldEnd, 10);
      at = fieldEnd + 1;
      for (int column = 0; column < COLUMNS; column++) {
        fieldEnd = text.indexOf(UNIT, at);
        checkArgument(
            fieldEnd >= 0 && fieldEnd < end,
            "the record of line %s has %s cells, not %s",
            line,
            column,
            COLUMNS);
        cells[column] = text.substring(at, fieldEnd);
        at = fieldEnd + 1;
      }
      checkArgument(at == end, "the record of line %s has more than %s cells", line, COLUMNS);
      rows.add(CatalogRow.of(line, cells));
      at = end + 1;
    }
    return rows;
  }
}
