package dev.parkdata.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.park.Park;
import dev.parkdata.unit.BaseUnit;
import dev.parkdata.unit.UnitCatalog;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Issue 14: a lenient read loses nothing it can keep, and says what it left out and where. */
class LenientReadTest {
  private static final ParkDataJson WARN = ParkDataJson.builder().unknownFields(UnknownFields.WARN).build();

  /** G321090 with a sub-zone whose kind cannot be read, and problems before and after it. */
  private static final String SUZHOU = "{\"format\":\"parkdata/1\",\"parks\":[\n"
      + "{\"id\":\"G321090\",\"names\":{\"official\":\"苏州工业园区\"},\"kind\":\"ECONOMIC_TECHNOLOGICAL_DEVELOPMENT_ZONE\",\n"
      + " \"colour\":\"blue\",\n"
      + " \"subZones\":[\n"
      + "  {\"id\":\"sip-1\",\"names\":{\"official\":\"独墅湖科教创新区\"},\"kind\":\"OTHER\",\"areas\":{\"approved\":\"1亿元\"}},\n"
      + "  {\"id\":\"sip-2\",\"names\":{\"official\":\"金鸡湖商务区\"},\"kind\":\"HIGH_TECH_ZONE\"}],\n"
      + " \"observations\":[\n"
      + "  {\"indicator\":\"enterprises\",\"period\":\"2022\",\"metric\":\"200余家\"},\n"
      + "  {\"indicator\":\"enterprises\",\"period\":\"2023-H3\",\"metric\":\"210家\"},\n"
      + "  {\"indicator\":\"enterprises\",\"period\":\"2024\",\"metric\":\"220家\"}]},\n"
      + "{\"id\":\"G112001\",\"names\":{\"official\":\"中关村科技园区\"},\"kind\":\"HIGH_TECH_ZONE\",\"location\":{\"province\":\"NOWHERE\"}}\n"
      + "]}";

  @Test
  void aSubZoneWhoseKindCannotBeReadIsLeftOutAndItsParkKept() {
    ReadResult<Dataset> result = WARN.readResult(SUZHOU, Dataset.class);
    List<Park> parks = result.value().parks();
    assertThat(parks).extracting(p -> p.id().value()).containsExactly("G321090", "G112001");
    Park suzhou = parks.get(0);
    assertThat(suzhou.subZones()).extracting(p -> p.id().value()).containsExactly("sip-2");
    assertThat(suzhou.observations()).extracting(o -> o.period().toString()).containsExactly("2022", "2024");
    assertThat(parks.get(1).location()).isPresent();
    assertThat(parks.get(1).location().orElseThrow().province()).isEmpty();

    // every problem in the document, in its order, each where it is
    assertThat(result.problems()).extracting(JsonProblem::kind, JsonProblem::jsonPointer).containsExactly(
        org.assertj.core.groups.Tuple.tuple(JsonProblem.Kind.UNKNOWN_FIELD, "/parks/0/colour"),
        org.assertj.core.groups.Tuple.tuple(JsonProblem.Kind.UNREADABLE, "/parks/0/subZones/0/kind"),
        org.assertj.core.groups.Tuple.tuple(JsonProblem.Kind.UNREADABLE, "/parks/0/subZones/0/areas/approved"),
        // the sub-zone is left out as a whole: its area is not also named as left out
        org.assertj.core.groups.Tuple.tuple(JsonProblem.Kind.LEFT_OUT, "/parks/0/subZones/0"),
        org.assertj.core.groups.Tuple.tuple(JsonProblem.Kind.UNREADABLE, "/parks/0/observations/1/period"),
        org.assertj.core.groups.Tuple.tuple(JsonProblem.Kind.LEFT_OUT, "/parks/0/observations/1"),
        org.assertj.core.groups.Tuple.tuple(JsonProblem.Kind.UNREADABLE, "/parks/1/location/province"),
        org.assertj.core.groups.Tuple.tuple(JsonProblem.Kind.LEFT_OUT, "/parks/1/location/province"));
    assertThat(result.problems().get(3).message())
        .isEqualTo("sub-zone sip-1 of G321090 was left out: its kind could not be read");
    assertThat(result.problems().get(3).modelPath().toString()).isEqualTo("parks[G321090].subZones[0]");
    assertThat(result.report().violations()).extracting(v -> v.path().toString())
        .contains("parks[G321090].subZones[0].kind", "parks[G321090].subZones[0]");
  }

  @Test
  void theJsonPointerOfAProblemResolvesInTheDocument() {
    JsonNode document = JsonMapper.builder().build().readTree(SUZHOU);
    ReadResult<Dataset> result = WARN.readResult(SUZHOU, Dataset.class);
    for (JsonProblem problem : result.problems()) {
      JsonNode at = document.at(JsonPointer.compile(problem.jsonPointer()));
      assertThat(at.isMissingNode()).as(problem.toString()).isFalse();
    }
    for (dev.parkdata.validation.Violation v : result.report().violations()) {
      assertThat(document.at(result.jsonPointer(v)).isMissingNode()).as(v.toString()).isFalse();
    }
    // a violation of a rule: its park found by identifier in the document
    dev.parkdata.validation.Violation rule = dev.parkdata.validation.Violation.builder().code("x.y")
        .severity(dev.parkdata.validation.Severity.ERROR)
        .path(dev.parkdata.validation.Path.parse("parks[G112001].names.official"))
        .chinese("测试").english("test").build();
    assertThat(result.jsonPointer(rule)).isEqualTo("/parks/1/names/official");
    JsonProblem kind = result.problems().get(1);
    assertThat(document.at(kind.jsonPointer()).asString()).isEqualTo("OTHER");
    assertThat(document.at(result.problems().get(3).jsonPointer()).path("id").asString()).isEqualTo("sip-1");
  }

  @Test
  void strictReadsNameThePointerToo() {
    JsonReadException e = org.assertj.core.api.Assertions.catchThrowableOfType(JsonReadException.class,
        () -> ParkDataJson.builder().unknownFields(UnknownFields.WARN).build().readDataset(SUZHOU.replace(",\"areas\":{\"approved\":\"1亿元\"}", "")));
    assertThat(e.jsonPointer()).isEqualTo("/parks/0/subZones/0/kind");
    assertThat(e.modelPath().toString()).isEqualTo("parks[G321090].subZones[0].kind");
  }

  private static final String SCALED = "{\"format\":\"parkdata/1\",\"parks\":["
      + "{\"id\":\"p0\",\"names\":{\"official\":\"园区\"},\"kind\":\"HIGH_TECH_ZONE\","
      + "\"areas\":{\"approved\":{\"value\":\"10.00\",\"unit\":\"平方公里\"},\"planned\":\"2.50平方公里\"},"
      + "\"observations\":[{\"indicator\":\"revenue\",\"period\":\"2022\",\"metric\":{\"value\":\"1300.0\",\"unit\":\"亿元\"}}]}]}";

  @Test
  void theStatedScaleSurvivesJsonAndNdjson() {
    ParkDataJson json = ParkDataJson.standard();
    Dataset dataset = json.readDataset(SCALED);
    assertThat(dataset.parks().get(0).areas().get(0).metric().value().scale()).isEqualTo(2);
    String written = json.write(dataset);
    assertThat(written).contains("\"10.00\"", "\"2.50\"", "\"1300.0\"");
    assertThat(json.readDataset(written)).isEqualTo(dataset);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter writer = json.ndjsonWriter(out)) {
      writer.writeDataset(dataset);
    }
    String ndjson = out.toString(StandardCharsets.UTF_8);
    assertThat(ndjson).contains("\"10.00\"", "\"2.50\"", "\"1300.0\"");
    List<Object> records = json.readNdjson(new StringReader(ndjson)).collect(Collectors.toList());
    assertThat(records).contains(dataset.parks().get(0));
    assertThat(((Park) records.get(0)).areas().get(0).metric().value().toPlainString()).isEqualTo("10.00");
  }

  private static final UnitCatalog BERTHS = UnitCatalog.standard().toBuilder()
      .add(BaseUnit.classifier("泊位", "泊位", "berth")).build();

  private static final String PORT = "{\"format\":\"parkdata/1\","
      + "\"parks\":[{\"id\":\"p0\",\"names\":{\"official\":\"港区\"},\"kind\":\"FREE_TRADE_ZONE\","
      + "\"observations\":[{\"indicator\":{\"code\":\"berths\",\"chineseName\":\"泊位数\",\"englishName\":\"berths\",\"dimension\":\"count(泊位)\"},\"period\":\"2022\",\"metric\":\"12泊位\"}]}]}";

  @Test
  void aUnitCatalogOfTheUsersOwnRoundTrips() {
    ParkDataJson json = ParkDataJson.builder().unitCatalog(BERTHS).build();
    Dataset dataset = json.readDataset(PORT);
    assertThat(dataset.parks().get(0).observations().get(0).metric().unit().toString()).contains("泊位");
    assertThat(json.readDataset(json.write(dataset))).isEqualTo(dataset);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter writer = json.ndjsonWriter(out)) {
      writer.writeDataset(dataset);
    }
    assertThat(json.readNdjson(new StringReader(out.toString(StandardCharsets.UTF_8))).collect(Collectors.toList()))
        .contains(dataset.parks().get(0));
    assertThatThrownBy(() -> ParkDataJson.standard().readDataset(PORT))
        .isInstanceOf(JsonReadException.class).hasMessageContaining("泊位");
  }
}
