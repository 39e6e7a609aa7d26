package dev.parkdata.testing;

import dev.parkdata.validation.Severity;
import dev.parkdata.validation.ValidationReport;
import dev.parkdata.validation.Violation;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link ValidationReport}; failure messages quote the report as {@link
 * ValidationReport#toText()} prints it, Chinese and English. Obtain one from {@link
 * ParkDataAssertions#assertThat(ValidationReport)}:
 *
 * <pre>{@code
 * assertThat(Validator.standard().validate(dataset)).hasNoErrors();
 * assertThat(report)
 *     .hasViolation(StandardRules.SUBZONES_EXCEED_PARENT)
 *     .at("parks[beijing-ftz].areas[approved]")
 *     .withSeverity(Severity.ERROR);
 * }</pre>
 */
public final class ValidationReportAssert extends AbstractAssert<ValidationReportAssert, ValidationReport> {

  ValidationReportAssert(ValidationReport actual) {
    super(actual, ValidationReportAssert.class);
  }

  /** Verifies that the report has no violation of severity {@link Severity#ERROR}. */
  public ValidationReportAssert hasNoErrors() {
    isNotNull();
    ValidationReport errors = actual.atLeast(Severity.ERROR);
    if (!errors.isEmpty()) {
      failWithMessage("%nExpecting no errors but found %s:%n%s", errors.size(), errors.toText());
    }
    return myself;
  }

  /** Verifies that the report is empty: no errors, warnings or notes. */
  public ValidationReportAssert hasNoViolations() {
    isNotNull();
    if (!actual.isEmpty()) {
      failWithMessage("%nExpecting no violations but found %s:%n%s", actual.size(), actual.toText());
    }
    return myself;
  }

  /** Verifies that the report has exactly {@code expected} violations of severity ERROR. */
  public ValidationReportAssert hasErrorCount(int expected) {
    isNotNull();
    int errors = actual.atLeast(Severity.ERROR).size();
    if (errors != expected) {
      failWithMessage("%nExpecting %s errors but found %s in:%n%s", expected, errors, actual.toText());
    }
    return myself;
  }

  /**
   * Verifies that the report has a violation whose code {@code pattern} selects (a code, or its
   * leading groups: {@code "area"} selects {@code area.subzones-exceed-parent}), and returns
   * assertions on it; {@link ViolationAssert#at} and {@link ViolationAssert#withSeverity} narrow
   * the choice when there are several.
   */
  public ViolationAssert hasViolation(String pattern) {
    isNotNull();
    List<Violation> found = actual.withCode(pattern).violations();
    if (found.isEmpty()) {
      failWithMessage(
          "%nExpecting a violation %s but found none in:%n%s", pattern, describe(actual));
    }
    return new ViolationAssert(found, pattern, actual);
  }

  /** Verifies that no violation's code is selected by {@code pattern}. */
  public ValidationReportAssert hasNoViolation(String pattern) {
    isNotNull();
    ValidationReport found = actual.withCode(pattern);
    if (!found.isEmpty()) {
      failWithMessage("%nExpecting no violation %s but found %s:%n%s", pattern, found.size(), found.toText());
    }
    return myself;
  }

  static String describe(ValidationReport report) {
    return report.isEmpty() ? "an empty report" : report.toText();
  }
}
