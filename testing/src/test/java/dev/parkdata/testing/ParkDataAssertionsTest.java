package dev.parkdata.testing;

import static dev.parkdata.testing.ParkDataAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.metric.Metric;
import dev.parkdata.metric.Qualifier;
import dev.parkdata.model.Identifier;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Period;
import dev.parkdata.park.AreaKind;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import dev.parkdata.validation.Severity;
import dev.parkdata.validation.StandardRules;
import dev.parkdata.validation.ValidationReport;
import dev.parkdata.validation.Validator;
import org.junit.jupiter.api.Test;

/** Each assertion passes on what it claims and fails with the message shown (the product). */
class ParkDataAssertionsTest {

  @Test
  void isEquivalentToComparesQuantitiesAcrossUnits() {
    assertThat(Metric.parse("0.19万亿元")).isEquivalentTo("1900亿元");
    assertThat(Metric.parse("47775亩")).isEquivalentTo("31.85平方公里");
    assertThatThrownBy(() -> assertThat(Metric.parse("1800亿元")).isEquivalentTo("0.19万亿元"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "%nExpecting metric:%n  1800亿元%nto be equivalent to:%n  0.19万亿元%nbut in 万亿元 it is 0.18万亿元"
                .formatted());
  }

  @Test
  void isEquivalentToNamesADifferentQualifierOrDimension() {
    assertThatThrownBy(() -> assertThat(Metric.parse("1900亿元")).isEquivalentTo("超过1900亿元"))
        .hasMessage(
            "%nExpecting metric:%n  1900亿元%nto be equivalent to:%n  超过1900亿元%nbut the qualifiers differ: EXACT and MORE_THAN"
                .formatted());
    assertThatThrownBy(() -> assertThat(Metric.parse("300家")).isEquivalentTo("300亿元"))
        .hasMessageStartingWith("%nExpecting metric:%n  300家%nto be equivalent to:%n  300亿元%nbut the dimensions differ: ".formatted());
    assertThatThrownBy(() -> assertThat(Metric.parse("300家")).isNotEquivalentTo("300家"))
        .hasMessage("%nExpecting metric:%n  300家%nnot to be equivalent to:%n  300家%nbut it is".formatted());
  }

  @Test
  void nullActualFailsAsAssertJDoes() {
    assertThatThrownBy(() -> assertThat((Metric) null).isEquivalentTo("1亿元"))
        .hasMessageContaining("Expecting actual not to be null");
  }

  @Test
  void hasQualifierUnitAndValue() {
    assertThat(Metric.parse("2万余家")).hasQualifier(Qualifier.OVER);
    assertThat(Metric.parse("最高2000万元")).hasQualifier(Qualifier.AT_MOST).hasUnit("万元").hasValue("2000.0");
    assertThatThrownBy(() -> assertThat(Metric.parse("200亿元以上")).hasQualifier(Qualifier.MORE_THAN))
        .hasMessage("%nExpecting metric:%n  200亿元以上%nto have qualifier MORE_THAN but it has AT_LEAST".formatted());
    assertThatThrownBy(() -> assertThat(Metric.parse("2000万元")).hasUnit("亿元"))
        .hasMessage("%nExpecting metric:%n  2000万元%nto be stated in 亿元 but it is in 万元".formatted());
    assertThatThrownBy(() -> assertThat(Metric.parse("62.4亿元")).hasValue("62.5"))
        .hasMessage("%nExpecting metric:%n  62.4亿元%nto have value 62.5 but it has 62.4".formatted());
  }

  @Test
  void isWithinBoundsOfComparesWhatEachAllows() {
    assertThat(Metric.parse("2万余家")).isWithinBoundsOf("超过1万家");
    assertThat(Metric.parse("450个")).isWithinBoundsOf("400-600个");
    assertThat(Metric.parse("0.025亿元")).isWithinBoundsOf("最高500万元");
    assertThatThrownBy(() -> assertThat(Metric.parse("440多家")).isWithinBoundsOf("400-445家"))
        .hasMessage(
            "%nExpecting metric:%n  440余家 (bounds (440..450))%nto lie within the bounds of:%n  400-445家 (bounds [400..445])%nbut it does not"
                .formatted());
  }

  private static Park zone(String area, Park... subZones) {
    return Park.builder()
        .id(Identifier.of("zone"))
        .names(dev.parkdata.model.Names.of("示范区"))
        .kind(ParkKind.FREE_TRADE_ZONE)
        .addArea(dev.parkdata.park.Area.of(AreaKind.APPROVED, Metric.parse(area)))
        .addSubZones(subZones)
        .build();
  }

  private static Park section(String id, String area) {
    return Park.builder()
        .id(Identifier.of(id))
        .names(dev.parkdata.model.Names.of("片区" + id))
        .kind(ParkKind.FREE_TRADE_ZONE_AREA)
        .addArea(dev.parkdata.park.Area.of(AreaKind.APPROVED, Metric.parse(area)))
        .build();
  }

  @Test
  void reportAssertionsFindViolationsByCodePathAndSeverity() {
    ValidationReport report = Validator.standard().validate(zone("10.0平方公里", section("a", "6.0平方公里"), section("b", "500公顷")));
    assertThat(report)
        .hasErrorCount(1)
        .hasViolation(StandardRules.SUBZONES_EXCEED_PARENT)
        .at("parks[zone].areas[approved]")
        .withSeverity(Severity.ERROR)
        .withFigure("sum", "11.0平方公里")
        .withChineseMessageContaining("超过园区核准面积");
    assertThat(report).hasNoViolation(StandardRules.DUPLICATE_ID);
  }

  @Test
  void hasNoErrorsQuotesTheReport() {
    ValidationReport report = Validator.standard().validate(zone("10平方公里", section("a", "12平方公里")));
    assertThatThrownBy(() -> assertThat(report).hasNoErrors())
        .hasMessage("%nExpecting no errors but found 1:%n%s".formatted(report.toText()))
        .hasMessageContaining("各子园区核准面积合计12平方公里，超过园区核准面积10平方公里");
    assertThatThrownBy(() -> assertThat(report).hasNoViolations())
        .hasMessage("%nExpecting no violations but found 1:%n%s".formatted(report.toText()));
    assertThatThrownBy(() -> assertThat(report).hasErrorCount(0))
        .hasMessage("%nExpecting 0 errors but found 1 in:%n%s".formatted(report.toText()));
    assertThatThrownBy(() -> assertThat(report).hasNoViolation("area"))
        .hasMessage("%nExpecting no violation area but found 1:%n%s".formatted(report.toText()));
  }

  @Test
  void hasViolationNamesWhatThereIsInstead() {
    ValidationReport report = Validator.standard().validate(zone("10平方公里", section("a", "12平方公里")));
    assertThatThrownBy(() -> assertThat(ValidationReport.of(java.util.List.of())).hasViolation("id.duplicate"))
        .hasMessage("%nExpecting a violation id.duplicate but found none in:%nan empty report".formatted());
    assertThatThrownBy(() -> assertThat(report).hasViolation("area").at("parks[zone].areas[planned]"))
        .hasMessage(
            "%nExpecting a violation area at parks[zone].areas[planned]%nbut found parks[zone].areas[approved] in:%n%s"
                .formatted(report.toText()));
    assertThatThrownBy(() -> assertThat(report).hasViolation("area").withSeverity(Severity.WARNING))
        .hasMessageStartingWith("%nExpecting a violation area with severity WARNING%nbut found ERROR in:%n".formatted());
    assertThatThrownBy(() -> assertThat(report).hasViolation("area").withFigure("sum", "13平方公里"))
        .hasMessageStartingWith("%nExpecting a violation area with figure sum = 13平方公里%nbut found 12平方公里 in:%n".formatted());
    assertThatThrownBy(() -> assertThat(report.violations().get(0)).withChineseMessageContaining("规划"))
        .hasMessageStartingWith("%nExpecting a violation area.subzones-exceed-parent whose Chinese message contains 规划%nbut found 各子园区".formatted());
  }

  @Test
  void parkAssertionsNavigate() {
    Park ftz = Fixtures.beijingFreeTradeZone();
    assertThat(Fixtures.suzhouHighTechZone()).isValid();
    assertThat(ftz)
        .isOfKind(ParkKind.FREE_TRADE_ZONE)
        .hasOfficialName("中国（北京）自由贸易试验区")
        .hasSubZoneCount(3)
        .hasSubZone("beijing-ftz-technology-innovation")
        .hasLeadingIndustry("新一代信息技术")
        .hasArea(AreaKind.TOTAL)
        .isEquivalentTo("31.85平方公里");
    assertThat(ftz).hasSubZone("zhongguancun-science-city")
        .hasObservation(Indicators.ABOVE_SIZE_ENTERPRISES, Period.asOf(java.time.LocalDate.of(2021, 1, 16)))
        .isEquivalentTo("231家");
  }

  @Test
  void parkAssertionsFailNamingThePark() {
    Park lanzhou = Fixtures.lanzhouHighTechZone();
    assertThatThrownBy(() -> assertThat(lanzhou).isOfKind(ParkKind.FREE_TRADE_ZONE))
        .hasMessage("%nExpecting park G622052 兰州高新技术产业开发区%nto be a FREE_TRADE_ZONE (自由贸易试验区) but it is a HIGH_TECH_ZONE (高新技术产业开发区)".formatted());
    assertThatThrownBy(() -> assertThat(lanzhou).hasOfficialName("兰州新区"))
        .hasMessage("%nExpecting park G622052%nto be named 兰州新区 but it is named 兰州高新技术产业开发区".formatted());
    assertThatThrownBy(() -> assertThat(lanzhou).hasArea(AreaKind.PLANNED))
        .hasMessageStartingWith("%nExpecting park G622052 兰州高新技术产业开发区%nto have a PLANNED (规划面积) but it has: ".formatted());
    assertThatThrownBy(() -> assertThat(lanzhou).hasSubZone("nowhere"))
        .hasMessageStartingWith("%nExpecting park G622052 兰州高新技术产业开发区%nto have a sub-zone nowhere but it has: [lanzhou-national-biomedicine-base 兰州国家生物医药产业基地".formatted());
    assertThatThrownBy(() -> assertThat(lanzhou).hasSubZoneCount(5))
        .hasMessageStartingWith("%nExpecting park G622052 兰州高新技术产业开发区%nto have 5 sub-zones but it has ".formatted());
    assertThatThrownBy(() -> assertThat(lanzhou).hasLeadingIndustry("纺织"))
        .hasMessageStartingWith("%nExpecting park G622052 兰州高新技术产业开发区%nto lead in 纺织 but its leading industries are ".formatted());
    assertThatThrownBy(() -> assertThat(lanzhou).hasObservation(Indicators.REVENUE, Period.year(2021)))
        .hasMessageStartingWith("%nExpecting park G622052 兰州高新技术产业开发区%nto have an observation of revenue (营业收入) for 2021 but it has:%n".formatted())
        .hasMessageContaining("投资总额 2021 62.4亿元");
    Park broken = zone("10平方公里", section("a", "12平方公里"));
    assertThatThrownBy(() -> assertThat(broken).isValid())
        .hasMessage("%nExpecting park zone 示范区 to validate with no error but:%n%s"
            .formatted(Validator.standard().validate(broken).toText()));
  }

  @Test
  void datasetAssertions() {
    Dataset dataset = Fixtures.dataset();
    assertThat(dataset).hasNoErrors().resolves("national-high-tech-zones")
        .hasPark("G622052").hasOfficialName("兰州高新技术产业开发区");
    assertThat(dataset).validation().hasNoViolation("id");
    assertThatThrownBy(() -> assertThat(dataset).hasPark("G000000"))
        .hasMessageStartingWith("%nExpecting the dataset to have a park G000000 but it has: [beijing-ftz".formatted());
    assertThatThrownBy(() -> assertThat(dataset).resolves("nowhere"))
        .hasMessage("%nExpecting the dataset to define nowhere, as an entity or an external, but it does not".formatted());
    assertThatThrownBy(() -> assertThat(Dataset.builder().build()).hasParkCount(1))
        .hasMessage("%nExpecting the dataset to have 1 parks (counting sub-zones) but it has 0".formatted());
    Dataset broken = Dataset.builder().addPark(zone("10平方公里", section("a", "12平方公里"))).build();
    assertThatThrownBy(() -> assertThat(broken).hasNoErrors())
        .hasMessageContaining("area.subzones-exceed-parent");
  }
}
