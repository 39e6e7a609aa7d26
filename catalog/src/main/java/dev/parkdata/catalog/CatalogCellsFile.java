package dev.parkdata.catalog;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.parkdata.park.Park;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The rows of a catalogue CSV already split into cells, with the short names the importer gives
 * each row's zone: the form in which the embedded edition is read by {@link
 * DevelopmentZoneCatalog#edition2018()}.
 *
 * <p>Why it exists: {@link CatalogCsv} (Jackson's CSV parser) reads users' files, but in a fresh
 * JVM its start-up and a first, mostly interpreted pass over the 330 KB of the 2018 edition take
 * about 120 ms on one core, some 40% of what a first load took with it. The embedded {@code
 * development-zones-2018.cells} holds exactly the rows {@link CatalogCsv} reads from the embedded
 * {@code development-zones-2018.csv}, and the short names {@link CatalogImporter} makes of them
 * ({@link ShortForms}), made by {@link #write}; {@code EmbeddedEditionTest} fails, naming the
 * command that remakes it, when they differ. The importer then treats these rows as it treats any
 * other, taking the short names as given, so the embedded edition gets the same parks and
 * violations as the CSV.
 *
 * <h2>Format</h2>
 * The ASCII line {@value #MAGIC}, then UTF-8 text, then the CRC-32 of all the bytes before it
 * (four bytes, most significant first). The text is one record per row: the row's line in the
 * CSV as two characters of 15 bits each (high, low); the length of each of its nine cells in
 * {@link CatalogColumn} order; the number of its short names and the length of each; then the
 * cells and the short names themselves, one after another. A count or length is one character
 * below U+8000, so a cell holds at most 32,767 characters. Lengths rather than separators, and a
 * checksum rather than a scan for U+FFFD, so that reading looks at no character twice and at
 * none of a cell's: a first load reads it mostly interpreted.
 */
final class CatalogCellsFile {
  /** The first line, naming the format and its version. */
  static final String MAGIC = "parkdata-catalog-cells 2";

  private static final byte[] HEADER = (MAGIC + "\n").getBytes(StandardCharsets.US_ASCII);
  private static final int COLUMNS = CatalogColumn.values().length;
  /** The largest count or length a character holds: 15 bits, never a surrogate. */
  static final int MAX_LENGTH = 0x7FFF;

  private CatalogCellsFile() {}

  /** What a cells file holds: the rows, and the short names of each row's zone. */
  static final class Contents {
    final List<CatalogRow> rows;
    final List<List<String>> shortNames;

    Contents(List<CatalogRow> rows, List<List<String>> shortNames) {
      this.rows = rows;
      this.shortNames = shortNames;
    }
  }

  /**
   * The file of {@code rows}, with the short names {@link CatalogImporter} gives their zones.
   *
   * @throws IllegalArgumentException if a cell or short name is longer than {@value #MAX_LENGTH}
   *     characters or holds a lone surrogate, or a line is beyond 2<sup>30</sup> − 1
   */
  static byte[] write(List<CatalogRow> rows) {
    List<Park> parks = CatalogImporter.importRows(rows).parks();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < rows.size(); i++) {
      CatalogRow row = rows.get(i);
      List<String> shortNames = parks.get(i).names().shortNames();
      checkArgument(row.line() <= (MAX_LENGTH << 15 | MAX_LENGTH), "line %s is beyond the format's lines", row.line());
      text.append((char) (row.line() >>> 15)).append((char) (row.line() & MAX_LENGTH));
      for (CatalogColumn column : CatalogColumn.values()) {
        text.append(length(row.get(column), row, column.header()));
      }
      text.append(length(shortNames.size(), row, "short names"));
      for (String shortName : shortNames) {
        text.append(length(shortName, row, "short names"));
      }
      for (CatalogColumn column : CatalogColumn.values()) {
        text.append(row.get(column));
      }
      for (String shortName : shortNames) {
        text.append(shortName);
      }
    }
    byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
    checkArgument(new String(body, StandardCharsets.UTF_8).contentEquals(text),
        "a cell or short name holds a lone surrogate, which UTF-8 cannot hold");
    byte[] file = Arrays.copyOf(HEADER, HEADER.length + body.length + 4);
    System.arraycopy(body, 0, file, HEADER.length, body.length);
    int crc = crc(file, file.length - 4);
    for (int i = 0; i < 4; i++) {
      file[file.length - 4 + i] = (byte) (crc >>> (24 - 8 * i));
    }
    return file;
  }

  private static char length(String text, CatalogRow row, String column) {
    return length(text.length(), row, column);
  }

  private static char length(int length, CatalogRow row, String column) {
    checkArgument(length <= MAX_LENGTH, "line %s, column %s holds more than the format's %s characters",
        row.line(), column, MAX_LENGTH);
    return (char) length;
  }

  private static int crc(byte[] bytes, int length) {
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, length);
    return (int) crc.getValue();
  }

  /**
   * The rows and short names of a file made by {@link #write}.
   *
   * @throws IllegalArgumentException if {@code bytes} are not such a file, or it is damaged
   */
  static Contents read(byte[] bytes) {
    checkNotNull(bytes, "bytes");
    int end = bytes.length - 4;
    checkArgument(end >= HEADER.length && Arrays.equals(bytes, 0, HEADER.length, HEADER, 0, HEADER.length),
        "not a catalogue cells file: it does not begin with '%s'", MAGIC);
    int stored = (bytes[end] & 0xFF) << 24 | (bytes[end + 1] & 0xFF) << 16 | (bytes[end + 2] & 0xFF) << 8 | (bytes[end + 3] & 0xFF);
    // CRC32 is native: a damaged file, bytes that are not UTF-8 included, is found without a
    // character-by-character pass.
    checkArgument(crc(bytes, end) == stored, "the file is damaged: its checksum is not that of its bytes");
    String text = new String(bytes, HEADER.length, end - HEADER.length, StandardCharsets.UTF_8);
    List<CatalogRow> rows = new ArrayList<>();
    List<List<String>> shortNames = new ArrayList<>();
    int length = text.length();
    int at = 0;
    while (at < length) {
      checkArgument(at + 3 + COLUMNS <= length, "the record at character %s is cut short", at);
      int line = text.charAt(at) << 15 | text.charAt(at + 1);
      int names = text.charAt(at + 2 + COLUMNS);
      int lengths = at + 2;
      at += 3 + COLUMNS + names;
      checkArgument(at <= length, "the record of line %s is cut short", line);
      String[] cells = new String[COLUMNS];
      for (int column = 0; column < COLUMNS; column++) {
        at = cut(text, at, text.charAt(lengths + column), line);
        cells[column] = text.substring(at - text.charAt(lengths + column), at);
      }
      List<String> shorts = List.of();
      if (names > 0) {
        String[] forms = new String[names];
        for (int i = 0; i < names; i++) {
          int formLength = text.charAt(lengths + COLUMNS + 1 + i);
          at = cut(text, at, formLength, line);
          forms[i] = text.substring(at - formLength, at);
        }
        shorts = List.of(forms);
      }
      rows.add(CatalogRow.of(line, cells));
      shortNames.add(shorts);
    }
    return new Contents(rows, shortNames);
  }

  /** Where a text of {@code length} characters from {@code at} ends. */
  private static int cut(String text, int at, int length, int line) {
    checkArgument(at + length <= text.length(), "the record of line %s is cut short", line);
    return at + length;
  }
}
