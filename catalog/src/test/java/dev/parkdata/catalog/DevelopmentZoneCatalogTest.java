package dev.parkdata.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.parkdata.industry.Industry;
import dev.parkdata.location.Location;
import dev.parkdata.location.Province;
import dev.parkdata.metric.Metric;
import dev.parkdata.metric.Qualifier;
import dev.parkdata.park.Approval;
import dev.parkdata.park.ApprovalLevel;
import dev.parkdata.park.AreaKind;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import dev.parkdata.unit.Units;
import dev.parkdata.validation.Figure;
import dev.parkdata.validation.Severity;
import dev.parkdata.validation.ValidationReport;
import dev.parkdata.validation.Violation;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevelopmentZoneCatalogTest {
  private static final DevelopmentZoneCatalog CATALOG = DevelopmentZoneCatalog.edition2018();
  private static final List<RawCatalogue.Row> RAW = RawCatalogue.ROWS;

  @Test
  void holdsEveryRowOfTheEmbeddedEditionInFileOrder() {
    assertThat(RAW).hasSize(2543);
    assertThat(CATALOG.size()).isEqualTo(RAW.size());
    assertThat(CATALOG.parks()).extracting(p -> p.id().value())
        .containsExactlyElementsOf(RAW.stream().map(r -> r.get(RawCatalogue.CODE)).collect(Collectors.toList()));
    assertThat(CATALOG.imported().lines()).containsExactlyElementsOf(RAW.stream().map(r -> r.line).collect(Collectors.toList()));
  }

  @Test
  void countsByLevelAgreeWithTheRawFile() {
    Map<String, Integer> raw = countRaw(RawCatalogue.LEVEL);
    Map<ApprovalLevel, Integer> counts = CATALOG.countBy(CatalogGrouping.LEVEL);
    assertThat(counts).hasSize(raw.size());
    counts.forEach((level, n) -> assertThat(raw.get(level.chineseName())).as(level.chineseName()).isEqualTo(n));
    // The figures the catalogue itself announces.
    assertThat(counts).containsEntry(ApprovalLevel.STATE_COUNCIL, 552).containsEntry(ApprovalLevel.PROVINCIAL_GOVERNMENT, 1991);
  }

  @Test
  void countsByTypeAndProvinceAgreeWithTheRawFile() {
    Map<String, Integer> types = countRaw(RawCatalogue.TYPE);
    Map<ParkKind, Integer> byType = CATALOG.countBy(CatalogGrouping.TYPE);
    assertThat(byType).hasSize(types.size());
    byType.forEach((kind, n) -> assertThat(types.get(kind.chineseName())).isEqualTo(n));
    Map<String, Integer> provinces = countRaw(RawCatalogue.PROVINCE);
    Map<Province, Integer> byProvince = CATALOG.countBy(CatalogGrouping.PROVINCE);
    assertThat(byProvince).hasSize(provinces.size());
    byProvince.forEach((p, n) -> assertThat(provinces.get(p.chineseName())).isEqualTo(n));
  }

  @Test
  void totalApprovedAreaIsTheExactSumOfTheRawColumn() {
    BigDecimal raw = RAW.stream().map(r -> new BigDecimal(r.get(RawCatalogue.AREA))).reduce(BigDecimal.ZERO, BigDecimal::add);
    CatalogTotal hectares = CATALOG.total(Units.HECTARE);
    assertThat(hectares.zones()).isEqualTo(2543);
    assertThat(hectares.zonesWithoutArea()).isZero();
    assertThat(hectares.approvedArea().value()).isEqualByComparingTo(raw);
    assertThat(hectares.approvedArea().qualifier()).isEqualTo(Qualifier.EXACT);
    Metric km2 = CATALOG.total(Units.SQUARE_KILOMETRE).approvedArea();
    assertThat(km2.unit()).isEqualTo(Units.SQUARE_KILOMETRE);
    assertThat(km2.value()).isEqualByComparingTo(raw.movePointLeft(2));
  }

  @Test
  void areaPerGroupIsTheExactSumOfItsRows() {
    Map<Province, CatalogTotal> totals = CATALOG.summarize(CatalogGrouping.PROVINCE, Units.SQUARE_KILOMETRE);
    Map<String, BigDecimal> raw = new HashMap<>();
    for (RawCatalogue.Row r : RAW) {
      raw.merge(r.get(RawCatalogue.PROVINCE), new BigDecimal(r.get(RawCatalogue.AREA)), BigDecimal::add);
    }
    assertThat(totals).hasSize(raw.size());
    totals.forEach((p, t) -> assertThat(t.approvedArea().value()).as(p.chineseName())
        .isEqualByComparingTo(raw.get(p.chineseName()).movePointLeft(2)));
    assertThat(List.copyOf(totals.keySet())).isSorted();
  }

  @Test
  void everyZoneCarriesEveryColumnOfItsRow() {
    for (int i = 0; i < RAW.size(); i++) {
      RawCatalogue.Row r = RAW.get(i);
      Park park = CATALOG.parks().get(i);
      assertThat(park.names().official()).isEqualTo(r.get(RawCatalogue.NAME));
      assertThat(park.kind().chineseName()).isEqualTo(r.get(RawCatalogue.TYPE));
      Location location = park.location().orElseThrow();
      assertThat(location.province().orElseThrow().chineseName()).isEqualTo(r.get(RawCatalogue.PROVINCE));
      assertThat(location.divisionCode()).contains(r.get(RawCatalogue.CODE).substring(1, 3));
      List<String> months = Arrays.asList(r.get(RawCatalogue.DATE).split("/"));
      assertThat(park.approvals()).extracting(a -> a.level().chineseName()).containsOnly(r.get(RawCatalogue.LEVEL));
      assertThat(park.approvals()).extracting(a -> a.date().orElseThrow().toString().replace('-', '.'))
          .containsExactlyElementsOf(months);
      Metric area = park.area(AreaKind.APPROVED).orElseThrow();
      assertThat(area).isEqualTo(Metric.of(new BigDecimal(r.get(RawCatalogue.AREA)), Units.HECTARE));
      assertThat(park.leadingIndustries()).extracting(Industry::name)
          .containsExactly(r.get(RawCatalogue.INDUSTRIES).split("、"));
    }
  }

  @Test
  void findsAZoneByCode() {
    Park zgc = CATALOG.byCode("G112001").orElseThrow();
    assertThat(zgc.names().official()).isEqualTo("中关村科技园区");
    assertThat(zgc.kind()).isEqualTo(ParkKind.HIGH_TECH_ZONE);
    assertThat(zgc.approvals()).containsExactly(Approval.of(ApprovalLevel.STATE_COUNCIL, YearMonth.of(1988, 5)));
    assertThat(zgc.location()).contains(Location.builder().province(Province.BEIJING).divisionCode("11").build());
    assertThat(zgc.area(AreaKind.APPROVED)).contains(Metric.of(new BigDecimal("23252.29"), Units.HECTARE));
    assertThat(zgc.leadingIndustries()).containsExactly(Industry.of("电子信息"), Industry.of("智能制造"), Industry.of("节能环保"));
    assertThat(CATALOG.byCode("G999999")).isEmpty();
  }

  @Test
  void lookupsOfWhatTheCatalogueLacksAreEmptyNotNull() {
    // The 2018 catalogue lists no zones in Taiwan, Hong Kong or Macao.
    assertThat(CATALOG.byProvince(Province.HONG_KONG)).isEmpty();
    assertThat(CATALOG.byProvince(Province.TAIWAN)).isEmpty();
    assertThat(CATALOG.allByCode("G999999")).isEmpty();
    assertThat(CATALOG.allByCode("")).isEmpty();
    assertThat(CATALOG.byProvince(Province.GANSU)).isNotEmpty()
        .allSatisfy(p -> assertThat(p.location().orElseThrow().province()).contains(Province.GANSU));
  }

  @Test
  void keepsBothZonesOfTheDuplicatedCode() {
    assertThat(CATALOG.allByCode("S377018")).extracting(p -> p.names().official())
        .containsExactly("山东淄川经济开发区", "山东临淄经济开发区");
    assertThat(CATALOG.byCode("S377018").orElseThrow().names().official()).isEqualTo("山东淄川经济开发区");
  }

  @Test
  void readsTwoDatesInOneFieldAsTwoApprovals() {
    assertThat(CATALOG.byCode("G313031").orElseThrow().approvals()).containsExactly(
        Approval.of(ApprovalLevel.STATE_COUNCIL, YearMonth.of(2000, 4)),
        Approval.of(ApprovalLevel.STATE_COUNCIL, YearMonth.of(2002, 12)));
    assertThat(CATALOG.byCode("G313031").orElseThrow().approvalDate()).contains(YearMonth.of(2000, 4));
  }

  @Test
  void reportsTheRowFaultsOfThe2018EditionAsViolationsWithTheirLines() {
    int duplicateLine = RAW.stream().filter(r -> r.get(RawCatalogue.CODE).equals("S377018")).skip(1).findFirst().orElseThrow().line;
    List<Integer> twoDateLines = RAW.stream().filter(r -> r.get(RawCatalogue.DATE).contains("/")).map(r -> r.line).collect(Collectors.toList());
    ValidationReport report = CATALOG.validation();
    assertThat(report.violations()).extracting(v -> v.code(), v -> v.path().toString(), v -> v.severity())
        .containsExactly(
            tuple("catalog.approval-date-multiple", "rows[" + twoDateLines.get(0) + "].批准时间", Severity.INFO),
            tuple("catalog.approval-date-multiple", "rows[" + twoDateLines.get(1) + "].批准时间", Severity.INFO),
            tuple("catalog.duplicate-code", "rows[" + duplicateLine + "].代码", Severity.ERROR));
    Violation duplicate = report.violations().get(2);
    assertThat(duplicate.figures()).extracting(Figure::text).containsExactly("S377018", "line " + (duplicateLine - 3));
    assertThat(duplicate.english()).contains("山东淄川经济开发区");
    assertThat(duplicate.chinese()).contains("山东淄川经济开发区");
    assertThat(CATALOG).hasToString("DevelopmentZoneCatalog{2543 zones, 3 violations}");
  }

  @Test
  void findsNamesInSimplifiedTraditionalAndVariantForms() {
    assertThat(CATALOG.byName("苏州工业园区")).extracting(p -> p.id().value()).containsExactly("G321090");
    assertThat(CATALOG.byName("蘇州工業園區")).extracting(p -> p.id().value()).containsExactly("G321090");
    assertThat(CATALOG.byName("淄博高新技术产业开发区")).extracting(p -> p.names().official()).containsExactly("湽博高新技术产业开发区");
    assertThat(CATALOG.nameContains("淄博")).extracting(p -> p.id().value()).contains("G372026");
    assertThat(CATALOG.nameContains("中德(沈阳)")).extracting(p -> p.id().value()).containsExactly("G216034");
    assertThat(CATALOG.nameContains("中關村")).extracting(p -> p.id().value()).containsExactly("G112001", "S328119");
  }

  @Test
  void queriesAgreeWithFilteringTheRawFile() {
    assertThat(codes(CATALOG.byProvince(Province.GANSU))).containsExactlyElementsOf(rawCodes(r -> r.get(RawCatalogue.PROVINCE).equals("甘肃省")));
    assertThat(codes(CATALOG.byType(ParkKind.BORDER_COOPERATION_ZONE))).containsExactlyElementsOf(rawCodes(r -> r.get(RawCatalogue.TYPE).equals("边境/跨境经济合作区")));
    assertThat(codes(CATALOG.byLevel(ApprovalLevel.STATE_COUNCIL))).containsExactlyElementsOf(rawCodes(r -> r.get(RawCatalogue.CODE).startsWith("G")));
    assertThat(codes(CATALOG.approvedBetween(1984, 1988))).containsExactlyElementsOf(rawCodes(r -> year(r) <= 1988));
    assertThat(codes(CATALOG.withLeadingIndustry("生物医药"))).containsExactlyElementsOf(
        rawCodes(r -> Arrays.asList(r.get(RawCatalogue.INDUSTRIES).split("、")).contains("生物医药")));
    CatalogQuery query = CATALOG.query().inProvince(Province.JIANGSU).atLevel(ApprovalLevel.STATE_COUNCIL).approvedSince(2010)
        .withLeadingIndustryContaining("医药");
    assertThat(codes(query.parks())).isNotEmpty().containsExactlyElementsOf(rawCodes(r -> r.get(RawCatalogue.PROVINCE).equals("江苏省")
        && r.get(RawCatalogue.CODE).startsWith("G") && year(r) >= 2010 && r.get(RawCatalogue.INDUSTRIES).contains("医药")));
    assertThat(query.count()).isEqualTo(query.parks().size());
    assertThat(query).hasToString("CatalogQuery[province=江苏省, level=国务院, approved>=2010, industry~医药]");
  }

  @Test
  void totalsConvertExactlyToMuAndRejectOtherDimensions() {
    BigDecimal raw = RAW.stream().map(r -> new BigDecimal(r.get(RawCatalogue.AREA))).reduce(BigDecimal.ZERO, BigDecimal::add);
    Metric mu = CATALOG.total(Units.MU).approvedArea();
    assertThat(mu.qualifier()).isEqualTo(Qualifier.EXACT);
    assertThat(mu.value()).isEqualByComparingTo(raw.multiply(BigDecimal.valueOf(15)));
    assertThatThrownBy(() -> CATALOG.total(Units.YI_YUAN)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("亿元");
  }

  @Test
  void loadsTheEmbeddedEditionOnceAcrossThreads() throws InterruptedException {
    Map<Integer, Boolean> seen = new ConcurrentHashMap<>();
    CountDownLatch done = new CountDownLatch(8);
    for (int i = 0; i < 8; i++) {
      new Thread(() -> {
        seen.put(System.identityHashCode(DevelopmentZoneCatalog.edition2018()), true);
        done.countDown();
      }).start();
    }
    done.await();
    assertThat(seen).containsOnlyKeys(System.identityHashCode(CATALOG));
  }

  @Test
  void readsUsersCopiesFromAReaderOrAFile(@TempDir Path dir) throws IOException {
    String csv = "序号,代码,开发区名称,省份,批准级别,开发区类型,批准时间,核准面积_公顷,主导产业\n"
        + "1,G622052,兰州高新技术产业开发区,甘肃省,国务院,高新技术产业开发区,1991.03,1496,生物医药\n";
    Path file = Files.writeString(dir.resolve("copy.csv"), csv, StandardCharsets.UTF_8);
    DevelopmentZoneCatalog fromFile = DevelopmentZoneCatalog.of(file);
    assertThat(fromFile).isEqualTo(DevelopmentZoneCatalog.of(new StringReader(csv)));
    assertThat(fromFile.size()).isEqualTo(1);
    assertThat(fromFile.validation().isEmpty()).isTrue();
    assertThat(fromFile).hasToString("DevelopmentZoneCatalog{1 zones, 0 violations}");
  }

  private static Map<String, Integer> countRaw(int column) {
    Map<String, Integer> counts = new HashMap<>();
    RAW.forEach(r -> counts.merge(r.get(column), 1, Integer::sum));
    return counts;
  }

  private static int year(RawCatalogue.Row r) {
    return Integer.parseInt(r.get(RawCatalogue.DATE).substring(0, 4));
  }

  private static List<String> codes(List<Park> parks) {
    return parks.stream().map(p -> p.id().value()).collect(Collectors.toList());
  }

  private static List<String> rawCodes(java.util.function.Predicate<RawCatalogue.Row> filter) {
    return RAW.stream().filter(filter).map(r -> r.get(RawCatalogue.CODE)).collect(Collectors.toList());
  }
}
