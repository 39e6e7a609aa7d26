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
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.json.JsonMapper;

/** Writing then reading is the identity, for every type and for whole datasets and streams. */
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

  @Property(tries = 300)
  void datasets(@ForAll("datasets") Dataset dataset) {
    assertRoundTrip(dataset, Dataset.class);
  }

  @Property(tries = 300)
  void parks(@ForAll("parks") Park park) {
    assertRoundTrip(park, Park.class);
  }

  @Property(tries = 200)
  void clusters(@ForAll("clusters") Cluster cluster) {
    assertRoundTrip(cluster, Cluster.class);
  }

  @Property(tries = 200)
  void chains(@ForAll("chains") IndustrialChain chain) {
    assertRoundTrip(chain, IndustrialChain.class);
  }

  @Property(tries = 200)
  void policies(@ForAll("policies") Policy policy) {
    assertRoundTrip(policy, Policy.class);
  }

  @Property(tries = 200)
  void organisations(@ForAll("organisations") Organisation organisation) {
    assertRoundTrip(organisation, Organisation.class);
  }

  @Property(tries = 200)
  void observations(@ForAll("observations") Observation observation) {
    assertRoundTrip(observation, Observation.class);
  }

  @Property(tries = 200)
  void targets(@ForAll("targets") Target target) {
    assertRoundTrip(target, Target.class);
  }

  @Property(tries = 500)
  void metrics(@ForAll("metrics") Metric metric) {
    assertRoundTrip(metric, Metric.class);
  }

  @Property(tries = 500)
  void metricsReadFromTheirShorthand(@ForAll("metrics") Metric metric) {
    String shorthand = JSON.write(metric.toString());
    assertThat(JSON.read(shorthand, Metric.class)).isEqualTo(metric);
  }

  @Property(tries = 500)
  void periods(@ForAll("periods") Period period) {
    assertRoundTrip(period, Period.class);
  }

  @Property(tries = 200)
  void indicators(@ForAll("indicators") Indicator indicator) {
    assertRoundTrip(indicator, Indicator.class);
  }

  @Property(tries = 200)
  void valueParts(@ForAll("citations") Citation citation, @ForAll("names") Names names,
      @ForAll("locations") Location location) {
    assertRoundTrip(citation, Citation.class);
    assertRoundTrip(names, Names.class);
    assertRoundTrip(location, Location.class);
  }

  @Property(tries = 200)
  void ndjsonStreamsOfDatasets(@ForAll("datasets") Dataset dataset) {
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

  @Provide
  Arbitrary<Dataset> datasets() {
    return ModelArbitraries.datasets();
  }

  @Provide
  Arbitrary<Park> parks() {
    return ModelArbitraries.parks();
  }

  @Provide
  Arbitrary<Cluster> clusters() {
    return ModelArbitraries.clusters();
  }

  @Provide
  Arbitrary<IndustrialChain> chains() {
    return ModelArbitraries.chains();
  }

  @Provide
  Arbitrary<Policy> policies() {
    return ModelArbitraries.policies();
  }

  @Provide
  Arbitrary<Organisation> organisations() {
    return ModelArbitraries.organisations();
  }

  @Provide
  Arbitrary<Observation> observations() {
    return ModelArbitraries.observations();
  }

  @Provide
  Arbitrary<Target> targets() {
    return ModelArbitraries.targets();
  }

  @Provide
  Arbitrary<Metric> metrics() {
    return ModelArbitraries.anyMetrics();
  }

  @Provide
  Arbitrary<Period> periods() {
    return ModelArbitraries.periods();
  }

  @Provide
  Arbitrary<Indicator> indicators() {
    return ModelArbitraries.indicators();
  }

  @Provide
  Arbitrary<Citation> citations() {
    return ModelArbitraries.citations();
  }

  @Provide
  Arbitrary<Names> names() {
    return ModelArbitraries.names();
  }

  @Provide
  Arbitrary<Location> locations() {
    return ModelArbitraries.locations();
  }
}
