package dev.parkdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.model.ModelArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ValidationProperties {

  @Provide
  Arbitrary<Dataset> datasets() {
    return ModelArbitraries.datasets();
  }

  @Property(tries = 100)
  void validatingNeverThrowsNorReportsAFailedRule(@ForAll("datasets") Dataset dataset) {
    ValidationReport report = Validator.standard().validate(dataset);
    assertThat(report.withCode(StandardRules.RULE_FAILED).violations()).isEmpty();
    assertThat(report.toText()).isNotEmpty();
  }

  @Property(tries = 100)
  void equalInputsGiveEqualReports(@ForAll("datasets") Dataset dataset) {
    Dataset copy = Dataset.builder().from(dataset).build();
    ValidationReport first = Validator.standard().validate(dataset);
    ValidationReport second = Validator.standard().validate(copy);
    assertThat(second.violations()).containsExactlyElementsOf(first.violations());
    assertThat(second).isEqualTo(first);
  }

  @Property(tries = 100)
  void selectingRulesPartitionsTheReport(@ForAll("datasets") Dataset dataset) {
    ValidationReport all = Validator.standard().validate(dataset);
    ValidationReport dates = Validator.builder().addStandardRules().select("date").build().validate(dataset);
    ValidationReport others = Validator.builder().addStandardRules().silence("date").build().validate(dataset);
    assertThat(dates).isEqualTo(all.withCode("date"));
    assertThat(others).isEqualTo(all.filter(v -> !v.hasCode("date")));
  }

  @Provide
  Arbitrary<Path> paths() {
    Arbitrary<String> texts = Arbitraries.strings().all().ofMaxLength(6);
    Arbitrary<Path.Segment> segments =
        Arbitraries.oneOf(
            texts.filter(s -> !s.isEmpty()).map(Path.Segment::field),
            texts.map(Path.Segment::key),
            Arbitraries.integers().between(0, Integer.MAX_VALUE).map(Path.Segment::index));
    return segments.list().ofMaxSize(5).map(list -> {
      Path p = Path.root();
      for (Path.Segment s : list) {
        p = p.append(s);
      }
      return p;
    });
  }

  @Property
  void pathsParseBackFromTheirText(@ForAll("paths") Path path) {
    assertThat(Path.parse(path.toString())).isEqualTo(path);
    assertThat(Path.parse(path.toString()).hashCode()).isEqualTo(path.hashCode());
  }

  @Property
  void pathsOrderConsistentlyWithEquals(@ForAll("paths") Path a, @ForAll("paths") Path b) {
    assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    assertThat(a.append(b).startsWith(a)).isTrue();
  }

  @Property(tries = 100)
  void aReportMergedIsTheConcatenation(@ForAll("datasets") Dataset a, @ForAll("datasets") Dataset b) {
    ValidationReport ra = Validator.standard().validate(a);
    ValidationReport rb = Validator.standard().validate(b);
    ValidationReport merged = ra.merge(rb);
    assertThat(merged.size()).isEqualTo(ra.size() + rb.size());
    assertThat(merged.violations().subList(0, ra.size())).isEqualTo(ra.violations());
  }
}
