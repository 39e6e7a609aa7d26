package dev.parkdata.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parkdata.catalog.DevelopmentZoneCatalog;
import dev.parkdata.io.ParkDataJson;
import dev.parkdata.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 22, as a new user tries the tool: every spelling the issue lists is read as its
 * canonical name is, every unknown name is refused with the closest known ones, and every option
 * that does not apply is refused saying why (or honoured).
 */
class ForgivingInputTest {
  @TempDir Path dir;

  /** Runs {@code parkdata args}, expecting success. */
  private static String ok(String... args) {
    CliRun run = CliRun.run(args);
    assertThat(run.exitCode).as("%s", run).isZero();
    assertThat(run.err).as("%s", run).isEmpty();
    return run.out;
  }

  /** Runs {@code parkdata args}, expecting a one-line usage error (exit 2) and no output. */
  private static String usage(String... args) {
    CliRun run = CliRun.run(args);
    assertThat(run.exitCode).as("%s", run).isEqualTo(2);
    assertThat(run.out).as("%s", run).isEmpty();
    assertThat(run.err.lines()).as("%s", run).hasSize(1);
    assertThat(run.err).doesNotContain("Exception", "\tat ");
    return run.err;
  }

  @ParameterizedTest(name = "--province {0}")
  @CsvSource({
    "廣東, 广东省", "广东, 广东省", "guangdong, 广东省", "Guangdong, 广东省", "GUANGDONG, 广东省", "44, 广东省", "440000, 广东省",
    "江蘇, 江苏省", "苏, 江苏省", "32, 江苏省", "320000, 江苏省", "JIANGSU, 江苏省",
    "Inner Mongolia, 内蒙古自治区", "inner_mongolia, 内蒙古自治区", "INNER-MONGOLIA, 内蒙古自治区", "內蒙古, 内蒙古自治区",
    "廣西壯族自治區, 广西壮族自治区", "Tibet, 西藏自治区"
  })
  void aProvinceInAnySpellingListsWhatItsChineseNameLists(String spelling, String chinese) {
    assertThat(ok("catalog", "--province", spelling, "--json")).isEqualTo(ok("catalog", "--province", chinese, "--json"))
        .isNotEmpty();
  }

  @ParameterizedTest(name = "--type {0}")
  @CsvSource({
    "高新區, 高新技术产业开发区", "高新区, 高新技术产业开发区", "高新技術產業開發區, 高新技术产业开发区",
    "high-tech industrial development zone, 高新技术产业开发区", "HIGH_TECH_ZONE, 高新技术产业开发区", "high tech zone, 高新技术产业开发区",
    "海關, 海关特殊监管区域", "industrial park, 工业园区", "其他類型開發區, 其他类型开发区"
  })
  void aZoneTypeInAnySpelling(String spelling, String chinese) {
    assertThat(ok("catalog", "--type", spelling, "--summary", "--by", "province"))
        .isEqualTo(ok("catalog", "--type", chinese, "--summary", "--by", "province"));
  }

  @ParameterizedTest(name = "--level {0}")
  @CsvSource({
    "國務院, 国务院", "State Council, 国务院", "state_council, 国务院", "省政府, 省政府", "provincial, 省政府", "PROVINCIAL_GOVERNMENT, 省政府"
  })
  void aLevelInAnySpelling(String spelling, String chinese) {
    assertThat(ok("catalog", "--level", spelling, "--summary", "--by", "type"))
        .isEqualTo(ok("catalog", "--level", chinese, "--summary", "--by", "type"));
  }

  @ParameterizedTest(name = "convert 3 {0} {1}")
  @CsvSource(delimiter = '|', textBlock = """
      mu               | 平方米           | 2000
      hectare          | mu               | 45
      hectares         | 亩               | 45
      square kilometre | mu               | 4500
      Square_Kilometres| 公顷             | 300
      HAR              | KMK              | 0.03
      har              | 亩               | 45
      KMK              | HAR              | 300
      CNY              | 万元             | 0.0003
      cny              | 元               | 3
      yuan             | CNY              | 3
      hundred million yuan | 万元         | 30000
      yuan per mu      | 万元/亩          | 0.0003
      CNY/HAR          | 元/亩            | 0.2
      US dollars       | USD              | 3
      ANN              | 年               | 3
      percent          | ‰                | 30
      enterprises      | 家               | 3
      floating-point operations per second | FLOPS | 3
      PFLOPS per second | PFLOPS/秒       | 3
      """)
  void unitsByEnglishNameNounOrCode(String from, String to, String expected) {
    assertThat(ok("convert", "3", from, to).strip()).isEqualTo(expected);
  }

  @Test
  void aSeverityInAnyCaseOrInChinese() {
    String warning = ok("validate", "--min-severity", "WARNING");
    for (String spelling : List.of("warning", "Warning", "警告", "WARN")) {
      assertThat(ok("validate", "--min-severity", spelling)).as(spelling).isEqualTo(warning);
    }
    assertThat(ok("validate", "--min-severity", "錯誤")).isEqualTo(ok("validate", "--min-severity", "error"));
  }

  @Test
  void unknownNamesAreRefusedWithTheClosestKnownOnes() {
    assertThat(usage("catalog", "--province", "廣冬")).contains("unknown province '廣冬'; did you mean 广东省");
    assertThat(usage("catalog", "--province", "Jiangsh")).contains("did you mean 江苏省?");
    assertThat(usage("catalog", "--province", "Atlantis")).contains("unknown province 'Atlantis'");
    assertThat(usage("catalog", "--province", "山")).contains("ambiguous province '山': 山西省, 山东省");
    assertThat(usage("catalog", "--type", "高兴技术产业开发区")).contains("unknown zone type '高兴技术产业开发区'")
        .contains("did you mean 高新技术产业开发区?");
    assertThat(usage("catalog", "--type", "经开区")).contains("ambiguous zone type '经开区': 经济技术开发区, 经济开发区");
    assertThat(usage("catalog", "--level", "市长")).contains("unknown approval level '市长'; did you mean 市政府?");
    assertThat(usage("catalog", "--level", "乡长")).contains("unknown approval level '乡长'; one of: 国务院, 国家部委, 省政府, 市政府, 区县政府");
    assertThat(usage("validate", "--min-severity", "warnnig")).contains("unknown severity 'warnnig'; did you mean WARNING?");
    assertThat(usage("convert", "1", "hectre", "亩")).contains("Unknown unit 'hectre'").contains("did you mean 公顷 (hectare)?");
    assertThat(usage("convert", "1", "squre kilometre", "亩")).contains("did you mean 平方公里 (square kilometre)?");
    assertThat(usage("convert", "1", "person", "亩")).contains("ambiguous unit 'person': 名 (person), 人 (person), 位 (person)");
    assertThat(usage("convert", "1", "斤", "亩")).contains("Unknown unit '斤': not in the unit catalogue");
    assertThat(usage("convert", "1", "万%", "%")).contains("% takes no magnitude word");
    assertThat(usage("catalog", "--summary", "--by", "countys")).contains("unknown grouping 'countys'; did you mean county?");
    assertThat(usage("catalog", "--sort", "areas")).contains("unknown --sort key 'areas'; did you mean area?");
    assertThat(usage("catalog", "--sort", "area:up")).contains("a key is followed by :asc or :desc, not :up");
  }

  @Test
  void optionsThatDoNotApplyAreRefusedSayingWhy() throws IOException {
    assertThat(usage("catalog", "--unit", "亩", "--json")).contains("--unit converts the zones' AREA column");
    assertThat(usage("catalog", "--encoding", "GB18030")).contains("--encoding is the encoding of --file");
    assertThat(usage("catalog", "--ascii")).contains("--ascii draws --chart and --map");
    assertThat(usage("catalog", "--summary", "--measure", "area")).contains("--measure chooses what --chart, --map or --svg draw");
    assertThat(usage("catalog", "--chart", "--measure", "parks")).contains("--measure must be zones or area");
    assertThat(usage("catalog", "--map", "--by", "type")).contains("--map draws provinces");
    assertThat(usage("catalog", "--chart", "--json")).contains("--json prints data");
    assertThat(usage("catalog", "--chart", "--map", "--svg", dir.resolve("x.svg").toString())).contains("--svg writes one picture");
    assertThat(usage("catalog", "--limit", "0")).contains("--limit must be at least 1");
    assertThat(usage("catalog", "--map", "--limit", "3")).contains("the map places every province where it lies");
    assertThat(usage("catalog", "--map", "--sort", "zones")).contains("the map places every province where it lies");
    // with --chart, --limit cuts the chart's bars; the map still shows every province
    List<String> both = ok("catalog", "--map", "--chart", "--limit", "3").lines().toList();
    assertThat(both).hasSize(1 + 3 + 1 + 8 + 1);
    assertThat(both.subList(1, 4)).allSatisfy(l -> assertThat(l).containsAnyOf("北京市", "天津市", "河北省"));
    assertThat(String.join("\n", both.subList(4, both.size()))).contains("江苏", "新疆", "海南");
    assertThat(usage("extract", "-", "--limit", "0")).contains("--limit must be at least 1");

    Path parks = dir.resolve("parks.json");
    ParkDataJson.standard().write(Fixtures.dataset(), parks);
    assertThat(usage("convert-format", parks.toString(), "--to", "ndjson", "--pretty"))
        .contains("--pretty indents a JSON document; ndjson keeps one record a line");
    assertThat(usage("convert-format", parks.toString(), "--to", "csv", "--pretty"))
        .contains("--pretty indents a JSON document; csv has no indentation");
    assertThat(usage("series", parks.toString(), "--park", "G622052", "--indicator", "enterprises", "--ascii"))
        .contains("--ascii draws --chart in ASCII");
    assertThat(Files.exists(dir.resolve("x.svg"))).isFalse();
  }

  @Test
  void optionsThatApplyOnlyToTheSummaryAreHonouredInTheListing() {
    // --by, --chart, --map and --svg ask for the summary
    assertThat(ok("catalog", "--by", "type")).isEqualTo(ok("catalog", "--summary", "--by", "type"));
    // --unit without --summary converts the zones' area column
    List<String> mu = ok("catalog", "--name", "淄博高新", "--unit", "亩").lines().toList();
    assertThat(mu.get(0)).contains("AREA_亩").doesNotContain("AREA_HA");
    assertThat(mu.get(1)).contains(" 10560 "); // 704 公顷 = 10560 亩, exactly
    List<String> km2 = ok("catalog", "--name", "淄博高新", "--unit", "square kilometre").lines().toList();
    assertThat(km2.get(1)).contains(" 7.04 ");
  }

  @Test
  void listingsSortAndLimit() {
    List<String> lines = ok("catalog", "--province", "江蘇", "--type", "高新區", "--sort", "area:desc", "--limit", "3").lines().toList();
    int jiangsu = DevelopmentZoneCatalog.edition2018().query().inProvince(dev.parkdata.location.Province.JIANGSU)
        .ofType(dev.parkdata.park.ParkKind.HIGH_TECH_ZONE).count();
    assertThat(lines).hasSize(5).last().isEqualTo("3 of " + jiangsu + " zones");
    List<dev.parkdata.park.Park> expected = DevelopmentZoneCatalog.edition2018().query()
        .inProvince(dev.parkdata.location.Province.JIANGSU).ofType(dev.parkdata.park.ParkKind.HIGH_TECH_ZONE).parks()
        .stream().sorted(java.util.Comparator.comparing(
            (dev.parkdata.park.Park p) -> p.area(dev.parkdata.park.AreaKind.APPROVED).orElseThrow()).reversed())
        .limit(3).toList();
    for (int i = 0; i < 3; i++) {
      assertThat(lines.get(i + 1)).startsWith(expected.get(i).id().value());
    }
    List<String> groups = ok("catalog", "--summary", "--sort", "zones:desc", "--limit", "2").lines().toList();
    assertThat(groups).hasSize(4);
    assertThat(groups.get(1)).startsWith("山东省");
    assertThat(groups.get(2)).startsWith("江苏省");
    assertThat(groups.get(3)).containsPattern("^ +2543 +");
    List<String> units = ok("units", "--sort", "code", "--limit", "3").lines().toList();
    assertThat(units).hasSize(4);
    assertThat(units.get(1)).contains("A90");
  }

  @Test
  void extractStopsAfterTheLimit() throws IOException {
    Path article = Files.writeString(dir.resolve("article.txt"), "园区营业收入超过300亿元，集聚企业2万余家，同比增长21.6%。");
    assertThat(ok("extract", article.toString()).lines()).hasSize(4);
    List<String> one = ok("extract", article.toString(), "--limit", "1").lines().toList();
    assertThat(one).hasSize(2);
    assertThat(one.get(1)).contains("超过300亿元");
    assertThat(ok("extract", article.toString(), "--limit", "2", "--json").lines()).hasSize(2);
  }

  @Test
  void convertFormatWritesAnyJsonPrettyFromAnyForm() throws IOException {
    Path parks = dir.resolve("parks.json");
    ParkDataJson.standard().write(Fixtures.dataset(), parks);
    String pretty = ok("convert-format", parks.toString(), "--to", "json", "--pretty");
    assertThat(pretty).startsWith("{\n  \"format\" : \"parkdata/1\",");
    assertThat(ParkDataJson.standard().readDataset(new java.io.StringReader(pretty))).isEqualTo(Fixtures.dataset());
    Path ndjson = dir.resolve("parks.ndjson");
    assertThat(CliRun.run("convert-format", parks.toString(), "-o", ndjson.toString()).exitCode).isZero();
    assertThat(ok("convert-format", ndjson.toString(), "--pretty")).isEqualTo(pretty);
    // a CSV holds observations only, of standard or custom- indicators; a dataset's own need its document
    Path csv = dir.resolve("observations.csv");
    assertThat(CliRun.run("convert-format", parks.toString(), "--to", "csv", "-o", csv.toString()).exitCode).isZero();
    CliRun own = CliRun.run("convert-format", csv.toString());
    assertThat(own.exitCode).isEqualTo(1);
    assertThat(own.err).startsWith("parkdata convert-format: " + csv + ": line ").contains("neither a known nor a custom indicator");
    Path standard = Files.writeString(dir.resolve("standard.ndjson"),
        "{\"entity\":\"OBSERVATION\",\"subject\":\"G622052\",\"indicator\":\"revenue\",\"period\":\"2022\","
            + "\"metric\":{\"value\":\"1300\",\"unit\":\"亿元\",\"qualifier\":\"APPROXIMATELY\"}}\n");
    Path standardCsv = dir.resolve("standard.csv");
    assertThat(CliRun.run("convert-format", standard.toString(), "--to", "csv", "-o", standardCsv.toString()).exitCode).isZero();
    String fromCsv = ok("convert-format", standardCsv.toString(), "--pretty");
    assertThat(fromCsv).startsWith("{\n  \"format\" : \"parkdata/1\",").contains("\"observations\" : [");
    assertThat(ok("convert-format", standardCsv.toString(), "--to", "ndjson"))
        .isEqualTo(Files.readString(standard));
  }
}
