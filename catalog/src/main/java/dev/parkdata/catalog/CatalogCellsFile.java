package dev.parkdata.catalog;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.parkdata.industry.Industry;
import dev.parkdata.park.Park;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The rows of a catalogue CSV already split into cells, with the short names the importer gives
 * each row's zone and the leading industries it reads from the row: the form in which the
 * embedded edition is read by {@link DevelopmentZoneCatalog#edition2018()}.
 *
 * <p>Why it exists: {@link CatalogCsv} (Jackson's CSV parser) reads users' files, but in a fresh
 * JVM its start-up and a first, mostly interpreted pass over the 330 KB of the 2018 edition take
 * about 120 ms on one core, some 40% of what a first load took with it. The embedded {@code
 * development-zones-2018.cells} holds exactly the rows {@link CatalogCsv} reads from the embedded
 * {@code development-zones-2018.csv}, and the short names {@link CatalogImporter} makes of them
 * ({@link ShortForms}), made by {@link #write}; {@code EmbeddedEditionTest} fails, naming the
 * command that remakes it, when they differ. The importer then treats these rows as it treats any
 * other, taking the short names and leading industries as given, so the embedded edition gets the
 * same parks and violations as the CSV.
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
 *       entry is two bytes: the text's length in characters, below 2<sup>15</sup> − 2, plus
 *       2<sup>15</sup> if the text is in the Latin-1 section; or FFFF for a cell the same as the
 *       one above it, the previous record's in that column (the province, level and type of most
 *       rows), which is then not stored again and read as the same string. A leading-industries
 *       cell that is its industries joined by 、, each as the importer reads it, has the entry FFFE
 *       instead, and the record ends with the number of its industries (two bytes) and an index
 *       for each (two bytes) into the industries met so far in the file, in the order first met;
 *       the index of an industry met for the first time is their number, and an entry for its
 *       name follows. The cell is read as the industries joined, and each industry name as the
 *       same string wherever it is met: 7,030 industries of the 2018 edition are 1,075 names.
 *   <li>The texts of only Latin-1 characters (codes, months, areas), one after another, one byte a
 *       character.
 *   <li>The other texts, one after another, in UTF-16 (big-endian), which Java reads into a
 *       string by copying rather than by decoding each character as UTF-8 (a third of the time
 *       when interpreted) and which is smaller than UTF-8 for Chinese text.
 * </ol>
 * Lengths rather than separators, a checksum (computed natively) rather than a scan for U+FFFD,
 * Latin-1 text apart, which Java copies rather than decodes, short names mostly copied from the
 * name and each industry name stored once (these were seven tenths of the text), and industries
 * the importer need not split: a first load reads this mostly interpreted, where each character
 * looked at costs.
 */
final class CatalogCellsFile {
  /** The first line, naming the format and its version. */
  static final String MAGIC = "parkdata-catalog-cells 5";

  private static final byte[] HEADER = (MAGIC + "\n").getBytes(StandardCharsets.US_ASCII);
  private static final int COLUMNS = CatalogColumn.values().length;
  private static final int NAME = CatalogColumn.NAME.ordinal();
  private static final int INDUSTRIES = CatalogColumn.LEADING_INDUSTRIES.ordinal();
  /** What joins the industries of a cell given as industries: the importer's first separator. */
  private static final String INDUSTRY_SEPARATOR = "、";
  /**
   * The most characters a cell or short name may have: an entry's 15 bits, but for the two
   * entries a Latin-1 text of 7FFE or 7FFF characters would write ({@link #INDUSTRIES_GIVEN},
   * {@link #SAME_AS_ABOVE}).
   */
  static final int MAX_LENGTH = 0x7FFD;
  /** The bit of an entry that puts its text in the Latin-1 section. */
  private static final int LATIN_1 = 0x8000;
  /** The entry of a cell that is the same as the previous record's in its column. */
  private static final int SAME_AS_ABOVE = 0xFFFF;
  /** The entry of a leading-industries cell given as its industries at the end of the record. */
  private static final int INDUSTRIES_GIVEN = 0xFFFE;
  /** The most industry names a file may hold: its indices are two bytes. */
  private static final int MAX_INDUSTRIES = 0xFFFF;

  private CatalogCellsFile() {}

  /**
   * What a cells file holds: the rows, the short names of each row's zone and the leading
   * industries of each row, as the importer reads them from its cell; null for a cell that the
   * file holds as text (one the importer must split itself).
   */
  static final class Contents {
    final List<CatalogRow> rows;
    final List<List<String>> shortNames;
    final List<List<String>> industries;

    Contents(List<CatalogRow> rows, List<List<String>> shortNames, List<List<String>> industries) {
      this.rows = rows;
      this.shortNames = shortNames;
      this.industries = industries;
    }
  }

  /**
   * The file of {@code rows}, with the short names {@link CatalogImporter} gives their zones and
   * the leading industries it reads from them.
   *
   * @throws IllegalArgumentException if a cell or short name is longer than {@value #MAX_LENGTH}
   *     characters
   */
  static byte[] write(List<CatalogRow> rows) {
    List<Park> parks = CatalogImporter.importRows(rows).parks();
    ByteArrayOutputStream records = new ByteArrayOutputStream();
    StringBuilder latin1 = new StringBuilder();
    StringBuilder other = new StringBuilder();
    Map<String, Integer> industryIndex = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      CatalogRow row = rows.get(i);
      Park park = parks.get(i);
      List<String> shortNames = park.names().shortNames();
      String[] industries = null;
      writeNumber(records, row.line(), 4);
      for (CatalogColumn column : CatalogColumn.values()) {
        String cell = row.get(column);
        if (i > 0 && !cell.isEmpty() && cell.equals(rows.get(i - 1).get(column))) {
          writeNumber(records, SAME_AS_ABOVE, 2);
        } else if (column == CatalogColumn.LEADING_INDUSTRIES
            && (industries = industries(cell, park, industryIndex)) != null) {
          writeNumber(records, INDUSTRIES_GIVEN, 2);
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
      if (industries != null) {
        writeNumber(records, industries.length, 2);
        for (String industry : industries) {
          Integer index = industryIndex.get(industry);
          if (index == null) {
            writeNumber(records, industryIndex.size(), 2);
            writeEntry(records, industry, row, "leading industries", latin1, other);
            industryIndex.put(industry, industryIndex.size());
          } else {
            writeNumber(records, index, 2);
          }
        }
      }
    }
    // Char by char: an encoder would replace a lone surrogate, which a cell may hold.
    ByteArrayOutputStream utf16 = new ByteArrayOutputStream(2 * other.length());
    for (int i = 0; i < other.length(); i++) {
      writeNumber(utf16, other.charAt(i), 2);
    }
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.writeBytes(HEADER);
    writeNumber(file, records.size(), 4);
    writeNumber(file, latin1.length(), 4);
    writeNumber(file, utf16.size(), 4);
    file.writeBytes(records.toByteArray());
    file.writeBytes(latin1.toString().getBytes(StandardCharsets.ISO_8859_1));
    file.writeBytes(utf16.toByteArray());
    writeNumber(file, crc(file.toByteArray(), file.size()), 4);
    return file.toByteArray();
  }

  /**
   * The leading industries {@link CatalogImporter} read from {@code cell} into {@code park}, if
   * the cell is exactly they joined by {@link #INDUSTRY_SEPARATOR} (no other separator, padding
   * or empty part that the importer's reading would lose) and the file can index their names;
   * else null, and the cell is stored as text.
   */
  private static String[] industries(String cell, Park park, Map<String, Integer> industryIndex) {
    List<Industry> read = park.leadingIndustries();
    String[] industries = new String[read.size()];
    int added = 0;
    for (int i = 0; i < industries.length; i++) {
      industries[i] = read.get(i).name();
      added += industryIndex.containsKey(industries[i]) ? 0 : 1;
    }
    return industries.length > 0 && String.join(INDUSTRY_SEPARATOR, industries).equals(cell)
        && industryIndex.size() + added <= MAX_INDUSTRIES ? industries : null;
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
   * The rows, short names and leading industries of a file made by {@link #write}.
   *
   * @throws IllegalArgumentException if {@code bytes} are not such a file, or it is damaged
   */
  static Contents read(byte[] bytes) {
    checkNotNull(bytes, "bytes");
    int sections = HEADER.length + 12;
    checkArgument(bytes.length >= HEADER.length && Arrays.equals(bytes, 0, HEADER.length, HEADER, 0, HEADER.length),
        "not a catalogue cells file: it does not begin with '%s'", MAGIC);
    int end = bytes.length - 4;
    // A damaged file is found without a pass in Java.
    checkArgument(end >= sections && crc(bytes, end) == number(bytes, end, 4),
        "the file is damaged: its checksum is not that of its bytes");
    int recordsLength = number(bytes, HEADER.length, 4);
    int latin1Length = number(bytes, HEADER.length + 4, 4);
    int utf16Length = number(bytes, HEADER.length + 8, 4);
    checkArgument(recordsLength >= 0 && latin1Length >= 0 && utf16Length >= 0 && utf16Length % 2 == 0
            && (long) sections + recordsLength + latin1Length + utf16Length == end,
        "the lengths of its sections are not those of the file");
    int at = sections;
    int recordsEnd = sections + recordsLength;
    String latin1 = new String(bytes, recordsEnd, latin1Length, StandardCharsets.ISO_8859_1);
    // Copied by the buffer in one native call, not decoded in a loop.
    char[] chars = new char[utf16Length / 2];
    ByteBuffer.wrap(bytes, recordsEnd + latin1Length, utf16Length).asCharBuffer().get(chars);
    String text = new String(chars);
    int[] texts = new int[2]; // where the next text of each section starts
    List<CatalogRow> rows = new ArrayList<>();
    List<List<String>> shortNames = new ArrayList<>();
    List<List<String>> industries = new ArrayList<>();
    List<String> industryNames = new ArrayList<>();
    String[] above = null;
    List<String> industriesAbove = null;
    while (at < recordsEnd) {
      checkArgument(at + 6 + 2 * COLUMNS <= recordsEnd, "the record at byte %s is cut short", at);
      int line = number(bytes, at, 4);
      at += 4;
      String[] cells = new String[COLUMNS];
      List<String> rowIndustries = null;
      boolean industriesGiven = false;
      for (int column = 0; column < COLUMNS; column++) {
        int entry = number(bytes, at, 2);
        if (entry == SAME_AS_ABOVE) {
          checkArgument(above != null, "the record of line %s has a cell the same as above but is the first", line);
          cells[column] = above[column];
          if (column == INDUSTRIES) {
            rowIndustries = industriesAbove;
          }
        } else if (entry == INDUSTRIES_GIVEN && column == INDUSTRIES) {
          industriesGiven = true; // the cell is made of them below
        } else {
          cells[column] = cut(entry, latin1, text, texts, line);
        }
        at += 2;
      }
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
          forms[i] = name.substring(start, stop).concat(cut(number(bytes, at + 4, 2), latin1, text, texts, line));
          at += 6;
        }
        shorts = List.of(forms);
      }
      if (industriesGiven) {
        checkArgument(at + 2 <= recordsEnd, "the record of line %s is cut short", line);
        String[] given = new String[number(bytes, at, 2)];
        at += 2;
        for (int i = 0; i < given.length; i++) {
          checkArgument(at + 2 <= recordsEnd, "the record of line %s is cut short", line);
          int index = number(bytes, at, 2);
          at += 2;
          if (index == industryNames.size()) {
            checkArgument(at + 2 <= recordsEnd, "the record of line %s is cut short", line);
            industryNames.add(cut(number(bytes, at, 2), latin1, text, texts, line));
            at += 2;
          }
          checkArgument(index < industryNames.size(), "the record of line %s names an industry not yet given", line);
          given[i] = industryNames.get(index);
        }
        rowIndustries = List.of(given);
        cells[INDUSTRIES] = String.join(INDUSTRY_SEPARATOR, given);
      }
      above = cells;
      industriesAbove = rowIndustries;
      rows.add(CatalogRow.of(line, cells));
      shortNames.add(shorts);
      industries.add(rowIndustries);
    }
    checkArgument(texts[0] == latin1.length() && texts[1] == text.length(),
        "the records do not account for all of its text");
    return new Contents(rows, shortNames, industries);
  }

  /** The text of {@code entry}, cut from its section. */
  private static String cut(int entry, String latin1, String text, int[] texts, int line) {
    int section = entry >= LATIN_1 ? 0 : 1;
    String from = section == 0 ? latin1 : text;
    int start = texts[section];
    int stop = start + (entry & ~LATIN_1);
    checkArgument(stop <= from.length(), "the record of line %s is cut short", line);
    texts[section] = stop;
    return from.substring(start, stop);
  }
}
