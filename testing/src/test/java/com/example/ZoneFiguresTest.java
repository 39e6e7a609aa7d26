package com.example;

import static dev.parkdata.testing.ParkDataAssertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.metric.Metric;
import dev.parkdata.park.Area;
import dev.parkdata.park.AreaKind;
import dev.parkdata.park.Park;
import dev.parkdata.testing.Fixtures;
import dev.parkdata.testing.Inconsistency;
import dev.parkdata.testing.ParkGenerators;
import dev.parkdata.validation.Severity;
import dev.parkdata.validation.StandardRules;
import dev.parkdata.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's example of testing with parkdata-testing, compiled and run so it cannot rot. */
class ZoneFiguresTest {

  @Test
  void theBeijingFreeTradeZoneIsItsThreeAreas() {
    Park ftz = Fixtures.beijingFreeTradeZone();
    assertThat(ftz)
        .hasSubZoneCount(3)
        .hasArea(AreaKind.APPROVED)
        .isEquivalentTo("119.68平方公里")
        .isEquivalentTo("179520亩");
    assertThat(Fixtures.dataset()).hasNoErrors();
  }

  @Test
  void aZoneSmallerThanItsAreasIsReported() {
    Park shrunk =
        Park.builder()
            .from(Fixtures.beijingFreeTradeZone())
            .areas(List.of(Area.of(AreaKind.APPROVED, Metric.parse("100平方公里"))))
            .build();
    Dataset dataset = Dataset.builder().from(Fixtures.dataset()).parks(List.of(shrunk)).build();
    assertThat(dataset)
        .validation()
        .hasViolation(StandardRules.SUBZONES_EXCEED_PARENT)
        .at("parks[beijing-ftz].areas[approved]")
        .withSeverity(Severity.ERROR)
        .withFigure("sum", "119.68平方公里");
  }

  @Test
  void generatedParksValidate() {
    qt().forAll(ParkGenerators.parks()).checkAssert(park -> assertThat(park).isValid());
  }

  @Test
  void oversizedSubZonesAreReported() {
    qt().forAll(ParkGenerators.parks().withDepth(1).withInconsistencies(Inconsistency.SUBZONES_EXCEED_PARENT))
        .checkAssert(park -> assertThat(Validator.standard().validate(park))
            .hasViolation(StandardRules.SUBZONES_EXCEED_PARENT)
            .withSeverity(Severity.ERROR));
  }
}
