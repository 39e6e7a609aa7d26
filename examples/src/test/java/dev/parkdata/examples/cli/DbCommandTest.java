package dev.parkdata.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parkdata.io.ParkDataJson;
import dev.parkdata.testing.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DbCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    String[] withUrl = new String[args.length + 2];
    System.arraycopy(args, 0, withUrl, 0, args.length);
    withUrl[args.length] = "--url";
    withUrl[args.length + 1] = "jdbc:h2:" + dir.resolve("test").toAbsolutePath();
    return ParkdataCommand.newCommandLine()
        .setOut(new PrintWriter(out))
        .setErr(new PrintWriter(err))
        .execute(prepend("db", withUrl));
  }

  private static String[] prepend(String first, String[] rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  @Test
  void loadsTheFixturesAndQueriesThemBack() throws Exception {
    Path file = dir.resolve("fixtures.json");
    ParkDataJson.standard().write(Fixtures.dataset(), file);
    assertThat(run("init")).isZero();
    assertThat(out.toString()).startsWith("parkdata schema ready: DatasetStore{H2");
    assertThat(run("load", file.toString())).as(err.toString()).isZero();
    java.util.regex.Matcher first = java.util.regex.Pattern.compile(": (\\d+) added, 0 replaced, (\\d+) figures").matcher(out.toString());
    assertThat(first.find()).as(out.toString()).isTrue();
    dev.parkdata.observation.Observation lanzhou = Fixtures.lanzhouHighTechZone().observations().get(0);
    assertThat(run("query", "--park", "G622052", "--indicator", lanzhou.indicator().code())).isZero();
    assertThat(out.toString())
        .contains("G622052\t" + lanzhou.indicator().chineseName() + "\t" + lanzhou.period())
        .contains(dev.parkdata.metric.MetricFormat.SIMPLIFIED.format(lanzhou.metric()));
    assertThat(run("query", "--park", "G622052", "--json")).isZero();
    assertThat(out.toString().lines()).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("{\"subject\":\"G622052\""));
    assertThat(run("load", file.toString())).isZero();
    assertThat(out.toString()).contains(": 0 added, " + first.group(1) + " replaced, " + first.group(2) + " figures");
  }

  @Test
  void queriesTakeNamesAsEveryCommandDoesAndSortLimitAndPlaceTheFigures() throws Exception {
    Path file = dir.resolve("fixtures.json");
    ParkDataJson.standard().write(Fixtures.dataset(), file);
    assertThat(run("load", file.toString())).as(err.toString()).isZero();
    dev.parkdata.observation.Indicator indicator = Fixtures.lanzhouHighTechZone().observations().get(0).indicator();
    assertThat(run("query", "--park", "G622052", "--indicator", indicator.code())).isZero();
    String byCode = out.toString();
    assertThat(byCode).doesNotStartWith("0 figures");
    for (String name : dev.parkdata.observation.Indicators.namesOf(indicator)) {
      assertThat(run("query", "--park", "G622052", "--indicator", name)).as(name).isZero();
      assertThat(out.toString()).as(name).isEqualTo(byCode);
    }
    assertThat(run("query", "--province", "Gansu")).isZero();
    String gansu = out.toString();
    assertThat(gansu).contains("G622052");
    assertThat(run("query", "--province", "620000")).isZero();
    assertThat(out.toString()).isEqualTo(gansu);
    assertThat(run("query", "--city", "兰州")).isZero();
    java.util.Set<String> lanzhou = new java.util.HashSet<>();
    dev.parkdata.catalog.DevelopmentZoneCatalog.edition2018().byCity("兰州").forEach(p -> lanzhou.add(p.id().value()));
    assertThat(out.toString()).contains("G622052");
    assertThat(out.toString().lines().filter(l -> !l.endsWith("figures")))
        .allSatisfy(l -> assertThat(lanzhou).contains(l.substring(0, l.indexOf('\t'))));
    assertThat(run("query", "--city", "苏州", "--park", "G622052")).isZero();
    assertThat(out.toString()).isEqualTo("0 figures" + System.lineSeparator());

    assertThat(run("query", "--park", "G622052", "--sort", "period:desc", "--limit", "2")).isZero();
    java.util.List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(3).last().isEqualTo("2 figures");
    assertThat(lines.get(0).split("\t")[2].compareTo(lines.get(1).split("\t")[2])).isGreaterThanOrEqualTo(0);

    assertThat(run("query", "--indicator", "revnue")).isEqualTo(2);
    assertThat(err.toString()).contains("did you mean 营业收入 (revenue)?");
    assertThat(run("query", "--sort", "perod")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown --sort key 'perod'; did you mean period?");
    assertThat(run("query", "--limit", "0")).isEqualTo(2);
  }

  @Test
  void aDatasetWithErrorsIsRefusedUnlessAccepted() throws Exception {
    // Lanzhou's zone without the organisations and cluster it refers to.
    Path file = dir.resolve("alone.json");
    ParkDataJson.standard().write(
        dev.parkdata.dataset.Dataset.builder().addParks(Fixtures.lanzhouHighTechZone()).build(), file);
    assertThat(run("load", file.toString())).isEqualTo(1);
    assertThat(err.toString()).startsWith("parkdata db load: the dataset was not saved: validation found")
        .contains("; nothing was saved (--accept-errors saves anyway):")
        .contains("parks[G622052]");
    assertThat(run("load", "--accept-errors", file.toString())).isZero();
    assertThat(out.toString()).contains(": 1 added, 0 replaced, ");
  }

  @Test
  void loadsTheCatalogueAndFiltersByProvince() {
    assertThat(run("load-catalog")).isZero();
    assertThat(out.toString()).startsWith("catalogue 2018: 2542 added, 0 replaced, 0 figures; listed twice, the later kept: parks[S377018]");
    assertThat(run("query", "--province", "甘肃")).isZero();
    assertThat(out.toString()).isEqualTo("0 figures" + System.lineSeparator());
  }

  @Test
  void badInputIsOneLineAndTheRightExitCode() {
    assertThat(run("load", dir.resolve("nosuch.json").toString())).isEqualTo(1);
    assertThat(err.toString()).startsWith("parkdata db load: cannot read ").endsWith(": no such file" + System.lineSeparator());
    assertThat(run("query", "--from", "2023")).isEqualTo(2);
    assertThat(err.toString()).contains("--from must be a day as yyyy-MM-dd, got '2023'");
    assertThat(run("query", "--province", "火星")).isEqualTo(2);
    assertThat(run("query", "--from", "2023-01-01", "--to", "2022-01-01")).isEqualTo(2);
    assertThat(err.toString()).contains("is after");
    assertThat(run("query")).isZero();
    assertThat(Files.exists(dir.resolve("test.mv.db"))).isTrue();
  }

  @Test
  void anUnreachableDatabaseIsOneLine() {
    int code =
        ParkdataCommand.newCommandLine()
            .setOut(new PrintWriter(out))
            .setErr(new PrintWriter(err))
            .execute("db", "init", "--url", "jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString().lines()).hasSize(1).first().asString().startsWith("parkdata db init: error: cannot connect: ");
  }
}
