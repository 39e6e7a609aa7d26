package dev.parkdata.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.validation.Severity;
import dev.parkdata.validation.ValidationReport;
import dev.parkdata.validation.Validator;
import dev.parkdata.validation.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems found while reading leniently become violations at their JSON paths. */
class ReadResultTest {
  private static final String DATASET = "{\"format\":\"parkdata/1\",\"parks\":["
      + "{\"id\":\"p0\",\"names\":{\"official\":\"甲园区\"},\"kind\":\"HIGH_TECH_ZONE\",\"colour\":\"red\"},"
      + "{\"id\":\"p1\",\"names\":{\"official\":\"乙园区\"},\"kind\":\"NOPE\"}]}";

  @Test
  void problemsBecomeViolationsAtTheirPaths() {
    ParkDataJson json = ParkDataJson.builder().unknownFields(UnknownFields.WARN).build();
    ReadResult<Dataset> result = json.readResult(DATASET, Dataset.class);
    ValidationReport report = result.report();
    assertThat(report.violations()).extracting(Violation::code)
        .containsExactly(ReadResult.UNKNOWN_FIELD, ReadResult.UNREADABLE, ReadResult.LEFT_OUT);
    assertThat(report.violations()).extracting(v -> v.path().toString())
        .containsExactly("parks[p0].colour", "parks[p1].kind", "parks[p1]");
    assertThat(report.violations()).extracting(Violation::severity)
        .containsExactly(Severity.WARNING, Severity.ERROR, Severity.ERROR);
    assertThat(report.violations().get(2).english()).isEqualTo("park p1 was left out: its kind could not be read");
    assertThat(report.violations().get(1).english()).contains("unknown ParkKind 'NOPE'");
  }

  @Test
  void problemsCarryTheirStructuredModelPathAndPointer() {
    ParkDataJson json = ParkDataJson.builder().unknownFields(UnknownFields.WARN).build();
    JsonProblem colour = json.readResult(DATASET, Dataset.class).problems().get(0);
    assertThat(colour.modelPath()).isEqualTo(dev.parkdata.validation.Path.root().field("parks").key("p0").field("colour"));
    assertThat(colour.jsonPointer()).isEqualTo("/parks/0/colour");
    assertThat(colour.path()).isEqualTo("$.parks[0].colour");
  }

  @Test
  void readAndValidateAddsTheRulesReport(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("parks.json");
    Files.writeString(file, DATASET);
    ReadResult<Dataset> result = ParkDataJson.standard().readAndValidate(file, Validator.standard());
    assertThat(result.value().parks()).isEmpty();
    assertThat(result.report().violations()).extracting(Violation::code)
        .containsExactly(ReadResult.UNREADABLE, ReadResult.LEFT_OUT, ReadResult.UNREADABLE, ReadResult.LEFT_OUT);
    assertThat(ParkDataJson.isNdjson(Path.of("x.JSONL"))).isTrue();
    assertThat(ParkDataJson.isNdjson(file)).isFalse();
  }
}
