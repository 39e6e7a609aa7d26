package dev.parkdata.io;

import static dev.parkdata.testing.ParkDataAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.park.Park;
import dev.parkdata.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The fixtures of real reporting go through the JSON format unchanged, and still validate. */
class FixturesRoundTripTest {
  private static final ParkDataJson JSON = ParkDataJson.standard();

  @Test
  void theWholeDatasetRoundTrips() {
    Dataset dataset = Fixtures.dataset();
    Dataset read = JSON.read(JSON.write(dataset), Dataset.class);
    assertThat(read).isEqualTo(dataset);
    assertThat(read).hasNoErrors();
  }

  @Test
  void eachParkRoundTrips() {
    for (Park park : Fixtures.dataset().parks()) {
      assertThat(JSON.read(JSON.write(park), Park.class)).isEqualTo(park);
    }
  }

  @Test
  void theDatasetRoundTripsAsNdjson() {
    Dataset dataset = Fixtures.dataset();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter writer = JSON.ndjsonWriter(out)) {
      writer.writeDataset(dataset);
    }
    List<Object> read;
    try (Stream<Object> records = JSON.readNdjson(new ByteArrayInputStream(out.toByteArray()))) {
      read = records.collect(Collectors.toList());
    }
    List<Object> expected =
        Stream.of(dataset.parks(), dataset.clusters(), dataset.chains(), dataset.policies(),
                dataset.organisations(), dataset.indicators(), dataset.observations(), dataset.externals())
            .flatMap(List::stream)
            .collect(Collectors.toList());
    assertThat(read).isEqualTo(expected);
  }
}
