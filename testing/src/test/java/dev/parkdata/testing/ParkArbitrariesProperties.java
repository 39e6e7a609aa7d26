package dev.parkdata.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.metric.Metric;
import dev.parkdata.observation.Observation;
import dev.parkdata.park.Park;
import dev.parkdata.validation.Severity;
import dev.parkdata.validation.ValidationReport;
import dev.parkdata.validation.Validator;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * The published generators: every value passes the builders (rebuilding it from its parts gives
 * an equal value), consistent parks and datasets validate with no error, and each inconsistency
 * asked for is reported under its rule's code.
 */
class ParkArbitrariesProperties {

  @Property(tries = 150)
  void registeredParksValidateWithNoError(@ForAll Park park) {
    ValidationReport report = Validator.standard().validate(park);
    assertThat(report.atLeast(Severity.ERROR).violations()).as(report.toText()).isEmpty();
    assertThat(Park.builder().from(park).build()).isEqualTo(park);
  }

  @Property(tries = 150)
  void registeredDatasetsValidateWithNoError(@ForAll Dataset dataset) {
    ValidationReport report = Validator.standard().validate(dataset);
    assertThat(report.atLeast(Severity.ERROR).violations()).as(report.toText()).isEmpty();
  }

  @Provide
  Arbitrary<Park> deepParks() {
    return ParkArbitraries.parks().withDepth(4).withMaxSubZones(2);
  }

  @Property(tries = 100)
  void deepParksAddUp(@ForAll("deepParks") Park park) {
    ValidationReport report = Validator.standard().validate(park);
    assertThat(report.atLeast(Severity.ERROR).violations()).as(report.toText()).isEmpty();
  }

  @Provide
  Arbitrary<Dataset> largeDatasets() {
    return ParkArbitraries.datasets().ofMaxSize(5).withDepth(2);
  }

  @Property(tries = 100)
  void largeDatasetsValidateWithNoError(@ForAll("largeDatasets") Dataset dataset) {
    ValidationReport report = Validator.standard().validate(dataset);
    assertThat(report.atLeast(Severity.ERROR).violations()).as(report.toText()).isEmpty();
  }

  @Provide
  Arbitrary<Inconsistency> inconsistencies() {
    return Arbitraries.of(Inconsistency.class);
  }

  @Provide
  Arbitrary<Tuple2<Inconsistency, Park>> inconsistentParks() {
    return inconsistencies()
        .flatMap(i -> ParkArbitraries.parks().withInconsistencies(i).map(p -> Tuple.of(i, p)));
  }

  @Property(tries = 200)
  void eachInconsistencyInAParkIsReportedWithItsCode(
      @ForAll("inconsistentParks") Tuple2<Inconsistency, Park> sample) {
    ValidationReport report = Validator.standard().validate(sample.get2());
    assertThat(report.withCode(sample.get1().code()).withSeverity(Severity.ERROR).violations())
        .as(report.toText())
        .isNotEmpty();
  }

  @Provide
  Arbitrary<Tuple2<Inconsistency, Dataset>> inconsistentDatasets() {
    return inconsistencies()
        .flatMap(i -> ParkArbitraries.datasets().withInconsistencies(i).map(d -> Tuple.of(i, d)));
  }

  @Property(tries = 100)
  void eachInconsistencyInADatasetIsReportedWithItsCode(
      @ForAll("inconsistentDatasets") Tuple2<Inconsistency, Dataset> sample) {
    ValidationReport report = Validator.standard().validate(sample.get2());
    assertThat(report.withCode(sample.get1().code()).withSeverity(Severity.ERROR).violations())
        .as(report.toText())
        .isNotEmpty();
  }

  @Property(tries = 100)
  void allInconsistenciesTogetherAreAllReported(
      @ForAll("allInconsistent") Park park) {
    ValidationReport report = Validator.standard().validate(park);
    for (Inconsistency inconsistency : EnumSet.complementOf(EnumSet.of(Inconsistency.SUBZONES_SUM_DIFFERS))) {
      assertThat(report.withCode(inconsistency.code()).violations()).as(inconsistency + "\n" + report.toText()).isNotEmpty();
    }
  }

  @Provide
  Arbitrary<Park> allInconsistent() {
    return ParkArbitraries.parks().withDepth(1).withInconsistencies(Inconsistency.values());
  }

  @Property(tries = 300)
  void observationsFitTheirIndicator(@ForAll Observation observation) {
    assertThat(observation.indicator().accepts(observation.metric().dimension())).isTrue();
    observation.citation().flatMap(c -> c.source().published())
        .ifPresent(date -> assertThat(date).isAfter(observation.period().end()));
  }

  @Property(tries = 300)
  void metricsParseBackFromTheirText(@ForAll Metric metric) {
    assertThat(Metric.parse(metric.toString())).isEqualTo(metric);
  }

  @Example
  void configurationIsChecked() {
    assertThatThrownBy(() -> ParkArbitraries.parks().withDepth(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("depth -1 is not within [0, 5]");
    assertThatThrownBy(() -> ParkArbitraries.datasets().ofMaxSize(21))
        .hasMessage("max 21 is not within [0, 20]");
    assertThat(ParkArbitraries.parks().withInconsistencies(Inconsistency.DUPLICATE_ID).inconsistencies())
        .containsExactly(Inconsistency.DUPLICATE_ID);
    assertThat(ParkArbitraries.parks().withDepth(3)).hasToString(
        "ParkArbitrary{depth=3, maxSubZones=3, inconsistencies=[]}");
  }

  @Property(tries = 50)
  void generatedNamesAreChinese(@ForAll Park park) {
    List<String> names = park.subZones().stream().map(p -> p.names().official()).collect(Collectors.toList());
    names.add(park.names().official());
    assertThat(names).allMatch(n -> n.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
  }
}
