package dev.parkdata.io;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writing then reading is the identity, for every type and for whole datasets and streams. The
 * values come from parkdata-testing's generators, registered for each domain type.
 */
class RoundTripProperties {
  private static final ParkDataJson JSON = ParkDataJson.standard();
  private static final ParkDataJson PRETTY = ParkDataJson.builder().pretty(true).build();
  private static final JsonMapper OWN_MAPPER = JsonMapper.builder().findAndAddModules().build();

  private static <T> void assertRoundTrip(T value, Class<T> type) {
    String compact = JSON.write(value);
    assertThat(JSON.read(compact, type)).isEqualTo(value);
    assertThat(JSON.read(PRETTY.write(value), type)).isEqualTo(value);
    assertThat(OWN_MAPPER.readValue(OWN_MAPPER.writeValueAsString(value), type)).isEqualTo(value);
    // read → write → read: the text is stable after one round
    assertThat(JSON.write(JSON.read(compact, type))).isEqualTo(compact);
  }

  @Property(tries = 150)
  void datasets(@ForAll Dataset dataset) {
    assertRoundTrip(dataset, Dataset.class);
  }

  @Property(tries = 300)
  void parks(@ForAll Park park) {
    assertRoundTrip(park, Park.class);
  }

  @Property(tries = 200)
  void clusters(@ForAll Cluster cluster) {
    assertRoundTrip(cluster, Cluster.class);
  }

  @Property(tries = 200)
  void chains(@ForAll IndustrialChain chain) {
    assertRoundTrip(chain, IndustrialChain.class);
  }

  @Property(tries = 200)
  void policies(@ForAll Policy policy) {
    assertRoundTrip(policy, Policy.class);
  }

  @Property(tries = 200)
  void organisations(@ForAll Organisation organisation) {
    assertRoundTrip(organisation, Organisation.class);
  }

  @Property(tries = 200)
  void observations(@ForAll Observation observation) {
    assertRoundTrip(observation, Observation.class);
  }

  @Property(tries = 200)
  void targets(@ForAll Target target) {
    assertRoundTrip(target, Target.class);
  }

  @Property(tries = 500)
  void metrics(@ForAll Metric metric) {
    assertRoundTrip(metric, Metric.class);
  }

  @Property(tries = 500)
  void metricsReadFromTheirShorthand(@ForAll Metric metric) {
    String shorthand = JSON.write(metric.toString());
    assertThat(JSON.read(shorthand, Metric.class)).isEqualTo(metric);
  }

  @Property(tries = 500)
  void periods(@ForAll Period period) {
    assertRoundTrip(period, Period.class);
  }

  @Property(tries = 200)
  void indicators(@ForAll Indicator indicator) {
    assertRoundTrip(indicator, Indicator.class);
  }

  @Property(tries = 200)
  void valueParts(@ForAll Citation citation, @ForAll Names names,
      @ForAll Location location) {
    assertRoundTrip(citation, Citation.class);
    assertRoundTrip(names, Names.class);
    assertRoundTrip(location, Location.class);
  }

  @Property(tries = 100)
  void ndjsonStreamsOfDatasets(@ForAll Dataset dataset) {
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
  }

  private static List<Object> records(Dataset d) {
    return Stream.of(d.parks(), d.clusters(), d.chains(), d.policies(), d.organisations(),
            d.indicators(), d.observations(), d.externals())
        .flatMap(List::stream)
        .collect(Collectors.toList());
  }
}
