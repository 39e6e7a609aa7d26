package dev.parkdata.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.metric.Metric;
import dev.parkdata.observation.Observation;
import dev.parkdata.testing.ParkGenerators;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Generated datasets come back equal from a database, every figure with its stated scale. */
abstract class RoundTripContract {
  abstract DataSource dataSource();

  @Test
  void generatedDatasetsComeBackEqualWithTheirScale() {
    DatasetStore store = DatasetStore.open(dataSource());
    // 100 examples and bounded shrinking: each case is a delete, a save and a load.
    qt().withExamples(100)
        .withShrinkCycles(50)
        .forAll(ParkGenerators.datasets())
        .checkAssert(
            dataset -> {
              store.clear();
              store.save(dataset);
              Dataset back = store.load();
              assertThat(back).isEqualTo(dataset);
              assertThat(scales(back)).isEqualTo(scales(dataset));
              List<Observation> stored = store.observations(ObservationQuery.builder().build());
              assertThat(stored).hasSize((int) DatasetStoreContract.allObservations(dataset).count());
            });
  }

  /** The stated value and maximum of every figure, as text: equal only if the scales are. */
  private static List<String> scales(Dataset dataset) {
    return DatasetStoreContract.allObservations(dataset)
        .map(Observation::metric)
        .map(RoundTripContract::stated)
        .collect(Collectors.toList());
  }

  private static String stated(Metric m) {
    return m.value().toString() + "/" + m.max().toString() + " " + m.unit();
  }
}
