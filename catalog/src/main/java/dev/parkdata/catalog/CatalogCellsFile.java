package dev.parkdata.catalog;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.parkdata.park.Park;
import java.io.ByteArrayOutputStream;
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
 * The ASCII line {@value #MAGIC}; the lengths in bytes of the three sections that follow, four
 * bytes each; the sections; then the CRC-32 of all the bytes before it. Numbers are unsigned, most
 * significant byte first.
 * <ol>
 *   <li>The records, one per row: its line in the CSV (four bytes); an entry for each of its nine
 *       cells in {@link CatalogColumn} order; the number of its short names (two bytes) and for
 *       each, the start and length of the part of the row's {@linkplain CatalogColumn#NAME name}
 *       it begins with (two bytes each) and an entry for the rest: 株洲高新区 is 株洲 from
 *       株洲高新技术产业开发区 and 高新区, 淄川经开区 is 淄川经 from 山东淄川经济开发区 and 开区. An
 *       entry is two bytes: the text's length in characters, below 2<sup>15</sup> − 1, plus
 *       2<sup>15</sup> if the text is in the Latin-1 section; or FFFF for a cell the same as the
 *       one above it, the previous record's in that column (the province, level and type of most
 *       rows), which is then not stored again and read as the same string.
 *   <li>The texts of only Latin-1 characters (codes, months, areas), one after another, one byte a
 *       character.
 *   <li>The other texts, one after another, in UTF-8.
 * </ol>
 * Lengths rather than separators, a checksum (computed natively) rather than a scan for U+FFFD,
 * Latin-1 text apart, which Java copies rather than decodes, and short names mostly copied from
 * the name rather than stored (they were four tenths of the UTF-8): a first load reads this
 * mostly interpreted, where each character decoded costs.
 */
final class CatalogCellsFile {
  /** The first line, naming the format and its version. */
  static final String MAGIC = "parkdata-catalog-cells 3";

  private static final byte[] HEADER = (MAGIC + "\n").getBytes(StandardCharsets.US_ASCII);
  private static final int COLUMNS = CatalogColumn.values().length;
  private static final int NAME = CatalogColumn.NAME.ordinal();
  /** The most characters a cell or short name may have: an entry's 15 bits, but for {@link #SAME_AS_ABOVE}. */
  static final int MAX_LENGTH = 0x7FFE;
  /** The bit of an entry that puts its text in the Latin-1 section. */
  private static final int LATIN_1 = 0x8000;
  /** The entry of a cell that is the same as the previous record's in its column. */
  private static final int SAME_AS_ABOVE = 0xFFFF;

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
   *     characters or holds a lone surrogate
   */
  static byte[] write(List<CatalogRow> rows) {
    List<Park> parks = CatalogImporter.importRows(rows).parks();
    ByteArrayOutputStream records = new ByteArrayOutputStream();
    StringBuilder latin1 = new StringBuilder();
    StringBuilder other = new StringBuilder();
    for (int i = 0; i < rows.size(); i++) {
      CatalogRow row = rows.get(i);
      List<String> shortNames = parks.get(i).names().shortNames();
      writeNumber(records, row.line(), 4);
      for (CatalogColumn column : CatalogColumn.values()) {
        String cell = row.get(column);
        if (i > 0 && !cell.isEmpty() && cell.equals(rows.get(i - 1).get(column))) {
          writeNumber(records, SAME_AS_ABOVE, 2);
        } else {
          writeEntry(records, cell, row, column.header(), latin1, other);
        }
      }
      writeNumber(records, shortNames.size(), 2);
      String name = row.get(CatalogColumn.NAME);
      for (String shortName : shortNames) {
        // The longest start of the short name that the name holds, not ending inside a surrogate pair.
        int length = shortName.length();
        int start;
        while ((start = name.indexOf(shortName.substring(0, length))) < 0
            || (length > 0 && Character.isHighSurrogate(shortName.charAt(length - 1)))) {
          length--;
        }
        writeNumber(records, start, 2);
        writeNumber(records, length, 2);
        writeEntry(records, shortName.substring(length), row, "short names", latin1, other);
      }
    }
    byte[] utf8 = other.toString().getBytes(StandardCharsets.UTF_8);
    checkArgument(new String(utf8, StandardCharsets.UTF_8).contentEquals(other),
        "a cell or short name holds a lone surrogate, which UTF-8 cannot hold");
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.writeBytes(HEADER);
    writeNumber(file, records.size(), 4);
    writeNumber(file, latin1.length(), 4);
    writeNumber(file, utf8.length, 4);
    file.writeBytes(records.toByteArray());
    file.writeBytes(latin1.toString().getBytes(StandardCharsets.ISO_8859_1));
    file.writeBytes(utf8);
    writeNumber(file, crc(file.toByteArray(), file.size()), 4);
    return file.toByteArray();
  }

  private static void writeEntry(
      ByteArrayOutputStream records, String text, CatalogRow row, String column, StringBuilder latin1, StringBuilder other) {
    checkArgument(text.length() <= MAX_LENGTH, "line %s, column %s holds more than the format's %s characters",
        row.line(), column, MAX_LENGTH);
    boolean isLatin1 = text.chars().allMatch(c -> c < 0x100);
    (isLatin1 ? latin1 : other).append(text);
    writeNumber(records, text.length() | (isLatin1 ? LATIN_1 : 0), 2);
  }

  private static void writeNumber(ByteArrayOutputStream out, int number, int bytes) {
    for (int i = bytes - 1; i >= 0; i--) {
      out.write(number >>> (8 * i));
    }
  }

  private static int crc(byte[] bytes, int length) {
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, length);
    return (int) crc.getValue();
  }

  /** The unsigned number of {@code length} bytes at {@code at}. */
  private static int number(byte[] bytes, int at, int length) {
    int number = 0;
    for (int i = 0; i < length; i++) {
      number = number << 8 | (bytes[at + i] & 0xFF);
    }
    return number;
  }

  /**
   * The rows and short names of a file made by {@link #write}.
   *
   * @throws IllegalArgumentException if {@code bytes} are not such a file, or it is damaged
   */
  static Contents read(byte[] bytes) {
    checkNotNull(bytes, "bytes");
    int sections = HEADER.length + 12;
    checkArgument(bytes.length >= HEADER.length && Arrays.equals(bytes, 0, HEADER.length, HEADER, 0, HEADER.length),
        "not a catalogue cells file: it does not begin with '%s'", MAGIC);
    int end = bytes.length - 4;
    // A damaged file, bytes that are not UTF-8 included, is found without a pass in Java.
    checkArgument(end >= sections && crc(bytes, end) == number(bytes, end, 4),
        "the file is damaged: its checksum is not that of its bytes");
    int recordsLength = number(bytes, HEADER.length, 4);
    int latin1Length = number(bytes, HEADER.length + 4, 4);
    int utf8Length = number(bytes, HEADER.length + 8, 4);
    checkArgument(recordsLength >= 0 && latin1Length >= 0 && utf8Length >= 0
            && (long) sections + recordsLength + latin1Length + utf8Length == end,
        "the lengths of its sections are not those of the file");
    int at = sections;
    int recordsEnd = sections + recordsLength;
    String latin1 = new String(bytes, recordsEnd, latin1Length, StandardCharsets.ISO_8859_1);
    String text = new String(bytes, recordsEnd + latin1Length, utf8Length, StandardCharsets.UTF_8);
    int[] texts = new int[2]; // where the next text of each section starts
    List<CatalogRow> rows = new ArrayList<>();
    List<List<String>> shortNames = new ArrayList<>();
    String[] above = null;
    while (at < recordsEnd) {
      checkArgument(at + 6 + 2 * COLUMNS <= recordsEnd, "the record at byte %s is cut short", at);
      int line = number(bytes, at, 4);
      at += 4;
      String[] cells = new String[COLUMNS];
      for (int column = 0; column < COLUMNS; column++) {
        if (number(bytes, at, 2) == SAME_AS_ABOVE) {
          checkArgument(above != null, "the record of line %s has a cell the same as above but is the first", line);
          cells[column] = above[column];
        } else {
          cells[column] = cut(bytes, at, latin1, text, texts, line);
        }
        at += 2;
      }
      above = cells;
      int names = number(bytes, at, 2);
      at += 2;
      checkArgument(at + 6 * names <= recordsEnd, "the record of line %s is cut short", line);
      List<String> shorts = List.of();
      if (names > 0) {
        String name = cells[NAME];
        String[] forms = new String[names];
        for (int i = 0; i < names; i++) {
          int start = number(bytes, at, 2);
          int stop = start + number(bytes, at + 2, 2);
          checkArgument(stop <= name.length(), "a short name of line %s begins with more than its zone's name", line);
          forms[i] = name.substring(start, stop).concat(cut(bytes, at + 4, latin1, text, texts, line));
          at += 6;
        }
        shorts = List.of(forms);
      }
      rows.add(CatalogRow.of(line, cells));
      shortNames.add(shorts);
    }
    checkArgument(texts[0] == latin1.length() && texts[1] == text.length(),
        "the records do not account for all of its text");
    return new Contents(rows, shortNames);
  }

  /** The text of the entry at {@code at}, cut from its section. */
  private static String cut(byte[] bytes, int at, String latin1, String text, int[] texts, int line) {
    int entry = (bytes[at] & 0xFF) << 8 | (bytes[at + 1] & 0xFF);
    int section = entry >= LATIN_1 ? 0 : 1;
    String from = section == 0 ? latin1 : text;
    int start = texts[section];
    int stop = start + (entry & ~LATIN_1);
    checkArgument(stop <= from.length(), "the record of line %s is cut short", line);
    texts[section] = stop;
    return from.substring(start, stop);
  }
}
