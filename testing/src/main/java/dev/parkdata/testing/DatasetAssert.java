package dev.parkdata.testing;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.model.Identifier;
import dev.parkdata.park.Park;
import dev.parkdata.validation.ValidationReport;
import dev.parkdata.validation.Validator;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Dataset}. Obtain one from {@link ParkDataAssertions#assertThat(Dataset)}:
 *
 * <pre>{@code
 * assertThat(Fixtures.dataset())
 *     .hasNoErrors()
 *     .hasPark("G622052")
 *     .hasOfficialName("兰州高新技术产业开发区");
 * assertThat(dataset).validation().hasViolation("id.unresolved").at("parks[x].parent");
 * }</pre>
 */
public final class DatasetAssert extends AbstractAssert<DatasetAssert, Dataset> {

  DatasetAssert(Dataset actual) {
    super(actual, DatasetAssert.class);
  }

  /**
   * Verifies that the dataset validates with the {@linkplain Validator#standard() standard rules}
   * with no error; the failure message quotes the report.
   */
  public DatasetAssert hasNoErrors() {
    validation().hasNoErrors();
    return myself;
  }

  /** Validates the dataset with the standard rules and returns assertions on the report. */
  public ValidationReportAssert validation() {
    isNotNull();
    ValidationReport report = Validator.standard().validate(actual);
    return new ValidationReportAssert(report);
  }

  /**
   * Verifies that the dataset has a park, at any depth, with identifier {@code id}, and returns
   * assertions on it.
   */
  public ParkAssert hasPark(String id) {
    isNotNull();
    Optional<Park> park = actual.park(Identifier.of(id));
    if (park.isEmpty()) {
      failWithMessage("%nExpecting the dataset to have a park %s but it has: %s", id,
          actual.allParks().stream().map(p -> p.id() + " " + p.names().official())
              .collect(Collectors.joining(", ", "[", "]")));
    }
    return new ParkAssert(park.orElse(null));
  }

  /** Verifies that {@code id} is an entity of the dataset or a declared external. */
  public DatasetAssert resolves(String id) {
    isNotNull();
    if (!actual.resolves(Identifier.of(id))) {
      failWithMessage("%nExpecting the dataset to define %s, as an entity or an external, but it does not", id);
    }
    return myself;
  }

  /** Verifies that the dataset has {@code expected} parks, counting sub-zones. */
  public DatasetAssert hasParkCount(int expected) {
    isNotNull();
    int count = actual.allParks().size();
    if (count != expected) {
      failWithMessage("%nExpecting the dataset to have %s parks (counting sub-zones) but it has %s", expected, count);
    }
    return myself;
  }
}
