package dev.parkdata.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parkdata.catalog.CatalogProblem.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogProblemTest {
  private static final CatalogProblem DATE = CatalogProblem.of(
      Severity.ERROR, "catalog.approval-date-malformed", 55, CatalogColumn.APPROVAL_DATE, "2000.13", "'2000.13' is not a month written YYYY.MM");

  @Test
  void namesItsPlaceAsAPath() {
    assertThat(DATE.path()).isEqualTo("rows[55].批准时间");
    assertThat(DATE).hasToString(
        "ERROR catalog.approval-date-malformed at rows[55].批准时间 '2000.13': '2000.13' is not a month written YYYY.MM");
  }

  @Test
  void ordersByLineThenColumnThenCode() {
    CatalogProblem earlier = CatalogProblem.of(Severity.INFO, "catalog.z", 3, CatalogColumn.LEADING_INDUSTRIES, "", "m");
    CatalogProblem sameLineEarlierColumn = CatalogProblem.of(Severity.INFO, "catalog.z", 55, CatalogColumn.CODE, "", "m");
    List<CatalogProblem> problems = new ArrayList<>(List.of(DATE, sameLineEarlierColumn, earlier));
    Collections.sort(problems);
    assertThat(problems).containsExactly(earlier, sameLineEarlierColumn, DATE);
  }

  @Test
  void equalityIsByValue() {
    assertThat(DATE).isEqualTo(CatalogProblem.of(Severity.ERROR, "catalog.approval-date-malformed", 55,
        CatalogColumn.APPROVAL_DATE, "2000.13", "'2000.13' is not a month written YYYY.MM")).hasSameHashCodeAs(DATE);
    assertThat(DATE).isNotEqualTo(CatalogProblem.of(Severity.WARNING, "catalog.approval-date-malformed", 55,
        CatalogColumn.APPROVAL_DATE, "2000.13", "'2000.13' is not a month written YYYY.MM"));
  }

  @Test
  void rejectsCodesOutsideTheCatalogNamespaceAndNonPositiveLines() {
    assertThatThrownBy(() -> CatalogProblem.of(Severity.ERROR, "date-bad", 2, CatalogColumn.CODE, "", "m"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("date-bad");
    assertThatThrownBy(() -> CatalogProblem.of(Severity.ERROR, "catalog.x", 0, CatalogColumn.CODE, "", "m"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line");
  }
}
