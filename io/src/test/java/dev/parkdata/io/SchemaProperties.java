package dev.parkdata.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.parkdata.testing.ParkGenerators;
import dev.parkdata.chain.ChainPosition;
import dev.parkdata.industry.ScaleClass;
import dev.parkdata.location.Province;
import dev.parkdata.metric.Qualifier;
import dev.parkdata.model.EntityKind;
import dev.parkdata.organisation.CertificationKind;
import dev.parkdata.organisation.OrganisationKind;
import dev.parkdata.park.ApprovalLevel;
import dev.parkdata.park.Composition;
import dev.parkdata.park.ManagementRole;
import dev.parkdata.park.ParkKind;
import dev.parkdata.policy.MeasureKind;
import dev.parkdata.policy.MeasurePeriod;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The shipped JSON Schema accepts everything the writer produces, and rejects what readers reject. */
class SchemaProperties {
  private static final ParkDataJson JSON = ParkDataJson.standard();

  @Test
  void everyDatasetDocumentTheWriterProducesIsValid() {
    qt().withExamples(200).forAll(ParkGenerators.datasets())
        .checkAssert(dataset -> assertThat(SchemaCheck.errors("Dataset", JSON.write(dataset))).isEmpty());
  }

  @Test
  void everyNdjsonRecordTheWriterProducesIsValid() {
    qt().withExamples(100).forAll(ParkGenerators.datasets()).checkAssert(dataset -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (NdjsonWriter writer = JSON.ndjsonWriter(out)) {
        writer.writeDataset(dataset);
      }
      out.toString(StandardCharsets.UTF_8).lines()
          .forEach(line -> assertThat(SchemaCheck.errors("NdjsonRecord", line)).as(line).isEmpty());
    });
  }

  @Test
  void everyParkAndMetricTheWriterProducesIsValid() {
    qt().withExamples(150).forAll(ParkGenerators.parks(), EdgeMetrics.metricsWithEdges()).checkAssert((park, metric) -> {
      assertThat(SchemaCheck.errors("Park", JSON.write(park))).isEmpty();
      assertThat(SchemaCheck.errors("Metric", JSON.write(metric))).isEmpty();
    });
  }

  @Test
  void theSchemaRejectsUnknownFieldsAsReadersDo() {
    String[] documents = {
        "{\"format\":\"parkdata/1\",\"parkz\":[]}",
        "{\"value\":\"1\",\"unit\":\"家\",\"colour\":\"red\"}",
        "{\"id\":\"p\",\"names\":{\"official\":\"x\"},\"kind\":\"HIGH_TECH_ZONE\",\"area\":\"5亩\"}"};
    String[] definitions = {"Dataset", "Metric", "Park"};
    qt().withExamples(50).forAll(integers().between(0, 2))
        .checkAssert(where -> assertThat(SchemaCheck.errors(definitions[where], documents[where])).isNotEmpty());
  }

  @Test
  void theSchemaRejectsWhatReadersReject() {
    assertThat(SchemaCheck.errors("Metric", "{\"value\":31.85,\"unit\":\"平方公里\"}")).isNotEmpty();
    assertThat(SchemaCheck.errors("Metric", "{\"value\":\"1e999999999\",\"unit\":\"元\"}")).isNotEmpty();
    assertThat(SchemaCheck.errors("Metric", "{\"min\":\"1\",\"unit\":\"元\",\"qualifier\":\"RANGE\"}")).isNotEmpty();
    assertThat(SchemaCheck.errors("Metric", "{\"value\":\"1\",\"unit\":\"元\",\"qualifier\":\"RANGE\"}")).isNotEmpty();
    assertThat(SchemaCheck.errors("Dataset", "{\"parks\":[]}")).isNotEmpty();
    assertThat(SchemaCheck.errors("Period", "\"2022-Q5\"")).isNotEmpty();
    assertThat(SchemaCheck.errors("Metric", "{\"min\":\"1\",\"max\":\"2\",\"unit\":\"元\",\"qualifier\":\"RANGE\"}")).isEmpty();
    // Issue 16: an end left out of a range (200-500万元(不含)); only a range has ends to leave out.
    assertThat(SchemaCheck.errors("Metric",
        "{\"min\":\"200\",\"max\":\"500\",\"unit\":\"万元\",\"qualifier\":\"RANGE\",\"maxOpen\":true}")).isEmpty();
    assertThat(SchemaCheck.errors("Metric", "{\"value\":\"1\",\"unit\":\"元\",\"minOpen\":true}")).isNotEmpty();
    assertThat(SchemaCheck.errors("Metric", "{\"value\":\"1\",\"unit\":\"元\",\"maxOpen\":false}")).isNotEmpty();
    assertThat(SchemaCheck.errors("Metric",
        "{\"min\":\"1\",\"max\":\"2\",\"unit\":\"元\",\"qualifier\":\"RANGE\",\"minOpen\":\"yes\"}")).isNotEmpty();
  }

  @Test
  void theSchemaNamesEveryConstantOfEveryEnumeration() {
    List<Class<? extends Enum<?>>> enums = List.of(ParkKind.class, ApprovalLevel.class, Province.class,
        ManagementRole.class, OrganisationKind.class, CertificationKind.class, MeasureKind.class,
        MeasurePeriod.class, ScaleClass.class, ChainPosition.class, Composition.class, Qualifier.class,
        EntityKind.class);
    for (Class<? extends Enum<?>> type : enums) {
      List<String> inSchema = new ArrayList<>();
      JsonNode values = SchemaCheck.SCHEMA.get("$defs").get(type.getSimpleName()).get("enum");
      values.forEach(v -> inSchema.add(v.asString()));
      assertThat(inSchema).as(type.getSimpleName()).isEqualTo(
          Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toList()));
    }
  }
}
