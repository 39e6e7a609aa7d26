package dev.parkdata.examples.cli;

import dev.parkdata.catalog.CatalogGrouping;
import dev.parkdata.catalog.CatalogQuery;
import dev.parkdata.catalog.CatalogTotal;
import dev.parkdata.catalog.DevelopmentZoneCatalog;
import dev.parkdata.catalog.Division;
import dev.parkdata.catalog.DivisionLevel;
import dev.parkdata.catalog.Divisions;
import dev.parkdata.industry.Industry;
import dev.parkdata.location.Location;
import dev.parkdata.location.Province;
import dev.parkdata.io.NdjsonWriter;
import dev.parkdata.io.ParkDataJson;
import dev.parkdata.metric.Metric;
import dev.parkdata.park.ApprovalLevel;
import dev.parkdata.park.AreaKind;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import dev.parkdata.unit.Unit;
import dev.parkdata.unit.Dimension;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code parkdata catalog}: the zones of the national catalogue that match the options, as a
 * table or as NDJSON, or their counts and approved area per group with {@code --summary}.
 *
 * <p>With {@code --json}, the zones are NDJSON in the parkdata io format ({@code
 * docs/json-format.md}): one {@code {"entity":"PARK",…}} record per line, which {@link
 * ParkDataJson#readNdjson(java.io.Reader)} reads back into the same parks. Each group of {@code
 * --summary --json} is one object with the fields {@link #GROUP_FIELDS}, its area a metric in the
 * io format. Decimals are JSON strings in plain notation.
 */
@Command(
    name = "catalog",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Lists the zones of the 中国开发区审核公告目录 (2018 edition, 2,543 zones) that match every option given.",
      "%nWith --summary, prints the number of matching zones and their total approved area (核准面积) per "
          + "province, type or level instead. Names and industries match in simplified or traditional characters."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  $ parkdata catalog --province 甘肃 --level 国务院 --since 2010",
      "  CODE     NAME                    PROVINCE  LEVEL   TYPE                APPROVED  AREA_HA  INDUSTRIES",
      "  G623130  兰州新区综合保税区      甘肃省    国务院  海关特殊监管区域    2014.07     286.0  进出口贸易、…",
      "  …",
      "  6 zones",
      "  $ parkdata catalog --industry 生物医药 --type 高新技术产业开发区 --json",
      "  $ parkdata catalog --summary --by province --unit 平方公里",
      "  $ parkdata catalog --file my-copy.csv --summary --by level",
      "%nExit status: 0 on success (also when no zone matches), 2 on a usage error "
          + "(unknown province, type, level, grouping or unit), 1 on any other failure (an unreadable --file)."
    })
final class CatalogCommand implements Runnable {
  /** The fields of a group in {@code --summary --json} output, in order; stable across releases. */
  static final List<String> GROUP_FIELDS = List.of("by", "key", "name", "zones", "approvedArea", "zonesWithoutArea");

  @Spec private CommandSpec spec;

  @Option(names = "--province", paramLabel = "P",
      description = "Only zones in this province: 江苏省, 江苏, 32 or JIANGSU.")
  private String province;

  @Option(names = "--type", paramLabel = "T",
      description = "Only zones of this type (开发区类型): 高新技术产业开发区, a unique part of it such as 高新 or 海关, or HIGH_TECH_ZONE.")
  private String type;

  @Option(names = "--level", paramLabel = "L", description = "Only zones approved by 国务院 or 省政府 (also STATE_COUNCIL, PROVINCIAL_GOVERNMENT).")
  private String level;

  @Option(names = "--since", paramLabel = "YEAR", description = "Only zones first approved in YEAR or later.")
  private Integer since;

  @Option(names = "--industry", paramLabel = "I", description = "Only zones with a leading industry (主导产业) containing I: 医药 matches 生物医药.")
  private String industry;

  @Option(names = "--name", paramLabel = "TEXT",
      description = "Only zones whose name, official or short, contains TEXT: 淄博, 蘇州, 株洲高新区; those so named exactly first.")
  private String name;

  @Option(names = "--city", paramLabel = "CITY",
      description = "Only zones placed in this prefecture-level city (or municipality): 苏州, 苏州市 or 320500.")
  private String city;

  @Option(names = "--county", paramLabel = "COUNTY",
      description = "Only zones placed in this county-level division: 淄川区, 淄川 or 370302.")
  private String county;

  @Option(names = "--summary", description = "Print counts and total approved area per group instead of the zones.")
  private boolean summary;

  @Option(names = "--by", paramLabel = "GROUP", defaultValue = "province",
      description = "With --summary: group by province, type, level, city or county (default: ${DEFAULT-VALUE}).")
  private String by;

  @Option(names = "--unit", paramLabel = "UNIT", defaultValue = "平方公里", converter = UnitTypeConverter.class,
      description = "With --summary: the area unit of the totals, e.g. 公顷, 亩, km² (default: ${DEFAULT-VALUE}).")
  private Unit unit;

  @Option(names = "--file", paramLabel = "CSV",
      description = "Read this catalogue file (same CSV layout) instead of the embedded 2018 edition.")
  private Path file;

  @Option(names = "--encoding", paramLabel = "CHARSET",
      description = "The encoding of --file: UTF-8 (default) or GB18030, as Chinese office software saves CSV.")
  private String encoding = "UTF-8";

  @Option(names = "--json", description = "Print one JSON object per zone (or group) and line.")
  private boolean json;

  @Override
  public void run() {
    DevelopmentZoneCatalog catalog = catalog();
    CatalogQuery query = query(catalog);
    PrintWriter out = spec.commandLine().getOut();
    if (summary) {
      printSummary(out, query);
    } else if (json) {
      try (NdjsonWriter writer = ParkDataJson.standard().ndjsonWriter(out)) {
        writer.writeAll(query.parks());
      }
    } else {
      printZones(out, query.parks());
    }
    out.flush();
  }

  private DevelopmentZoneCatalog catalog() {
    if (file == null) {
      return DevelopmentZoneCatalog.edition2018();
    }
    Charset charset;
    try {
      charset = Charset.forName(encoding);
    } catch (IllegalArgumentException e) {
      throw usage("--encoding " + encoding + " is not an encoding this JVM knows (UTF-8, GB18030)");
    }
    try {
      // a file that cannot be read is a failure (exit 1) with the message of every command
      return DevelopmentZoneCatalog.of(Inputs.check(file), charset);
    } catch (IOException e) {
      throw new Inputs.CannotRead(file.toString(), e.getMessage());
    }
  }

  private CatalogQuery query(DevelopmentZoneCatalog catalog) {
    CatalogQuery query = catalog.query();
    if (province != null) {
      query = query.inProvince(resolve("--province", province, Province.values(), Province::chineseName, Province::code));
    }
    if (type != null) {
      ParkKind[] types = Arrays.stream(ParkKind.values()).filter(ParkKind::isCatalogueType).toArray(ParkKind[]::new);
      query = query.ofType(resolve("--type", type, types, ParkKind::chineseName, k -> k.name()));
    }
    if (level != null) {
      query = query.atLevel(resolve("--level", level, ApprovalLevel.values(), ApprovalLevel::chineseName, l -> l.name()));
    }
    if (since != null) {
      query = query.approvedSince(since);
    }
    if (industry != null) {
      query = query.withLeadingIndustryContaining(industry);
    }
    if (city != null) {
      query = query.inCity(place("--city", city, true));
    }
    if (county != null) {
      query = query.inCounty(place("--county", county, false));
    }
    if (name != null) {
      query = query.nameContains(name);
    }
    return query;
  }

  /**
   * The code of the one city (or county) {@code text} names, by code, name or short name, else
   * the one whose name contains it; a usage error naming the candidates if there are several or
   * none.
   */
  private String place(String option, String text, boolean isCity) {
    String wanted = text.strip();
    Divisions divisions = Divisions.gbt2260();
    List<Division> exact = new ArrayList<>();
    List<Division> partial = new ArrayList<>();
    for (Division d : divisions.inUseIn(YEAR)) {
      if (isCity ? isCity(d) : d.level() == DivisionLevel.COUNTY) {
        if (d.code().equals(wanted) || d.name().equals(wanted) || d.shortName().equals(wanted)) {
          exact.add(d);
        } else if (!wanted.isEmpty() && d.name().contains(wanted)) {
          partial.add(d);
        }
      }
    }
    List<Division> found = exact.isEmpty() ? partial : exact;
    if (found.size() == 1) {
      return found.get(0).code();
    }
    if (found.isEmpty() && !wanted.isEmpty()) {
      try {
        // traditional or variant characters: the query folds them as the name search does
        (isCity ? DevelopmentZoneCatalog.edition2018().query().inCity(wanted) : DevelopmentZoneCatalog.edition2018().query().inCounty(wanted)).count();
        return wanted;
      } catch (IllegalArgumentException e) {
        throw usage("unknown " + option + " '" + text + "': no " + (isCity ? "prefecture-level city" : "county-level division")
            + " of that name in " + YEAR);
      }
    }
    StringBuilder known = new StringBuilder();
    for (int i = 0; i < found.size() && i < MAX_CANDIDATES; i++) {
      known.append(i == 0 ? "" : ", ").append(found.get(i).code()).append(' ').append(qualifiedName(found.get(i)));
    }
    if (found.size() > MAX_CANDIDATES) {
      known.append(", … (").append(found.size()).append(" in all)");
    }
    throw usage((found.isEmpty() ? "unknown " : "ambiguous ") + option + " '" + text + "'; give the code of one of: " + known);
  }

  /** At most this many candidates are named in a usage error. */
  private static final int MAX_CANDIDATES = 12;
  /** The year of the catalogue's edition, whose divisions zones are placed in. */
  private static final int YEAR = 2018;

  private static boolean isCity(Division d) {
    return d.level() == DivisionLevel.PREFECTURE || d.isMunicipality();
  }

  /** A county with its city or province, 长春市朝阳区; a city or province as it is. */
  static String qualifiedName(Division d) {
    if (d.level() != DivisionLevel.COUNTY) {
      return d.name();
    }
    return Divisions.gbt2260().parent(d).map(p -> p.name() + d.name()).orElse(d.name());
  }

  /**
   * The constant {@code text} names: its Chinese name, its upper-case name or {@code code}, or
   * failing those the one constant whose Chinese name contains it.
   */
  private <E extends Enum<E>> E resolve(
      String option, String text, E[] values, Function<E, String> chinese, Function<E, String> code) {
    String wanted = text.strip();
    for (E value : values) {
      if (chinese.apply(value).equals(wanted) || value.name().equalsIgnoreCase(wanted) || code.apply(value).equals(wanted)) {
        return value;
      }
    }
    List<E> partial = new ArrayList<>();
    for (E value : values) {
      if (!wanted.isEmpty() && chinese.apply(value).contains(wanted)) {
        partial.add(value);
      }
    }
    if (partial.size() == 1) {
      return partial.get(0);
    }
    String known = (partial.isEmpty() ? Arrays.asList(values) : partial).stream().map(chinese).collect(Collectors.joining(", "));
    throw usage((partial.isEmpty() ? "unknown " : "ambiguous ") + option + " '" + text + "'; one of: " + known);
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  private void printZones(PrintWriter out, List<Park> parks) {
    Terminal terminal = Terminal.detect();
    TextTable table = new TextTable("CODE", "NAME", "PROVINCE", "LEVEL", "TYPE", "APPROVED", "AREA_HA", "INDUSTRIES").alignRight(6);
    for (Park park : parks) {
      table.addRow(
          park.id().value(),
          park.names().official(),
          province(park).map(Province::chineseName).orElse(""),
          park.approvalLevel().map(ApprovalLevel::chineseName).orElse(""),
          park.kind().chineseName(),
          park.approvals().stream().map(a -> a.date().map(CatalogCommand::month).orElse("?")).collect(Collectors.joining("/")),
          park.area(AreaKind.APPROVED).map(m -> m.value().toPlainString()).orElse(""),
          park.leadingIndustries().stream().map(Industry::name).collect(Collectors.joining("、")));
    }
    out.print(terminal.table(table.render()));
    out.println(terminal.dim(parks.size() + " zones"));
  }

  private void printSummary(PrintWriter out, CatalogQuery query) {
    CatalogGrouping<?> grouping = CatalogGrouping.ofName(by.strip().toLowerCase(Locale.ROOT))
        .orElseThrow(() -> usage("unknown --by '" + by + "'; one of: " + String.join(", ", CatalogGrouping.names())));
    printSummary(out, query, grouping);
  }

  private <K> void printSummary(PrintWriter out, CatalogQuery query, CatalogGrouping<K> grouping) {
    Map<K, CatalogTotal> totals = query.summarize(grouping, area(unit));
    if (json) {
      totals.forEach((key, total) -> out.println(JsonLines.catalogGroup(grouping, key, total)));
      return;
    }
    Terminal terminal = Terminal.detect();
    CatalogTotal all = query.total(unit);
    Map<String, CatalogTotal> rows = new LinkedHashMap<>();
    int zones = 0;
    int withoutArea = 0;
    BigDecimal area = BigDecimal.ZERO;
    for (Map.Entry<K, CatalogTotal> e : totals.entrySet()) {
      rows.put(keyName(e.getKey()), e.getValue());
      zones += e.getValue().zones();
      withoutArea += e.getValue().zonesWithoutArea();
      area = area.add(e.getValue().approvedArea().value());
    }
    if (zones < all.zones()) {
      // zones placed less precisely than the grouping asks (in a province only): shown, not dropped
      rows.put("(no " + grouping.name() + ")", CatalogTotal.of(all.zones() - zones,
          Metric.of(all.approvedArea().value().subtract(area), all.approvedArea().unit()), all.zonesWithoutArea() - withoutArea));
    }
    rows.put("", all);
    out.print(terminal.table(totalsTable(grouping.name().toUpperCase(Locale.ROOT), rows, unit).render()));
  }

  private Unit area(Unit candidate) {
    if (!candidate.dimension().equals(Dimension.AREA)) {
      throw usage("--unit " + candidate + " is not an area unit; try 平方公里, 公顷 or 亩");
    }
    return candidate;
  }

  /**
   * A table of named totals: NAME, ZONES and the area in {@code unit}, the areas written to the
   * same number of decimals (exactly: only zeros are added) so that their points line up.
   */
  static TextTable totalsTable(String title, Map<String, CatalogTotal> rows, Unit unit) {
    int scale = 0;
    for (CatalogTotal total : rows.values()) {
      scale = Math.max(scale, total.approvedArea().value().stripTrailingZeros().scale());
    }
    TextTable table = new TextTable(title, "ZONES", "AREA_" + unit.name()).alignRight(1, 2);
    for (Map.Entry<String, CatalogTotal> row : rows.entrySet()) {
      BigDecimal area = row.getValue().approvedArea().value();
      table.addRow(row.getKey(), Integer.toString(row.getValue().zones()), area.setScale(scale).toPlainString());
    }
    return table;
  }

  static Optional<Province> province(Park park) {
    return park.location().flatMap(Location::province);
  }

  /** The Chinese name of a grouping key: 江苏省, 高新技术产业开发区, 国务院, 苏州市, 长春市朝阳区. */
  static String keyName(Object key) {
    if (key instanceof Division) {
      return qualifiedName((Division) key);
    }
    if (key instanceof Province) {
      return ((Province) key).chineseName();
    }
    if (key instanceof ParkKind) {
      return ((ParkKind) key).chineseName();
    }
    return ((ApprovalLevel) key).chineseName();
  }

  static String month(YearMonth month) {
    return String.format(Locale.ROOT, "%04d.%02d", month.getYear(), month.getMonthValue());
  }
}
