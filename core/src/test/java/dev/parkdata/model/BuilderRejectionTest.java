package dev.parkdata.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parkdata.chain.ChainPosition;
import dev.parkdata.chain.IndustrialChain;
import dev.parkdata.chain.Segment;
import dev.parkdata.industry.Industry;
import dev.parkdata.location.Location;
import dev.parkdata.location.Province;
import dev.parkdata.metric.Metric;
import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.observation.PeriodKind;
import dev.parkdata.park.Area;
import dev.parkdata.park.AreaKind;
import dev.parkdata.park.Composition;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import dev.parkdata.policy.Measure;
import dev.parkdata.policy.MeasureKind;
import dev.parkdata.policy.Rate;
import dev.parkdata.source.Citation;
import dev.parkdata.source.Source;
import dev.parkdata.source.TextSpan;
import dev.parkdata.unit.Dimension;
import dev.parkdata.unit.Units;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class BuilderRejectionTest {
  private static final Identifier ID = Identifier.of("G622052");

  private static Park.Builder park() {
    return Park.builder().id(ID).names(Names.of("兰州高新技术产业开发区")).kind(ParkKind.HIGH_TECH_ZONE);
  }

  private static IndustrialChain.Builder chain() {
    return IndustrialChain.builder()
        .id(Identifier.of("chain"))
        .name("新能源产业链")
        .industry(Industry.of("新能源"))
        .hostPark(ID);
  }

  private static Metric km2(String value) {
    return Metric.of(new BigDecimal(value), Units.SQUARE_KILOMETRE);
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> assertRejected(
      ThrowingCallable build, String type, String attribute) {
    return assertThatThrownBy(build)
        .isInstanceOfSatisfying(
            ModelConstraintException.class,
            e -> {
              assertThat(e.type()).isEqualTo(type);
              assertThat(e.attribute()).isEqualTo(attribute);
            })
        .hasMessageStartingWith(type + "." + attribute + ": ");
  }

  @Test
  void blankNamesAreRejectedNamingTheAttribute() {
    assertRejected(() -> Names.of(" "), "Names", "official").hasMessageContaining("blank");
    assertRejected(
        () -> Names.builder().official("前海").addShortNames("前海合作区", "").build(),
        "Names",
        "shortNames[1]");
    assertRejected(() -> Industry.of(""), "Industry", "name");
    assertRejected(
        () -> Source.builder().publisher("科技日报").title("\t").build(), "Source", "title");
  }

  @Test
  void negativeAreasAreRejected() {
    assertRejected(() -> Area.of(AreaKind.APPROVED, km2("-1")), "Area", "metric")
        .hasMessageContaining("negative");
  }

  @Test
  void areasMustBeAreas() {
    assertRejected(
            () -> Area.of(AreaKind.FLOOR, Metric.of(BigDecimal.TEN, Units.YI_YUAN)),
            "Area",
            "metric")
        .hasMessageContaining("area");
  }

  @Test
  void aRangeWhoseMinimumExceedsItsMaximumIsRejectedByMetric() {
    assertThatThrownBy(() -> Metric.range(BigDecimal.TEN, BigDecimal.ONE, Units.SQUARE_KILOMETRE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exceeds");
  }

  @Test
  void aParkHasAtMostOneAreaOfEachKind() {
    assertRejected(
        () ->
            park()
                .addArea(Area.of(AreaKind.APPROVED, km2("1")))
                .addArea(Area.of(AreaKind.PLANNED, km2("2")))
                .addArea(Area.of(AreaKind.APPROVED, km2("3")))
                .build(),
        "Park",
        "areas[2]");
  }

  @Test
  void exactCompositionNeedsSubZones() {
    assertRejected(() -> park().composition(Composition.EXACT).build(), "Park", "composition");
  }

  @Test
  void aParkIsNotItsOwnParent() {
    assertRejected(() -> park().parent(ID).build(), "Park", "parent");
  }

  @Test
  void heldObservationsAreAboutTheirHolder() {
    Observation elsewhere =
        Observation.of(
            Identifier.of("G322018"),
            Indicators.ENTERPRISES,
            Period.year(2021),
            Metric.of(BigDecimal.ONE, Units.JIA));
    assertRejected(() -> park().addObservation(elsewhere).build(), "Park", "observations[0].subject");
    assertRejected(
        () ->
            chain()
                .addObservation(elsewhere)
                .build(),
        "IndustrialChain",
        "observations[0].subject");
  }

  @Test
  void chainSegmentsAreOnePerPosition() {
    assertRejected(
        () ->
            chain()
                .addSegments(
                    Segment.of(ChainPosition.UPSTREAM, "硅料"),
                    Segment.of(ChainPosition.UPSTREAM, "电池片"))
                .build(),
        "IndustrialChain",
        "segments[1]");
  }

  @Test
  void identifiersHaveASyntax() {
    assertRejected(() -> Identifier.of("苏州高新区"), "Identifier", "value");
    assertRejected(() -> Identifier.of("a--b"), "Identifier", "value");
    assertRejected(() -> Identifier.of(""), "Identifier", "value");
    assertThat(Identifier.of("G112001").isCatalogueCode()).isTrue();
    assertThat(Identifier.of("beijing-ftz").isCatalogueCode()).isFalse();
  }

  @Test
  void periodsMatchTheirKind() {
    assertRejected(
        () ->
            Period.builder()
                .kind(PeriodKind.YEAR)
                .start(LocalDate.of(2022, 1, 1))
                .end(LocalDate.of(2022, 6, 30))
                .build(),
        "Period",
        "kind");
    assertRejected(
        () ->
            Period.builder()
                .kind(PeriodKind.SPAN)
                .start(LocalDate.of(2022, 1, 2))
                .end(LocalDate.of(2022, 1, 1))
                .build(),
        "Period",
        "end");
  }

  @Test
  void ratesAreRatiosAndAmountsAreNotNegative() {
    assertRejected(
        () -> Rate.of(Metric.of(BigDecimal.TEN, Units.WAN_YUAN), Indicators.RD_SPENDING),
        "Rate",
        "share");
    assertRejected(
        () ->
            Measure.builder()
                .kind(MeasureKind.SUBSIDY)
                .amount(Metric.of(new BigDecimal("-5"), Units.WAN_YUAN))
                .build(),
        "Measure",
        "amount");
  }

  @Test
  void indicatorCodesAreKebabCase() {
    assertRejected(
        () -> Indicator.of("Revenue", "营业收入", "revenue", Dimension.money("CNY")),
        "Indicator",
        "code");
  }

  @Test
  void locationCodesBelongToTheirProvince() {
    assertRejected(
        () -> Location.builder().province(Province.GANSU).divisionCode("110108").build(),
        "Location",
        "divisionCode");
    assertRejected(
        () -> Location.builder().divisionCode("1101081").build(), "Location", "divisionCode");
  }

  @Test
  void aSpanHasTheLengthOfItsQuote() {
    Source source = Source.builder().publisher("科技日报").title("园镜头").build();
    assertRejected(
        () -> Citation.builder().source(source).quote("200多家").span(TextSpan.of(10, 12)).build(),
        "Citation",
        "span");
    assertRejected(() -> TextSpan.of(5, 4), "TextSpan", "end");
  }

  @Test
  void missingAndNullAttributesAreNamed() {
    assertThatThrownBy(() -> Park.builder().id(ID).kind(ParkKind.HIGH_TECH_ZONE).build())
        .isInstanceOfSatisfying(ModelConstraintException.class, e -> {
          assertThat(e.type()).isEqualTo("Park");
          assertThat(e.attribute()).isEqualTo("names");
          assertThat(e.missingAttributes()).containsExactly("names");
        })
        .hasMessage("Park.names: required attribute not set");
    assertThatThrownBy(() -> Park.builder().build())
        .isInstanceOfSatisfying(ModelConstraintException.class, e -> {
          assertThat(e.type()).isEqualTo("Park");
          assertThat(e.missingAttributes()).containsExactly("id", "names", "kind");
        })
        .hasMessage("Park.id, names, kind: required attributes not set");
    assertThatThrownBy(() -> Identifier.builder().build())
        .isInstanceOf(ModelConstraintException.class)
        .hasMessage("Identifier.value: required attribute not set");
    assertThatThrownBy(() -> park().location((Location) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("location");
    assertThatThrownBy(() -> park().addLeadingIndustry(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("leadingIndustries");
  }
}
