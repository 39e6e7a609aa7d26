package dev.parkdata.io;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Checks JSON against a definition of the shipped JSON Schema. */
final class SchemaCheck {
  static final JsonMapper MAPPER = JsonMapper.builder().build();
  static final JsonNode SCHEMA = load();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<String, Schema> BY_DEFINITION = new ConcurrentHashMap<>();

  private SchemaCheck() {}

  private static JsonNode load() {
    try (InputStream in = ParkDataJson.class.getResourceAsStream(ParkDataJson.SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("schema not on the class path: " + ParkDataJson.SCHEMA_RESOURCE);
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema of the definition {@code name} of {@code $defs}: "Dataset", "Park", "Metric". */
  static Schema schema(String name) {
    return BY_DEFINITION.computeIfAbsent(name, n -> {
      ObjectNode root = ((ObjectNode) SCHEMA).deepCopy();
      String id = "https://parkdata.dev/schema/parkdata-1/" + n + ".json";
      root.put("$id", id);
      root.put("$ref", "#/$defs/" + n);
      return REGISTRY.getSchema(SchemaLocation.of(id), root);
    });
  }

  /** The schema's complaints about {@code json} as a {@code definition}; empty if it is valid. */
  static List<String> errors(String definition, String json) {
    List<Error> errors = schema(definition).validate(MAPPER.readTree(json));
    return errors.stream().map(Error::toString).collect(Collectors.toList());
  }
}
