package dev.parkdata.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.io.NdjsonWriter;
import dev.parkdata.io.ParkDataJson;
import dev.parkdata.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParkdataNdjsonTest {
  private static final SparkSession SPARK = TestSessions.session();

  @TempDir
  static Path dir;
  private static Path file;
  /** The NDJSON lines of the fixtures, as io writes them. */
  private static List<String> records;
  /** The line numbers of the records and of the bad lines in the file. */
  private static final List<Long> recordLines = new ArrayList<>();
  private static final List<Long> badLines = new ArrayList<>();

  @BeforeAll
  static void writeAFileWithBadLines() throws IOException {
    Dataset dataset = Fixtures.dataset();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter writer = ParkDataJson.standard().ndjsonWriter(out)) {
      writer.writeDataset(dataset);
    }
    records = Arrays.asList(out.toString(StandardCharsets.UTF_8).split("\n"));
    List<byte[]> bad = List.of(
        "{\"entity\":\"PARK\",\"id\":".getBytes(StandardCharsets.UTF_8),                // broken JSON
        "{\"entity\":\"NOPE\"}".getBytes(StandardCharsets.UTF_8),                         // no such entity
        "{\"entity\":\"CLUSTER\",\"id\":\"x\",\"bogus\":1}".getBytes(StandardCharsets.UTF_8), // unknown field
        new byte[] {'{', '"', 'e', 'n', 't', 'i', 't', 'y', '"', ':', '"', (byte) 0xff, '"', '}'}); // not UTF-8
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    long line = 0;
    for (int i = 0; i < records.size(); i++) {
      if (i % 3 == 1) {
        text.write('\n'); // a blank line, skipped
        line++;
      }
      if (i % 2 == 0 && i / 2 < bad.size()) {
        text.write(bad.get(i / 2));
        text.write('\n');
        badLines.add(++line);
      }
      text.write(records.get(i).getBytes(StandardCharsets.UTF_8));
      text.write(i % 4 == 3 ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
      recordLines.add(++line);
    }
    file = dir.resolve("fixtures.ndjson");
    Files.write(file, text.toByteArray());
    frames = ParkdataNdjson.read(SPARK, file.toString()).cache();
  }

  /** The file read in one piece, for the tests of what the frames hold. */
  private static ParkdataFrames frames;

  @ParameterizedTest
  @ValueSource(longs = {ParkdataNdjson.PIECE_BYTES, 7})
  void readsEveryRecordAndReportsEveryBadLineWithItsLineWhereverTheFileIsCut(long pieceBytes) {
    ParkdataFrames cut = ParkdataNdjson.read(SPARK, file.toString(), pieceBytes).cache();
    List<Row> read = cut.parks().select("line", "record")
        .union(cut.observations().select("line", "record"))
        .union(cut.clusters().select("line", "record"))
        .union(cut.chains().select("line", "record"))
        .union(cut.policies().select("line", "record"))
        .union(cut.organisations().select("line", "record"))
        .union(cut.indicators().select("line", "record"))
        .union(cut.externals().select("line", "record"))
        .orderBy("line").collectAsList();
    assertThat(read).extracting(r -> r.getLong(0)).containsExactlyElementsOf(recordLines);
    assertThat(read).extracting(r -> r.getString(1)).containsExactlyElementsOf(records);

    List<Row> errors = cut.errors().filter("kind = 'LEFT_OUT'").orderBy("line").collectAsList();
    assertThat(errors).extracting(r -> r.<Long>getAs("line")).containsExactlyElementsOf(badLines);
    assertThat(errors).allSatisfy(r -> {
      assertThat(r.<String>getAs("file")).endsWith("fixtures.ndjson");
      assertThat(r.<String>getAs("severity")).isEqualTo("ERROR");
      assertThat(r.<String>getAs("message")).contains("line " + r.<Long>getAs("line"));
    });
    assertThat(cut.errors().filter("kind = 'UNREADABLE'").orderBy("line").collectAsList())
        .extracting(r -> r.<Long>getAs("line")).containsExactlyElementsOf(badLines);
  }

  @Test
  void typedColumnsHoldTheRecordsValues() {
    Row zgc = frames.parks().filter("id = 'G112001'").first();
    assertThat(zgc.<String>getAs("name")).isEqualTo(Fixtures.dataset().park(Fixtures.ZHONGGUANCUN).orElseThrow().names().official());
    long observations = Fixtures.dataset().observations().size();
    assertThat(frames.observations().count()).isEqualTo(observations);
  }

  @Test
  void writesRecordsBackAsNdjsonThatIoReads() throws IOException {
    Path out = dir.resolve("written");
    ParkdataNdjson.write(frames.parks().unionByName(frames.observations(), true)
        .select("record").union(frames.clusters().select("record")).union(frames.chains().select("record"))
        .union(frames.policies().select("record")).union(frames.organisations().select("record"))
        .union(frames.indicators().select("record")).union(frames.externals().select("record")), out.toString());
    List<String> written = new ArrayList<>();
    try (Stream<Path> parts = Files.list(out)) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).collect(Collectors.toList())) {
        ParkDataJson.standard().readNdjsonDataset(part); // each part is a stream io reads
        written.addAll(Files.readAllLines(part));
      }
    }
    assertThat(written).containsExactlyInAnyOrderElementsOf(records);
  }

  @Test
  void writesObservationsFromTheirTypedColumns() throws IOException {
    Path out = dir.resolve("observations");
    ParkdataNdjson.write(frames.observations().drop("record").coalesce(1), out.toString());
    List<String> expected = records.stream().filter(r -> r.startsWith("{\"entity\":\"OBSERVATION\"")).collect(Collectors.toList());
    List<String> written;
    try (Stream<Path> parts = Files.list(out)) {
      Path part = parts.filter(p -> p.getFileName().toString().startsWith("part-")).findFirst().orElseThrow();
      written = Files.readAllLines(part);
    }
    assertThat(written).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void aRecordIoRefusesFailsTheWriteNamingIt() {
    org.apache.spark.sql.Dataset<Row> bad = SPARK.sql("SELECT '{\"entity\":\"PARK\",\"id\":\"x\"}' AS record");
    assertThatThrownBy(() -> ParkdataNdjson.lines(bad).collectAsList())
        .hasStackTraceContaining("not one parkdata/1 NDJSON record: {\"entity\":\"PARK\",\"id\":\"x\"}");
  }
}
