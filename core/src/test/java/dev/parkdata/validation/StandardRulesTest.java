package dev.parkdata.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.dataset.ExternalReference;
import dev.parkdata.industry.Industry;
import dev.parkdata.metric.Metric;
import dev.parkdata.model.EntityKind;
import dev.parkdata.model.Identifier;
import dev.parkdata.model.Names;
import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Period;
import dev.parkdata.observation.Target;
import dev.parkdata.park.Approval;
import dev.parkdata.park.ApprovalLevel;
import dev.parkdata.park.Area;
import dev.parkdata.park.AreaKind;
import dev.parkdata.park.Composition;
import dev.parkdata.park.Designation;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import dev.parkdata.policy.Measure;
import dev.parkdata.policy.MeasureKind;
import dev.parkdata.policy.Policy;
import dev.parkdata.policy.Rate;
import dev.parkdata.source.Citation;
import dev.parkdata.source.Source;
import dev.parkdata.unit.Dimension;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** For every standard rule: a small dataset that breaks it, and one that does not. */
class StandardRulesTest {
  private static final Identifier A = Identifier.of("A");
  private static final Indicator SHARE =
      Indicator.of("output-share", "产值占比", "share of output", Dimension.RATIO);
  private static final Indicator GROWTH =
      Indicator.of("output-growth", "产值增长", "output growth", Dimension.RATIO);
  private static final Source NEWS =
      Source.builder().publisher("某日报").title("园区报道").published(LocalDate.of(2021, 1, 16)).build();
  private static final Source OTHER = Source.builder().publisher("另一报").title("园区数据").build();

  private static Park.Builder park(String id) {
    return Park.builder().id(Identifier.of(id)).names(Names.of("园区" + id)).kind(ParkKind.HIGH_TECH_ZONE);
  }

  private static Area approved(String metric) {
    return Area.of(AreaKind.APPROVED, Metric.parse(metric));
  }

  private static Observation observation(Indicator indicator, String metric) {
    return Observation.of(A, indicator, Period.year(2020), Metric.parse(metric));
  }

  private static Observation observation(Indicator indicator, String metric, String industry) {
    return observation(indicator, metric).withIndustry(Industry.of(industry));
  }

  private static Dataset parkWith(Observation... observations) {
    return Dataset.builder().addPark(park("A").addObservations(observations).build()).build();
  }

  private static ValidationReport check(String code, Dataset dataset) {
    return Validator.builder().addStandardRules().select(code).build().validate(dataset);
  }

  /** Asserts that the report is exactly one violation of {@code code} at {@code path}. */
  private static void assertOnly(
      ValidationReport report, String code, Severity severity, String path, Tuple... figures) {
    assertThat(report.violations())
        .extracting(Violation::code, Violation::severity, Violation::path)
        .containsExactly(tuple(code, severity, Path.parse(path)));
    Violation v = report.violations().get(0);
    assertThat(v.figures()).extracting(Figure::label, Figure::text).containsExactly(figures);
    String offending = (String) figures[0].toArray()[1];
    assertThat(v.chinese()).contains(offending);
    assertThat(v.english()).contains(offending);
  }

  @Nested
  class Dimensions {
    @Test
    void revenueCountedInEnterprisesIsAnError() {
      assertOnly(
          check(StandardRules.DIMENSION_MISMATCH, parkWith(observation(Indicators.REVENUE, "12家"))),
          StandardRules.DIMENSION_MISMATCH,
          Severity.ERROR,
          "parks[A].observations[0].metric",
          tuple("metric", "12家"),
          tuple("expected", Indicators.REVENUE.dimension().toString()));
    }

    @Test
    void revenueInAnyCurrencyIsFine() {
      Dataset dataset =
          parkWith(observation(Indicators.REVENUE, "12亿元"), observation(Indicators.GDP, "3亿美元"));
      assertThat(check(StandardRules.DIMENSION_MISMATCH, dataset).isEmpty()).isTrue();
    }

    @Test
    void targetThresholdsAreCheckedToo() {
      Dataset dataset =
          Dataset.builder()
              .addPark(
                  park("A")
                      .addTarget(Target.of(Indicators.ENTERPRISES, Metric.parse("5亿元"), Period.year(2025)))
                      .build())
              .build();
      assertOnly(
          check(StandardRules.DIMENSION_MISMATCH, dataset),
          StandardRules.DIMENSION_MISMATCH,
          Severity.ERROR,
          "parks[A].targets[0].threshold",
          tuple("metric", "5亿元"),
          tuple("expected", Indicators.ENTERPRISES.dimension().toString()));
    }
  }

  @Nested
  class SubZoneAreas {
    private Dataset zone(Composition composition, String parent, String... subZones) {
      Park.Builder builder = park("Z").addArea(approved(parent)).composition(composition);
      for (int i = 0; i < subZones.length; i++) {
        builder.addSubZone(park("Z" + i).addArea(approved(subZones[i])).build());
      }
      return Dataset.builder().addPark(builder.build()).build();
    }

    @Test
    void subZonesBeyondTheParentByMoreThanOneLastPlaceAreAnError() {
      assertOnly(
          check(StandardRules.SUBZONES_EXCEED_PARENT,
              zone(Composition.PARTIAL, "10.00平方公里", "6.00平方公里", "4.02平方公里")),
          StandardRules.SUBZONES_EXCEED_PARENT,
          Severity.ERROR,
          "parks[Z].areas[approved]",
          tuple("parent", "10平方公里"),
          tuple("Z0", "6平方公里"),
          tuple("Z1", "4.02平方公里"),
          tuple("sum", "10.02平方公里"),
          tuple("tolerance", "0.01平方公里"));
    }

    @Test
    void oneLastPlaceOfRoundingIsTolerated() {
      assertThat(check(StandardRules.SUBZONES_EXCEED_PARENT,
              zone(Composition.PARTIAL, "10.00平方公里", "6.00平方公里", "4.01平方公里")).isEmpty())
          .isTrue();
    }

    @Test
    void unitsAreConvertedExactly() {
      // 1平方公里 is 100 公顷 and 1500 亩; the tolerance is 0.01平方公里 = 15 亩
      assertThat(check(StandardRules.SUBZONES_EXCEED_PARENT,
              zone(Composition.PARTIAL, "1.00平方公里", "50公顷", "765亩")).isEmpty())
          .isTrue();
      assertOnly(
          check(StandardRules.SUBZONES_EXCEED_PARENT,
              zone(Composition.PARTIAL, "1.00平方公里", "50公顷", "770亩")),
          StandardRules.SUBZONES_EXCEED_PARENT,
          Severity.ERROR,
          "parks[Z].areas[approved]",
          tuple("parent", "1平方公里"),
          tuple("Z0", "50公顷"),
          tuple("Z1", "770亩"),
          tuple("sum", "1.013333333333333平方公里"),
          tuple("tolerance", "0.01平方公里"));
    }

    @Test
    void aParkNamingItsParentCountsAsASubZone() {
      Dataset dataset =
          Dataset.builder()
              .addPark(park("P").addArea(approved("351公顷")).build())
              .addPark(park("C").addArea(approved("680公顷")).parent(Identifier.of("P")).build())
              .build();
      assertOnly(
          check(StandardRules.SUBZONES_EXCEED_PARENT, dataset),
          StandardRules.SUBZONES_EXCEED_PARENT,
          Severity.ERROR,
          "parks[P].areas[approved]",
          tuple("parent", "351公顷"),
          tuple("C", "680公顷"),
          tuple("sum", "680公顷"),
          tuple("tolerance", "1公顷"));
    }

    @Test
    void areasOfAnotherKindAreNotCompared() {
      Dataset dataset =
          Dataset.builder()
              .addPark(
                  park("Z")
                      .addArea(approved("1平方公里"))
                      .addSubZone(park("S").addArea(Area.of(AreaKind.PLANNED, Metric.parse("5平方公里"))).build())
                      .build())
              .build();
      assertThat(check("area", dataset).isEmpty()).isTrue();
    }

    @Test
    void anExactZoneWhoseSubZonesFallShortIsAnError() {
      assertOnly(
          check(StandardRules.SUBZONES_SUM_DIFFERS,
              zone(Composition.EXACT, "119.68平方公里", "31.85平方公里", "48.34平方公里", "39.40平方公里")),
          StandardRules.SUBZONES_SUM_DIFFERS,
          Severity.ERROR,
          "parks[Z].areas[approved]",
          tuple("parent", "119.68平方公里"),
          tuple("Z0", "31.85平方公里"),
          tuple("Z1", "48.34平方公里"),
          tuple("Z2", "39.4平方公里"),
          tuple("sum", "119.59平方公里"),
          tuple("tolerance", "0.01平方公里"));
    }

    @Test
    void anExactZoneThatAddsUpIsFine() {
      assertThat(check("area",
              zone(Composition.EXACT, "119.68平方公里", "31.85平方公里", "48.34平方公里", "39.49平方公里")).isEmpty())
          .isTrue();
    }

    @Test
    void aPartialZoneMayHaveMoreThanItsSubZones() {
      assertThat(check(StandardRules.SUBZONES_SUM_DIFFERS,
              zone(Composition.PARTIAL, "119.68平方公里", "31.85平方公里")).isEmpty())
          .isTrue();
    }
  }

  @Nested
  class Counts {
    @Test
    void moreEnterprisesAboveSizeThanEnterprisesIsAnError() {
      Dataset dataset =
          parkWith(
              observation(Indicators.ENTERPRISES, "100家"),
              observation(Indicators.ABOVE_SIZE_ENTERPRISES, "120家"));
      assertOnly(
          check(StandardRules.COUNT_EXCEEDS_TOTAL, dataset),
          StandardRules.COUNT_EXCEEDS_TOTAL,
          Severity.ERROR,
          "parks[A].observations[1]",
          tuple("above-size-enterprises", "120家"),
          tuple("parks[A].observations[0]", "100家"));
    }

    @Test
    void unicornsHighTechAndSpecialisedEnterprisesAreCountedAgainstEnterprises() {
      Dataset dataset =
          parkWith(
              observation(Indicators.ENTERPRISES, "440多家"),
              observation(Indicators.HIGH_TECH_ENTERPRISES, "450家"),
              observation(Indicators.UNICORN_ENTERPRISES, "3家"),
              observation(Indicators.SPECIALISED_ENTERPRISES, "460家"));
      assertThat(check(StandardRules.COUNT_EXCEEDS_TOTAL, dataset).violations())
          .extracting(Violation::path)
          .containsExactly(Path.parse("parks[A].observations[1]"), Path.parse("parks[A].observations[3]"));
    }

    @Test
    void boundsThatAllowTheCountsAreFine() {
      Dataset dataset =
          parkWith(
              observation(Indicators.ENTERPRISES, "2万余家"),
              observation(Indicators.ABOVE_SIZE_ENTERPRISES, "231家"),
              observation(Indicators.HIGH_TECH_ENTERPRISES, "超过300家"),
              observation(Indicators.UNICORN_ENTERPRISES, "5000家", "生物医药"));
      assertThat(check(StandardRules.COUNT_EXCEEDS_TOTAL, dataset).isEmpty()).isTrue();
    }
  }

  @Nested
  class Shares {
    @Test
    void aShareAboveAHundredPercentIsAnError() {
      assertOnly(
          check(StandardRules.SHARE_OUT_OF_RANGE, parkWith(observation(SHARE, "120%"))),
          StandardRules.SHARE_OUT_OF_RANGE,
          Severity.ERROR,
          "parks[A].observations[0].metric",
          tuple("metric", "120%"));
    }

    @Test
    void growthMayExceedAHundredPercentAndSharesMayReachIt() {
      Dataset dataset =
          parkWith(observation(GROWTH, "150%"), observation(SHARE, "100%"), observation(Indicators.RD_INTENSITY, "2.5%"));
      assertThat(check("share", dataset).isEmpty()).isTrue();
    }

    @Test
    void sharesOfOneWholeAboveAHundredPercentAreAWarning() {
      Dataset dataset = parkWith(observation(SHARE, "60%", "电子信息"), observation(SHARE, "50%", "生物医药"));
      assertOnly(
          check(StandardRules.SHARES_EXCEED_WHOLE, dataset),
          StandardRules.SHARES_EXCEED_WHOLE,
          Severity.WARNING,
          "parks[A].observations[0]",
          tuple("电子信息", "60%"),
          tuple("生物医药", "50%"),
          tuple("sum", "110%"));
    }

    @Test
    void sharesOfOneWholeUpToAHundredPercentAreFine() {
      Dataset dataset = parkWith(observation(SHARE, "60%", "电子信息"), observation(SHARE, "40%", "生物医药"));
      assertThat(check(StandardRules.SHARES_EXCEED_WHOLE, dataset).isEmpty()).isTrue();
    }
  }

  @Nested
  class BoundsAndDuplicates {
    @Test
    void anExactFigureOutsideTheBoundsOfAnotherIsAnError() {
      Dataset dataset =
          parkWith(
              observation(Indicators.ENTERPRISES, "2万余家").withCitation(Citation.of(NEWS)),
              observation(Indicators.ENTERPRISES, "19000家"));
      assertOnly(
          check(StandardRules.BOUNDS_CONTRADICTION, dataset),
          StandardRules.BOUNDS_CONTRADICTION,
          Severity.ERROR,
          "parks[A].observations[1]",
          tuple("parks[A].observations[0]", "2万余家"),
          tuple("parks[A].observations[1]", "19000家"),
          tuple("source of parks[A].observations[0]", NEWS.toString()),
          tuple("source of parks[A].observations[1]", "未注明来源"));
    }

    @Test
    void anExactFigureWithinTheBoundsIsFine() {
      Dataset dataset =
          parkWith(
              observation(Indicators.ENTERPRISES, "2万余家"),
              observation(Indicators.ENTERPRISES, "25000家"),
              observation(Indicators.ENTERPRISES, "超过300家"));
      assertThat(check(StandardRules.BOUNDS_CONTRADICTION, dataset).isEmpty()).isTrue();
    }

    @Test
    void twoExactFiguresThatDifferNameBothSources() {
      Dataset dataset =
          parkWith(
              observation(Indicators.REVENUE, "12亿元").withCitation(Citation.of(NEWS)),
              observation(Indicators.REVENUE, "13亿元").withCitation(Citation.of(OTHER)));
      ValidationReport report = check(StandardRules.CONFLICTING_DUPLICATE, dataset);
      assertOnly(
          report,
          StandardRules.CONFLICTING_DUPLICATE,
          Severity.ERROR,
          "parks[A].observations[1]",
          tuple("parks[A].observations[0]", "12亿元"),
          tuple("parks[A].observations[1]", "13亿元"),
          tuple("source of parks[A].observations[0]", NEWS.toString()),
          tuple("source of parks[A].observations[1]", OTHER.toString()));
      assertThat(report.violations().get(0).chinese()).contains(NEWS.toString(), OTHER.toString());
    }

    @Test
    void theSameQuantityInOtherUnitsIsARepetitionNotAConflict() {
      Dataset dataset =
          parkWith(observation(Indicators.REVENUE, "12亿元"), observation(Indicators.REVENUE, "1200000000元"));
      assertThat(check(StandardRules.CONFLICTING_DUPLICATE, dataset).isEmpty()).isTrue();
      assertOnly(
          check(StandardRules.REPEATED, dataset),
          StandardRules.REPEATED,
          Severity.INFO,
          "parks[A].observations[1]",
          tuple("parks[A].observations[0]", "12亿元"),
          tuple("parks[A].observations[1]", "1200000000元"),
          tuple("source of parks[A].observations[0]", "未注明来源"),
          tuple("source of parks[A].observations[1]", "未注明来源"));
    }

    @Test
    void figuresOfOtherIndustriesOrPeriodsAreDifferentFigures() {
      Dataset dataset =
          parkWith(
              observation(Indicators.REVENUE, "12亿元"),
              observation(Indicators.REVENUE, "13亿元", "生物医药"),
              observation(Indicators.REVENUE, "14亿元").withPeriod(Period.year(2021)));
      assertThat(check("observation", dataset).isEmpty()).isTrue();
      assertThat(check("bounds", dataset).isEmpty()).isTrue();
    }
  }

  @Nested
  class Dates {
    @Test
    void aDesignationBeforeTheApprovalIsAWarning() {
      Dataset dataset =
          Dataset.builder()
              .addPark(
                  park("A")
                      .addApproval(Approval.of(ApprovalLevel.STATE_COUNCIL, YearMonth.of(1992, 11)))
                      .addDesignations(Designation.of("示范基地", 1992), Designation.of("早期称号", 1990))
                      .build())
              .build();
      assertOnly(
          check(StandardRules.DESIGNATION_BEFORE_APPROVAL, dataset),
          StandardRules.DESIGNATION_BEFORE_APPROVAL,
          Severity.WARNING,
          "parks[A].designations[1].year",
          tuple("designation", "1990"),
          tuple("approval", "1992-11"));
    }

    @Test
    void anObservationOfAPeriodAfterItsSourceIsAnError() {
      Dataset dataset =
          parkWith(
              observation(Indicators.REVENUE, "12亿元")
                  .withPeriod(Period.year(2022))
                  .withCitation(Citation.of(NEWS)));
      assertOnly(
          check(StandardRules.OBSERVATION_AFTER_SOURCE, dataset),
          StandardRules.OBSERVATION_AFTER_SOURCE,
          Severity.ERROR,
          "parks[A].observations[0].period",
          tuple("period", "2022"),
          tuple("published", "2021-01-16"));
    }

    @Test
    void anObservationOfThePeriodRunningWhenPublishedIsFine() {
      Dataset dataset =
          parkWith(
              observation(Indicators.REVENUE, "12亿元")
                  .withPeriod(Period.year(2021))
                  .withCitation(Citation.of(NEWS)),
              observation(Indicators.REVENUE, "12亿元")
                  .withPeriod(Period.year(2030))
                  .withCitation(Citation.of(OTHER)));
      assertThat(check("date", dataset).isEmpty()).isTrue();
    }

    @Test
    void aTargetWhoseDeadlinePassedBeforeItsSourceIsAWarning() {
      Target target =
          Target.of(Indicators.REVENUE, Metric.parse("超过1900亿元"), Period.year(2020))
              .withCitation(Citation.of(NEWS));
      Dataset dataset =
          Dataset.builder()
              .addPark(park("A").addTargets(target, target.withDeadline(Period.year(2022))).build())
              .build();
      assertOnly(
          check(StandardRules.DEADLINE_BEFORE_SOURCE, dataset),
          StandardRules.DEADLINE_BEFORE_SOURCE,
          Severity.WARNING,
          "parks[A].targets[0].deadline",
          tuple("deadline", "2020"),
          tuple("published", "2021-01-16"));
    }
  }

  @Nested
  class Identifiers {
    @Test
    void anUnresolvedParentIsAnError() {
      Dataset dataset =
          Dataset.builder().addPark(park("A").parent(Identifier.of("G999999")).build()).build();
      assertOnly(
          check(StandardRules.UNRESOLVED_ID, dataset),
          StandardRules.UNRESOLVED_ID,
          Severity.ERROR,
          "parks[A].parent",
          tuple("id", "G999999"));
    }

    @Test
    void aDeclaredExternalResolves() {
      Dataset dataset =
          Dataset.builder()
              .addPark(park("A").parent(Identifier.of("G999999")).build())
              .addObservation(
                  Observation.of(Identifier.of("G999999"), Indicators.ENTERPRISES, Period.year(2020), Metric.parse("3家")))
              .addExternal(ExternalReference.of(Identifier.of("G999999"), EntityKind.PARK, "某园区"))
              .build();
      assertThat(check("id", dataset).isEmpty()).isTrue();
    }

    @Test
    void anIdentifierDefinedTwiceIsAnError() {
      Dataset dataset =
          Dataset.builder()
              .addPark(park("A").addSubZone(park("B").build()).build())
              .addPark(park("B").build())
              .build();
      assertOnly(
          check(StandardRules.DUPLICATE_ID, dataset),
          StandardRules.DUPLICATE_ID,
          Severity.ERROR,
          "parks[B]",
          tuple("id", "B"),
          tuple("first", "parks[A].subZones[0]"));
    }
  }

  @Nested
  class Policies {
    private Dataset policy(Measure measure) {
      return Dataset.builder()
          .addPolicy(
              Policy.builder()
                  .id(Identifier.of("P"))
                  .title("支持办法")
                  .issuer(Identifier.of("gov"))
                  .addMeasure(measure)
                  .build())
          .build();
    }

    @Test
    void aCapInAreaIsAnError() {
      Measure land = Measure.builder().kind(MeasureKind.SUBSIDY).amount(Metric.parse("最高100亩")).build();
      assertOnly(
          check(StandardRules.CAP_NOT_MONEY, policy(land)),
          StandardRules.CAP_NOT_MONEY,
          Severity.ERROR,
          "policies[P].measures[0].amount",
          tuple("cap", "最高100亩"));
    }

    @Test
    void aCapInMoneyIsFine() {
      Measure money = Measure.builder().kind(MeasureKind.SUBSIDY).amount(Metric.parse("最高2000万元")).build();
      assertThat(check(StandardRules.CAP_NOT_MONEY, policy(money)).isEmpty()).isTrue();
    }

    @Test
    void aRateWithoutBaseIsAWarning() {
      Measure rate =
          Measure.builder().kind(MeasureKind.SUBSIDY).rate(Rate.builder().share(Metric.parse("20%")).build()).build();
      assertOnly(
          check(StandardRules.RATE_WITHOUT_BASE, policy(rate)),
          StandardRules.RATE_WITHOUT_BASE,
          Severity.WARNING,
          "policies[P].measures[0].rate",
          tuple("rate", "20%"));
    }

    @Test
    void aRateNamingOrDescribingItsBaseIsFine() {
      Measure named =
          Measure.builder().kind(MeasureKind.SUBSIDY).rate(Rate.of(Metric.parse("20%"), Indicators.RD_SPENDING)).build();
      Measure described =
          Measure.builder()
              .kind(MeasureKind.SUBSIDY)
              .rate(Rate.builder().share(Metric.parse("20%")).baseDescription("设备投资额").build())
              .build();
      assertThat(check(StandardRules.RATE_WITHOUT_BASE, policy(named)).isEmpty()).isTrue();
      assertThat(check(StandardRules.RATE_WITHOUT_BASE, policy(described)).isEmpty()).isTrue();
    }
  }

  @Test
  void everyStandardRuleHasADistinctCodeDeclaredInStandardRules() {
    List<String> codes = StandardRules.all().stream().map(Rule::code).collect(java.util.stream.Collectors.toList());
    assertThat(codes).doesNotHaveDuplicates().hasSize(18).contains(StandardRules.SUBZONES_EXCEED_PARENT);
    assertThat(Year.of(2020)).isNotNull();
  }
}
