package dev.parkdata.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.metric.Metric;
import dev.parkdata.park.Park;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Every failure to read is a JsonReadException naming the path, line, column and expectation. */
class BadInputTest {
  private static final ParkDataJson JSON = ParkDataJson.standard();

  private static String park(String id, String fields) {
    return "{\"id\":\"" + id + "\",\"names\":{\"official\":\"园区" + id + "\"},\"kind\":\"HIGH_TECH_ZONE\""
        + (fields.isEmpty() ? "" : "," + fields) + "}";
  }

  private static String dataset(String... parks) {
    return "{\"format\":\"parkdata/1\",\"parks\":[\n" + String.join(",\n", parks) + "\n]}";
  }

  private static JsonReadException failure(ThrowingCallable read) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(read);
    assertThat(thrown).isInstanceOf(JsonReadException.class);
    return (JsonReadException) thrown;
  }

  @Test
  void unknownUnitNamesPathLineAndColumn() {
    String json = dataset(
        park("p0", ""), park("p1", ""), park("p2", ""),
        park("p3", "\"areas\":{\"approved\":{\"value\":\"31.85\",\"unit\":\"平方公理\"}}"));
    JsonReadException e = failure(() -> JSON.readDataset(json));
    assertThat(e.path()).isEqualTo("$.parks[3].areas.approved.unit");
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.column()).isEqualTo(json.lines().skip(4).findFirst().orElseThrow().indexOf("\"平方公理\"") + 1);
    assertThat(e.problem()).isEqualTo("unknown unit '平方公理'");
    assertThat(e.expected()).contains(Values.UNIT_EXPECTED);
    assertThat(e.getMessage()).startsWith("$.parks[3].areas.approved.unit (line 5, column ");
  }

  @Test
  void namesTheFileItCameFrom(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("parks.json");
    java.nio.file.Files.writeString(file, dataset(park("p0", "\"kind\":\"NO_SUCH_KIND\"")));
    JsonReadException e = failure(() -> JSON.readDataset(file));
    assertThat(e.source()).contains(file.toString());
    assertThat(e.getMessage()).startsWith(file + ": $.parks[0].kind (line 2, column ");
  }

  @Test
  void truncatedDocument() {
    String json = dataset(park("p0", "")).substring(0, 60);
    JsonReadException e = failure(() -> JSON.readDataset(json));
    assertThat(e.problem()).contains("end-of-input");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.path()).startsWith("$.parks[0]");
  }

  @Test
  void emptyAndTrailingInput() {
    assertThat(failure(() -> JSON.readDataset("")).problem()).isEqualTo("empty input");
    assertThat(failure(() -> JSON.read("\"31.85平方公里\" 1", Metric.class)).problem())
        .startsWith("Trailing token");
  }

  @Test
  void wrongTypes() {
    JsonReadException e = failure(() -> JSON.readDataset(dataset(park("p0", "\"approvals\":{}"))));
    assertThat(e.path()).isEqualTo("$.parks[0].approvals");
    assertThat(e.problem()).isEqualTo("unexpected object");
    assertThat(e.expected()).contains("approvals (a JSON array)");

    e = failure(() -> JSON.read("{\"value\":31.85,\"unit\":\"平方公里\"}", Metric.class));
    assertThat(e.path()).isEqualTo("$.value");
    assertThat(e.problem()).isEqualTo("unexpected number 31.85");
    assertThat(e.expected().orElseThrow()).contains("as a JSON string");

    e = failure(() -> JSON.readDataset("[]"));
    assertThat(e.expected()).contains("a parkdata dataset document (a JSON object)");
  }

  @Test
  void unparsableMetricStrings() {
    JsonReadException e = failure(() -> JSON.readDataset(dataset(park("p0", "\"areas\":{\"planned\":\"约平方公里\"}"))));
    assertThat(e.path()).isEqualTo("$.parks[0].areas.planned");
    assertThat(e.problem()).startsWith("cannot read a metric from '约平方公里' at index ");
    assertThat(e.expected().orElseThrow()).contains("a number");
  }

  @Test
  void invalidDecimalsAndRanges() {
    assertThat(failure(() -> JSON.read("{\"value\":\"1,5\",\"unit\":\"家\"}", Metric.class)).problem())
        .isEqualTo("'1,5' is not a decimal within bounds");
    assertThat(failure(() -> JSON.read("{\"min\":\"5\",\"unit\":\"家\"}", Metric.class)).problem())
        .isEqualTo("a range needs both min and max and no value");
    assertThat(failure(() -> JSON.read("{\"value\":\"0\",\"unit\":\"家\",\"qualifier\":\"OVER\"}", Metric.class))
        .problem()).startsWith("invalid metric: OVER");
    // Issue 16: only a range has an end to leave out, and an open end needs two different ends.
    assertThat(failure(() -> JSON.read("{\"value\":\"5\",\"unit\":\"家\",\"maxOpen\":true}", Metric.class)).problem())
        .isEqualTo("minOpen or maxOpen on a metric that is not a range");
    assertThat(failure(() -> JSON.read(
        "{\"min\":\"5\",\"max\":\"5\",\"unit\":\"家\",\"qualifier\":\"RANGE\",\"minOpen\":true}", Metric.class))
        .problem()).startsWith("invalid metric");
    assertThat(failure(() -> JSON.read(
        "{\"min\":\"5\",\"max\":\"6\",\"unit\":\"家\",\"qualifier\":\"RANGE\",\"minOpen\":1}", Metric.class))
        .expected().orElseThrow()).contains("true or false");
  }

  @Test
  void openRangeEndsReadAndWriteBack() {
    Metric open = JSON.read(
        "{\"min\":\"200\",\"max\":\"500\",\"unit\":\"万元\",\"qualifier\":\"RANGE\",\"maxOpen\":true}", Metric.class);
    assertThat(open).isEqualTo(Metric.parse("200—500萬元(不含本數)"));
    assertThat(JSON.write(open))
        .isEqualTo("{\"min\":\"200\",\"max\":\"500\",\"unit\":\"万元\",\"qualifier\":\"RANGE\",\"maxOpen\":true}");
    assertThat(JSON.read("\"200(不含)-500万元\"", Metric.class).bounds().isLowerClosed()).isFalse();
    assertThat(JSON.write(Metric.parse("500万元(含)-2000万元"))).doesNotContain("Open");
  }

  @Test
  void missingRequiredFields() {
    JsonReadException e = failure(() -> JSON.readDataset(dataset("{\"id\":\"p0\",\"kind\":\"HIGH_TECH_ZONE\"}")));
    assertThat(e.path()).isEqualTo("$.parks[0]");
    assertThat(e.problem()).isEqualTo("missing required field(s) names of park");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(1);

    e = failure(() -> JSON.readDataset("{\"parks\":[]}"));
    assertThat(e.problem()).isEqualTo("a document without its format version");
    assertThat(failure(() -> JSON.readDataset("{\"format\":\"parkdata/2\"}")).problem())
        .isEqualTo("unsupported format 'parkdata/2'");
  }

  @Test
  void modelConstraintsNameTheObject() {
    JsonReadException e = failure(() -> JSON.readDataset(dataset(park("p0", "\"areas\":{\"approved\":\"1900亿元\"}"))));
    assertThat(e.path()).isEqualTo("$.parks[0].areas.approved");
    assertThat(e.problem()).startsWith("invalid area: Area.metric");
  }

  @Test
  void duplicateIdentifiers() {
    String sub = park("p1", "");
    JsonReadException e = failure(() -> JSON.readDataset(dataset(park("p0", ""), park("p2", "\"subZones\":[" + sub + "]"), sub)));
    assertThat(e.path()).isEqualTo("$.parks[2].id");
    assertThat(e.problem()).startsWith("duplicate identifier 'p1', first declared at parks[p2].subZones[0].id (line 3, column ");
  }

  @Test
  void duplicateKeys() {
    JsonReadException e = failure(() -> JSON.read("{\"value\":\"1\",\"value\":\"2\",\"unit\":\"家\"}", Metric.class));
    assertThat(e.problem()).contains("Duplicate Object property \"value\"");
  }

  @Test
  void unknownFieldsFailByDefault() {
    JsonReadException e = failure(() -> JSON.readDataset(dataset(park("p0", "\"area\":\"5平方公里\""))));
    assertThat(e.path()).isEqualTo("$.parks[0].area");
    assertThat(e.problem()).isEqualTo("unknown field 'area'");
    assertThat(e.expected().orElseThrow()).startsWith("one of the fields id, names, kind,");
  }

  @Test
  void unknownFieldsCanBeCollectedAsWarnings() {
    ParkDataJson warn = ParkDataJson.builder().unknownFields(UnknownFields.WARN).build();
    String json = dataset(park("p0", "\"area\":{\"value\":\"5\"},\"tags\":[1,2]"));
    assertThat(warn.readDataset(json).parks()).hasSize(1);
    ReadResult<Dataset> result = warn.readResult(json, Dataset.class);
    assertThat(result.hasErrors()).isFalse();
    assertThat(result.problems()).extracting(JsonProblem::path).containsExactly("$.parks[0].area", "$.parks[0].tags");
    assertThat(result.problems()).allSatisfy(p -> assertThat(p.severity()).isEqualTo(JsonProblem.Severity.WARNING));
  }

  @Test
  void lenientReadingLeavesOutEntitiesThatCannotBeRead() {
    // Issue 14: only the smallest element that cannot be built is left out; its parent is kept.
    String json = dataset(park("p0", ""), park("p1", "\"composition\":\"NOPE\",\"subZones\":[" + park("p9", "") + "]"),
        park("p2", "\"areas\":{\"approved\":\"1900亿元\"}"), park("p3", ""),
        "{\"id\":\"p4\",\"names\":{\"official\":\"园区p4\"},\"kind\":\"NOPE\"}");
    ReadResult<Dataset> result = JSON.readResult(json, Dataset.class);
    assertThat(result.value().parks()).extracting(p -> p.id().value()).containsExactly("p0", "p1", "p2", "p3");
    assertThat(result.value().parks().get(1).subZones()).extracting(p -> p.id().value()).containsExactly("p9");
    assertThat(result.value().parks().get(2).areas()).isEmpty();
    assertThat(result.hasErrors()).isTrue();
    assertThat(result.problems()).extracting(JsonProblem::kind, JsonProblem::path).containsExactly(
        org.assertj.core.groups.Tuple.tuple(JsonProblem.Kind.UNREADABLE, "$.parks[1].composition"),
        org.assertj.core.groups.Tuple.tuple(JsonProblem.Kind.LEFT_OUT, "$.parks[1].composition"),
        org.assertj.core.groups.Tuple.tuple(JsonProblem.Kind.UNREADABLE, "$.parks[2].areas.approved"),
        org.assertj.core.groups.Tuple.tuple(JsonProblem.Kind.LEFT_OUT, "$.parks[2].areas.approved"),
        org.assertj.core.groups.Tuple.tuple(JsonProblem.Kind.UNREADABLE, "$.parks[4].kind"),
        org.assertj.core.groups.Tuple.tuple(JsonProblem.Kind.LEFT_OUT, "$.parks[4]"));
    assertThat(result.problems().get(5).message()).contains("park p4 was left out: its kind could not be read");
  }


  @Test
  void ndjsonErrorsNameTheLine() {
    String ndjson = "{\"entity\":\"PARK\"," + park("p0", "").substring(1) + "\n"
        + "{\"entity\":\"PARK\"," + park("p1", "\"kind\":\"NOPE\"").substring(1) + "\n";
    try (Stream<Object> records = JSON.readNdjson(new java.io.StringReader(ndjson))) {
      JsonReadException e = failure(() -> records.collect(Collectors.toList()));
      assertThat(e.line()).isEqualTo(2);
      assertThat(e.path()).isEqualTo("$.kind");
    }
    JsonReadException e = failure(() -> JSON.readNdjson(new java.io.StringReader("{\"id\":\"p0\"}")).count());
    assertThat(e.problem()).isEqualTo("a record starting with 'id'");
  }

  // ---- hostile input: each fails fast with a clear error

  @Test
  void nesting100000Deep() {
    String arrays = "[".repeat(100_000) + "]".repeat(100_000);
    // A dataset is an object: the reader stops at the first token.
    assertThat(failure(() -> JSON.readDataset(arrays)).problem()).isEqualTo("unexpected array");

    String subZones = "{\"format\":\"parkdata/1\",\"parks\":[" + "{\"subZones\":[".repeat(50_000);
    JsonReadException e = failure(() -> JSON.readDataset(subZones));
    assertThat(e.problem()).contains("nesting depth (" + (ParkDataJson.MAX_NESTING_DEPTH + 1)
        + ") exceeds the maximum allowed (" + ParkDataJson.MAX_NESTING_DEPTH);
    assertThat(e.expected()).contains("input within the reader's limits (see ParkDataJson)");

    ParkDataJson warn = ParkDataJson.builder().unknownFields(UnknownFields.WARN).build();
    String skipped = dataset(park("p0", "\"x\":" + arrays));
    assertThat(failure(() -> warn.readResult(skipped, Dataset.class)).problem())
        .contains("exceeds the maximum allowed (" + ParkDataJson.MAX_NESTING_DEPTH);
  }

  @Test
  void numberOf100000Digits() {
    String json = "{\"value\":" + "9".repeat(100_000) + ",\"unit\":\"家\"}";
    JsonReadException e = failure(() -> JSON.read(json, Metric.class));
    assertThat(e.problem()).contains("Number value length").contains("exceeds the maximum allowed ("
        + ParkDataJson.MAX_NUMBER_LENGTH);
    String asString = "{\"value\":\"" + "9".repeat(100_000) + "\",\"unit\":\"家\"}";
    assertThat(failure(() -> JSON.read(asString, Metric.class)).problem()).endsWith("is not a decimal within bounds");
  }

  @Test
  void hugeExponents() {
    JsonReadException e = failure(() -> JSON.read("{\"value\":\"1e999999999\",\"unit\":\"元\"}", Metric.class));
    assertThat(e.path()).isEqualTo("$.value");
    assertThat(e.problem()).isEqualTo("'1e999999999' is not a decimal within bounds");
    assertThat(failure(() -> JSON.read("{\"value\":\"1e999\",\"unit\":\"元\"}", Metric.class)).problem())
        .isEqualTo("'1e999' is out of range");
    assertThat(JSON.read("{\"value\":\"1.5e3\",\"unit\":\"元\"}", Metric.class))
        .isEqualTo(Metric.parse("1500元"));
  }

  @Test
  void string100MegabytesLongFailsWithoutBeingHeld() {
    byte[] head = "{\"format\":\"parkdata/1\",\"parks\":[{\"id\":\"".getBytes(StandardCharsets.UTF_8);
    long length = 100L * 1024 * 1024;
    InputStream endless = new InputStream() {
      long position;

      @Override
      public int read() {
        return position < head.length ? head[(int) position++] : position++ < length ? 'a' : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        int n = 0;
        while (n < len) {
          int c = read();
          if (c < 0) {
            return n == 0 ? -1 : n;
          }
          b[off + n++] = (byte) c;
        }
        return n;
      }
    };
    JsonReadException e = failure(() -> JSON.readDataset(endless));
    assertThat(e.problem()).contains("String value length").contains("exceeds the maximum allowed ("
        + ParkDataJson.DEFAULT_MAX_STRING_LENGTH);
    assertThat(e.path()).isEqualTo("$.parks[0].id");
  }

  @Test
  void documentLengthIsBounded() {
    ParkDataJson small = ParkDataJson.builder().maxDocumentLength(100).build();
    String json = dataset(park("p0", ""), park("p1", ""));
    assertThat(failure(() -> small.readDataset(json)).problem()).contains("Document length");
    assertThat(JSON.readDataset(json).parks()).hasSize(2);
  }

  @Test
  void aMapperOfYourOwnFailsOnUnknownFieldsToo() {
    tools.jackson.databind.json.JsonMapper mapper =
        tools.jackson.databind.json.JsonMapper.builder().addModule(new ParkDataModule()).build();
    assertThatThrownBy(() -> mapper.readValue(park("p0", "\"x\":1"), Park.class))
        .isInstanceOf(JsonReadException.class)
        .hasMessageStartingWith("$.x (line 1, column ");
  }
}
