package dev.parkdata.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.park.Park;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14: an NDJSON stream is read a line at a time, and one bad record spoils nothing else. */
class NdjsonRecordsTest {
  private static String park(String id, String more) {
    return "{\"entity\":\"PARK\",\"id\":\"" + id + "\",\"names\":{\"official\":\"园区" + id + "\"},\"kind\":\"HIGH_TECH_ZONE\""
        + more + "}";
  }

  private static ReadResult<Dataset> lenient(Path dir, String ndjson) throws IOException {
    Path file = dir.resolve("parks.ndjson");
    Files.writeString(file, ndjson);
    return ParkDataJson.standard().readNdjsonResult(file);
  }

  @Test
  void afterABadRecordReadingResumesAtTheNextLine(@TempDir Path dir) throws IOException {
    // a record cut short: an unclosed string and object, then a nested object that starts with "entity"
    String ndjson = park("p0", "") + "\n"
        + "{\"entity\":\"PARK\",\"id\":\"p1\",\"names\":{\"official\":\"园区p1\n"
        + park("p2", "") + "\n"
        + "{\"entity\":\"PARK\",\"id\":\"p3\",\"kind\":\"NOPE\",\"names\":{\"official\":\"x\"},"
        + "\"subZones\":[" + park("p4", "").replace("\"entity\":\"PARK\",", "") + "],"
        + "\"location\":{\"entity\":\"PARK\",\"id\":\"p5\"}}\n"
        + "\n"
        + park("p6", "") + "\n";
    ReadResult<Dataset> result = lenient(dir, ndjson);
    assertThat(result.value().parks()).extracting(p -> p.id().value()).containsExactly("p0", "p2", "p6");
    // the broken line gives its syntax error and its left-out note, on its own line
    List<JsonProblem> problems = result.problems();
    assertThat(problems).extracting(JsonProblem::line).allMatch(line -> line == 2 || line == 4);
    assertThat(problems.stream().filter(p -> p.line() == 2).count()).isEqualTo(2);
    List<String> leftOut = problems.stream().filter(p -> p.kind() == JsonProblem.Kind.LEFT_OUT)
        .map(JsonProblem::message).collect(Collectors.toList());
    // each record left out is named once, as a whole
    assertThat(leftOut).containsExactly("park p1 on line 2 was left out: Unexpected end-of-input in VALUE_STRING",
        "park p3 on line 4 was left out: its kind could not be read");
    // the nested object that starts with "entity" is a location with an unknown field, not a record
    assertThat(problems).filteredOn(p -> p.jsonPointer().equals("/location/entity")).singleElement()
        .extracting(JsonProblem::message).asString().contains("unknown field 'entity'");
  }

  @Test
  void oneBadRecordGivesItsOwnProblemsAndNothingElse(@TempDir Path dir) throws IOException {
    String bad = "{\"entity\":\"PARK\",\"id\":\"p1\",\"names\":{\"official\":\"x\"},\"kind\":\"HIGH_TECH_ZONE\",\"areas\":[1,2,{\"entity\":\"PARK\"}]";
    ReadResult<Dataset> result = lenient(dir, park("p0", "") + "\n" + bad + "\n" + park("p2", "") + "\n");
    assertThat(result.value().parks()).extracting(p -> p.id().value()).containsExactly("p0", "p2");
    // its areas are not an object, then the line ends inside the record: both reported, on its
    // line, and the record named once as left out
    assertThat(result.problems()).extracting(JsonProblem::kind).containsExactly(
        JsonProblem.Kind.UNREADABLE, JsonProblem.Kind.UNREADABLE, JsonProblem.Kind.LEFT_OUT);
    assertThat(result.problems()).extracting(JsonProblem::line).containsOnly(2);
    assertThat(result.problems().get(2).message()).startsWith("park p1 on line 2 was left out: ");
  }

  @Test
  void nothingNestedIsReadAsARecord() {
    String nested = park("p0", ",\"subZones\":[" + park("p1", "") + "]");
    List<Object> records = ParkDataJson.builder().unknownFields(UnknownFields.WARN).build()
        .readNdjson(new StringReader(nested + "\n")).collect(Collectors.toList());
    // the sub-zone's "entity" is an unknown field of a sub-zone, not a record
    assertThat(records).hasSize(1);
    assertThat(((Park) records.get(0)).subZones()).extracting(p -> p.id().value()).containsExactly("p1");
  }

  @Test
  void aRecordLongerThanTheLimitIsRefusedAndTheNextOneRead(@TempDir Path dir) throws IOException {
    String longRecord = "{\"entity\":\"PARK\",\"id\":\"p1\",\"names\":{\"official\":\"" + "长".repeat(3000)
        + "\"},\"kind\":\"HIGH_TECH_ZONE\"}";
    String ndjson = park("p0", "") + "\n" + longRecord + "\n" + park("p2", "") + "\n";
    Path file = dir.resolve("parks.ndjson");
    Files.writeString(file, ndjson);
    ParkDataJson small = ParkDataJson.builder().maxRecordLength(1000).build();
    ReadResult<Dataset> result = small.readNdjsonResult(file);
    assertThat(result.value().parks()).extracting(p -> p.id().value()).containsExactly("p0", "p2");
    assertThat(result.problems().get(0).message()).contains("a record longer than 1000 bytes");
    JsonReadException e = catchThrowableOfType(JsonReadException.class,
        () -> small.readNdjson(new StringReader(ndjson)).collect(Collectors.toList()));
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.problem()).contains("longer than 1000");
    assertThat(ParkDataJson.DEFAULT_MAX_RECORD_LENGTH).isEqualTo(16 * 1024 * 1024);
    assertThat(ParkDataJson.standard().readNdjson(new StringReader(ndjson)).count()).isEqualTo(3);
  }

  @Test
  void aRecordLeftOutWholeForgetsNothingOfTheRecordsBeforeIt(@TempDir Path dir) throws IOException {
    // line 1 is kept without its province; line 2 is too long; line 3 is cut short
    String kept = park("p0", ",\"location\":{\"province\":\"NOWHERE\"}");
    String ndjson = kept + "\n" + park("p1", "").replace("园区p1", "长".repeat(400)) + "\n"
        + "{\"entity\":\"PARK\",\"id\":\"p2\"\n";
    Path file = dir.resolve("parks.ndjson");
    Files.writeString(file, ndjson);
    ReadResult<Dataset> result = ParkDataJson.builder().maxRecordLength(300).build().readNdjsonResult(file);
    assertThat(result.value().parks()).extracting(p -> p.id().value()).containsExactly("p0");
    assertThat(result.problems()).filteredOn(p -> p.kind() == JsonProblem.Kind.LEFT_OUT)
        .extracting(JsonProblem::line, JsonProblem::jsonPointer).containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "/location/province"),
            org.assertj.core.groups.Tuple.tuple(2, ""),
            org.assertj.core.groups.Tuple.tuple(3, ""));
  }

  @Test
  void strictReadsNameTheLineOfTheStream() {
    String ndjson = park("p0", "") + "\n" + park("p1", "") + "\n" + park("p2", ",\"kind\":\"NOPE\"").replace(",\"kind\":\"HIGH_TECH_ZONE\"", "") + "\n";
    JsonReadException e = catchThrowableOfType(JsonReadException.class,
        () -> ParkDataJson.standard().readNdjson(new StringReader(ndjson)).collect(Collectors.toList()));
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.jsonPointer()).isEqualTo("/kind");
    assertThat(e.getMessage()).contains("(line 3, column");
  }

  @Test
  void bytesThatAreNotUtf8AreNamedByLineAndByteOffset(@TempDir Path dir) throws IOException {
    byte[] first = (park("p0", "") + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] second = park("p1", "").replace("园区p1", "园区\u0000").getBytes(StandardCharsets.UTF_8);
    int nul = indexOf(second, (byte) 0);
    second[nul] = (byte) 0xff; // a byte no UTF-8 text holds, inside the name
    Path file = dir.resolve("parks.ndjson");
    Files.write(file, concat(first, second, "\n".getBytes(StandardCharsets.UTF_8),
        park("p2", "").getBytes(StandardCharsets.UTF_8)));
    JsonReadException e = catchThrowableOfType(JsonReadException.class,
        () -> ParkDataJson.standard().readNdjsonDataset(file));
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.problem()).contains("0xff", "not UTF-8, at byte " + (first.length + nul) + " (counting from 0)");
    assertThat(e.getMessage()).startsWith(file.toString());
    // read leniently, the record is left out and the next one read
    ReadResult<Dataset> lenient = ParkDataJson.standard().readNdjsonResult(file);
    assertThat(lenient.value().parks()).extracting(p -> p.id().value()).containsExactly("p0", "p2");
  }

  @Test
  void aDocumentWithBytesThatAreNotUtf8NamesTheByte(@TempDir Path dir) throws IOException {
    byte[] json = "{\"format\":\"parkdata/1\",\"parks\":[{\"id\":\"a??b\"}]}".getBytes(StandardCharsets.UTF_8);
    int at = indexOf(json, (byte) '?');
    json[at] = (byte) 0xff;
    json[at + 1] = (byte) 0xfe;
    Path file = dir.resolve("bad.json");
    Files.write(file, json);
    JsonReadException e = catchThrowableOfType(JsonReadException.class,
        () -> ParkDataJson.standard().readDataset(file));
    assertThat(e.problem()).contains("at byte " + at + " (counting from 0)");
    // a lead byte of three then one that cannot follow it: the second is at fault
    json[at] = (byte) 0xe5;
    json[at + 1] = (byte) 'x';
    Files.write(file, json);
    e = catchThrowableOfType(JsonReadException.class, () -> ParkDataJson.standard().readDataset(file));
    assertThat(e.problem()).contains("middle byte", "at byte " + (at + 1) + " (counting from 0)");
  }

  @Test
  void recordsLongerThanTheBufferAreReadWhole(@TempDir Path dir) throws IOException {
    // lines of 100 KB and more cross the reader's 64 KiB buffer: each is gathered, none is cut
    StringBuilder ndjson = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      ndjson.append(park("p" + i, "").replace("园区p" + i, "名".repeat(40_000 + 9_999 * i))).append('\n');
    }
    Path file = dir.resolve("long.ndjson");
    Files.writeString(file, ndjson);
    ReadResult<Dataset> result = ParkDataJson.standard().readNdjsonResult(file);
    assertThat(result.problems()).isEmpty();
    assertThat(result.value().parks()).hasSize(5);
    assertThat(result.value().parks().get(4).names().official()).hasSize(40_000 + 4 * 9_999);
    assertThat(ParkDataJson.standard().readNdjson(new StringReader(ndjson.toString())).count()).isEqualTo(5);
  }

  @Test
  void aReaderWithALoneSurrogateIsAnError() {
    String ndjson = park("p0", "") + "\n" + park("p1", "").replace("园区p1", "园区\ud800") + "\n";
    JsonReadException e = catchThrowableOfType(JsonReadException.class,
        () -> ParkDataJson.standard().readNdjson(new StringReader(ndjson)).collect(Collectors.toList()));
    assertThat(e.problem()).startsWith("text that is not Unicode");
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    throw new AssertionError("no " + b);
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  @Test
  void aPieceOfAStreamNamesTheLinesAndBytesOfTheWholeStream() {
    // the piece starts after 41 lines and 5,000 bytes of its stream
    String piece = park("p0", "") + "\n\n" + "{\"entity\":\"PARK\",\"id\":\"p1\"}\n" + park("p2", "");
    List<String> records = new java.util.ArrayList<>();
    List<JsonProblem> problems = new java.util.ArrayList<>();
    ParkDataJson.standard().readNdjsonPiece(new java.io.ByteArrayInputStream(piece.getBytes(StandardCharsets.UTF_8)),
        "big.ndjson", 41, 5000, (record, line) -> records.add(((Park) record).id() + "@" + line), problems::add);
    assertThat(records).containsExactly("p0@42", "p2@45");
    assertThat(problems).extracting(JsonProblem::line).containsOnly(44);
    assertThat(problems).extracting(JsonProblem::message)
        .anyMatch(m -> m.contains("park p1 on line 44 was left out"));
  }
}
