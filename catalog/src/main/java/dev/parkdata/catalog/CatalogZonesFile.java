package dev.parkdata.catalog;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.parkdata.industry.Industry;
import dev.parkdata.location.Location;
import dev.parkdata.location.Province;
import dev.parkdata.metric.Metric;
import dev.parkdata.model.Identifier;
import dev.parkdata.model.ModelConstraintException;
import dev.parkdata.model.Names;
import dev.parkdata.park.Approval;
import dev.parkdata.park.ApprovalLevel;
import dev.parkdata.park.Area;
import dev.parkdata.park.AreaKind;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import dev.parkdata.unit.FigureLimitException;
import dev.parkdata.unit.Units;
import dev.parkdata.validation.Figure;
import dev.parkdata.validation.Path;
import dev.parkdata.validation.PathParseException;
import dev.parkdata.validation.Severity;
import dev.parkdata.validation.ValidationReport;
import dev.parkdata.validation.Violation;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * A catalogue import stored as it was made: the zones, their lines and the violations that
 * {@link CatalogImporter} made of a catalogue CSV. It is the form in which
 * {@link DevelopmentZoneCatalog#edition2018()} reads the embedded edition.
 *
 * <p>Why it exists: a first load in a fresh JVM runs mostly interpreted, and on one core the JIT
 * competes with it for the CPU. Each step of reading a row costs there. Those steps are starting
 * Jackson's CSV parser (about 120 ms), checking and converting each cell (the code, the province,
 * level and type by name, the months, the area's digits), working out short names and splitting
 * industries. The embedded {@code development-zones-2018.zones} holds what the importer made of
 * the embedded {@code development-zones-2018.csv}, written by {@link #write}.
 * {@code EmbeddedEditionTest} fails, naming the command that remakes the file, when that differs
 * from what the importer makes of the CSV now. Reading builds the same parks and violations
 * directly, sharing equal locations, approvals and industries as the importer does.
 *
 * <h2>Format</h2>
 * The ASCII line {@value #MAGIC}; the lengths in bytes of the three sections that follow, four
 * bytes each; the sections; then the CRC-32 of all the bytes before it. Numbers are unsigned, most
 * significant byte first.
 * <ol>
 *   <li>The records: the number of zones (four bytes), then for each zone:
 *       <ul>
 *         <li>its line in the CSV (four bytes);
 *         <li>an entry for its code and one for its official name;
 *         <li>its {@link Province} (one byte: the ordinal plus one, 0 for a zone without location),
 *             located as the importer locates a province (its two-digit code as the division
 *             code);
 *         <li>its {@link ParkKind} (the ordinal, one byte);
 *         <li>the number of its approvals (one byte) and for each its {@link ApprovalLevel} (the
 *             ordinal, one byte) and month (two bytes: year × 12 + month − 1, or FFFF for none);
 *         <li>the number of its approved areas in hectares (one byte) and for each, one byte 0
 *             then the unscaled value (eight bytes, two's complement) and the scale (two bytes,
 *             two's complement), or one byte 1 then an entry for the decimal's text (at most
 *             {@value CatalogImporter#MAX_AREA_LENGTH} characters, as the importer reads), for a
 *             value that does not fit in eight bytes;
 *         <li>the number of its short names (one byte) and for each the start and length of the
 *             longest part of its name it begins with (two bytes each) and an entry for the
 *             rest: 株洲高新区 is 株洲高新 from 株洲高新技术产业开发区 (0 and 4) and 区. All
 *             short names of a file together take at most {@value #MAX_CUT_PER_BYTE} characters
 *             from names for each byte of the file (the 2018 edition takes 28,090 for 204,527
 *             bytes), so that a file cannot make its reader build far more text than it holds;
 *         <li>the number of its leading industries (two bytes) and for each an index (two bytes)
 *             into the industries met so far in the file, in the order first met; the index of
 *             an industry met for the first time is their number, and an entry for its name
 *             follows. Each industry is then one value wherever it is met: 7,030 industries of
 *             the 2018 edition are 1,075 names.
 *       </ul>
 *       Then the number of violations (four bytes) and for each its {@link Severity} (the ordinal,
 *       one byte), entries for its code and {@linkplain Path path}, the number of its figures (one
 *       byte) with entries for each figure's label and text, and entries for its Chinese and
 *       English messages.
 *       <p>An entry is two bytes: the text's length in characters, below 2<sup>15</sup>, plus
 *       2<sup>15</sup> if the text is in the Latin-1 section.
 *   <li>The texts of only Latin-1 characters (codes, paths), one after another, one byte a
 *       character.
 *   <li>The other texts, one after another, in UTF-16 (big-endian), which Java reads into a
 *       string by copying rather than by decoding each character as UTF-8, and which is smaller
 *       than UTF-8 for Chinese text.
 * </ol>
 * Lengths rather than separators, a checksum (computed natively) rather than a scan for U+FFFD,
 * Latin-1 text apart, short names mostly cut from the name and each industry name stored once.
 *
 * <p>The format holds what the importer makes of a row and nothing more: {@link #write} reads
 * its bytes back and refuses an import that they do not give back equal.
 */
final class CatalogZonesFile {
  /** The first line, naming the format and its version. */
  static final String MAGIC = "parkdata-catalog-zones 1";

  private static final byte[] HEADER = (MAGIC + "\n").getBytes(StandardCharsets.US_ASCII);
  /** The most characters a text may have: an entry's 15 bits. */
  static final int MAX_LENGTH = 0x7FFF;
  /** The bit of an entry that puts its text in the Latin-1 section. */
  private static final int LATIN_1 = 0x8000;
  /** The month of an approval without a date. */
  private static final int MONTH_NONE = 0xFFFF;
  /** The fewest bytes a zone's record takes: line, code, name, province, kind and four counts. */
  private static final int MIN_ZONE_RECORD = 4 + 2 + 2 + 1 + 1 + 1 + 1 + 1 + 2;
  /** The fewest bytes a violation's record takes: severity, code, path, figures, two messages. */
  private static final int MIN_VIOLATION_RECORD = 1 + 2 + 2 + 1 + 2 + 2;
  /** The most elements of a list counted in one byte: approvals, areas, short names, figures. */
  private static final int MAX_SMALL = 0xFF;
  /**
   * The most characters short names may take from names, for each byte of the file: without a
   * bound, 255 short names cut from a name of 32,767 characters build 8 million characters of a
   * record of 66 KB.
   */
  static final int MAX_CUT_PER_BYTE = 4;
  /** The most industry names a file may hold, and industries a zone may have: two bytes. */
  private static final int MAX_INDUSTRIES = 0xFFFF;
  private static final Province[] PROVINCES = Province.values();
  private static final ParkKind[] KINDS = ParkKind.values();
  private static final ApprovalLevel[] LEVELS = ApprovalLevel.values();
  private static final Severity[] SEVERITIES = Severity.values();

  private CatalogZonesFile() {}

  /**
   * The file of {@code imported}.
   *
   * @throws IllegalArgumentException if it holds what the format cannot: a text longer than
   *     {@value #MAX_LENGTH} characters, more than {@value #MAX_SMALL} approvals, areas, short
   *     names or figures of one zone or violation, or a zone the importer does not make (another
   *     kind of area, a location beyond a province, an approval's authority, …)
   */
  static byte[] write(CatalogImport imported) {
    checkNotNull(imported, "imported");
    byte[] file = encode(imported);
    CatalogImport back = read(file);
    List<Park> parks = imported.parks();
    for (int i = 0; i < parks.size(); i++) {
      checkArgument(back.parks().get(i).equals(parks.get(i)),
          "the zone of line %s holds what the format cannot: %s is read back as %s",
          imported.lines().get(i), parks.get(i), back.parks().get(i));
    }
    List<Violation> violations = imported.report().violations();
    for (int i = 0; i < violations.size(); i++) {
      checkArgument(back.report().violations().get(i).equals(violations.get(i)),
          "violation %s holds what the format cannot: %s is read back as %s",
          i, violations.get(i), back.report().violations().get(i));
    }
    checkArgument(back.lines().equals(imported.lines()), "the lines of the zones are read back otherwise");
    // Equal is not the same: a metric's equality ignores the scale of its value (1000 and
    // 1000.00 hectares), which the file keeps. What is read back must write the same bytes.
    checkArgument(Arrays.equals(encode(back), file), "the file is read back as an import that writes other bytes");
    return file;
  }

  /** The bytes of {@code imported}, not read back. */
  private static byte[] encode(CatalogImport imported) {
    Writer writer = new Writer();
    List<Park> parks = imported.parks();
    writer.number(parks.size(), 4);
    for (int i = 0; i < parks.size(); i++) {
      writer.zone(parks.get(i), imported.lines().get(i));
    }
    List<Violation> violations = imported.report().violations();
    writer.number(violations.size(), 4);
    for (Violation violation : violations) {
      writer.violation(violation);
    }
    return writer.file();
  }

  /** Writes the sections; the texts are gathered apart and joined to the records at the end. */
  private static final class Writer {
    final ByteArrayOutputStream records = new ByteArrayOutputStream();
    final StringBuilder latin1 = new StringBuilder();
    final StringBuilder other = new StringBuilder();
    final Map<String, Integer> industryIndex = new HashMap<>();
    /** What is being written, for messages. */
    String at = "";

    void zone(Park park, int line) {
      at = "the zone of line " + line;
      number(line, 4);
      text(park.id().value(), "code");
      String name = park.names().official();
      text(name, "name");
      Optional<Province> province = park.location().flatMap(Location::province);
      number(province.map(p -> p.ordinal() + 1).orElse(0), 1);
      number(park.kind().ordinal(), 1);
      count(park.approvals().size(), MAX_SMALL, "approvals");
      for (Approval approval : park.approvals()) {
        number(approval.level().ordinal(), 1);
        number(approval.date().map(CatalogImporter::monthNumber).orElse(MONTH_NONE), 2);
      }
      count(park.areas().size(), MAX_SMALL, "areas");
      for (Area area : park.areas()) {
        area(area.metric().value());
      }
      count(park.names().shortNames().size(), MAX_SMALL, "short names");
      for (String shortName : park.names().shortNames()) {
        // The longest start of the short name that the name holds, not ending inside a surrogate
        // pair, so that each stored text is whole characters.
        int length = shortName.length();
        int start;
        while ((start = name.indexOf(shortName.substring(0, length))) < 0
            || (length > 0 && Character.isHighSurrogate(shortName.charAt(length - 1)))) {
          length--;
        }
        number(start, 2);
        number(length, 2);
        text(shortName.substring(length), "short name");
      }
      count(park.leadingIndustries().size(), MAX_INDUSTRIES, "leading industries");
      for (Industry industry : park.leadingIndustries()) {
        Integer index = industryIndex.get(industry.name());
        if (index == null) {
          checkArgument(industryIndex.size() < MAX_INDUSTRIES, "%s: more than %s industry names", at, MAX_INDUSTRIES);
          number(industryIndex.size(), 2);
          text(industry.name(), "industry");
          industryIndex.put(industry.name(), industryIndex.size());
        } else {
          number(index, 2);
        }
      }
    }

    void area(BigDecimal hectares) {
      BigInteger unscaled = hectares.unscaledValue();
      if (unscaled.bitLength() < 64 && hectares.scale() >= Short.MIN_VALUE && hectares.scale() <= Short.MAX_VALUE) {
        number(0, 1);
        long value = unscaled.longValue();
        number((int) (value >>> 32), 4);
        number((int) value, 4);
        number(hectares.scale(), 2);
      } else {
        number(1, 1);
        text(hectares.toString(), "area");
      }
    }

    void violation(Violation violation) {
      at = "violation " + violation.code() + " at " + violation.path();
      number(violation.severity().ordinal(), 1);
      text(violation.code(), "code");
      text(violation.path().toString(), "path");
      count(violation.figures().size(), MAX_SMALL, "figures");
      for (Figure figure : violation.figures()) {
        text(figure.label(), "figure");
        text(figure.text(), "figure");
      }
      text(violation.chinese(), "message");
      text(violation.english(), "message");
    }

    void count(int count, int max, String what) {
      checkArgument(count <= max, "%s has %s %s, more than the format's %s", at, count, what, max);
      number(count, max == MAX_SMALL ? 1 : 2);
    }

    void text(String text, String what) {
      checkArgument(text.length() <= MAX_LENGTH, "%s: its %s has more than the format's %s characters", at, what, MAX_LENGTH);
      boolean isLatin1 = true;
      for (int i = 0; i < text.length() && isLatin1; i++) {
        isLatin1 = text.charAt(i) < 0x100;
      }
      (isLatin1 ? latin1 : other).append(text);
      number(text.length() | (isLatin1 ? LATIN_1 : 0), 2);
    }

    void number(int number, int bytes) {
      writeNumber(records, number, bytes);
    }

    byte[] file() {
      // Char by char: an encoder would replace a lone surrogate, which a text may hold.
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

  /**
   * The import held by a file made by {@link #write}.
   *
   * @throws IllegalArgumentException if {@code bytes} are not such a file, or it is damaged
   */
  static CatalogImport read(byte[] bytes) {
    checkNotNull(bytes, "bytes");
    int sections = HEADER.length + 12;
    checkArgument(bytes.length >= HEADER.length && Arrays.equals(bytes, 0, HEADER.length, HEADER, 0, HEADER.length),
        "not a catalogue zones file: it does not begin with '%s'", MAGIC);
    int end = bytes.length - 4;
    // A damaged file is found without a pass in Java.
    checkArgument(end >= sections && crc(bytes, end) == Reader.number(bytes, end, 4),
        "the file is damaged: its checksum is not that of its bytes");
    int recordsLength = Reader.number(bytes, HEADER.length, 4);
    int latin1Length = Reader.number(bytes, HEADER.length + 4, 4);
    int utf16Length = Reader.number(bytes, HEADER.length + 8, 4);
    checkArgument(recordsLength >= 0 && latin1Length >= 0 && utf16Length >= 0 && utf16Length % 2 == 0
            && (long) sections + recordsLength + latin1Length + utf16Length == end,
        "the lengths of its sections are not those of the file");
    int recordsEnd = sections + recordsLength;
    String latin1 = new String(bytes, recordsEnd, latin1Length, StandardCharsets.ISO_8859_1);
    // Copied by the buffer in one native call, not decoded in a loop.
    char[] chars = new char[utf16Length / 2];
    ByteBuffer.wrap(bytes, recordsEnd + latin1Length, utf16Length).asCharBuffer().get(chars);
    Reader reader = new Reader(bytes, sections, recordsEnd, latin1, new String(chars));
    return reader.read();
  }

  /** Reads the records, cutting their texts from the two text sections in turn. */
  private static final class Reader {
    final byte[] bytes;
    final int end;
    final String latin1Texts;
    final String otherTexts;
    int at;
    int latin1At;
    int otherAt;
    /** The line of the zone being read, for messages; 0 while reading violations. */
    int line;
    /** The characters that short names may yet take from names: see the format. */
    long cutBudget;
    final CatalogImporter.Shared shared = new CatalogImporter.Shared();
    final List<Industry> industries = new ArrayList<>();

    Reader(byte[] bytes, int at, int end, String latin1Texts, String otherTexts) {
      this.bytes = bytes;
      this.at = at;
      this.end = end;
      this.latin1Texts = latin1Texts;
      this.otherTexts = otherTexts;
      this.cutBudget = (long) MAX_CUT_PER_BYTE * bytes.length;
    }

    CatalogImport read() {
      int zones = next(4);
      checkArgument(zones >= 0, "the number of zones is beyond the format's");
      // Not trusted for a capacity: a damaged count must not allocate more than the file holds.
      List<Park> parks = new ArrayList<>(Math.min(zones, (end - at) / MIN_ZONE_RECORD));
      List<Integer> lines = new ArrayList<>(Math.min(zones, (end - at) / MIN_ZONE_RECORD));
      for (int i = 0; i < zones; i++) {
        line = next(4);
        checkArgument(line >= 1, "zone %s has no line: %s", i, line);
        lines.add(line);
        try {
          parks.add(zone());
        } catch (ModelConstraintException | FigureLimitException e) {
          throw new IllegalArgumentException("the record of line " + line + " makes no zone: " + e.getMessage(), e);
        }
      }
      line = 0;
      int count = next(4);
      checkArgument(count >= 0, "the number of violations is beyond the format's");
      List<Violation> violations = new ArrayList<>(Math.min(count, (end - at) / MIN_VIOLATION_RECORD));
      for (int i = 0; i < count; i++) {
        try {
          violations.add(violation());
        } catch (ModelConstraintException e) {
          throw new IllegalArgumentException("a record makes no violation: " + e.getMessage(), e);
        }
      }
      checkArgument(at == end, "the records end before their section does");
      checkArgument(latin1At == latin1Texts.length() && otherAt == otherTexts.length(),
          "the records do not account for all of its text");
      return CatalogImport.of(parks, lines, ValidationReport.of(violations));
    }

    // No lambdas and no Optional chains here: a first load runs this mostly interpreted, where
    // each call site and object costs.
    private Park zone() {
      String code = text();
      String name = text();
      int province = next(1);
      int kind = next(1);
      checkArgument(province <= PROVINCES.length && kind < KINDS.length, "the zone of line %s has no such province or type", line);
      Park.Builder park = Park.builder().id(Identifier.of(code));
      if (province > 0) {
        park.location(shared.location(PROVINCES[province - 1]));
      }
      park.kind(KINDS[kind]);
      for (int approvals = next(1); approvals > 0; approvals--) {
        int level = next(1);
        int month = next(2);
        checkArgument(level < LEVELS.length, "the zone of line %s has no such approval level", line);
        if (month == MONTH_NONE) {
          park.addApproval(shared.approval(LEVELS[level], CatalogImporter.NO_MONTH));
        } else {
          checkArgument(month / 12 >= CatalogImporter.FIRST_YEAR && month / 12 <= CatalogImporter.LAST_YEAR,
              "the zone of line %s has an approval month beyond the years of approvals", line);
          park.addApproval(shared.approval(LEVELS[level], month));
        }
      }
      for (int areas = next(1); areas > 0; areas--) {
        park.addArea(Area.of(AreaKind.APPROVED, Metric.of(area(), Units.HECTARE)));
      }
      int shortNames = next(1);
      if (shortNames == 0) {
        park.names(Names.of(name));
      } else {
        String[] forms = new String[shortNames];
        for (int i = 0; i < shortNames; i++) {
          int start = next(2);
          int stop = start + next(2);
          checkArgument(stop <= name.length(), "a short name of line %s begins with more than its zone's name", line);
          cutBudget -= stop - start;
          checkArgument(cutBudget >= 0, "the short names of line %s take more of names than the file holds", line);
          forms[i] = name.substring(start, stop).concat(text());
        }
        park.names(Names.builder().official(name).addShortNames(forms).build());
      }
      for (int count = next(2); count > 0; count--) {
        int index = next(2);
        if (index == industries.size()) {
          industries.add(shared.industry(text()));
        }
        checkArgument(index < industries.size(), "the zone of line %s names an industry not yet given", line);
        park.addLeadingIndustry(industries.get(index));
      }
      return park.build();
    }

    private BigDecimal area() {
      int form = next(1);
      if (form == 0) {
        long unscaled = (long) next(4) << 32 | next(4) & 0xFFFFFFFFL;
        return BigDecimal.valueOf(unscaled, (short) next(2));
      }
      checkArgument(form == 1, "the zone of line %s has an area in no known form", line);
      String decimal = text();
      checkArgument(decimal.length() <= CatalogImporter.MAX_AREA_LENGTH,
          "the zone of line %s has an area of more characters than the importer reads", line);
      try {
        return new BigDecimal(decimal);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("the zone of line " + line + " has an area that is no decimal", e);
      }
    }

    private Violation violation() {
      int severity = next(1);
      checkArgument(severity < SEVERITIES.length, "a violation has no such severity");
      Violation.Builder violation = Violation.builder().severity(SEVERITIES[severity]).code(text());
      String path = text();
      try {
        violation.path(Path.parse(path));
      } catch (PathParseException e) {
        throw new IllegalArgumentException("a violation has a path that is no path", e);
      }
      for (int figures = next(1); figures > 0; figures--) {
        violation.addFigure(Figure.of(text(), text()));
      }
      return violation.chinese(text()).english(text()).build();
    }

    /** The unsigned number of the next {@code length} bytes of the records. */
    private int next(int length) {
      if (at + length > end) {
        throw cutShort();
      }
      int number = number(bytes, at, length);
      at += length;
      return number;
    }

    /** The text of the next entry, cut from its section. */
    private String text() {
      int entry = next(2);
      int length = entry & ~LATIN_1;
      if (entry >= LATIN_1) {
        if (latin1At + length > latin1Texts.length()) {
          throw cutShort();
        }
        latin1At += length;
        return latin1Texts.substring(latin1At - length, latin1At);
      }
      if (otherAt + length > otherTexts.length()) {
        throw cutShort();
      }
      otherAt += length;
      return otherTexts.substring(otherAt - length, otherAt);
    }

    private IllegalArgumentException cutShort() {
      return new IllegalArgumentException(line > 0 ? "the record of line " + line + " is cut short" : "the violations are cut short");
    }

    /** The unsigned number of {@code length} bytes at {@code at}. */
    static int number(byte[] bytes, int at, int length) {
      int number = 0;
      for (int i = 0; i < length; i++) {
        number = number << 8 | (bytes[at + i] & 0xFF);
      }
      return number;
    }
  }
}
