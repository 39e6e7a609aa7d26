package dev.parkdata.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.io.ParkDataJson;
import dev.parkdata.metric.Metric;
import dev.parkdata.model.Identifier;
import dev.parkdata.model.Names;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeriesCommandTest {
  @TempDir Path dir;

  /** Three parks with revenue and enterprise figures, written as a dataset document. */
  static Path parks(Path dir) {
    Identifier a = Identifier.of("G322052");
    Identifier b = Identifier.of("G622052");
    Identifier c = Identifier.of("G110001");
    Dataset dataset = Dataset.builder()
        .addParks(park(a, "苏州工业园区",
            obs(a, "revenue", 2020, "100亿元"), obs(a, "revenue", 2021, "110亿元"), obs(a, "revenue", 2023, "133.1亿元"),
            obs(a, "enterprises", 2023, "3.5万家"), obs(a, "enterprises", 2022, "约2万家"), obs(a, "enterprises", 2022, "2.1万家")))
        .addParks(park(b, "兰州高新技术产业开发区", obs(b, "enterprises", 2023, "约2万家")))
        .addParks(park(c, "中关村科技园区", obs(c, "enterprises", 2023, "2.1万家")))
        .build();
    Path file = dir.resolve("parks.json");
    ParkDataJson.builder().build().write(dataset, file);
    return file;
  }

  private static Park park(Identifier id, String name, Observation... observations) {
    return Park.builder().id(id).names(Names.of(name)).kind(ParkKind.HIGH_TECH_ZONE).addObservations(observations).build();
  }

  private static Observation obs(Identifier id, String indicator, int year, String metric) {
    return Observation.of(id, Indicators.byCode(indicator).orElseThrow(), Period.year(year), Metric.parse(metric));
  }

  @Test
  void printsTheSeriesWithGrowthAndMarksTheGap() {
    CliRun run = CliRun.run("series", parks(dir).toString(), "--park", "G322052", "--indicator", "營收");
    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).contains("G322052 苏州工业园区 · 营业收入[revenue]");
    assertThat(run.out).containsPattern("2021 +110亿元 +10% +10%");
    assertThat(run.out).containsPattern("2023 +133\\.1亿元 +21% +10% +gap of 2 years: compound rate");
    assertThat(run.out).contains("Compound annual growth 2020→2023: 10% a year over 3 years");
  }

  @Test
  void convertsToOneUnitAndReportsConflicts() {
    CliRun run = CliRun.run("series", parks(dir).toString(), "--park", "G322052", "--indicator", "入驻企业",
        "--unit", "家");
    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).containsPattern("2022 +21000家");
    assertThat(run.out).containsPattern("2023 +35000家 +约66\\.6667% +约66\\.6667%");
    assertThat(run.out).contains("G322052 2022 REFINED: 2.1万家 kept of [约2万家, 2.1万家]");
  }

  @Test
  void usageErrorsSayWhatIsWrong() {
    Path file = parks(dir);
    CliRun unknown = CliRun.run("series", file.toString(), "--park", "G322052", "--indicator", "研发人员");
    assertThat(unknown.exitCode).isEqualTo(ParkdataCommand.EXIT_USAGE);
    assertThat(unknown.err).contains("unknown indicator '研发人员'");
    CliRun empty = CliRun.run("series", file.toString(), "--park", "X1", "--indicator", "revenue");
    assertThat(empty.exitCode).isEqualTo(ParkdataCommand.EXIT_USAGE);
    assertThat(empty.err).contains("X1 (not a park of");
    CliRun badUnit = CliRun.run("series", file.toString(), "--park", "G322052", "--indicator", "revenue", "--unit", "亩");
    assertThat(badUnit.exitCode).as(badUnit.toString()).isEqualTo(ParkdataCommand.EXIT_USAGE);
    CliRun missing = CliRun.run("series", dir.resolve("none.json").toString(), "--park", "G1", "--indicator", "revenue");
    assertThat(missing.exitCode).isEqualTo(ParkdataCommand.EXIT_SOFTWARE);
  }
}
