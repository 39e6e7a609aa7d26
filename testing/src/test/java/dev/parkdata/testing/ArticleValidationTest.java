package dev.parkdata.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.metric.Metric;
import dev.parkdata.park.Area;
import dev.parkdata.park.AreaKind;
import dev.parkdata.validation.Figure;
import dev.parkdata.validation.Path;
import dev.parkdata.validation.Severity;
import dev.parkdata.validation.StandardRules;
import dev.parkdata.validation.ValidationReport;
import dev.parkdata.validation.Validator;
import dev.parkdata.validation.Violation;
import org.junit.jupiter.api.Test;

class ArticleValidationTest {
  private final ValidationReport report = Validator.standard().validate(Fixtures.dataset());

  @Test
  void theFiveArticlesFiguresProduceNoError() {
    assertThat(report.hasErrors()).as(report.toText()).isFalse();
  }

  @Test
  void theFiveArticlesFiguresProduceNoWarningEither() {
    assertThat(report.atLeast(Severity.WARNING).violations()).as(report.toText()).isEmpty();
  }

  @Test
  void theBeijingFreeTradeZoneAddsUpAndBreakingItIsFound() {
    Dataset broken =
        Dataset.builder()
            .addPark(
                Fixtures.beijingFreeTradeZone()
                    .withAreas(
                        Area.of(AreaKind.APPROVED, Metric.parse("119.00平方公里"))))
            .build();

    // alone, the zone refers to G112001, which is not in this dataset: check the areas only
    ValidationReport found =
        Validator.builder().addStandardRules().select("area").build().validate(broken);

    assertThat(found.violations())
        .extracting(Violation::code, Violation::path)
        .containsExactly(
            tuple(
                StandardRules.SUBZONES_EXCEED_PARENT,
                Path.parse("parks[beijing-ftz].areas[approved]")));
    assertThat(found.violations().get(0).figures())
        .extracting(Figure::label, Figure::text)
        .containsExactly(
            tuple("parent", "119平方公里"),
            tuple(Fixtures.TECHNOLOGY_INNOVATION_AREA.value(), "31.85平方公里"),
            tuple(Fixtures.BUSINESS_SERVICES_AREA.value(), "48.34平方公里"),
            tuple(Fixtures.HIGH_END_INDUSTRY_AREA.value(), "39.49平方公里"),
            tuple("sum", "119.68平方公里"),
            tuple("tolerance", "0.01平方公里"));
  }
}
