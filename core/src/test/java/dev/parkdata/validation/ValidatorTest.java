package dev.parkdata.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.metric.Metric;
import dev.parkdata.model.Identifier;
import dev.parkdata.model.ModelConstraintException;
import dev.parkdata.model.Names;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidatorTest {
  private static final Identifier A = Identifier.of("A");

  /** A park with revenue in 家 (an error) and a parent nobody declared (an error). */
  private final Dataset broken =
      Dataset.builder()
          .addPark(
              Park.builder()
                  .id(A)
                  .names(Names.of("园区"))
                  .kind(ParkKind.HIGH_TECH_ZONE)
                  .parent(Identifier.of("nowhere"))
                  .addObservation(Observation.of(A, Indicators.REVENUE, Period.year(2020), Metric.parse("3家")))
                  .build())
          .build();

  private static Violation rowViolation(int row, Severity severity) {
    return Violation.builder()
        .code("catalogue.bad-date")
        .severity(severity)
        .path(Path.root().field("rows").index(row).field("批准时间"))
        .addFigure(Figure.of("value", "1992年13月"))
        .chinese("批准时间“1992年13月”不是有效的年月")
        .english("approval date '1992年13月' is not a valid year and month")
        .build();
  }

  @Test
  void reportsEveryProblemNotJustTheFirst() {
    ValidationReport report = Validator.standard().validate(broken);
    assertThat(report.violations())
        .extracting(Violation::code)
        .containsExactly(StandardRules.DIMENSION_MISMATCH, StandardRules.UNRESOLVED_ID);
    assertThat(report.hasErrors()).isTrue();
    assertThat(report.worstSeverity()).contains(Severity.ERROR);
  }

  @Test
  void selectsAndSilencesByCodeOrGroup() {
    assertThat(Validator.builder().addStandardRules().silence("id").build().validate(broken).violations())
        .extracting(Violation::code)
        .containsExactly(StandardRules.DIMENSION_MISMATCH);
    assertThat(Validator.builder().addStandardRules().select(StandardRules.UNRESOLVED_ID).build().rules())
        .extracting(Rule::code)
        .containsExactly(StandardRules.UNRESOLVED_ID);
    assertThat(Validator.builder().addStandardRules().select("area").silence(StandardRules.SUBZONES_SUM_DIFFERS)
            .build().rules())
        .extracting(Rule::code)
        .containsExactly(StandardRules.SUBZONES_EXCEED_PARENT);
  }

  @Test
  void aMisspeltCodeOrATwiceAddedRuleIsRejected() {
    assertThatThrownBy(() -> Validator.builder().addStandardRules().silence("are").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[are]");
    assertThatThrownBy(() -> Validator.builder().addStandardRules().addStandardRules())
        .hasMessageContaining(StandardRules.DIMENSION_MISMATCH);
    assertThatThrownBy(() -> Rule.of("Bad Code", Severity.INFO, "x", c -> {}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void runsUserRulesWithTheirCodeAndSeverity() {
    Rule english =
        Rule.of("park.no-english-name", Severity.INFO, "parks have an English name", context ->
            context.parks().forEach(p -> {
              if (p.value().names().english().isEmpty()) {
                context.report(p.path().field("names"), "园区没有英文名称", "the park has no English name");
              }
            }));
    ValidationReport report =
        Validator.builder().addRule(english).build().validate(broken);
    assertThat(report.violations()).containsExactly(
        Violation.builder()
            .code("park.no-english-name")
            .severity(Severity.INFO)
            .path(Path.parse("parks[A].names"))
            .chinese("园区没有英文名称")
            .english("the park has no English name")
            .build());
  }

  @Test
  void aRuleThatThrowsIsReportedAndTheOthersStillRun() {
    Rule failing = Rule.of("custom.fails", Severity.WARNING, "fails", context -> {
      context.report(Path.root(), "部分", "partial");
      throw new IllegalStateException("boom");
    });
    ValidationReport report =
        Validator.builder().addRule(failing).addStandardRules().select("custom", "id").build().validate(broken);
    assertThat(report.violations()).extracting(Violation::code)
        .containsExactly(StandardRules.RULE_FAILED, StandardRules.UNRESOLVED_ID);
    assertThat(report.violations().get(0).figures()).extracting(Figure::text)
        .containsExactly("custom.fails", "IllegalStateException: boom");
  }

  @Test
  void reportsFromElsewhereMergeFilterAndGroup() {
    ValidationReport validated = Validator.standard().validate(broken);
    ValidationReport imported =
        ValidationReport.of(List.of(rowViolation(37, Severity.ERROR), rowViolation(40, Severity.WARNING)));
    ValidationReport all = validated.merge(imported);

    assertThat(all.size()).isEqualTo(4);
    assertThat(all.count(Severity.ERROR)).isEqualTo(3);
    assertThat(all.withSeverity(Severity.WARNING).violations()).containsExactly(rowViolation(40, Severity.WARNING));
    assertThat(all.atLeast(Severity.ERROR).size()).isEqualTo(3);
    assertThat(all.under(Path.parse("rows[37]")).violations()).containsExactly(rowViolation(37, Severity.ERROR));
    assertThat(all.under(Path.parse("parks[A]"))).isEqualTo(validated);
    assertThat(all.withCode("catalogue")).isEqualTo(imported);
    assertThat(all.byRule().keySet())
        .containsExactly(StandardRules.DIMENSION_MISMATCH, StandardRules.UNRESOLVED_ID, "catalogue.bad-date");
    assertThat(all.byRule().get("catalogue.bad-date")).hasSize(2);
    assertThat(ValidationReport.empty().merge(imported)).isEqualTo(imported);
    assertThat(imported.merge(ValidationReport.empty())).isEqualTo(imported);
    assertThat(all).hasToString("ValidationReport{4 violations: 3 errors, 1 warning, 0 info}");
  }

  @Test
  void rendersTextForPeopleGroupedByRule() {
    String text = ValidationReport.of(List.of(rowViolation(37, Severity.ERROR), rowViolation(40, Severity.WARNING))).toText();
    assertThat(text).isEqualTo(
        "2 violations: 1 error, 1 warning, 0 info\n"
            + "\n"
            + "ERROR catalogue.bad-date (2)\n"
            + "  rows[37].批准时间\n"
            + "    批准时间“1992年13月”不是有效的年月\n"
            + "    approval date '1992年13月' is not a valid year and month\n"
            + "  WARNING\n"
            + "  rows[40].批准时间\n"
            + "    批准时间“1992年13月”不是有效的年月\n"
            + "    approval date '1992年13月' is not a valid year and month\n");
    assertThat(ValidationReport.empty().toText()).isEqualTo("No violations.\n");
  }

  @Test
  void violationsCheckTheirCodeAndMessages() {
    assertThatThrownBy(() -> rowViolation(1, Severity.INFO).withCode("Catalogue"))
        .isInstanceOf(ModelConstraintException.class)
        .hasMessageContaining("Violation.code");
    assertThatThrownBy(() -> rowViolation(1, Severity.INFO).withChinese(" "))
        .hasMessageContaining("Violation.chinese");
    assertThat(rowViolation(1, Severity.INFO).hasCode("catalogue")).isTrue();
    assertThat(rowViolation(1, Severity.INFO).hasCode("catalog")).isFalse();
    assertThat(rowViolation(1, Severity.INFO))
        .hasToString("INFO catalogue.bad-date at rows[1].批准时间: approval date '1992年13月' is not a valid year and month");
  }
}
