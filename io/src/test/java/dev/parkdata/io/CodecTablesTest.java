package dev.parkdata.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The codecs' tables of fields held against the JSON Schema (issue 14): every field in both, the
 * same required set; and each JSON name written once, in its table.
 */
class CodecTablesTest {
  /** Each object of the schema and the table that reads and writes it. */
  private static Map<String, ObjectCodec<?, ?>> tables() {
    Map<String, ObjectCodec<?, ?>> tables = new LinkedHashMap<>();
    tables.put("Dataset", DatasetCodec.TABLE);
    tables.put("Park", EntityCodecs.PARK);
    tables.put("Cluster", EntityCodecs.CLUSTER);
    tables.put("IndustrialChain", EntityCodecs.CHAIN);
    tables.put("Organisation", EntityCodecs.ORGANISATION);
    tables.put("Policy", EntityCodecs.POLICY);
    tables.put("ExternalReference", EntityCodecs.EXTERNAL);
    tables.put("Names", PartCodecs.NAMES);
    tables.put("Location", PartCodecs.LOCATION);
    tables.put("Approval", PartCodecs.APPROVAL);
    tables.put("Designation", PartCodecs.DESIGNATION);
    tables.put("Management", PartCodecs.MANAGEMENT);
    tables.put("Recognition", PartCodecs.RECOGNITION);
    tables.put("Segment", PartCodecs.SEGMENT);
    tables.put("Certification", PartCodecs.CERTIFICATION);
    tables.put("Target", PartCodecs.TARGET);
    tables.put("Rate", PartCodecs.RATE);
    tables.put("Measure", PartCodecs.MEASURE);
    tables.put("Area", PartCodecs.AREA);
    tables.put("Source", SourceCodecs.SOURCE);
    tables.put("TextSpan", SourceCodecs.TEXT_SPAN);
    tables.put("Citation", SourceCodecs.CITATION);
    tables.put("IndicatorDefinition", IndicatorCodec.DEFINITION);
    tables.put("Observation", ObservationCodec.OBSERVATION);
    tables.put("MetricFields", MetricCodec.METRIC.table);
    return tables;
  }

  private static JsonNode schema() throws IOException {
    try (InputStream in = ParkDataJson.class.getResourceAsStream(ParkDataJson.SCHEMA_RESOURCE)) {
      return JsonMapper.builder().build().readTree(in);
    }
  }

  private static Set<String> names(JsonNode object, String member) {
    Set<String> names = new TreeSet<>();
    JsonNode node = object.path(member);
    if (node.isObject()) {
      names.addAll(node.propertyNames());
    } else {
      node.forEach(n -> names.add(n.asString()));
    }
    return names;
  }

  private static Set<String> required(ObjectCodec<?, ?> table) {
    return table.fields.stream().filter(Field::required).map(f -> f.name).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void everyTableHasTheFieldsAndRequiredSetOfItsSchemaObject() throws IOException {
    JsonNode defs = schema().path("$defs");
    tables().forEach((def, table) -> {
      JsonNode object = defs.path(def);
      assertThat(object.isObject()).as(def).isTrue();
      assertThat(new TreeSet<>(table.names())).as("fields of %s", def).isEqualTo(names(object, "properties"));
      assertThat(required(table)).as("required fields of %s", def).isEqualTo(names(object, "required"));
    });
    // an entity's own observations leave out their subject, otherwise they are observations
    JsonNode own = defs.path("OwnObservation");
    assertThat(names(own, "properties")).isEqualTo(new TreeSet<>(ObservationCodec.OBSERVATION.names()));
    Set<String> ownRequired = required(ObservationCodec.OBSERVATION);
    ownRequired.remove("subject");
    assertThat(names(own, "required")).isEqualTo(ownRequired);
    // a period written as an object
    JsonNode period = defs.path("Period").path("oneOf").get(1);
    assertThat(names(period, "properties")).isEqualTo(new TreeSet<>(PeriodCodec.OBJECT.names()));
    assertThat(names(period, "required")).isEqualTo(required(PeriodCodec.OBJECT));
  }

  @Test
  void everyObjectOfTheSchemaHasATable() throws IOException {
    JsonNode defs = schema().path("$defs");
    Set<String> objects = new TreeSet<>();
    for (String def : defs.propertyNames()) {
      if ("object".equals(defs.path(def).path("type").asString(null)) && defs.path(def).has("properties")) {
        objects.add(def);
      }
    }
    objects.remove("OwnObservation");
    assertThat(objects).isEqualTo(new TreeSet<>(tables().keySet()));
  }

  /** Where a JSON name may stand in io's sources: as the name of a row of a table. */
  private static final Pattern DECLARATION = Pattern.compile(
      "(\\.(required|optional|list|defaulted|ignored)\\(|new Field<[^>]*>\\(|return required\\()\\s*$");
  /** Or as a word for messages: an object's noun, a list's element noun, a parameter's name. */
  private static final Pattern NOUN = Pattern.compile(
      "(new ObjectCodec<[^(]*>\\(|requireNonNull\\(\\w+,\\s*|,\\s*)$");

  /**
   * No field's JSON name is written in more than one place in io: outside comments, a JSON name in
   * quotes stands only where a table declares it (and a table refuses a name twice), or as a
   * word of a message.
   */
  @Test
  void eachJsonNameIsWrittenOnlyInItsTable() throws IOException {
    Set<String> jsonNames = new TreeSet<>();
    List<ObjectCodec<?, ?>> all = new ArrayList<>(tables().values());
    all.add(PeriodCodec.OBJECT);
    all.add(MetricCodec.AREA_VALUE.table);
    all.forEach(t -> jsonNames.addAll(t.names()));
    jsonNames.add(Codecs.ENTITY);
    List<String> elsewhere = new ArrayList<>();
    Pattern literal = Pattern.compile("\"([A-Za-z]+)\"");
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/parkdata/io"))) {
      // ObservationCsv names CSV columns, not JSON fields: some share a word (period, unit).
      for (Path file : files.filter(f -> f.toString().endsWith(".java"))
          .filter(f -> !f.getFileName().toString().startsWith("ObservationCsv"))
          .sorted().collect(Collectors.toList())) {
        String code = Files.readString(file)
            .replaceAll("(?s)/\\*.*?\\*/", "")
            .replaceAll("//[^\n]*", "");
        Matcher m = literal.matcher(code);
        while (m.find()) {
          if (!jsonNames.contains(m.group(1))) {
            continue;
          }
          String before = code.substring(Math.max(0, m.start() - 80), m.start());
          boolean declared = DECLARATION.matcher(before).find();
          boolean noun = NOUN.matcher(before).find() && !declared
              && (m.end() < code.length() && code.charAt(m.end()) == ')' || before.contains("ObjectCodec<"));
          boolean constant = m.group(1).equals(Codecs.ENTITY) && before.endsWith("ENTITY = ");
          if (!declared && !noun && !constant) {
            elsewhere.add(file.getFileName() + ": " + m.group() + " after ..." + before.substring(Math.max(0, before.length() - 40)));
          }
        }
      }
    }
    assertThat(elsewhere).isEmpty();
  }
}
