package dev.parkdata.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.metric.Metric;
import dev.parkdata.model.Identifier;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.testing.Fixtures;
import dev.parkdata.unit.Dimension;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ObservationCsvTest {

  @Test
  void theFixturesReadBackExactly() {
    Dataset dataset = Fixtures.dataset();
    String csv = ObservationCsv.write(dataset);
    List<Observation> expected = new ArrayList<>();
    dataset.allParks().forEach(p -> expected.addAll(p.observations()));
    List<Observation> heldByOthers = new ArrayList<>();
    dataset.clusters().forEach(c -> heldByOthers.addAll(c.observations()));
    dataset.chains().forEach(c -> heldByOthers.addAll(c.observations()));
    dataset.organisations().forEach(o -> heldByOthers.addAll(o.observations()));
    // The fixtures' clusters, chains and organisations hold figures too, which a CSV of parks' alone lost.
    assertThat(heldByOthers).isNotEmpty();
    expected.addAll(heldByOthers);
    expected.addAll(dataset.observations());
    assertThat(ObservationCsv.read(new java.io.StringReader(csv), dataset::indicator)).isEqualTo(expected);
    assertThat(csv.lines().findFirst()).contains(String.join(",", ObservationCsv.COLUMNS));
  }

  @Test
  void writesOneTidyRowPerObservation() {
    Observation o = Observation.of(Identifier.of("G322052"), Indicators.ENTERPRISES, Period.year(2023),
        Metric.parse("2万余家"));
    StringWriter out = new StringWriter();
    ObservationCsv.write(out, List.of(o), id -> Optional.of("苏州工业园区"));
    assertThat(out.toString().lines()).element(1).isEqualTo(
        "G322052,苏州工业园区,enterprises,企业数,\"count(家)\",2023,,20000,20000,30000,false,false,家,OVER,20000,家,,,,,,,,,");
    assertThat(ObservationCsv.read(out.toString())).containsExactly(o);
  }

  @Test
  void customIndicatorsAndLabelledPeriodsReadBack() {
    Observation o = Observation.of(Identifier.of("x"), Indicators.custom("利润", Dimension.money("CNY")),
        Period.fiveYearPlan(14), Metric.parse("约3.5亿元"));
    StringWriter out = new StringWriter();
    ObservationCsv.write(out, List.of(o), id -> Optional.empty());
    assertThat(ObservationCsv.read(out.toString())).containsExactly(o);
  }

  @Test
  void aStaleDerivedColumnOrABadCellIsAnErrorNamingLineAndColumn() {
    String header = String.join(",", ObservationCsv.COLUMNS);
    String stale = header + "\nG1,,enterprises,企业数,count(家),2023,,30000,20000,30000,false,false,家,OVER,30000,家,,,,,,,,,\n";
    assertThatThrownBy(() -> ObservationCsv.read(stale))
        .isInstanceOf(ObservationCsvException.class)
        .hasMessageContaining("line 2: column min: '20000' does not match the figure 3万余家");
    String badUnit = header + "\nG1,,enterprises,企业数,count(家),2023,,3,3,3,true,true,furlong,EXACT,3,家,,,,,,,,,\n";
    assertThatThrownBy(() -> ObservationCsv.read(badUnit))
        .hasMessageContaining("line 2: column unit: 'furlong' cannot be read");
    String unknown = header + "\nG1,,net-profit,净利润,count(家),2023,,3,3,3,true,true,家,EXACT,3,家,,,,,,,,,\n";
    assertThatThrownBy(() -> ObservationCsv.read(unknown))
        .hasMessageContaining("column indicator: 'net-profit' is neither a known nor a custom indicator");
    assertThatThrownBy(() -> ObservationCsv.read("park_code,value\nG1,3\n"))
        .hasMessageContaining("line 1: the header lacks the columns");
    String staleEnd = header + "\nG1,,enterprises,企业数,count(家),2023,,3,3,5,true,true,家,RANGE,3,家,,,,,,,,,\n";
    assertThatThrownBy(() -> ObservationCsv.read(staleEnd.replace("3,3,5,true,true", "3,3,5,true,maybe")))
        .hasMessageContaining("line 2: column max_closed: 'maybe' does not match the figure 3-5家");
  }

  @Test
  void aRangesEndLeftOutReadsBackAndAFileWithoutTheColumnsReadsClosedRanges() {
    Observation open = Observation.of(Identifier.of("G1"), Indicators.ENTERPRISES, Period.year(2023),
        Metric.parse("200-500家(不含)"));
    StringWriter out = new StringWriter();
    ObservationCsv.write(out, List.of(open), id -> Optional.empty());
    assertThat(out.toString().lines()).element(1).asString().contains(",200,200,500,true,false,家,RANGE,");
    assertThat(ObservationCsv.read(out.toString())).containsExactly(open);

    List<String> older = new ArrayList<>(ObservationCsv.COLUMNS);
    older.removeAll(List.of("min_closed", "max_closed"));
    String before16 = String.join(",", older) + "\nG1,,enterprises,企业数,count(家),2023,,200,200,500,家,RANGE,200,家,,,,,,,,,\n";
    assertThat(ObservationCsv.read(before16)).extracting(Observation::metric)
        .containsExactly(Metric.parse("200-500家"));
  }
}
