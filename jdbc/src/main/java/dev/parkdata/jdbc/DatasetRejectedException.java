package dev.parkdata.jdbc;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.parkdata.validation.Severity;
import dev.parkdata.validation.ValidationReport;

/**
 * A dataset was not saved because validation found errors in it. {@link #report()} lists them;
 * {@link DatasetStore#save(dev.parkdata.dataset.Dataset, SaveMode)} with {@link
 * SaveMode#ACCEPT_ERRORS} saves such a dataset anyway.
 */
public final class DatasetRejectedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ValidationReport report;

  DatasetRejectedException(ValidationReport report) {
    super(message(checkNotNull(report, "report")));
    this.report = report;
  }

  private static String message(ValidationReport report) {
    ValidationReport errors = report.withSeverity(Severity.ERROR);
    StringBuilder text =
        new StringBuilder("the dataset was not saved: validation found ")
            .append(errors.size())
            .append(errors.size() == 1 ? " error" : " errors");
    errors.violations().stream()
        .limit(3)
        .forEach(v -> text.append("\n  ").append(v.path()).append(": ").append(v.code()));
    if (errors.size() > 3) {
      text.append("\n  …");
    }
    return text.toString();
  }

  /** The whole validation report of the refused dataset, warnings included. */
  public ValidationReport report() {
    return report;
  }
}
