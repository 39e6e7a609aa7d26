package dev.parkdata.examples.cli;

import dev.parkdata.catalog.CatalogGrouping;
import dev.parkdata.catalog.CatalogQuery;
import dev.parkdata.catalog.CatalogTotal;
import dev.parkdata.catalog.DevelopmentZoneCatalog;
import dev.parkdata.catalog.Division;
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
import java.text.Collator;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
          + "province, type, level, city or county instead; --chart draws it as bars, --map as a tile map of the "
          + "provinces, --svg writes either as a picture. Names, provinces, types and levels match in simplified "
          + "or traditional characters or in English."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  $ parkdata catalog --summary --by level --unit 公顷",
      "  LEVEL   ZONES   AREA_公顷",
      "  国务院    552   532219.87",
      "  省政府   1991  1265168.73",
      "           2543  1797388.60",
      "  $ parkdata catalog --province 甘肃 --level 国务院 --since 2010",
      "  $ parkdata catalog --province 江蘇 --type 高新區 --sort area:desc --limit 5",
      "  $ parkdata catalog --industry 生物医药 --type high-tech --json",
      "  $ parkdata catalog --by type --chart",
      "  $ parkdata catalog --map --measure area --svg area.svg",
      "  $ parkdata catalog --file my-copy.csv --summary --by level",
      "%nExit status: 0 on success (also when no zone matches), 2 on a usage error "
          + "(unknown province, type, level, grouping or unit), 1 on any other failure (an unreadable --file)."
    })
final class CatalogCommand implements Runnable {
  /** The fields of a group in {@code --summary --json} output, in order; stable across releases. */
  static final List<String> GROUP_FIELDS = List.of("by", "key", "name", "zones", "approvedArea", "zonesWithoutArea");

  @Spec private CommandSpec spec;

  @Option(names = "--province", paramLabel = "P", converter = Vocabularies.ProvinceConverter.class,
      description = "Only zones in this province: 江苏省, 江苏, 江蘇, Jiangsu, 32 or 320000.")
  private Province province;

  @Option(names = "--type", paramLabel = "T", converter = Vocabularies.ZoneTypeConverter.class,
      description = "Only zones of this type (开发区类型): 高新技术产业开发区, 高新区, 高新區, high-tech industrial "
          + "development zone or HIGH_TECH_ZONE; a unique part of a name (海关) too.")
  private ParkKind type;

  @Option(names = "--level", paramLabel = "L", converter = Vocabularies.LevelConverter.class,
      description = "Only zones approved by 国务院 or 省政府 (國務院, State Council, provincial government).")
  private ApprovalLevel level;

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

  @Option(names = "--by", paramLabel = "GROUP", defaultValue = "province", converter = Vocabularies.GroupingConverter.class,
      description = "Group the summary by province, type, level, city or county (default: ${DEFAULT-VALUE}); implies --summary.")
  private String by;

  @Option(names = "--unit", paramLabel = "UNIT", defaultValue = "平方公里", converter = UnitTypeConverter.class,
      description = "The area unit of the summary's totals, or of the zones' AREA column: 公顷, 亩, km², hectare, HAR "
          + "(default: ${DEFAULT-VALUE} for the summary; the catalogue's 公顷 for the zones).")
  private Unit unit;

  @Option(names = "--chart", description = "Draw the summary as a bar chart in the terminal instead of a table; implies --summary.")
  private boolean chart;

  @Option(names = "--map", description = "Draw the summary by province as a tile map of China in the terminal; implies --summary.")
  private boolean map;

  @Option(names = "--svg", paramLabel = "FILE",
      description = "Also write the chart (the map with --map) to FILE as a standalone SVG picture; implies --summary.")
  private Path svg;

  @Option(names = "--measure", paramLabel = "M", defaultValue = "zones",
      description = "What --chart, --map and --svg draw: zones or area (default: ${DEFAULT-VALUE}).")
  private String measure;

  @Option(names = "--ascii", description = "Draw --chart and --map in ASCII (as when TERM=dumb or the locale is not UTF-8).")
  private boolean ascii;

  @Option(names = "--sort", paramLabel = "KEY[:desc]",
      description = "Order the zones by code, name, province, level, type, approved or area, or the summary's groups by key, "
          + "name, zones or area; KEY:desc for descending, several keys joined by commas.")
  private String sort;

  @Mixin private Listing.Limit limit;

  @Option(names = "--file", paramLabel = "CSV",
      description = "Read this catalogue file (same CSV layout) instead of the embedded 2018 edition.")
  private Path file;

  @Option(names = "--encoding", paramLabel = "CHARSET",
      description = "The encoding of --file: UTF-8 (default) or GB18030, as Chinese office software saves CSV.")
  private String encoding;

  @Option(names = "--json", description = "Print one JSON object per zone (or group) and line.")
  private boolean json;

  @Override
  public void run() {
    boolean summarise = checkOptions();
    DevelopmentZoneCatalog catalog = catalog();
    CatalogQuery query = query(catalog);
    PrintWriter out = spec.commandLine().getOut();
    if (summarise) {
      printSummary(out, query);
    } else if (json) {
      try (NdjsonWriter writer = ParkDataJson.standard().ndjsonWriter(out)) {
        writer.writeAll(zones(query.parks()));
      }
    } else {
      List<Park> all = query.parks();
      printZones(out, zones(all), all.size());
    }
    out.flush();
  }

  /**
   * Refuses options that do not apply to what the others ask for, saying why; whether a summary
   * is asked for ({@code --summary}, or an option that only a summary has).
   */
  private boolean checkOptions() {
    boolean summarise = summary || given("--by") || chart || map || svg != null;
    if (given("--measure") && !chart && !map && svg == null) {
      throw usage("--measure chooses what --chart, --map or --svg draw; give one of them");
    }
    measure = measure.strip().toLowerCase(Locale.ROOT);
    if (!measure.equals("zones") && !measure.equals("area")) {
      throw usage("--measure must be zones or area, got '" + measure + "'");
    }
    if (ascii && !chart && !map) {
      throw usage("--ascii draws --chart and --map in ASCII; tables and JSON have no drawing");
    }
    if (json && (chart || map)) {
      throw usage("--json prints data, --chart and --map draw pictures: give one or the other");
    }
    if (map && !by.equals(CatalogGrouping.PROVINCE.name())) {
      throw usage("--map draws provinces: use it with --by province, not --by " + by);
    }
    if (map && !chart && !json && (sort != null || given("--limit"))) {
      throw usage("--sort and --limit order and cut the groups of a table or --chart; the map places every province "
          + "where it lies");
    }
    if (chart && map && svg != null) {
      throw usage("--svg writes one picture: give --chart or --map with it, not both");
    }
    if (given("--unit") && !summarise && json) {
      throw usage("--unit converts the zones' AREA column or the summary's totals; --json writes each zone's area "
          + "as the catalogue states it (add --summary for totals in " + unit + ")");
    }
    if (encoding != null && file == null) {
      throw usage("--encoding is the encoding of --file; the embedded catalogue needs none");
    }
    return summarise;
  }

  private boolean given(String option) {
    return spec.commandLine().getParseResult().hasMatchedOption(option);
  }

  /** The zones as --sort and --limit ask. */
  private List<Park> zones(List<Park> parks) {
    Listing<Park> listing = new Listing<Park>()
        .key("code", (Park p) -> p.id().value())
        .key("name", Comparator.comparing((Park p) -> p.names().official(), CHINESE))
        .key("province", absentLast(CatalogCommand::province))
        .key("level", absentLast(Park::approvalLevel))
        .key("type", (Park p) -> p.kind())
        .key("approved", absentLast((Park p) -> p.approvals().isEmpty() ? Optional.empty() : p.approvals().get(0).date()))
        .key("area", absentLast((Park p) -> p.area(AreaKind.APPROVED)));
    return listed(listing, parks);
  }

  /** An order by a field a zone may lack, those without it last. */
  private static <U extends Comparable<? super U>> Comparator<Park> absentLast(Function<Park, Optional<U>> field) {
    return Comparator.comparing((Park p) -> field.apply(p).orElse(null), Comparator.nullsLast(Comparator.naturalOrder()));
  }

  private <T> List<T> listed(Listing<T> listing, List<T> rows) {
    try {
      return listing.apply(rows, sort, limit);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }

  /** Chinese names in the order of the Chinese collator (by pinyin), as readers look them up. */
  private static final Comparator<Object> CHINESE = Collator.getInstance(Locale.CHINESE);

  private DevelopmentZoneCatalog catalog() {
    if (file == null) {
      return DevelopmentZoneCatalog.edition2018();
    }
    Charset charset;
    String named = encoding == null ? "UTF-8" : encoding;
    try {
      charset = Charset.forName(named);
    } catch (IllegalArgumentException e) {
      throw usage("--encoding " + named + " is not an encoding this JVM knows (UTF-8, GB18030)");
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
      query = query.inProvince(province);
    }
    if (type != null) {
      query = query.ofType(type);
    }
    if (level != null) {
      query = query.atLevel(level);
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

  private String place(String option, String text, boolean isCity) {
    try {
      return Places.place(option, text, isCity);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /** The zones as a table, and how many: {@code 6 zones}, or {@code 5 of 31 zones} when --limit cut them. */
  private void printZones(PrintWriter out, List<Park> parks, int matched) {
    Terminal terminal = Terminal.detect();
    boolean converted = given("--unit");
    Unit shown = area(unit);
    TextTable table = new TextTable("CODE", "NAME", "PROVINCE", "LEVEL", "TYPE", "APPROVED",
        converted ? "AREA_" + shown.name() : "AREA_HA", "INDUSTRIES").alignRight(6);
    for (Park park : parks) {
      table.addRow(
          park.id().value(),
          park.names().official(),
          province(park).map(Province::chineseName).orElse(""),
          park.approvalLevel().map(ApprovalLevel::chineseName).orElse(""),
          park.kind().chineseName(),
          park.approvals().stream().map(a -> a.date().map(CatalogCommand::month).orElse("?")).collect(Collectors.joining("/")),
          park.area(AreaKind.APPROVED).map(m -> converted ? inUnit(m, shown) : m.value().toPlainString()).orElse(""),
          park.leadingIndustries().stream().map(Industry::name).collect(Collectors.joining("、")));
    }
    out.print(terminal.table(table.render()));
    out.println(terminal.dim((parks.size() < matched ? parks.size() + " of " + matched : parks.size()) + " zones"));
  }

  /** {@code m} in {@code target}: exact, or where that does not terminate (亩) rounded and marked ≈. */
  private static String inUnit(Metric m, Unit target) {
    return BaseValues.inUnit(m.value(), m.unit(), target);
  }

  private void printSummary(PrintWriter out, CatalogQuery query) {
    CatalogGrouping<?> grouping = CatalogGrouping.ofName(by).orElseThrow();
    printSummary(out, query, grouping);
  }

  private <K> void printSummary(PrintWriter out, CatalogQuery query, CatalogGrouping<K> grouping) {
    Map<K, CatalogTotal> totals = query.summarize(grouping, area(unit));
    List<Map.Entry<K, CatalogTotal>> groups = groups(totals);
    CatalogTotal all = query.total(unit);
    Map<String, CatalogTotal> rows = new LinkedHashMap<>();
    for (Map.Entry<K, CatalogTotal> e : groups) {
      rows.put(keyName(e.getKey()), e.getValue());
    }
    CatalogTotal unplaced = unplaced(totals, all);
    if (unplaced != null && limit.value().isEmpty()) {
      // zones placed less precisely than the grouping asks (in a province only): shown, not dropped
      rows.put("(no " + grouping.name() + ")", unplaced);
    }
    if (svg != null) {
      Svg.write(map ? provinceMap(totals).svg() : barChart(grouping, rows).svg(), svg);
    }
    if (json) {
      groups.forEach(e -> out.println(JsonLines.catalogGroup(grouping, e.getKey(), e.getValue())));
      return;
    }
    if (chart || map) {
      ChartGlyphs glyphs = ChartGlyphs.detect(ascii);
      if (chart) {
        out.print(barChart(grouping, rows).terminal(Terminal.columns(), glyphs));
      }
      if (map) {
        out.print(provinceMap(totals).terminal(glyphs));
      }
      return;
    }
    rows.put("", all);
    out.print(Terminal.detect().table(totalsTable(grouping.name().toUpperCase(Locale.ROOT), rows, unit).render()));
  }

  /** The groups as --sort and --limit ask: by key (the grouping's order), name, zones or area. */
  private <K> List<Map.Entry<K, CatalogTotal>> groups(Map<K, CatalogTotal> totals) {
    List<Map.Entry<K, CatalogTotal>> entries = new ArrayList<>(totals.entrySet());
    Listing<Map.Entry<K, CatalogTotal>> listing = new Listing<Map.Entry<K, CatalogTotal>>()
        .keyInOrder("key", entries)
        .key("name", Comparator.comparing((Map.Entry<K, CatalogTotal> e) -> keyName(e.getKey()), CHINESE))
        .key("zones", Comparator.comparingInt((Map.Entry<K, CatalogTotal> e) -> e.getValue().zones()))
        .key("area", Comparator.comparing((Map.Entry<K, CatalogTotal> e) -> e.getValue().approvedArea().value()));
    return listed(listing, entries);
  }

  /** The zones of {@code all} in no group (placed less precisely than the grouping asks), or null. */
  private static <K> CatalogTotal unplaced(Map<K, CatalogTotal> totals, CatalogTotal all) {
    int zones = 0;
    int withoutArea = 0;
    BigDecimal area = BigDecimal.ZERO;
    for (CatalogTotal t : totals.values()) {
      zones += t.zones();
      withoutArea += t.zonesWithoutArea();
      area = area.add(t.approvedArea().value());
    }
    return zones < all.zones()
        ? CatalogTotal.of(all.zones() - zones, Metric.of(all.approvedArea().value().subtract(area), all.approvedArea().unit()),
            all.zonesWithoutArea() - withoutArea)
        : null;
  }

  private boolean areaMeasure() {
    return measure.equals("area");
  }

  private String measureTitle() {
    return areaMeasure() ? "Approved area (" + unit.name() + ")" : "Zones";
  }

  private BigDecimal measured(CatalogTotal total) {
    return areaMeasure() ? total.approvedArea().value() : BigDecimal.valueOf(total.zones());
  }

  private String measuredLabel(CatalogTotal total) {
    return areaMeasure() ? BaseValues.plain(total.approvedArea().value()) : Integer.toString(total.zones());
  }

  private BarChart barChart(CatalogGrouping<?> grouping, Map<String, CatalogTotal> rows) {
    BarChart bars = new BarChart(measureTitle() + " by " + grouping.name());
    rows.forEach((groupName, total) -> bars.add(groupName, measured(total), measuredLabel(total)));
    return bars;
  }

  /** Every province's total on the map, whatever --sort and --limit do to the table and the bars. */
  private <K> ProvinceMap provinceMap(Map<K, CatalogTotal> totals) {
    ProvinceMap provinces = new ProvinceMap(measureTitle() + " by province", "no zones");
    totals.forEach((key, total) -> provinces.put((Province) key, measured(total), measuredLabel(total)));
    return provinces;
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
      return Places.qualifiedName((Division) key);
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
