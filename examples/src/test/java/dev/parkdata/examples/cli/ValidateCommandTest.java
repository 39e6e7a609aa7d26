package dev.parkdata.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.park.Approval;
import dev.parkdata.park.ApprovalLevel;
import dev.parkdata.park.Designation;
import dev.parkdata.testing.Fixtures;
import java.time.YearMonth;
import dev.parkdata.metric.Metric;
import dev.parkdata.model.Identifier;
import dev.parkdata.model.Names;
import dev.parkdata.park.Area;
import dev.parkdata.park.AreaKind;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ValidateCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return new CommandLine(new ValidateCommand())
        .setOut(new PrintWriter(out))
        .setErr(new PrintWriter(err))
        .execute(args);
  }

  @Test
  void theFixturesValidateWithoutErrorAndExitWithZero() {
    int code = run();
    assertThat(code).isZero();
    assertThat(out.toString()).doesNotContain("ERROR");
  }

  @Test
  void saysWhatItValidatedWhenNothingIsFound() {
    int code = run("--min-severity", "ERROR");
    assertThat(code).isZero();
    Dataset fixtures = Fixtures.dataset();
    int observations = fixtures.allParks().stream().mapToInt(p -> p.observations().size()).sum()
        + fixtures.clusters().stream().mapToInt(c -> c.observations().size()).sum()
        + fixtures.chains().stream().mapToInt(c -> c.observations().size()).sum()
        + fixtures.organisations().stream().mapToInt(o -> o.observations().size()).sum()
        + fixtures.observations().size();
    assertThat(out.toString())
        .startsWith("Validated the built-in fixtures (" + fixtures.allParks().size() + " parks, "
            + observations + " observations): no violations");
  }

  /** A zone of 10平方公里 with one sub-zone of 6 and one observation: nothing to report. */
  private static Dataset clean() {
    Park sub =
        Park.builder().id(Identifier.of("S")).names(Names.of("子园区")).kind(ParkKind.HIGH_TECH_ZONE)
            .addArea(Area.of(AreaKind.APPROVED, Metric.parse("6平方公里"))).build();
    Identifier z = Identifier.of("Z");
    return Dataset.builder()
        .addPark(
            Park.builder().id(z).names(Names.of("园区")).kind(ParkKind.HIGH_TECH_ZONE)
                .addArea(Area.of(AreaKind.APPROVED, Metric.parse("10平方公里"))).addSubZone(sub)
                .addObservation(Observation.of(z, Indicators.ENTERPRISES, Period.year(2020), Metric.parse("50家")))
                .build())
        .build();
  }

  @Test
  void namesTheDatasetAndCountsItsParksAndObservations() {
    int code = new CommandLine(new ValidateCommand(Map.of("a clean zone", clean())))
        .setOut(new PrintWriter(out))
        .execute();
    assertThat(code).isZero();
    assertThat(out.toString())
        .isEqualTo("Validated a clean zone (2 parks, 1 observation): no violations." + System.lineSeparator());
  }

  @Test
  void saysHowManyMilderViolationsItHid() {
    Park early =
        Park.builder().id(Identifier.of("Y")).names(Names.of("园区")).kind(ParkKind.HIGH_TECH_ZONE)
            .addApproval(Approval.of(ApprovalLevel.STATE_COUNCIL, YearMonth.of(2010, 5)))
            .addDesignation(Designation.of("示范基地", 2005))
            .build();
    int code = new CommandLine(new ValidateCommand(Map.of("an early zone", Dataset.builder().addPark(early).build())))
        .setOut(new PrintWriter(out))
        .execute("--min-severity", "ERROR");
    assertThat(code).isZero();
    assertThat(out.toString())
        .isEqualTo("Validated an early zone (1 park, 0 observations): no violations at ERROR or worse"
            + " (1 milder violation hidden)." + System.lineSeparator());
  }

  @Test
  void printsNothingAsJsonWhenNothingIsFound() {
    int code = run("--json", "--min-severity", "WARNING");
    assertThat(code).isZero();
    assertThat(out.toString()).isEmpty();
  }

  private int runOn(Dataset dataset, String... args) {
    return new CommandLine(new ValidateCommand(Map.of("broken", dataset)))
        .setOut(new PrintWriter(out))
        .setErr(new PrintWriter(err))
        .execute(args);
  }

  /** A zone of 10平方公里 whose one sub-zone has 12. */
  private static Dataset broken() {
    Park sub =
        Park.builder().id(Identifier.of("S")).names(Names.of("子园区")).kind(ParkKind.HIGH_TECH_ZONE)
            .addArea(Area.of(AreaKind.APPROVED, Metric.parse("12平方公里"))).build();
    return Dataset.builder()
        .addPark(
            Park.builder().id(Identifier.of("Z")).names(Names.of("园区")).kind(ParkKind.HIGH_TECH_ZONE)
                .addArea(Area.of(AreaKind.APPROVED, Metric.parse("10平方公里"))).addSubZone(sub).build())
        .build();
  }

  @Test
  void anErrorExitsWithOneAndPrintsOneJsonLinePerViolation() {
    int code = runOn(broken(), "--json");
    assertThat(code).isEqualTo(1);
    assertThat(out.toString().lines()).containsExactly(
        "{\"code\":\"area.subzones-exceed-parent\",\"severity\":\"ERROR\",\"path\":\"parks[Z].areas[approved]\","
            + "\"pointer\":\"/parks/Z/areas/approved\",\"figures\":[{\"label\":\"parent\",\"text\":\"10平方公里\"},"
            + "{\"label\":\"S\",\"text\":\"12平方公里\"},{\"label\":\"sum\",\"text\":\"12平方公里\"},"
            + "{\"label\":\"tolerance\",\"text\":\"1平方公里\"}],"
            + "\"chinese\":\"各子园区核准面积合计12平方公里，超过园区核准面积10平方公里（允许误差1平方公里）\","
            + "\"english\":\"the sub-zones' approved area sums to 12平方公里, more than the park's 10平方公里 (tolerance 1平方公里)\"}");
  }

  @Test
  void anErrorStillExitsWithOneWhenHiddenOrPrintedAsText() {
    assertThat(runOn(broken())).isEqualTo(1);
    assertThat(out.toString()).startsWith("1 violation: 1 error, 0 warnings, 0 info\n\nERROR area.subzones-exceed-parent (1)\n");
    assertThat(runOn(broken(), "--silence", "area")).isZero();
  }

  @Test
  void anUnknownRuleCodeIsAUsageError() {
    int code = run("--silence", "aera");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("aera");
  }

  @Test
  void hasHelpWithAnExample() {
    int code = run("--help");
    assertThat(code).isZero();
    assertThat(out.toString()).contains("Usage: validate", "--json", "--select", "parkdata validate --select area");
  }

  @org.junit.jupiter.api.io.TempDir
  java.nio.file.Path dir;

  @Test
  void validatesFilesReportingWhatCannotBeReadAtItsJsonPath() throws java.io.IOException {
    java.nio.file.Path file = dir.resolve("parks.json");
    java.nio.file.Files.writeString(file, "{\"format\":\"parkdata/1\",\"parks\":["
        + "{\"id\":\"p0\",\"names\":{\"official\":\"甲园区\"},\"kind\":\"HIGH_TECH_ZONE\",\"colour\":\"red\"},"
        + "{\"id\":\"p1\",\"names\":{\"official\":\"乙园区\"},\"kind\":\"HIGH_TECH_ZONE\","
        + "\"areas\":{\"approved\":{\"value\":\"5\",\"unit\":\"平方公理\"}}}]}");
    int code = run(file.toString(), "--json");
    assertThat(code).isEqualTo(1);
    assertThat(out.toString().lines())
        .anySatisfy(l -> assertThat(l).startsWith("{\"code\":\"json.unknown-field\",\"severity\":\"WARNING\","
            + "\"path\":\"parks[p0].colour\",\"pointer\":\"/parks/0/colour\""))
        .anySatisfy(l -> assertThat(l).startsWith("{\"code\":\"json.unreadable\",\"severity\":\"ERROR\","
            + "\"path\":\"parks[p1].areas[approved].unit\",\"pointer\":\"/parks/1/areas/approved/unit\"")
            .contains("unknown unit '平方公理'"))
        .anySatisfy(l -> assertThat(l).startsWith("{\"code\":\"json.left-out\",\"severity\":\"ERROR\","
            + "\"path\":\"parks[p1].areas[approved]\",\"pointer\":\"/parks/1/areas/approved\""));
  }

  @Test
  void validatesNdjsonFilesAndReportsFilesThatAreNotJson() throws java.io.IOException {
    java.nio.file.Path ndjson = dir.resolve("parks.ndjson");
    java.nio.file.Files.writeString(ndjson,
        "{\"entity\":\"PARK\",\"id\":\"p0\",\"names\":{\"official\":\"甲园区\"},\"kind\":\"HIGH_TECH_ZONE\"}\n");
    assertThat(run(ndjson.toString())).isZero();

    java.nio.file.Path broken = dir.resolve("broken.json");
    java.nio.file.Files.writeString(broken, "{\"format\":\"parkdata/1\",\"parks\":[");
    assertThat(run(broken.toString())).isEqualTo(1);
    assertThat(err.toString()).startsWith(broken + ": $.parks");
  }
}
