package dev.parkdata.catalog;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * China's administrative divisions (中华人民共和国县级以上行政区划代码, the codes of GB/T 2260): every
 * province-, prefecture- and county-level division from 1981 to the end of {@value #LATEST_YEAR},
 * with the history of each code.
 *
 * <pre>{@code
 * Divisions divisions = Divisions.gbt2260();
 * divisions.byCode("430200", 2018);             // 430200 株洲市
 * divisions.byCode("430221", 2018);             // empty: 株洲县 was retired in 2018
 * divisions.succession("430221", 2010);         // 430221 株洲县 → 430211 天元区, 430212 渌口区
 * divisions.byName(hunan, "株洲", 2018);         // 株洲市 (and 株洲县 before 2018)
 * divisions.chain(zichuan);                     // 淄川区, 淄博市, 山东省
 * }</pre>
 *
 * <p>A code alone does not name a place: retired codes were reused for other places, and a code
 * whose area changed is a new {@link Division} from the year it changed. Lookups therefore take
 * a year, the state of the lists at its end.
 *
 * <p>The data is the CC0 compilation of the Ministry of Civil Affairs' code lists and change
 * notices by the open {@code areacodes} project (github.com/yescallop/areacodes, result.csv,
 * November 2025), embedded as {@code dev/parkdata/catalog/gbt2260-divisions.csv}; see {@code
 * gbt2260-divisions.README.txt} beside it. It is read on the first call of {@link #gbt2260()},
 * not with the catalogue, so that the catalogue's first load does not pay for it.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Divisions {
  /** The last year the embedded code lists cover. */
  public static final int LATEST_YEAR = 2024;

  /** The first year the embedded lists hold. */
  static final int FIRST_YEAR = 1981;
  static final String RESOURCE = "gbt2260-divisions.csv";

  private final ImmutableList<Division> all;
  /** Each code's divisions, oldest first. */
  private final Map<String, ImmutableList<Division>> byCode;
  /** Children by parent code, over all years. */
  private final Map<String, ImmutableList<Division>> children;
  /** Divisions by name and by short name, over all years, in file order: made on the first search by name. */
  private volatile Map<String, List<Division>> byAnyName;
  private volatile Map<String, List<Division>> predecessors;

  private Divisions(List<Division> all) {
    this.all = ImmutableList.copyOf(all);
    Map<String, List<Division>> codes = new HashMap<>(8192);
    Map<String, List<Division>> kids = new HashMap<>(1024);
    for (Division d : all) {
      add(codes, d.code(), d);
      if (d.parentCode().isPresent()) {
        add(kids, d.parentCode().get(), d);
      }
    }
    Map<String, ImmutableList<Division>> sortedCodes = new HashMap<>(8192);
    for (Map.Entry<String, List<Division>> e : codes.entrySet()) {
      List<Division> list = e.getValue();
      if (list.size() > 1) {
        list.sort(BY_SINCE);
      }
      sortedCodes.put(e.getKey(), ImmutableList.copyOf(list));
    }
    Map<String, ImmutableList<Division>> frozenKids = new HashMap<>(1024);
    for (Map.Entry<String, List<Division>> e : kids.entrySet()) {
      frozenKids.put(e.getKey(), ImmutableList.copyOf(e.getValue()));
    }
    this.byCode = sortedCodes;
    this.children = frozenKids;
  }

  private static final Comparator<Division> BY_SINCE = Comparator.comparingInt(Division::since);

  private static void add(Map<String, List<Division>> map, String key, Division d) {
    List<Division> list = map.get(key);
    if (list == null) {
      list = new ArrayList<>(2);
      map.put(key, list);
    }
    list.add(d);
  }

  /** Holds the embedded lists: read when first asked for, once, safely across threads. */
  private static final class Embedded {
    static final Divisions INSTANCE = load();

    private static Divisions load() {
      try (InputStream in = Divisions.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the embedded divisions " + RESOURCE + " are missing from the class path");
        }
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the embedded divisions " + RESOURCE, e);
      }
    }
  }

  /** The embedded GB/T 2260 divisions, 1981 to {@value #LATEST_YEAR}: read on the first call, then shared. */
  public static Divisions gbt2260() {
    return Embedded.INSTANCE;
  }

  /**
   * Reads the CSV layout of the embedded file (see its README): a header, then one division per
   * line. Split by hand: the file has no quoted cells, and this keeps Jackson's CSV reader out
   * of the first use.
   *
   * @throws IllegalArgumentException naming the line if a line is not in the layout
   */
  static Divisions parse(String text) {
    checkNotNull(text, "text");
    int start = text.startsWith("\uFEFF") ? 1 : 0;
    int headerEnd = text.indexOf('\n', start);
    checkArgument(headerEnd > 0 && text.startsWith("代码,", start), "not the divisions' CSV layout");
    // Split by hand, not by regular expressions: this runs mostly interpreted on first use.
    List<String[]> rows = new ArrayList<>(7000);
    int line = 1;
    for (int from = headerEnd + 1; from < text.length(); ) {
      int end = text.indexOf('\n', from);
      if (end < 0) {
        end = text.length();
      }
      line++;
      int stop = end > from && text.charAt(end - 1) == '\r' ? end - 1 : end;
      if (stop > from) {
        String[] cells = new String[9];
        int cell = 0;
        int cellStart = from;
        for (int i = from; i <= stop; i++) {
          if (i == stop || text.charAt(i) == ',') {
            checkArgument(cell < 9, "line %s has more than 9 cells", line);
            cells[cell++] = text.substring(cellStart, i);
            cellStart = i + 1;
          }
        }
        checkArgument(cell == 9, "line %s has %s cells, not 9", line, cell);
        checkArgument(Division.isCode(cells[0]), "line %s: '%s' is not a six-digit code", line, cells[0]);
        checkArgument(DivisionLevel.ofChineseName(cells[4]) != null, "line %s: unknown level '%s'", line, cells[4]);
        rows.add(cells);
      }
      from = end + 1;
    }
    // Prefectures by province and name: a county names its prefecture, not its code.
    Map<String, List<String[]>> prefectures = new HashMap<>();
    for (String[] row : rows) {
      if (row[4].equals("地级")) {
        String key = row[0].substring(0, 2) + row[3];
        List<String[]> same = prefectures.get(key);
        if (same == null) {
          same = new ArrayList<>(2);
          prefectures.put(key, same);
        }
        same.add(row);
      }
    }
    List<Division> divisions = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      String[] row = rows.get(i);
      try {
        divisions.add(division(row, prefectures));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("line " + (i + 2) + ": " + e.getMessage(), e);
      }
    }
    return new Divisions(divisions);
  }

  private static Division division(String[] row, Map<String, List<String[]>> prefectures) {
    String code = row[0];
    DivisionLevel level = DivisionLevel.ofChineseName(row[4]);
    int since = Integer.parseInt(row[6]);
    OptionalInt until = row[7].isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(row[7]));
    String province = code.substring(0, 2) + "0000";
    Optional<String> parent;
    if (level == DivisionLevel.PROVINCE) {
      parent = Optional.empty();
    } else if (level == DivisionLevel.PREFECTURE || row[2].equals("直辖") || row[2].isEmpty()) {
      parent = Optional.of(province);
    } else {
      parent = Optional.of(prefectureCode(code, since, until, prefectures.get(code.substring(0, 2) + row[2]), province));
    }
    if (row[8].isEmpty()) {
      return new Division(code, row[3], level, parent, since, until, ImmutableList.of());
    }
    ImmutableList.Builder<Division.Successor> successors = ImmutableList.builder();
    {
      for (String part : row[8].split(";")) {
        int bracket = part.indexOf('[');
        if (bracket < 0) {
          checkArgument(until.isPresent(), "successor %s of a division still in use needs a year", part);
          successors.add(new Division.Successor(part, until.getAsInt()));
        } else {
          checkArgument(part.endsWith("]"), "malformed successor '%s'", part);
          successors.add(new Division.Successor(
              part.substring(0, bracket), Integer.parseInt(part.substring(bracket + 1, part.length() - 1))));
        }
      }
    }
    return new Division(code, row[3], level, parent, since, until, successors.build());
  }

  /** The code of the prefecture a county names: the one sharing its code's first four digits, else one in use with it. */
  private static String prefectureCode(
      String county, int since, OptionalInt until, List<String[]> candidates, String province) {
    if (candidates == null) {
      return province;
    }
    for (String[] p : candidates) {
      if (p[0].startsWith(county.substring(0, 4))) {
        return p[0];
      }
    }
    for (String[] p : candidates) {
      int pSince = Integer.parseInt(p[6]);
      int pUntil = p[7].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(p[7]);
      if (pSince < until.orElse(Integer.MAX_VALUE) && since < pUntil) {
        return p[0];
      }
    }
    return candidates.get(0)[0];
  }

  /** Every division, in the order of the file. */
  public List<Division> all() {
    return all;
  }

  /** Every division that has had {@code code}, oldest first; empty for an unknown code. */
  public List<Division> allByCode(String code) {
    ImmutableList<Division> divisions = byCode.get(checkNotNull(code, "code"));
    return divisions == null ? ImmutableList.of() : divisions;
  }

  /** The division {@code code} stood for at the end of {@code year}; empty if it was not in use. */
  public Optional<Division> byCode(String code, int year) {
    for (Division d : allByCode(code)) {
      if (d.inUseIn(year)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** The latest division with {@code code}, in use or not: {@code 430221 株洲县 (1981–2018)}. */
  public Optional<Division> latestByCode(String code) {
    List<Division> divisions = allByCode(code);
    return divisions.isEmpty() ? Optional.empty() : Optional.of(divisions.get(divisions.size() - 1));
  }

  /** The divisions in use at the end of {@code year}, in file order. */
  public List<Division> inUseIn(int year) {
    ImmutableList.Builder<Division> inUse = ImmutableList.builder();
    for (Division d : all) {
      if (d.inUseIn(year)) {
        inUse.add(d);
      }
    }
    return inUse.build();
  }

  /** The divisions directly under {@code parent} at the end of {@code year}. */
  public List<Division> children(Division parent, int year) {
    checkNotNull(parent, "parent");
    ImmutableList<Division> kids = children.get(parent.code());
    if (kids == null) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Division> inUse = ImmutableList.builder();
    for (Division d : kids) {
      if (d.inUseIn(year)) {
        inUse.add(d);
      }
    }
    return inUse.build();
  }

  /**
   * The divisions below {@code within} (its children and their children) in use at the end of
   * {@code year} whose name or {@linkplain Division#shortName() short name} is {@code name}: 株洲
   * and 株洲市 find 430200 株洲市 in 湖南省. Usually one; names repeat across provinces, rarely
   * within one.
   */
  public List<Division> byName(Division within, String name, int year) {
    checkNotNull(within, "within");
    checkNotNull(name, "name");
    ImmutableList.Builder<Division> found = ImmutableList.builder();
    for (Division child : children(within, year)) {
      if (isNamed(child, name)) {
        found.add(child);
      }
      for (Division grandchild : children(child, year)) {
        if (isNamed(grandchild, name)) {
          found.add(grandchild);
        }
      }
    }
    return found.build();
  }

  /**
   * Every division in use at the end of {@code year} whose name or short name is {@code name},
   * in the whole country: {@code 朝阳区} finds Beijing's and Changchun's. An autonomous prefecture
   * or county is also named by its short name with 州 or 县: {@code 昌吉州}, {@code 长阳县}; a banner
   * named by its side or part by its customary short name, with or without 旗: {@code 土右旗} and
   * {@code 土右} for 土默特右旗, {@code 科左后旗} for 科尔沁左翼后旗.
   */
  public List<Division> byName(String name, int year) {
    checkNotNull(name, "name");
    List<Division> named = byAnyName().get(name);
    if (named == null) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Division> found = ImmutableList.builder();
    for (Division d : named) {
      if (d.inUseIn(year)) {
        found.add(d);
      }
    }
    return found.build();
  }

  /** The divisions named {@code name} in any year, in use or retired (蓟县, retired in 2016). */
  List<Division> byNameInAnyYear(String name) {
    return byAnyName().getOrDefault(checkNotNull(name, "name"), List.of());
  }

  private Map<String, List<Division>> byAnyName() {
    Map<String, List<Division>> index = byAnyName;
    if (index == null) {
      index = new HashMap<>(all.size() * 3);
      for (Division d : all) {
        add(index, d.name(), d);
        String shortName = d.shortName();
        if (!shortName.equals(d.name())) {
          add(index, shortName, d);
        }
        String written = autonomousShortName(d);
        if (written != null) {
          add(index, written, d);
        }
        for (String banner : bannerShortNames(d)) {
          add(index, banner, d);
        }
      }
      byAnyName = index; // racing threads build equal indexes: harmless
    }
    return index;
  }

  /**
   * The divisions whose area {@code division}'s code took over, in part or whole, when they were
   * retired or changed (户县, 610125 until 2016, for 鄠邑区, 610118): its predecessors, by the
   * successor codes of the history. Empty for a division that replaced none.
   */
  List<Division> predecessors(Division division) {
    Map<String, List<Division>> index = predecessors;
    if (index == null) {
      index = new HashMap<>();
      for (Division d : all) {
        for (String code : d.successorCodes()) {
          if (!code.equals(d.code())) {
            add(index, code, d);
          }
        }
      }
      predecessors = index; // racing threads build equal indexes: harmless
    }
    return index.getOrDefault(division.code(), List.of());
  }

  /**
   * Whether {@code name} is {@code d}'s name, short name, autonomous short name with 州 or 县, or a
   * banner's customary short name with or without 旗.
   */
  static boolean isNamed(Division d, String name) {
    if (d.name().equals(name) || d.shortName().equals(name) || name.equals(autonomousShortName(d))) {
      return true;
    }
    return bannerShortNames(d).contains(name);
  }

  /** {@link #bannerShortName} with and without its 旗 (土右旗, 土右), or none. */
  static List<String> bannerShortNames(Division d) {
    String banner = bannerShortName(d);
    return banner == null ? List.of() : List.of(banner, banner.substring(0, banner.length() - 1));
  }

  /**
   * The customary short name of a banner named by its side or part (左翼, 右, 前, 中, 后) as
   * Inner Mongolia writes it, the first character of its people's or land's name, then the side's
   * and the part's, then 旗: 土右旗 for 土默特右旗, 科左后旗 for 科尔沁左翼后旗, 察右前旗 for 察哈尔右翼前旗,
   * 乌前旗 for 乌拉特前旗 (the catalogue names 包头市土右旗新型工业园区 so); null for any other division.
   */
  static String bannerShortName(Division d) {
    String name = d.name();
    if (d.level() != DivisionLevel.COUNTY || !name.endsWith("旗")) {
      return null;
    }
    String stem = name.substring(0, name.length() - 1);
    String part = "";
    if (stem.endsWith("前") || stem.endsWith("中") || stem.endsWith("后")) {
      part = stem.substring(stem.length() - 1);
      stem = stem.substring(0, stem.length() - 1);
    }
    String side = "";
    for (String s : new String[] {"左翼", "右翼", "左", "右"}) {
      if (stem.endsWith(s)) {
        side = s.substring(0, 1);
        stem = stem.substring(0, stem.length() - s.length());
        break;
      }
    }
    if (side.isEmpty() && part.isEmpty() || stem.length() < 2) {
      return null; // 陈巴尔虎旗, 达尔罕茂明安联合旗: no rule makes theirs
    }
    return stem.charAt(0) + side + part + "旗";
  }

  /**
   * An autonomous prefecture's or county's short name with 州 or 县, as reporting writes it
   * (昌吉州 for 昌吉回族自治州, 长阳县 for 长阳土家族自治县); null for any other division.
   */
  private static String autonomousShortName(Division d) {
    String name = d.name();
    String shortName = d.shortName();
    if (shortName.equals(name)) {
      return null;
    }
    if (name.endsWith("自治州")) {
      return shortName + "州";
    }
    return name.endsWith("自治县") ? shortName + "县" : null;
  }

  /** The division {@code division} lay in, as it was in the last year {@code division} was in use. */
  public Optional<Division> parent(Division division) {
    checkNotNull(division, "division");
    if (division.parentCode().isEmpty()) {
      return Optional.empty();
    }
    int year = lastYear(division);
    String code = division.parentCode().get();
    Optional<Division> parent = byCode(code, year);
    return parent.isPresent() ? parent : latestByCode(code);
  }

  /** {@code division} and the divisions it lay in, most precise first: 淄川区, 淄博市, 山东省. */
  public List<Division> chain(Division division) {
    ImmutableList.Builder<Division> chain = ImmutableList.<Division>builder().add(division);
    Optional<Division> next = parent(division);
    for (int depth = 0; next.isPresent() && depth < 3; depth++) {
      chain.add(next.get());
      next = parent(next.get());
    }
    return chain.build();
  }

  private static int lastYear(Division d) {
    return d.until().isPresent() ? Math.max(d.since(), d.until().getAsInt() - 1) : LATEST_YEAR;
  }

  /**
   * What a code written in a document of {@code documentYear} stands for in {@value
   * #LATEST_YEAR}: the division itself if it is still in use, else the divisions that took over
   * its area, followed through every later change, with a report of each step.
   *
   * @throws IllegalArgumentException if no division ever had {@code code}
   */
  public DivisionSuccession succession(String code, int documentYear) {
    return succession(code, documentYear, LATEST_YEAR);
  }

  /**
   * What a code written in a document of {@code documentYear} stands for at the end of {@code
   * targetYear}; see {@link #succession(String, int)}.
   *
   * @throws IllegalArgumentException if no division ever had {@code code}, or {@code targetYear}
   *     is before {@code documentYear}
   */
  public DivisionSuccession succession(String code, int documentYear, int targetYear) {
    List<Division> records = allByCode(code);
    checkArgument(!records.isEmpty(), "no GB/T 2260 division ever had code '%s'", code);
    checkArgument(targetYear >= documentYear, "target year %s is before the document's year %s", targetYear, documentYear);
    Division original = asOf(records, documentYear);
    Set<Division> current = new LinkedHashSet<>();
    List<String> steps = new ArrayList<>();
    follow(original, targetYear, current, steps, new LinkedHashSet<>());
    return new DivisionSuccession(original, targetYear, ImmutableList.copyOf(current), ImmutableList.copyOf(steps));
  }

  private void follow(Division d, int targetYear, Set<Division> current, List<String> steps, Set<Division> seen) {
    if (!seen.add(d)) {
      return;
    }
    if (d.inUseIn(targetYear) || d.since() > targetYear) {
      current.add(d);
      // Parts given away before the target year went to other divisions, but the code still stands.
      return;
    }
    if (d.successors().isEmpty()) {
      steps.add(d.code() + " " + d.name() + " retired in " + d.until().orElse(d.since()) + " with no successor recorded");
      current.add(d);
      return;
    }
    boolean followed = false;
    for (Division.Successor s : d.successors()) {
      if (s.year() > targetYear) {
        continue;
      }
      List<Division> records = allByCode(s.code());
      if (records.isEmpty()) {
        steps.add(d.code() + " " + d.name() + " → " + s.code() + " (" + s.year() + "), a code not in the lists");
        continue;
      }
      Optional<Division> direct = byCode(s.code(), targetYear);
      boolean partial = d.until().isPresent() && s.year() < d.until().getAsInt();
      if (partial && direct.isPresent()) {
        // A part given away before the end: what took it is named as it is in the target year,
        // not followed through its own later changes, which are not this division's.
        steps.add(d.code() + " " + d.name() + " → " + s.code() + " (part, " + s.year() + ")");
        current.add(direct.get());
        followed = true;
        continue;
      }
      Division next = asOf(records, s.year());
      steps.add(d.code() + " " + d.name() + " → " + next.code() + " " + next.name() + " (" + s.year() + ")");
      follow(next, targetYear, current, steps, seen);
      followed = true;
    }
    if (!followed) {
      current.add(d);
    }
  }

  /** The record of a code in use at the end of {@code year}, else the first after it, else the last. */
  private static Division asOf(List<Division> records, int year) {
    for (Division d : records) {
      if (d.inUseIn(year)) {
        return d;
      }
    }
    for (Division d : records) {
      if (d.since() > year) {
        return d;
      }
    }
    return records.get(records.size() - 1);
  }

  /** {@code Divisions{6823 divisions, 1981–2024}}. */
  @Override
  public String toString() {
    return "Divisions{" + all.size() + " divisions, " + FIRST_YEAR + "–" + LATEST_YEAR + "}";
  }
}
