package dev.parkdata.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.parkdata.location.Province;
import dev.parkdata.park.Approval;
import dev.parkdata.park.ApprovalLevel;
import dev.parkdata.park.AreaKind;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import dev.parkdata.validation.Figure;
import dev.parkdata.validation.Severity;
import dev.parkdata.validation.Violation;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogImporterTest {
  private static final String HEADER = "序号,代码,开发区名称,省份,批准级别,开发区类型,批准时间,核准面积_公顷,主导产业\n";
  private static final String GOOD = "1,G622052,兰州高新技术产业开发区,甘肃省,国务院,高新技术产业开发区,1991.03,1496,生物医药、新材料\n";

  private static CatalogImport read(String... rows) {
    return CatalogImporter.read(new StringReader(HEADER + String.join("", rows)));
  }

  private static List<Violation> problems(CatalogImport imported) {
    return imported.report().violations();
  }

  @Test
  void aFaultlessRowHasNoProblem() {
    CatalogImport imported = read(GOOD);
    assertThat(imported.report().isEmpty()).isTrue();
    assertThat(imported.parks()).singleElement().hasToString("Park{G622052 兰州高新技术产业开发区, HIGH_TECH_ZONE}");
    assertThat(imported.lines()).containsExactly(2);
    assertThat(imported).hasToString("CatalogImport{1 parks, ValidationReport{0 violations: 0 errors, 0 warnings, 0 info}}");
  }

  @Test
  void repeatedValuesAreSharedAndEachKeepsItsStatedScale() {
    CatalogImport imported = read(GOOD, GOOD.replace(",1496,", ",1496.0,"), GOOD, GOOD.replace(",1496,", ",1496.00,"));
    // equal metrics, held as stated: sharing equal values must not merge 1496 and 1496.0
    assertThat(imported.parks()).extracting(p -> p.areas().get(0).metric().value().toPlainString())
        .containsExactly("1496", "1496.0", "1496", "1496.00");
    List<Violation> duplicates = problems(imported);
    assertThat(duplicates).hasSize(3).extracting(Violation::path).extracting(Object::toString)
        .containsExactly("rows[3].代码", "rows[4].代码", "rows[5].代码");
    // the message of a repeated code is held once, however many rows repeat it
    assertThat(duplicates.get(2).english()).isSameAs(duplicates.get(0).english())
        .isEqualTo("the code is also given to 兰州高新技术产业开发区 on line 2; both zones are kept");
    assertThat(imported.parks().get(2).names()).isSameAs(imported.parks().get(0).names());
  }

  @Test
  void aMalformedMonthIsAnErrorAndTheZoneKeepsItsLevel() {
    CatalogImport imported = read(GOOD, "2,G622053,甲,甘肃省,国务院,高新技术产业开发区,1991.13,10,x\n");
    assertThat(problems(imported)).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("catalog.approval-date-malformed");
      assertThat(p.severity()).isEqualTo(Severity.ERROR);
      assertThat(p.path()).hasToString("rows[3].批准时间");
      assertThat(p.figures()).containsExactly(Figure.of("value", "1991.13"));
      assertThat(p.english()).isEqualTo("'1991.13' is not a month written YYYY.MM");
      assertThat(p.chinese()).isEqualTo("批准时间“1991.13”不是YYYY.MM格式的年月");
    });
    Park park = imported.parks().get(1);
    assertThat(park.approvals()).singleElement().satisfies(a -> {
      assertThat(a.level()).isEqualTo(ApprovalLevel.STATE_COUNCIL);
      assertThat(a.date()).isEmpty();
    });
  }

  @Test
  void aMissingAreaIsAWarningAndAMalformedOneAnError() {
    CatalogImport imported = read(
        "1,G622052,甲,甘肃省,国务院,高新技术产业开发区,1991.03,,x\n",
        "2,G622053,乙,甘肃省,国务院,高新技术产业开发区,1991.03,\"1,496\",x\n",
        "3,G622054,丙,甘肃省,国务院,高新技术产业开发区,1991.03,-5,x\n");
    assertThat(problems(imported)).extracting(Violation::code, Violation::severity, v -> v.path().toString())
        .containsExactly(
            tuple("catalog.area-missing", Severity.WARNING, "rows[2].核准面积_公顷"),
            tuple("catalog.area-malformed", Severity.ERROR, "rows[3].核准面积_公顷"),
            tuple("catalog.area-malformed", Severity.ERROR, "rows[4].核准面积_公顷"));
    assertThat(imported.parks()).allSatisfy(p -> assertThat(p.area(AreaKind.APPROVED)).isEmpty());
  }

  @Test
  void twoMonthsInOneFieldAreTwoApprovalsAndInfo() {
    CatalogImport imported = read("1,G313031,甲,上海市,国务院,海关特殊监管区域,2000.04/2002.12,596.0,x\n");
    assertThat(imported.parks().get(0).approvals()).containsExactly(
        Approval.of(ApprovalLevel.STATE_COUNCIL, YearMonth.of(2000, 4)),
        Approval.of(ApprovalLevel.STATE_COUNCIL, YearMonth.of(2002, 12)));
    assertThat(problems(imported)).extracting(Violation::code, Violation::severity)
        .containsExactly(tuple("catalog.approval-date-multiple", Severity.INFO));
  }

  @Test
  void aDuplicateCodeIsReportedOnTheLaterRowAndBothZonesAreKept() {
    CatalogImport imported = read(GOOD, GOOD.replace("兰州", "天水"));
    assertThat(imported.parks()).hasSize(2);
    assertThat(problems(imported)).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("catalog.duplicate-code");
      assertThat(p.path()).hasToString("rows[3].代码");
      assertThat(p.english()).contains("兰州高新技术产业开发区", "line 2");
    });
  }

  @Test
  void unknownVocabularyFallsBackOnTheCode() {
    CatalogImport imported = read("1,G622052,甲,甘粛省,国家,高新区,1991.03,1496,x\n");
    assertThat(problems(imported)).extracting(Violation::code).containsExactly(
        "catalog.province-unknown", "catalog.level-unknown", "catalog.type-unknown");
    Park park = imported.parks().get(0);
    assertThat(park.location().flatMap(l -> l.province())).contains(Province.GANSU);
    assertThat(park.approvalLevel()).contains(ApprovalLevel.STATE_COUNCIL);
    assertThat(park.kind()).isEqualTo(ParkKind.HIGH_TECH_ZONE);
  }

  @Test
  void aValueContradictingTheCodeIsAWarningAndTheValueIsKept() {
    CatalogImport imported = read("1,G622052,甲,江苏省,省政府,工业园区,1991.03,1496,x\n");
    assertThat(problems(imported)).extracting(Violation::code, Violation::severity).containsExactly(
        tuple("catalog.code-province-mismatch", Severity.WARNING),
        tuple("catalog.code-level-mismatch", Severity.WARNING),
        tuple("catalog.code-type-mismatch", Severity.WARNING));
    Park park = imported.parks().get(0);
    assertThat(park.location().flatMap(l -> l.province())).contains(Province.JIANGSU);
    assertThat(park.kind()).isEqualTo(ParkKind.INDUSTRIAL_PARK);
  }

  @Test
  void aMalformedCodeAndAMissingNameKeepTheRowUnderItsLine() {
    CatalogImport imported = read("1,X1,,甘肃省,国务院,高新技术产业开发区,,1496,\n");
    assertThat(problems(imported)).extracting(Violation::code).containsExactly(
        "catalog.code-malformed", "catalog.name-missing", "catalog.approval-date-missing");
    Park park = imported.parks().get(0);
    assertThat(park.id().value()).isEqualTo("line-2");
    assertThat(park.names().official()).isEqualTo("line-2");
    assertThat(park.leadingIndustries()).isEmpty();
    assertThat(park.approvals()).singleElement().satisfies(a -> assertThat(a.date()).isEmpty());
  }

  @Test
  void industriesSplitAtEverySeparatorAndIgnoreEmptyItems() {
    CatalogImport imported = read("1,G622052,甲,甘肃省,国务院,高新技术产业开发区,1991.03,1496,\"医药、 新材料，物流,,化工；\"\n");
    assertThat(imported.parks().get(0).leadingIndustries()).extracting(i -> i.name())
        .containsExactly("医药", "新材料", "物流", "化工");
  }

  /**
   * Areas of up to 18 digits are read by hand, longer ones by BigDecimal: either way the area is
   * new BigDecimal(text), scale included, and the months are those the text names.
   */
  @Test
  void areasAndMonthsAreReadAsWritten() {
    qt().forAll(lists().of(integers().between(0, 9)).ofSizeBetween(1, 24)
                .map(d -> d.stream().map(String::valueOf).collect(Collectors.joining())),
            integers().between(0, 24), integers().between(1979, 2100), integers().between(1, 12))
        .checkAssert((digits, point, year, month) -> {
          int dot = point % digits.length(); // 0: none
          String area = dot == 0 ? digits : digits.substring(0, dot) + "." + digits.substring(dot);
          String date = year + "." + (month < 10 && year % 2 == 0 ? "0" : "") + month;
          CatalogImport imported = read("1,G622052,兰州高新技术产业开发区,甘肃省,国务院,高新技术产业开发区," + date + "," + area + ",\n");
          Park park = imported.parks().get(0);
          assertThat(park.approvals()).extracting(Approval::date).containsExactly(Optional.of(YearMonth.of(year, month)));
          if (new BigDecimal(area).signum() == 0) {
            assertThat(park.areas()).isEmpty();
          } else {
            BigDecimal value = park.area(AreaKind.APPROVED).orElseThrow().value();
            assertThat(value).as(area).isEqualTo(new BigDecimal(area));
            assertThat(value.scale()).as(area).isEqualTo(new BigDecimal(area).scale());
          }
        });
  }
}
