package dev.parkdata.testing;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.metric.Metric;
import dev.parkdata.park.Park;
import dev.parkdata.validation.ValidationReport;
import dev.parkdata.validation.Violation;

/**
 * The entry point of the AssertJ assertions on park data, in the manner of {@code
 * org.assertj.core.api.Assertions}. Import its methods statically beside AssertJ's:
 *
 * <pre>{@code
 * import static dev.parkdata.testing.ParkDataAssertions.assertThat;
 *
 * assertThat(Metric.parse("0.19万亿元")).isEquivalentTo("1900亿元");
 * assertThat(Fixtures.beijingFreeTradeZone()).isValid().hasSubZoneCount(3);
 * assertThat(Fixtures.dataset()).hasNoErrors();
 * assertThat(report).hasViolation("area.subzones-exceed-parent").at("parks[Z].areas[approved]");
 * }</pre>
 *
 * <p>Failure messages show figures as Chinese reporting writes them ({@code 超过1900亿元}) and
 * quote validation reports in Chinese and English.
 */
public final class ParkDataAssertions {
  private ParkDataAssertions() {}

  /** Assertions on {@code actual}. */
  public static MetricAssert assertThat(Metric actual) {
    return new MetricAssert(actual);
  }

  /** Assertions on {@code actual}. */
  public static ParkAssert assertThat(Park actual) {
    return new ParkAssert(actual);
  }

  /** Assertions on {@code actual}. */
  public static DatasetAssert assertThat(Dataset actual) {
    return new DatasetAssert(actual);
  }

  /** Assertions on {@code actual}. */
  public static ValidationReportAssert assertThat(ValidationReport actual) {
    return new ValidationReportAssert(actual);
  }

  /** Assertions on {@code actual}. */
  public static ViolationAssert assertThat(Violation actual) {
    return new ViolationAssert(actual);
  }
}
