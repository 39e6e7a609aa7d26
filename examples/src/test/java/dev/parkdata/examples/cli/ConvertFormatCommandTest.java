package dev.parkdata.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.io.ObservationCsv;
import dev.parkdata.io.ParkDataJson;
import dev.parkdata.observation.Observation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ConvertFormatCommandTest {
  private static final String PARK =
      "{\"entity\":\"PARK\",\"id\":\"G622052\",\"names\":{\"official\":\"兰州高新技术产业开发区\"},"
          + "\"kind\":\"HIGH_TECH_ZONE\",\"areas\":{\"approved\":{\"value\":\"1496\",\"unit\":\"公顷\"}}}";
  private static final String OBSERVATION =
      "{\"entity\":\"OBSERVATION\",\"subject\":\"G622052\",\"indicator\":\"revenue\",\"period\":\"2022\","
          + "\"metric\":{\"value\":\"1300\",\"unit\":\"亿元\",\"qualifier\":\"APPROXIMATELY\"}}";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir
  Path dir;

  private int run(String... args) {
    return new CommandLine(new ConvertFormatCommand())
        .setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
  }

  @Test
  void turnsNdjsonIntoADocumentAndBack() throws IOException {
    Path ndjson = dir.resolve("parks.ndjson");
    Files.writeString(ndjson, PARK + "\n" + OBSERVATION + "\n");
    Path document = dir.resolve("parks.json");
    assertThat(run(ndjson.toString(), "-o", document.toString())).isZero();

    Dataset dataset = ParkDataJson.standard().readDataset(document);
    assertThat(dataset.parks()).extracting(p -> p.id().value()).containsExactly("G622052");
    assertThat(dataset.observations()).hasSize(1);

    Path back = dir.resolve("back.ndjson");
    assertThat(run(document.toString(), "-o", back.toString())).isZero();
    assertThat(Files.readString(back)).isEqualTo(PARK + "\n" + OBSERVATION + "\n");
  }

  @Test
  void writesToStandardOutputWithoutOutputAndFollowsTo() throws IOException {
    Path ndjson = dir.resolve("parks.jsonl");
    Files.writeString(ndjson, PARK + "\n");
    assertThat(run(ndjson.toString(), "--pretty")).isZero();
    assertThat(out.toString()).startsWith("{\n  \"format\" : \"parkdata/1\",");

    Path document = dir.resolve("parks.json");
    Files.writeString(document, out.toString());
    StringWriter again = new StringWriter();
    int code = new CommandLine(new ConvertFormatCommand()).setOut(new PrintWriter(again))
        .execute(document.toString(), "--to", "ndjson");
    assertThat(code).isZero();
    assertThat(again.toString()).isEqualTo(PARK + "\n");
  }

  @Test
  void writesTheObservationsOfEitherFormatAsACsvThatReadsBack() throws IOException {
    Path ndjson = dir.resolve("parks.ndjson");
    Files.writeString(ndjson, PARK + "\n" + OBSERVATION + "\n");
    Path csv = dir.resolve("observations.csv");
    assertThat(run(ndjson.toString(), "--to", "csv", "-o", csv.toString())).isZero();
    String written = Files.readString(csv);
    assertThat(written).startsWith(String.join(",", ObservationCsv.COLUMNS)).contains("兰州高新技术产业开发区");
    List<Observation> read = ObservationCsv.read(written);
    assertThat(read).containsExactlyElementsOf(
        ParkDataJson.standard().readNdjsonDataset(ndjson).observations());

    // a dataset document gives the same rows, on standard output
    Path document = dir.resolve("parks.json");
    assertThat(run(ndjson.toString(), "-o", document.toString())).isZero();
    assertThat(run(document.toString(), "--to", "CSV")).isZero();
    assertThat(out.toString()).isEqualTo(written);
  }

  @Test
  void namesTheFileLineAndPathOfBadInput() throws IOException {
    Path ndjson = dir.resolve("bad.ndjson");
    Files.writeString(ndjson, PARK + "\n" + PARK.replace("公顷", "公里里").replace("G622052", "G621045") + "\n");
    assertThat(run(ndjson.toString())).isEqualTo(1);
    assertThat(err.toString()).startsWith(ndjson + ": $.areas.approved.unit (line 2, column ")
        .contains("unknown unit '公里里'");
  }

  @Test
  void rejectsAnUnknownTarget() throws IOException {
    Path ndjson = dir.resolve("parks.ndjson");
    Files.writeString(ndjson, PARK + "\n");
    assertThat(run(ndjson.toString(), "--to", "xml")).isEqualTo(2);
    assertThat(err.toString()).contains("--to must be json, ndjson or csv, got 'xml'");
  }
}
