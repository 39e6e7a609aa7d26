package dev.parkdata.examples.cli;

import dev.parkdata.catalog.CatalogGrouping;
import dev.parkdata.catalog.CatalogTotal;
import dev.parkdata.catalog.DevelopmentZoneCatalog;
import dev.parkdata.location.Province;
import dev.parkdata.unit.Unit;
import dev.parkdata.unit.Units;
import dev.parkdata.validation.Severity;
import dev.parkdata.validation.ValidationReport;
import dev.parkdata.validation.Violation;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code parkdata} prints when run without arguments: a look at the embedded catalogue. Zones
 * and approved area by level and by type, the ten provinces with most zones and with most area,
 * and the catalogue's validation status.
 */
final class CatalogOverview {
  /** The area unit of the overview. */
  static final Unit UNIT = Units.SQUARE_KILOMETRE;
  /** How many provinces the two rankings show. */
  static final int TOP = 10;

  private CatalogOverview() {}

  static void print(PrintWriter out, DevelopmentZoneCatalog catalog, Terminal terminal) {
    CatalogTotal all = catalog.total(UNIT);
    out.println(terminal.bold("中国开发区审核公告目录 (2018年版)") + ": " + all.zones() + " zones, approved area (核准面积) "
        + BaseValues.plain(all.approvedArea().value()) + " " + UNIT.name());
    out.println();
    out.print(terminal.table(groups("LEVEL", catalog.summarize(CatalogGrouping.LEVEL, UNIT)).render()));
    out.println();
    out.print(terminal.table(groups("TYPE", catalog.summarize(CatalogGrouping.TYPE, UNIT)).render()));
    Map<Province, CatalogTotal> provinces = catalog.summarize(CatalogGrouping.PROVINCE, UNIT);
    out.println();
    out.print(terminal.table(top("TOP 10 BY ZONES", provinces, Comparator.comparingInt(CatalogTotal::zones)).render()));
    out.println();
    out.print(terminal.table(top("TOP 10 BY AREA", provinces, Comparator.comparing(t -> t.approvedArea().value())).render()));
    out.println();
    printValidation(out, catalog.validation(), terminal);
    out.println();
    out.println(terminal.dim("More: parkdata catalog --help, parkdata --help"));
  }

  private static <K extends Enum<K>> TextTable groups(String title, Map<K, CatalogTotal> totals) {
    Map<String, CatalogTotal> rows = new LinkedHashMap<>();
    totals.forEach((key, total) -> rows.put(CatalogCommand.keyName(key), total));
    return CatalogCommand.totalsTable(title, rows, UNIT);
  }

  /** The {@value #TOP} provinces ranked by {@code order}, largest first, ties in GB/T 2260 order. */
  private static TextTable top(String title, Map<Province, CatalogTotal> totals, Comparator<CatalogTotal> order) {
    List<Map.Entry<Province, CatalogTotal>> ranked = new ArrayList<>(totals.entrySet());
    ranked.sort(Map.Entry.<Province, CatalogTotal>comparingByValue(order.reversed()).thenComparing(Map.Entry.comparingByKey()));
    Map<String, CatalogTotal> rows = new LinkedHashMap<>();
    ranked.stream().limit(TOP).forEach(e -> rows.put(e.getKey().chineseName(), e.getValue()));
    return CatalogCommand.totalsTable(title, rows, UNIT);
  }

  private static void printValidation(PrintWriter out, ValidationReport report, Terminal terminal) {
    String status = plural(report.count(Severity.ERROR), "error") + ", " + plural(report.count(Severity.WARNING), "warning")
        + ", " + report.count(Severity.INFO) + " info";
    String coloured = report.hasErrors() ? terminal.red(status)
        : report.count(Severity.WARNING) > 0 ? terminal.yellow(status) : terminal.green(status);
    out.println(terminal.bold("VALIDATION") + "  " + coloured);
    if (!report.isEmpty()) {
      TextTable table = new TextTable("SEVERITY", "CODE", "PATH", "MESSAGE");
      for (Violation v : report.violations()) {
        table.addRow(v.severity().toString(), v.code(), v.path().toString(), v.english());
      }
      out.print(terminal.table(table.render()));
    }
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
