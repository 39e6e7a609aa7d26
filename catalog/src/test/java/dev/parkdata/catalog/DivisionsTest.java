package dev.parkdata.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class DivisionsTest {
  private static final Divisions DIVISIONS = Divisions.gbt2260();

  private static Division at(String code, int year) {
    return DIVISIONS.byCode(code, year).orElseThrow();
  }

  private static List<String> codes(List<Division> divisions) {
    return divisions.stream().map(Division::code).collect(Collectors.toList());
  }

  @Test
  void theEmbeddedListsHaveEveryRow() {
    assertThat(DIVISIONS.all()).hasSize(6823);
    assertThat(DIVISIONS.toString()).isEqualTo("Divisions{6823 divisions, 1981–2024}");
    assertThat(Divisions.class.getResource("gbt2260-divisions.README.txt")).isNotNull();
  }

  @Test
  void aCodeIsLookedUpAsOfAYear() {
    Division zhuzhou = at("430200", 2018);
    assertThat(zhuzhou.name()).isEqualTo("株洲市");
    assertThat(zhuzhou.shortName()).isEqualTo("株洲");
    assertThat(zhuzhou.level()).isEqualTo(DivisionLevel.PREFECTURE);
    assertThat(zhuzhou.parentCode()).contains("430000");
    assertThat(zhuzhou.inUse()).isTrue();
    // 430202 was 东区 until 1997, then 荷塘区: one code, two divisions.
    assertThat(at("430202", 1990).name()).isEqualTo("东区");
    assertThat(at("430202", 2018).name()).isEqualTo("荷塘区");
    assertThat(DIVISIONS.allByCode("430202")).extracting(Division::name).containsExactly("东区", "荷塘区");
    // 株洲县 was retired in 2018 (the lists are as of 31 December).
    assertThat(DIVISIONS.byCode("430221", 2017)).map(Division::name).contains("株洲县");
    assertThat(DIVISIONS.byCode("430221", 2018)).isEmpty();
    assertThat(DIVISIONS.latestByCode("430221")).map(Division::name).contains("株洲县");
    assertThat(DIVISIONS.allByCode("999999")).isEmpty();
  }

  @Test
  void namesAreFoundWithinAParent() {
    Division hunan = at("430000", 2018);
    assertThat(codes(DIVISIONS.byName(hunan, "株洲", 2018))).containsExactly("430200");
    assertThat(codes(DIVISIONS.byName(hunan, "株洲市", 2018))).containsExactly("430200");
    assertThat(codes(DIVISIONS.byName(hunan, "株洲", 2010))).containsExactly("430200", "430221");
    Division zibo = at("370300", 2018);
    assertThat(codes(DIVISIONS.byName(zibo, "淄川", 2018))).containsExactly("370302");
    // Names repeat across the country, not within a parent.
    assertThat(codes(DIVISIONS.byName("朝阳区", 2018))).contains("110105", "220104");
  }

  @Test
  void anAutonomousPrefectureOrCountyIsNamedByItsShortNameWith州Or县() {
    assertThat(codes(DIVISIONS.byName("昌吉州", 2018))).containsExactly("652300"); // 昌吉回族自治州
    assertThat(codes(DIVISIONS.byName("昌吉", 2018))).contains("652300");
    assertThat(codes(DIVISIONS.byName(at("420000", 2018), "长阳县", 2018))).containsExactly("420528"); // 长阳土家族自治县
    assertThat(DIVISIONS.byName("株洲州", 2018)).isEmpty(); // a prefecture that is no autonomous one
  }

  @Test
  void aBannerNamedByItsSideOrPartIsNamedByItsCustomaryShortName() {
    assertThat(codes(DIVISIONS.byName("土右旗", 2018))).containsExactly("150221"); // 土默特右旗
    assertThat(codes(DIVISIONS.byName("土右", 2018))).containsExactly("150221");
    assertThat(codes(DIVISIONS.byName("科左后旗", 2018))).containsExactly("150522"); // 科尔沁左翼后旗
    assertThat(codes(DIVISIONS.byName("察右前旗", 2018))).containsExactly("150926"); // 察哈尔右翼前旗
    assertThat(codes(DIVISIONS.byName("杭后", 2018))).containsExactly("150826"); // 杭锦后旗
    assertThat(codes(DIVISIONS.byName(at("150000", 2018), "乌前旗", 2018))).containsExactly("150823"); // 乌拉特前旗
    // a banner with no side or part has none: 陈巴尔虎旗, 达尔罕茂明安联合旗 (达茂 is custom, not a rule)
    assertThat(Divisions.bannerShortName(at("150725", 2018))).isNull();
    assertThat(DIVISIONS.byName("达茂旗", 2018)).isEmpty();
    assertThat(Divisions.bannerShortName(at("430200", 2018))).isNull(); // no banner
  }

  @Test
  void theChainRunsFromCountyToProvince() {
    assertThat(codes(DIVISIONS.chain(at("370302", 2018)))).containsExactly("370302", "370300", "370000");
    // Beijing's districts lie directly in the municipality.
    assertThat(codes(DIVISIONS.chain(at("110108", 2018)))).containsExactly("110108", "110000");
    assertThat(codes(DIVISIONS.children(at("370300", 2018), 2018))).contains("370302", "370303");
  }

  @Test
  void shortNamesDropTheKindOfDivision() {
    assertThat(at("450000", 2018).shortName()).isEqualTo("广西");
    assertThat(at("650000", 2018).shortName()).isEqualTo("新疆");
    assertThat(at("540000", 2018).shortName()).isEqualTo("西藏");
    assertThat(at("150000", 2018).shortName()).isEqualTo("内蒙古");
    assertThat(at("422800", 2018).shortName()).isEqualTo("恩施");
    assertThat(at("310115", 2018).shortName()).isEqualTo("浦东");
    assertThat(at("320322", 2018).shortName()).isEqualTo("沛县");
  }

  @Test
  void retiredCodesResolveToWhatReplacedThem() {
    DivisionSuccession zhuzhouCounty = DIVISIONS.succession("430221", 2010);
    assertThat(zhuzhouCounty.original().name()).isEqualTo("株洲县");
    assertThat(zhuzhouCounty.changed()).isTrue();
    assertThat(codes(zhuzhouCounty.current())).containsExactly("430211", "430212");
    assertThat(zhuzhouCounty.steps()).last().asString().contains("430212 渌口区 (2018)");
    assertThat(zhuzhouCounty).hasToString("430221 株洲县 → 430211 天元区, 430212 渌口区 (in 2024)");
    // 崇文区 merged into 东城区 in 2010.
    DivisionSuccession chongwen = DIVISIONS.succession("110103", 2005);
    assertThat(codes(chongwen.current())).containsExactly("110101");
    // A code in use is its own successor.
    assertThat(DIVISIONS.succession("430200", 2000).changed()).isFalse();
    assertThat(DIVISIONS.succession("430221", 2010, 2017).current()).extracting(Division::name).containsExactly("株洲县");
    assertThatThrownBy(() -> DIVISIONS.succession("999999", 2000)).hasMessageContaining("999999");
  }

  @Test
  void malformedListsAreRejectedNamingTheLine() {
    String header = "代码,一级行政区,二级行政区,名称,级别,状态,启用时间,变更/弃用时间,新代码\n";
    assertThatThrownBy(() -> Divisions.parse(header + "11000,北京市,,北京市,省级,在用,1981,,\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
    assertThatThrownBy(() -> Divisions.parse(header + "110000,北京市,,北京市,省级,在用\n"))
        .hasMessageContaining("line 2");
    assertThat(Divisions.parse("\uFEFF" + header + "110000,北京市,,北京市,省级,在用,1981,,\r\n").all()).hasSize(1);
  }

  @Test
  void divisionsAreValues() {
    Division a = at("430200", 2018);
    Division b = Divisions.parse(
        "代码,一级行政区,二级行政区,名称,级别,状态,启用时间,变更/弃用时间,新代码\n430200,湖南省,株洲市,株洲市,地级,在用,1981,,\n")
        .all().get(0);
    assertThat(b).isEqualTo(a).hasSameHashCodeAs(a).hasToString("430200 株洲市 (地级, 1981–)");
    assertThat(a).isNotEqualTo(at("430202", 2018));
  }

  private static final List<Division> ALL = DIVISIONS.all();

  private static Gen<Division> divisions() {
    return Generate.pick(ALL).describedAs(Division::toString);
  }

  @Test
  void everyDivisionIsFoundByItsCodeInEveryYearItWasInUse() {
    qt().withExamples(500)
        .forAll(divisions(), Generate.range(0, 60))
        .checkAssert((d, offset) -> {
          int last = d.until().isPresent() ? d.until().getAsInt() - 1 : Divisions.LATEST_YEAR;
          if (last < d.since()) {
            return; // a record retired the year it began: never in use at a year's end
          }
          int year = d.since() + offset % (last - d.since() + 1);
          assertThat(DIVISIONS.byCode(d.code(), year)).contains(d);
        });
  }

  @Test
  void everyChainEndsInAProvinceWithTheCodesPrefix() {
    qt().withExamples(500)
        .forAll(divisions())
        .checkAssert(d -> {
          List<Division> chain = DIVISIONS.chain(d);
          Division top = chain.get(chain.size() - 1);
          assertThat(top.level()).as("top of %s", chain).isEqualTo(DivisionLevel.PROVINCE);
          assertThat(top.code().substring(0, 2)).isEqualTo(d.code().substring(0, 2));
          assertThat(chain.size()).isBetween(1, 3);
        });
  }

  @Test
  void everySuccessionEndsInDivisionsInUse() {
    qt().withExamples(300)
        .forAll(divisions())
        .checkAssert(d -> {
          DivisionSuccession s = DIVISIONS.succession(d.code(), d.since());
          assertThat(s.current()).isNotEmpty();
          for (Division now : s.current()) {
            assertThat(now.inUseIn(Divisions.LATEST_YEAR) || now.successors().isEmpty() || now.since() > Divisions.LATEST_YEAR)
                .as("%s ends in %s", d, now).isTrue();
          }
        });
  }
}
