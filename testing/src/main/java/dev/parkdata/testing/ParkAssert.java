package dev.parkdata.testing;

import dev.parkdata.metric.Metric;
import dev.parkdata.model.Identifier;
import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.park.AreaKind;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import dev.parkdata.validation.ValidationReport;
import dev.parkdata.validation.Validator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Park}; navigation methods ({@link #hasSubZone}, {@link #hasArea}, {@link
 * #hasObservation}) return assertions on what they find. Obtain one from {@link
 * ParkDataAssertions#assertThat(Park)}:
 *
 * <pre>{@code
 * assertThat(Fixtures.beijingFreeTradeZone())
 *     .isValid()
 *     .hasSubZone("beijing-ftz-technology-innovation")
 *     .hasArea(AreaKind.TOTAL)
 *     .isEquivalentTo("31.85平方公里");
 * }</pre>
 */
public final class ParkAssert extends AbstractAssert<ParkAssert, Park> {

  ParkAssert(Park actual) {
    super(actual, ParkAssert.class);
  }

  private String name() {
    return actual.id() + " " + actual.names().official();
  }

  /** Verifies that the park's official name is {@code expected}. */
  public ParkAssert hasOfficialName(String expected) {
    isNotNull();
    if (!actual.names().official().equals(expected)) {
      failWithMessage("%nExpecting park %s%nto be named %s but it is named %s", actual.id(), expected, actual.names().official());
    }
    return myself;
  }

  /** Verifies that the park is of kind {@code expected}. */
  public ParkAssert isOfKind(ParkKind expected) {
    isNotNull();
    if (actual.kind() != expected) {
      failWithMessage("%nExpecting park %s%nto be a %s (%s) but it is a %s (%s)", name(),
          expected, expected.chineseName(), actual.kind(), actual.kind().chineseName());
    }
    return myself;
  }

  /**
   * Verifies that the park validates with the {@linkplain Validator#standard() standard rules}
   * with no error; the failure message quotes the report.
   */
  public ParkAssert isValid() {
    isNotNull();
    ValidationReport report = Validator.standard().validate(actual);
    if (report.hasErrors()) {
      failWithMessage("%nExpecting park %s to validate with no error but:%n%s", name(), report.toText());
    }
    return myself;
  }

  /** Verifies that the park has an area of {@code kind} and returns assertions on it. */
  public MetricAssert hasArea(AreaKind kind) {
    isNotNull();
    Optional<Metric> area = actual.area(kind);
    if (area.isEmpty()) {
      failWithMessage("%nExpecting park %s%nto have a %s (%s) but it has: %s", name(), kind,
          kind.chineseName(), actual.areas());
    }
    return new MetricAssert(area.orElse(null));
  }

  /** Verifies that the park has exactly {@code expected} direct sub-zones. */
  public ParkAssert hasSubZoneCount(int expected) {
    isNotNull();
    if (actual.subZones().size() != expected) {
      failWithMessage("%nExpecting park %s%nto have %s sub-zones but it has %s: %s", name(), expected,
          actual.subZones().size(), ids(actual.subZones()));
    }
    return myself;
  }

  /**
   * Verifies that the park has a sub-zone, at any depth, with identifier {@code id}, and returns
   * assertions on it.
   */
  public ParkAssert hasSubZone(String id) {
    isNotNull();
    Optional<Park> sub = actual.subZone(Identifier.of(id));
    if (sub.isEmpty()) {
      failWithMessage("%nExpecting park %s%nto have a sub-zone %s but it has: %s", name(), id, ids(actual.descendants()));
    }
    return new ParkAssert(sub.orElse(null));
  }

  private static String ids(List<Park> parks) {
    return parks.stream().map(p -> p.id() + " " + p.names().official()).collect(Collectors.joining(", ", "[", "]"));
  }

  /** Verifies that the park lists {@code industry} among its leading industries. */
  public ParkAssert hasLeadingIndustry(String industry) {
    isNotNull();
    if (actual.leadingIndustries().stream().noneMatch(i -> i.name().equals(industry))) {
      failWithMessage("%nExpecting park %s%nto lead in %s but its leading industries are %s", name(), industry,
          actual.leadingIndustries());
    }
    return myself;
  }

  /**
   * Verifies that the park has an observation of {@code indicator} for {@code period} (any
   * industry) and returns assertions on its metric.
   */
  public MetricAssert hasObservation(Indicator indicator, Period period) {
    isNotNull();
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(period, "period");
    Optional<Observation> found =
        actual.observations().stream()
            .filter(o -> o.indicator().equals(indicator) && o.period().equals(period))
            .findFirst();
    if (found.isEmpty()) {
      failWithMessage("%nExpecting park %s%nto have an observation of %s (%s) for %s but it has:%n%s", name(),
          indicator.code(), indicator.chineseName(), period,
          actual.observations().stream()
              .map(o -> "  " + o.indicator().chineseName() + " " + o.period() + " " + MetricAssert.zh(o.metric()))
              .collect(Collectors.joining(String.format("%n"))));
    }
    return new MetricAssert(found.map(Observation::metric).orElse(null));
  }
}
