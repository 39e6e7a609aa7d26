package dev.parkdata.catalog;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.parkdata.industry.Industry;
import dev.parkdata.location.Location;
import dev.parkdata.location.Province;
import dev.parkdata.metric.Metric;
import dev.parkdata.model.Identifier;
import dev.parkdata.model.Names;
import dev.parkdata.park.Approval;
import dev.parkdata.park.ApprovalLevel;
import dev.parkdata.park.Area;
import dev.parkdata.park.AreaKind;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import dev.parkdata.unit.FigureLimits;
import dev.parkdata.unit.Units;
import dev.parkdata.validation.Figure;
import dev.parkdata.validation.Path;
import dev.parkdata.validation.Severity;
import dev.parkdata.validation.ValidationReport;
import dev.parkdata.validation.Violation;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns rows of the catalogue's CSV layout ({@link CatalogCsv}) into {@link Park}s, reporting
 * every fault of a row as a {@link Violation} instead of dropping the row or failing. A
 * violation's path names the row by its line in the file and the column by its header, {@code
 * rows[55].批准时间}; its first figure, {@code value}, is the cell's text. Works for the embedded 2018 edition, users' own copies and later editions
 * in the same layout.
 *
 * <h2>Mapping</h2>
 * <table class="striped">
 * <caption>Columns to the model</caption>
 * <thead><tr><th>column</th><th>becomes</th></tr></thead>
 * <tbody>
 * <tr><td>代码</td><td>{@link Park#id()}, a catalogue code {@code G112001}</td></tr>
 * <tr><td>开发区名称</td><td>{@link Names#official()}; {@link Names#shortNames()} by the systematic
 *     rules: 株洲高新区 for 株洲高新技术产业开发区, X经开区, X综保区, each also without the province
 *     ({@link DevelopmentZoneCatalog} has the list)</td></tr>
 * <tr><td>省份</td><td>{@link Location} with the {@link Province} and its two-digit GB/T 2260
 *     code as {@link Location#divisionCode()}</td></tr>
 * <tr><td>批准级别</td><td>the {@link ApprovalLevel} of each {@link Approval}</td></tr>
 * <tr><td>开发区类型</td><td>{@link Park#kind()} by {@link ParkKind#ofChineseName}</td></tr>
 * <tr><td>批准时间</td><td>the month of the {@link Approval}: {@code 1992.04}; two months
 *     separated by {@code /} ({@code 2000.04/2002.12}) are two approvals</td></tr>
 * <tr><td>核准面积_公顷</td><td>an {@link AreaKind#APPROVED} {@link Area}: an exact {@link Metric}
 *     in {@link Units#HECTARE 公顷}, digits as written</td></tr>
 * <tr><td>主导产业</td><td>{@link Park#leadingIndustries()}, split at 、 (also ， , ; ；)</td></tr>
 * <tr><td>序号</td><td>nothing: it numbers rows within the national or provincial list and is
 *     not unique</td></tr>
 * </tbody>
 * </table>
 *
 * <h2>Violations</h2>
 * <table class="striped">
 * <caption>Violation codes</caption>
 * <thead><tr><th>code</th><th>severity</th><th>the zone keeps</th></tr></thead>
 * <tbody>
 * <tr><td>{@code catalog.encoding-invalid}</td><td>ERROR</td><td>U+FFFD for the bytes (path {@code
 *     rows[<line>]}, figure {@code byte}: the offset in the file)</td></tr>
 * <tr><td>{@code catalog.code-malformed}</td><td>ERROR</td><td>identifier {@code line-<n>}</td></tr>
 * <tr><td>{@code catalog.duplicate-code}</td><td>ERROR</td><td>the code: both zones are kept</td></tr>
 * <tr><td>{@code catalog.name-missing}</td><td>ERROR</td><td>its identifier as name</td></tr>
 * <tr><td>{@code catalog.province-unknown}</td><td>ERROR</td><td>the province of the code's prefix, if any</td></tr>
 * <tr><td>{@code catalog.level-unknown}</td><td>ERROR</td><td>the level of the code's letter (G 国务院, S 省政府), if any</td></tr>
 * <tr><td>{@code catalog.type-unknown}</td><td>ERROR</td><td>the type of the code's type digit, else 其他类型开发区</td></tr>
 * <tr><td>{@code catalog.approval-date-malformed}</td><td>ERROR</td><td>an approval without month</td></tr>
 * <tr><td>{@code catalog.area-malformed}</td><td>ERROR</td><td>no approved area (also for a number
 *     beyond the {@link FigureLimits}: more than 1,000 significant digits)</td></tr>
 * <tr><td>{@code catalog.area-zero}</td><td>ERROR</td><td>no approved area</td></tr>
 * <tr><td>{@code catalog.approval-date-implausible}</td><td>ERROR</td><td>an approval without month
 *     (a year before 1979 or after 2100: 0000.01, 9999.12)</td></tr>
 * <tr><td>{@code catalog.approval-date-missing}</td><td>WARNING</td><td>an approval without month</td></tr>
 * <tr><td>{@code catalog.area-missing}</td><td>WARNING</td><td>no approved area</td></tr>
 * <tr><td>{@code catalog.code-level-mismatch}</td><td>WARNING</td><td>the 批准级别 given</td></tr>
 * <tr><td>{@code catalog.code-province-mismatch}</td><td>WARNING</td><td>the 省份 given</td></tr>
 * <tr><td>{@code catalog.code-type-mismatch}</td><td>WARNING</td><td>the 开发区类型 given</td></tr>
 * <tr><td>{@code catalog.approval-date-multiple}</td><td>INFO</td><td>one approval per month</td></tr>
 * </tbody>
 * </table>
 *
 * <p>The code's type digit is, for national zones, 1 经济技术开发区, 2 高新技术产业开发区, 3
 * 海关特殊监管区域, 5 边境/跨境经济合作区, 6 其他类型开发区; for provincial zones 7 经济开发区, 8
 * 高新技术产业开发区, 9 工业园区. Every row of the 2018 edition agrees with it.
 *
 * <p>Codes are stable; select them all with {@code report.withCode("catalog")}.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class CatalogImporter {
  // Rows are checked by hand rather than by regular expressions: an import in a fresh JVM (a
  // user's copy read at start-up) runs mostly interpreted, where this is several times faster.
  /** The first year a zone can have been approved in: the first zones date from 1979 (蛇口). */
  static final int FIRST_YEAR = 1979;
  /** The last year an approval date may name. */
  static final int LAST_YEAR = 2100;
  /** The month number of no month: a missing or malformed approval date. */
  static final int NO_MONTH = -1;
  /** The approval months of a row without a month: one approval, without date. */
  private static final int[] NO_MONTHS = {NO_MONTH};

  private CatalogImporter() {}

  /**
   * Reads a file in the catalogue's CSV layout and imports its rows. The reader is not closed.
   *
   * @throws CatalogFormatException if the file is not in the layout at all (a column is missing,
   *     the CSV is malformed)
   */
  public static CatalogImport read(Reader reader) {
    Importer importer = new Importer(16);
    CatalogCsv.read(reader, row -> importer.add(row));
    return importer.result();
  }

  /**
   * Reads a file in the catalogue's CSV layout from bytes in {@code encoding} (UTF-8, or
   * GB18030 for files saved by Chinese office software) and imports its rows, in memory
   * proportional to the rows. Bytes that are not valid in the encoding are read as U+FFFD and
   * reported as a {@code catalog.encoding-invalid} error at their line, naming the byte offset;
   * the rest of the file is read. The stream is not closed.
   *
   * @throws CatalogFormatException if the file is not in the layout, or plainly not in {@code
   *     encoding}: a UTF-16 byte-order mark or NUL bytes, a header line that does not decode,
   *     or more than half of its lines with bytes that do not
   */
  public static CatalogImport read(InputStream in, Charset encoding) {
    checkNotNull(in, "in");
    checkNotNull(encoding, "encoding");
    DecodingReader reader = new DecodingReader(in, encoding);
    Importer importer = new Importer(16);
    CatalogCsv.read(reader, row -> {
      importer.badBytes(reader.takeBadLines(row.line()), encoding);
      importer.add(row);
    });
    Deque<DecodingReader.BadLine> rest = reader.takeBadLines(Integer.MAX_VALUE);
    if (reader.badLines() > 3 && reader.badLines() * 2 > reader.lines()) {
      throw new CatalogFormatException("the file is not " + encoding.name() + ": " + reader.badLines() + " of its "
          + reader.lines() + " lines have bytes that are not; read it in its encoding (GB18030 for most Chinese"
          + " files that are not UTF-8)", reader.lines(), null);
    }
    importer.badBytes(rest, encoding);
    return importer.result();
  }

  /** Imports {@code rows}: one park for every row, and the problems found. */
  public static CatalogImport importRows(List<CatalogRow> rows) {
    checkNotNull(rows, "rows");
    Importer importer = new Importer(rows.size());
    for (CatalogRow row : rows) {
      importer.add(row);
    }
    return importer.result();
  }

  /**
   * Imports rows one at a time, keeping only the parks, their lines and the problems: memory in
   * proportion to the rows kept, time linear in their number (a repeated code is found by hash).
   */
  private static final class Importer {
    final List<Park> parks;
    final List<Integer> lines;
    final List<Violation> problems = new ArrayList<>();
    /** The index in {@link #parks} of the first park of each identifier. */
    final Map<Identifier, Integer> first = new HashMap<>();
    final Shared shared = new Shared();

    Importer(int expected) {
      parks = new ArrayList<>(expected);
      lines = new ArrayList<>(expected);
    }

    void add(CatalogRow row) {
      RowImport rowImport = new RowImport(row, problems, shared);
      Identifier id = rowImport.id();
      // A code met before: the row shares the first park's equal values (see RowImport.park).
      Integer earlier = first.putIfAbsent(id, parks.size());
      Park park = rowImport.park(id, earlier == null ? null : parks.get(earlier));
      parks.add(park);
      lines.add(row.line());
      if (earlier != null) {
        duplicateCode(row, park, earlier);
      }
    }

    /** Reports that {@code park}'s code is the code of the park at index {@code earlier}. */
    private void duplicateCode(CatalogRow row, Park park, int earlier) {
      int firstLine = lines.get(earlier);
      String other = parks.get(earlier).names().official();
      problems.add(
          violation(Severity.ERROR, "catalog.duplicate-code", row, CatalogColumn.CODE, shared)
              .addFigure(shared.canonical(Figure.of("first", "line " + firstLine)))
              .chinese(shared.canonical("代码" + park.id() + "已用于第" + firstLine + "行的" + other + "；两个开发区都保留"))
              .english(shared.canonical("the code is also given to " + other + " on line " + firstLine + "; both zones are kept"))
              .build());
    }

    /** Reports each line with bytes that are not valid in the encoding. */
    void badBytes(Deque<DecodingReader.BadLine> lines, Charset encoding) {
      for (DecodingReader.BadLine bad : lines) {
        problems.add(Violation.builder()
            .code("catalog.encoding-invalid")
            .severity(Severity.ERROR)
            .path(Path.root().field("rows").index(bad.line))
            .addFigure(Figure.of("byte", Long.toString(bad.offset)))
            .chinese("第" + bad.line + "行第" + bad.offset + "字节起不是有效的" + encoding.name() + "；按�读取")
            .english("line " + bad.line + " has bytes that are not " + encoding.name() + " from byte " + bad.offset
                + "; they are read as �")
            .build());
      }
    }

    CatalogImport result() {
      return CatalogImport.of(parks, lines, ValidationReport.of(problems));
    }
  }

  /**
   * The path of {@code column} of {@code row}: {@code rows[55].批准时间}. The index is the row's
   * line in the file (the header is line 1), so that a reader finds it in an editor.
   */
  static Path pathOf(CatalogRow row, CatalogColumn column) {
    return ROWS.index(row.line()).field(column.header());
  }

  private static final Path ROWS = Path.root().field("rows");

  private static Violation.Builder violation(
      Severity severity, String code, CatalogRow row, CatalogColumn column, Shared shared) {
    return Violation.builder()
        .code(code)
        .severity(severity)
        .path(pathOf(row, column))
        .addFigure(shared.canonical(Figure.of("value", row.get(column))));
  }

  /** The zone type a catalogue code's letter and type digit stand for (see the class documentation), or null. */
  private static ParkKind kindOfTypeDigit(String code) {
    char digit = code.charAt(3);
    if (code.charAt(0) == 'G') {
      switch (digit) {
        case '1': return ParkKind.ECONOMIC_TECHNOLOGICAL_DEVELOPMENT_ZONE;
        case '2': return ParkKind.HIGH_TECH_ZONE;
        case '3': return ParkKind.CUSTOMS_SUPERVISION_AREA;
        case '5': return ParkKind.BORDER_COOPERATION_ZONE;
        case '6': return ParkKind.OTHER_DEVELOPMENT_ZONE;
        default: return null;
      }
    }
    switch (digit) {
      case '7': return ParkKind.ECONOMIC_DEVELOPMENT_ZONE;
      case '8': return ParkKind.HIGH_TECH_ZONE;
      case '9': return ParkKind.INDUSTRIAL_PARK;
      default: return null;
    }
  }

  /** The value of the ASCII digit at {@code index} of {@code text}. */
  private static int digit(String text, int index) {
    return text.charAt(index) - '0';
  }

  /**
   * The month written YYYY.M or YYYY.MM as its month number, year × 12 + month − 1 (a number
   * rather than a {@link YearMonth}, which an import would make for every row), or {@link
   * #NO_MONTH} if the text is not such a month.
   */
  static int monthNumber(String text) {
    int dot = text.indexOf('.');
    if (dot != 4 || text.length() < 6 || text.length() > 7 || !digits(text, 0, 4) || !digits(text, 5, text.length())) {
      return NO_MONTH;
    }
    // The digits are checked: their values by hand, cheaper than Integer.parseInt interpreted.
    int month = text.length() == 6 ? digit(text, 5) : digit(text, 5) * 10 + digit(text, 6);
    return month >= 1 && month <= 12
        ? (digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3)) * 12 + month - 1
        : NO_MONTH;
  }

  /** The month number of {@code month}, year × 12 + month − 1, as {@link #monthNumber(String)} gives it. */
  static int monthNumber(YearMonth month) {
    return month.getYear() * 12 + month.getMonthValue() - 1;
  }

  /** Whether {@code c} separates leading industries: 、 (also ， , ; ；). */
  static boolean isIndustrySeparator(char c) {
    return c == '、' || c == '，' || c == ',' || c == ';' || c == '；';
  }

  /** The most digits a long always holds. */
  private static final int MAX_LONG_DIGITS = 18;
  /**
   * The longest area the importer reads, in characters: the plain digits of a figure within the
   * {@link FigureLimits} and its point. Checked before {@link BigDecimal} reads a text, which takes
   * time quadratic in its digits.
   */
  static final int MAX_AREA_LENGTH = FigureLimits.MAX_PLAIN_DIGITS + 1;

  /** Whether {@code text} holds only ASCII digits from {@code from} to {@code to}. */
  static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Equal values that many rows hold, made once per import (and per read of a {@link
   * CatalogZonesFile}, which builds them as the import did) and shared: 31 provinces' locations
   * for 2,543 zones, a few hundred approvals and industries. They are immutable, so sharing
   * changes nothing a caller can see; it saves building and checking thousands of equal values,
   * and their memory.
   */
  static final class Shared {
    private static final int MAX_RECENT = 1 << 16;
    final Map<Province, Location> locations = new EnumMap<>(Province.class);
    /** By level ordinal, then month: see {@link #approval}. */
    final Approval[][] approvals = new Approval[ApprovalLevel.values().length][];
    final Map<String, Industry> industries = new HashMap<>();

    Location location(Province province) {
      Location location = locations.get(province);
      if (location == null) {
        location = Location.builder().province(province).divisionCode(province.code()).build();
        locations.put(province, location);
      }
      return location;
    }

    /**
     * The approval at {@code level} in {@code month}, a {@linkplain CatalogImporter#monthNumber
     * month number} between {@link #FIRST_YEAR} and {@link #LAST_YEAR}, or {@link #NO_MONTH}. By
     * index, not by hash, and the {@link YearMonth} made only for the first approval of its month:
     * an import does this for every row (the embedded edition's read, for every zone), mostly
     * interpreted.
     */
    Approval approval(ApprovalLevel level, int month) {
      Approval[] byMonth = approvals[level.ordinal()];
      if (byMonth == null) {
        byMonth = new Approval[1 + (LAST_YEAR - FIRST_YEAR + 1) * 12];
        approvals[level.ordinal()] = byMonth;
      }
      int index = month == NO_MONTH ? 0 : 1 + month - FIRST_YEAR * 12;
      Approval approval = byMonth[index];
      if (approval == null) {
        Optional<YearMonth> date =
            month == NO_MONTH ? Optional.empty() : Optional.of(YearMonth.of(month / 12, month % 12 + 1));
        approval = Approval.builder().level(level).date(date).build();
        byMonth[index] = approval;
      }
      return approval;
    }

    /**
     * Equal immutable values met recently (areas of repeated codes, violation figures and messages), so
     * that a file repeating them holds each once: a million copies of one row keep one area and one
     * message, not a million (their identifier and names are the first park's: see park()). Bounded, so that an import of distinct values does not also hold a
     * second index of them; past the bound it starts afresh.
     */
    private final Map<Object, Object> recent = new HashMap<>();

    @SuppressWarnings("unchecked") // a key is only ever mapped to itself
    <T> T canonical(T value) {
      Object known = recent.putIfAbsent(value, value);
      if (known != null) {
        return (T) known;
      }
      if (recent.size() >= MAX_RECENT) {
        recent.clear();
      }
      return value;
    }

    Industry industry(String name) {
      Industry industry = industries.get(name);
      if (industry == null) {
        industry = Industry.of(name);
        industries.put(name, industry);
      }
      return industry;
    }
  }

  /** The import of one row: reads each column, reporting its problems. */
  private static final class RowImport {
    private final CatalogRow row;
    private final List<Violation> problems;
    private final Shared shared;
    /** The row's code if it is a catalogue code, else null: set by {@link #id()}. */
    private String code;

    RowImport(CatalogRow row, List<Violation> problems, Shared shared) {
      this.row = row;
      this.problems = problems;
      this.shared = shared;
    }

    // No lambdas on the path of a faultless row: each call site costs an import in a fresh JVM (a
    // user's copy read at start-up) about a millisecond to link. (The messages of faulty rows may
    // use them.) Each fault is reported by a method of its own, off that path: C1 compiles a method
    // whole, and such an import compiles every method it runs once a row, so messages it never
    // builds would cost it compile time.
    /**
     * The row's park, identified by {@code id} (read by {@link #id()} first), given the first
     * park of an earlier row with the same identifier, or null. Such a row shares the first
     * park's equal values (and its area with the rows like it), so that a file repeating a row a
     * million times holds one identifier, one name and one area. (Sharing values unique to a row
     * would only cost an import hashing.)
     */
    Park park(Identifier id, Park first) {
      if (first != null) {
        id = first.id();
      }
      // Columns are read in file order, the code first (id()), so that a row's violations are in
      // that order too.
      String name = name(id);
      Optional<Province> province = province();
      Names names = names(name, province.orElse(null));
      if (first != null && first.names().equals(names)) {
        names = first.names();
      }
      Park.Builder park = Park.builder().id(id).names(names);
      if (province.isPresent()) {
        park.location(shared.location(province.get()));
      }
      Optional<ApprovalLevel> level = level();
      park.kind(kind());
      int[] months = months();
      if (level.isPresent()) {
        for (int month : months) {
          park.addApproval(shared.approval(level.get(), month));
        }
      }
      Optional<BigDecimal> area = area();
      if (area.isPresent()) {
        // the decimal, not the area: a metric's equality ignores the stated scale, BigDecimal's does not
        BigDecimal hectares = first == null ? area.get() : shared.canonical(area.get());
        park.addArea(Area.of(AreaKind.APPROVED, Metric.of(hectares, Units.HECTARE)));
      }
      addIndustries(park);
      return park.build();
    }

    /** Adds the leading industries of the row's cell, split at the separators and stripped. */
    private void addIndustries(Park.Builder park) {
      String industries = row.get(CatalogColumn.LEADING_INDUSTRIES);
      int length = industries.length();
      int start = 0;
      for (int i = 0; i <= length; i++) {
        if (i == length || isIndustrySeparator(industries.charAt(i))) {
          // Stripped only when it needs to be: most are not, and an import in a fresh JVM runs this interpreted.
          String industry = start == i ? ""
              : Character.isWhitespace(industries.charAt(start)) || Character.isWhitespace(industries.charAt(i - 1))
                  ? industries.substring(start, i).strip()
                  : industries.substring(start, i);
          if (!industry.isEmpty()) {
            park.addLeadingIndustry(shared.industry(industry));
          }
          start = i + 1;
        }
      }
    }

    /** The official name and the short names its rules give it: 株洲高新区 (see {@link ShortForms}). */
    private Names names(String official, Province province) {
      List<String> shortNames = ShortForms.shortNames(official, province);
      if (shortNames.isEmpty()) {
        return Names.of(official);
      }
      return Names.builder().official(official).addAllShortNames(shortNames).build();
    }

    /** The row's identifier: its code, or its line if the code is malformed. Read before {@link #park}. */
    Identifier id() {
      String text = row.get(CatalogColumn.CODE);
      if (text.length() == 7 && (text.charAt(0) == 'G' || text.charAt(0) == 'S') && digits(text, 1, 7)) {
        code = text;
        return Identifier.of(text);
      }
      return malformedCode(text);
    }

    private Identifier malformedCode(String text) {
      report(Severity.ERROR, "catalog.code-malformed", CatalogColumn.CODE,
          "代码“" + text + "”不是目录代码（G或S加六位数字）；以line-" + row.line() + "标识",
          "'" + text + "' is not a catalogue code (G or S, then six digits); the zone is identified as line-" + row.line());
      return Identifier.of("line-" + row.line());
    }

    private String name(Identifier id) {
      String name = row.get(CatalogColumn.NAME);
      return name.isEmpty() ? missingName(id) : name;
    }

    private String missingName(Identifier id) {
      report(Severity.ERROR, "catalog.name-missing", CatalogColumn.NAME,
          "开发区名称为空；以代码" + id + "为名", "the zone has no name; it is named by its code " + id);
      return id.value();
    }

    private ParkKind kind() {
      Optional<ParkKind> fromCode = code == null ? Optional.empty() : Optional.ofNullable(kindOfTypeDigit(code));
      String text = row.get(CatalogColumn.ZONE_TYPE);
      Optional<ParkKind> given = ParkKind.ofChineseName(text);
      if (given.isEmpty()) {
        return unknownKind(text, fromCode);
      }
      if (fromCode.isPresent() && fromCode.get() != given.get()) {
        kindMismatch(text, fromCode.get());
      }
      return given.get();
    }

    private ParkKind unknownKind(String text, Optional<ParkKind> fromCode) {
      ParkKind fallback = fromCode.orElse(ParkKind.OTHER_DEVELOPMENT_ZONE);
      report(Severity.ERROR, "catalog.type-unknown", CatalogColumn.ZONE_TYPE,
          "开发区类型“" + text + "”不是目录的类型；按" + fallback.chineseName() + "读取",
          "'" + text + "' is not a zone type of the catalogue; read as " + fallback.chineseName());
      return fallback;
    }

    private void kindMismatch(String text, ParkKind fromCode) {
      report(Severity.WARNING, "catalog.code-type-mismatch", CatalogColumn.ZONE_TYPE,
          "开发区类型" + text + "与代码的类型位" + code.charAt(3) + "（" + fromCode.chineseName() + "）不符",
          "type " + text + " contradicts the code's type digit " + code.charAt(3) + ", " + fromCode.chineseName());
    }

    private Optional<Province> province() {
      Optional<Province> fromCode = code == null ? Optional.empty() : Province.ofDivisionCode(code.substring(1, 3));
      String text = row.get(CatalogColumn.PROVINCE);
      Optional<Province> given = Province.ofChineseName(text);
      if (given.isEmpty()) {
        return unknownProvince(text, fromCode);
      }
      if (fromCode.isPresent() && fromCode.get() != given.get()) {
        provinceMismatch(text, fromCode.get());
      }
      return given;
    }

    private Optional<Province> unknownProvince(String text, Optional<Province> fromCode) {
      report(Severity.ERROR, "catalog.province-unknown", CatalogColumn.PROVINCE,
          "省份“" + text + "”不是省级行政区的全称" + fromCode.map(p -> "；按代码读作" + p.chineseName()).orElse(""),
          "'" + text + "' is not the full name of a province-level division"
              + fromCode.map(p -> "; read as " + p.chineseName() + " from the code").orElse(""));
      return fromCode;
    }

    private void provinceMismatch(String text, Province fromCode) {
      report(Severity.WARNING, "catalog.code-province-mismatch", CatalogColumn.PROVINCE,
          "省份" + text + "与代码前缀" + code.substring(1, 3) + "（" + fromCode.chineseName() + "）不符",
          "province " + text + " contradicts the code's prefix " + code.substring(1, 3) + ", " + fromCode.chineseName());
    }

    private Optional<ApprovalLevel> level() {
      Optional<ApprovalLevel> fromCode = code == null ? Optional.empty()
          : Optional.of(code.charAt(0) == 'G' ? ApprovalLevel.STATE_COUNCIL : ApprovalLevel.PROVINCIAL_GOVERNMENT);
      String text = row.get(CatalogColumn.APPROVAL_LEVEL);
      Optional<ApprovalLevel> given = ApprovalLevel.ofChineseName(text);
      if (given.isEmpty()) {
        return unknownLevel(text, fromCode);
      }
      if (fromCode.isPresent() && fromCode.get() != given.get()) {
        levelMismatch(text, fromCode.get());
      }
      return given;
    }

    private Optional<ApprovalLevel> unknownLevel(String text, Optional<ApprovalLevel> fromCode) {
      report(Severity.ERROR, "catalog.level-unknown", CatalogColumn.APPROVAL_LEVEL,
          "批准级别“" + text + "”无法识别" + fromCode.map(l -> "；按代码读作" + l.chineseName()).orElse("；该开发区无批准记录"),
          "'" + text + "' is not an approval level (国务院, 省政府)"
              + fromCode.map(l -> "; read as " + l.chineseName() + " from the code").orElse("; the zone has no approval"));
      return fromCode;
    }

    private void levelMismatch(String text, ApprovalLevel fromCode) {
      report(Severity.WARNING, "catalog.code-level-mismatch", CatalogColumn.APPROVAL_LEVEL,
          "批准级别" + text + "与代码字母" + code.charAt(0) + "（" + fromCode.chineseName() + "）不符",
          "level " + text + " contradicts the code's letter " + code.charAt(0) + ", " + fromCode.chineseName());
    }

    /**
     * The approval months as {@linkplain CatalogImporter#monthNumber month numbers}; one {@link
     * #NO_MONTH} for a missing or malformed field.
     */
    private int[] months() {
      String text = row.get(CatalogColumn.APPROVAL_DATE);
      if (text.isEmpty()) {
        report(Severity.WARNING, "catalog.approval-date-missing", CatalogColumn.APPROVAL_DATE, "缺少批准时间", "no approval month");
        return NO_MONTHS;
      }
      int[] months = new int[1]; // most rows have one
      int count = 0;
      for (int start = 0, slash; start >= 0; start = slash < 0 ? -1 : slash + 1) {
        slash = text.indexOf('/', start);
        String part = text.substring(start, slash < 0 ? text.length() : slash).strip();
        int month = monthNumber(part);
        if (month == NO_MONTH) {
          malformedMonth(part);
        } else if (month / 12 < FIRST_YEAR || month / 12 > LAST_YEAR) {
          implausibleMonth(part);
        } else {
          if (count == months.length) {
            months = Arrays.copyOf(months, count * 2);
          }
          months[count++] = month;
        }
      }
      if (count > 1) {
        multipleMonths(count);
      }
      return count == 0 ? NO_MONTHS : count == months.length ? months : Arrays.copyOf(months, count);
    }

    private void malformedMonth(String part) {
      report(Severity.ERROR, "catalog.approval-date-malformed", CatalogColumn.APPROVAL_DATE,
          "批准时间“" + part + "”不是YYYY.MM格式的年月",
          "'" + part + "' is not a month written YYYY.MM");
    }

    private void implausibleMonth(String part) {
      report(Severity.ERROR, "catalog.approval-date-implausible", CatalogColumn.APPROVAL_DATE,
          "批准时间“" + part + "”不在" + FIRST_YEAR + "年至" + LAST_YEAR + "年之间",
          "'" + part + "' is not between " + FIRST_YEAR + " and " + LAST_YEAR
              + ", when development zones were approved");
    }

    private void multipleMonths(int count) {
      report(Severity.INFO, "catalog.approval-date-multiple", CatalogColumn.APPROVAL_DATE,
          "批准时间含" + count + "个年月，读作" + count + "次批准，首次为设立",
          "read as " + count + " approvals, the first being the establishment");
    }

    private Optional<BigDecimal> area() {
      String text = row.get(CatalogColumn.APPROVED_AREA_HECTARES);
      if (text.isEmpty()) {
        report(Severity.WARNING, "catalog.area-missing", CatalogColumn.APPROVED_AREA_HECTARES, "缺少核准面积", "no approved area");
        return Optional.empty();
      }
      int dot = text.indexOf('.');
      boolean decimal = dot < 0 ? digits(text, 0, text.length())
          : dot > 0 && dot < text.length() - 1 && digits(text, 0, dot) && digits(text, dot + 1, text.length());
      if (!decimal) {
        return malformedArea(text);
      }
      BigDecimal area;
      if (text.length() - (dot < 0 ? 0 : 1) <= MAX_LONG_DIGITS) {
        // At most 18 digits: the value and scale of new BigDecimal(text), worked out by hand
        // (its parser is slow interpreted); 18 digits and a scale of at most 18 are far within
        // the FigureLimits (1,000), so they need no check.
        long unscaled = 0;
        for (int i = 0; i < text.length(); i++) {
          if (i != dot) {
            unscaled = unscaled * 10 + text.charAt(i) - '0';
          }
        }
        area = BigDecimal.valueOf(unscaled, dot < 0 ? 0 : text.length() - dot - 1);
      } else {
        area = longArea(text);
        if (area == null) {
          return areaBeyondLimits(text);
        }
      }
      if (area.signum() == 0) {
        report(Severity.ERROR, "catalog.area-zero", CatalogColumn.APPROVED_AREA_HECTARES,
            "核准面积为0公顷；不记录核准面积", "an approved area of 0 hectares is no area; none is recorded");
        return Optional.empty();
      }
      return Optional.of(area);
    }

    /** The area of more than 18 digits {@code text} holds, or null if it is beyond the {@link FigureLimits}. */
    private static BigDecimal longArea(String text) {
      BigDecimal area = text.length() <= MAX_AREA_LENGTH ? new BigDecimal(text) : null;
      return area != null && FigureLimits.isWithin(area) ? area : null;
    }

    private Optional<BigDecimal> malformedArea(String text) {
      report(Severity.ERROR, "catalog.area-malformed", CatalogColumn.APPROVED_AREA_HECTARES,
          "核准面积“" + abbreviate(text) + "”不是以数字书写的公顷数",
          "'" + abbreviate(text) + "' is not a number of hectares written in digits, such as 1496 or 23252.5");
      return Optional.empty();
    }

    private Optional<BigDecimal> areaBeyondLimits(String text) {
      report(Severity.ERROR, "catalog.area-malformed", CatalogColumn.APPROVED_AREA_HECTARES,
          "核准面积“" + abbreviate(text) + "”（" + text.length() + "个字符）超出数值的范围",
          "'" + abbreviate(text) + "' (" + text.length() + " characters) is beyond the limits of a figure: "
              + FigureLimits.MAX_SIGNIFICANT_DIGITS + " significant digits, exponent within ±" + FigureLimits.MAX_EXPONENT);
      return Optional.empty();
    }

    /** The start of a long cell, for messages: the cell itself is the violation's first figure. */
    private static String abbreviate(String text) {
      return text.length() <= 60 ? text : text.substring(0, 40) + "…";
    }

    private void report(Severity severity, String problemCode, CatalogColumn column, String chinese, String english) {
      problems.add(violation(severity, problemCode, row, column, shared)
          .chinese(shared.canonical(chinese)).english(shared.canonical(english)).build());
    }
  }
}
