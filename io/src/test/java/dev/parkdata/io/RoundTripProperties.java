package dev.parkdata.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.parkdata.chain.IndustrialChain;
import dev.parkdata.cluster.Cluster;
import dev.parkdata.dataset.Dataset;
import dev.parkdata.metric.Metric;
import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.observation.Target;
import dev.parkdata.organisation.Organisation;
import dev.parkdata.park.Park;
import dev.parkdata.policy.Policy;
import dev.parkdata.source.Citation;
import dev.parkdata.model.Names;
import dev.parkdata.location.Location;
import dev.parkdata.testing.ParkGenerators;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writing then reading is the identity, for every type and for whole datasets and streams. The
 * values come from parkdata-testing's {@link ParkGenerators}.
 */
class RoundTripProperties {
  private static final ParkDataJson JSON = ParkDataJson.standard();
  private static final ParkDataJson PRETTY = ParkDataJson.builder().pretty(true).build();
  private static final JsonMapper OWN_MAPPER = JsonMapper.builder().findAndAddModules().build();
  /** The longest metric string a reader takes ({@code ValueCodecs.MAX_SHORTHAND}). */
  private static final int MAX_SHORTHAND = 100;

  private static <T> void assertRoundTrip(T value, Class<T> type) {
    String compact = JSON.write(value);
    assertThat(JSON.read(compact, type)).isEqualTo(value);
    assertThat(JSON.read(PRETTY.write(value), type)).isEqualTo(value);
    assertThat(OWN_MAPPER.readValue(OWN_MAPPER.writeValueAsString(value), type)).isEqualTo(value);
    // read → write → read: the text is stable after one round
    assertThat(JSON.write(JSON.read(compact, type))).isEqualTo(compact);
  }

  /** {@link #assertRoundTrip} for {@code examples} values of {@code values}. */
  private static <T> void roundTrips(Gen<T> values, Class<T> type, int examples) {
    qt().withExamples(examples).forAll(values).checkAssert(value -> assertRoundTrip(value, type));
  }

  @Test
  void datasets() {
    roundTrips(ParkGenerators.datasets(), Dataset.class, 150);
  }

  @Test
  void parks() {
    roundTrips(ParkGenerators.parks(), Park.class, 300);
  }

  @Test
  void clusters() {
    roundTrips(ParkGenerators.clusters(), Cluster.class, 200);
  }

  @Test
  void chains() {
    roundTrips(ParkGenerators.chains(), IndustrialChain.class, 200);
  }

  @Test
  void policies() {
    roundTrips(ParkGenerators.policies(), Policy.class, 200);
  }

  @Test
  void organisations() {
    roundTrips(ParkGenerators.organisations(), Organisation.class, 200);
  }

  @Test
  void observations() {
    roundTrips(ParkGenerators.observations(), Observation.class, 200);
  }

  @Test
  void targets() {
    roundTrips(ParkGenerators.targets(), Target.class, 200);
  }

  @Test
  void metrics() {
    roundTrips(EdgeMetrics.metricsWithEdges(), Metric.class, 500);
  }

  @Test
  void metricsReadFromTheirShorthand() {
    qt().withExamples(500)
        .forAll(EdgeMetrics.metricsWithEdges().assuming(m -> m.toString().length() <= MAX_SHORTHAND))
        .checkAssert(metric -> {
          String shorthand = JSON.write(metric.toString());
          assertThat(JSON.read(shorthand, Metric.class)).isEqualTo(metric);
        });
  }

  @Test
  void periods() {
    roundTrips(ParkGenerators.periods(), Period.class, 500);
  }

  @Test
  void indicators() {
    roundTrips(ParkGenerators.indicators(), Indicator.class, 200);
  }

  @Test
  void valueParts() {
    qt().withExamples(200)
        .forAll(ParkGenerators.citations(), ParkGenerators.names(), ParkGenerators.locations())
        .checkAssert((citation, names, location) -> {
          assertRoundTrip(citation, Citation.class);
          assertRoundTrip(names, Names.class);
          assertRoundTrip(location, Location.class);
        });
  }

  @Test
  void ndjsonStreamsOfDatasets() {
    qt().withExamples(100).forAll(ParkGenerators.datasets()).checkAssert(dataset -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (NdjsonWriter writer = JSON.ndjsonWriter(out)) {
        writer.writeDataset(dataset);
      }
      String text = out.toString(StandardCharsets.UTF_8);
      assertThat(text.lines().count()).isEqualTo(records(dataset).size());
      List<Object> read;
      try (Stream<Object> records = JSON.readNdjson(new ByteArrayInputStream(out.toByteArray()))) {
        read = records.collect(Collectors.toList());
      }
      assertThat(read).isEqualTo(records(dataset));
    });
  }

  private static List<Object> records(Dataset d) {
    return Stream.of(d.parks(), d.clusters(), d.chains(), d.policies(), d.organisations(),
            d.indicators(), d.observations(), d.externals())
        .flatMap(List::stream)
        .collect(Collectors.toList());
  }
}
