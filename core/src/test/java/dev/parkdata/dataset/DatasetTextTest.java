package dev.parkdata.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parkdata.metric.Metric;
import dev.parkdata.model.Identifier;
import dev.parkdata.model.Names;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import org.junit.jupiter.api.Test;

/** {@link Dataset#toString()} counts what the dataset holds, wherever it holds it. */
class DatasetTextTest {

  private static Park park(String id) {
    return Park.builder().id(Identifier.of(id)).names(Names.of("园区" + id)).kind(ParkKind.HIGH_TECH_ZONE).build();
  }

  private static Observation figure(String subject, int year) {
    return Observation.of(Identifier.of(subject), Indicators.ENTERPRISES, Period.year(year), Metric.parse("100家"));
  }

  @Test
  void oneParkWithoutSubZonesIsNotSaidToHaveAny() {
    Dataset dataset = Dataset.builder().addPark(park("G112001")).build();

    assertThat(dataset.toString()).isEqualTo(
        "Dataset{1 park, 0 clusters, 0 chains, 0 policies, 0 organisations, 0 indicators, 0 observations, 0 externals}");
  }

  @Test
  void countsSubZonesAtAnyDepthAndObservationsWhereverTheyAreHeld() {
    Park inner = park("inner").withObservations(figure("inner", 2023));
    Park middle = park("middle").withSubZones(inner);
    Park top = park("G112001").withSubZones(middle, park("other"))
        .withObservations(figure("G112001", 2022), figure("G112001", 2023));
    Dataset dataset = Dataset.builder()
        .addParks(top, park("S112002"))
        .addObservations(figure("G112001", 2021))
        .build();

    assertThat(dataset.toString()).isEqualTo("Dataset{2 parks with 3 sub-zones, 0 clusters, 0 chains, 0 policies,"
        + " 0 organisations, 0 indicators, 4 observations, 0 externals}");
    assertThat(Dataset.builder().addPark(park("a").withSubZones(park("b"))).build().toString())
        .startsWith("Dataset{1 park with 1 sub-zone, ");
  }
}
