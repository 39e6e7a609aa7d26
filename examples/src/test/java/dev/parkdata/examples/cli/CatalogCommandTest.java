package dev.parkdata.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parkdata.catalog.CatalogGrouping;
import dev.parkdata.catalog.CatalogTotal;
import dev.parkdata.catalog.DevelopmentZoneCatalog;
import dev.parkdata.location.Province;
import dev.parkdata.park.ApprovalLevel;
import dev.parkdata.park.Park;
import dev.parkdata.unit.Units;
import dev.parkdata.io.ParkDataJson;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CatalogCommandTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final DevelopmentZoneCatalog CATALOG = DevelopmentZoneCatalog.edition2018();

  @Test
  void listsTheMatchingZonesAsAnAlignedTable() {
    CliRun run = CliRun.run("catalog", "--province", "甘肃", "--level", "国务院", "--since", "2010");

    assertThat(run.exitCode).as("%s", run).isZero();
    List<Park> expected = CATALOG.query().inProvince(Province.GANSU).atLevel(ApprovalLevel.STATE_COUNCIL).approvedSince(2010).parks();
    List<String> lines = run.out.lines().collect(Collectors.toList());
    assertThat(lines).hasSize(expected.size() + 2);
    assertThat(lines.get(lines.size() - 1)).isEqualTo(expected.size() + " zones");
    String header = lines.get(0);
    for (String column : List.of("PROVINCE", "APPROVED", "INDUSTRIES")) {
      int at = TextTable.displayWidth(header.substring(0, header.indexOf(column)));
      for (int i = 1; i <= expected.size(); i++) {
        String line = lines.get(i);
        String cell = column.equals("PROVINCE") ? "甘肃省" : column.equals("APPROVED") ? "20" : expected.get(i - 1).leadingIndustries().get(0).name();
        assertThat(TextTable.displayWidth(line.substring(0, line.indexOf("  " + cell) + 2))).as(line).isEqualTo(at);
      }
    }
    assertThat(lines.get(1)).startsWith(expected.get(0).id().value() + "  " + expected.get(0).names().official());
  }

  @Test
  void printsZonesAsNdjsonInTheIoFormat() {
    CliRun run = CliRun.run("catalog", "--name", "淄博高新", "--json");

    assertThat(run.exitCode).as("%s", run).isZero();
    assertThat(run.out).isEqualTo("{\"entity\":\"PARK\",\"id\":\"G372026\","
        + "\"names\":{\"official\":\"湽博高新技术产业开发区\",\"shortNames\":[\"湽博高新区\"]},\"kind\":\"HIGH_TECH_ZONE\","
        + "\"approvals\":[{\"level\":\"STATE_COUNCIL\",\"date\":\"1992-11\"}],"
        + "\"location\":{\"province\":\"SHANDONG\",\"divisionCode\":\"37\"},"
        + "\"areas\":{\"approved\":{\"value\":\"704.0\",\"unit\":\"公顷\"}},"
        + "\"leadingIndustries\":[\"新材料\",\"生物医药\",\"装备制造\"]}\n");
  }

  @Test
  void jsonLinesReadBackIntoTheSameParks() {
    CliRun run = CliRun.run("catalog", "--industry", "醫藥", "--json");

    List<Object> read;
    try (Stream<Object> records = ParkDataJson.standard().readNdjson(new StringReader(run.out))) {
      read = records.collect(Collectors.toList());
    }
    assertThat(read).isNotEmpty().containsExactlyElementsOf(CATALOG.query().withLeadingIndustryContaining("医药").parks());
    CliRun twoApprovals = CliRun.run("catalog", "--name", "上海松江出口加工区", "--json");
    assertThat(JSON.readTree(twoApprovals.out).get("approvals").toString())
        .isEqualTo("[{\"level\":\"STATE_COUNCIL\",\"date\":\"2000-04\"},{\"level\":\"STATE_COUNCIL\",\"date\":\"2002-12\"}]");
  }

  @Test
  void summarisesByLevelWithTotalsInTheChosenUnit() {
    CliRun run = CliRun.run("catalog", "--summary", "--by", "level", "--unit", "公顷");

    assertThat(run.exitCode).as("%s", run).isZero();
    Map<ApprovalLevel, CatalogTotal> totals = CATALOG.summarize(CatalogGrouping.LEVEL, Units.HECTARE);
    List<String> lines = run.out.lines().collect(Collectors.toList());
    assertThat(lines.get(0)).containsPattern("^LEVEL +ZONES +AREA_公顷$");
    assertThat(lines.get(1)).containsPattern("^国务院 +552 +" + totals.get(ApprovalLevel.STATE_COUNCIL).approvedArea().value().toPlainString() + "$");
    assertThat(lines.get(2)).containsPattern("^省政府 +1991 +");
    assertThat(lines.get(3)).containsPattern("^ +2543 +1797388.60$");
  }

  @Test
  void summaryJsonHasOneLinePerGroupWithTheDocumentedFields() {
    CliRun run = CliRun.run("catalog", "--summary", "--by", "province", "--json");

    List<JsonNode> nodes = run.out.lines().map(JSON::readTree).collect(Collectors.toList());
    Map<Province, CatalogTotal> totals = CATALOG.summarize(CatalogGrouping.PROVINCE, Units.SQUARE_KILOMETRE);
    assertThat(nodes).hasSize(totals.size());
    for (JsonNode node : nodes) {
      assertThat(fieldNames(node)).containsExactlyElementsOf(CatalogCommand.GROUP_FIELDS);
      CatalogTotal total = totals.get(Province.valueOf(node.get("key").asString()));
      assertThat(node.get("zones").asInt()).isEqualTo(total.zones());
      assertThat(node.get("approvedArea").get("unit").asString()).isEqualTo("平方公里");
      assertThat(new java.math.BigDecimal(node.get("approvedArea").get("value").asString()))
          .isEqualByComparingTo(total.approvedArea().value());
    }
  }

  @Test
  void readsAUsersCopyWithFile(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("copy.csv"),
        "序号,代码,开发区名称,省份,批准级别,开发区类型,批准时间,核准面积_公顷,主导产业\n"
            + "1,G622052,兰州高新技术产业开发区,甘肃省,国务院,高新技术产业开发区,1991.03,1496,生物医药\n", StandardCharsets.UTF_8);

    CliRun run = CliRun.run("catalog", "--file", file.toString(), "--summary", "--by", "type");

    assertThat(run.exitCode).as("%s", run).isZero();
    assertThat(run.out).containsPattern("高新技术产业开发区 +1 +14.96");
  }

  @Test
  void usageErrorsExitWithTwoAndOneLine() {
    for (String[] args : List.of(
        new String[] {"catalog", "--province", "山"},
        new String[] {"catalog", "--level", "市长"},
        new String[] {"catalog", "--type", "开发区"},
        new String[] {"catalog", "--summary", "--by", "town"},
        new String[] {"catalog", "--city", "朝阳区"},
        new String[] {"catalog", "--city", "亚特兰蒂斯"},
        new String[] {"catalog", "--county", "朝阳区"},
        new String[] {"catalog", "--county", "鼓楼"},
        new String[] {"catalog", "--summary", "--unit", "亿元"},
        new String[] {"catalog", "--since", "soon"})) {
      CliRun run = CliRun.run(args);
      assertThat(run.exitCode).as("%s", run).isEqualTo(2);
      assertThat(run.out).isEmpty();
      assertThat(run.err.lines()).as("%s", run).hasSize(1);
    }
    assertThat(CliRun.run("catalog", "--province", "山").err).contains("ambiguous", "山西省", "山东省").doesNotContain("北京市");
    assertThat(CliRun.run("catalog", "--county", "朝阳区").err)
        .contains("ambiguous --county '朝阳区'", "110105 北京市朝阳区", "220104 长春市朝阳区");
    assertThat(CliRun.run("catalog", "--city", "亚特兰蒂斯").err).contains("unknown --city '亚特兰蒂斯'");
    assertThat(CliRun.run("catalog", "--summary", "--by", "town").err).contains("province, type, level, city, county");
  }

  @Test
  void selectsZonesByCityAndCounty() {
    CliRun suzhou = CliRun.run("catalog", "--city", "苏州", "--json");
    assertThat(suzhou.exitCode).as("%s", suzhou).isZero();
    List<String> codes = suzhou.out.lines().map(l -> JSON.readTree(l).get("id").asString()).collect(Collectors.toList());
    assertThat(codes).containsExactlyElementsOf(CATALOG.byCity("苏州").stream().map(p -> p.id().value()).toList())
        .contains("G321090", "G322018");
    assertThat(CliRun.run("catalog", "--city", "蘇州", "--json").out).isEqualTo(suzhou.out);
    assertThat(CliRun.run("catalog", "--city", "320500", "--json").out).isEqualTo(suzhou.out);
    CliRun zichuan = CliRun.run("catalog", "--county", "淄川区");
    assertThat(zichuan.exitCode).as("%s", zichuan).isZero();
    assertThat(zichuan.out).contains("山东淄川经济开发区");
    assertThat(CliRun.run("catalog", "--county", "110105").exitCode).isZero();
  }

  @Test
  void summarisesByCityAndCountyWithTheUnplacedShown() {
    CliRun run = CliRun.run("catalog", "--summary", "--by", "city", "--province", "江苏");
    assertThat(run.exitCode).as("%s", run).isZero();
    List<String> lines = run.out.lines().collect(Collectors.toList());
    assertThat(lines.get(0)).containsPattern("^CITY +ZONES +AREA_平方公里$");
    int suzhou = CATALOG.query().inProvince(Province.JIANGSU).inCity("苏州").count();
    assertThat(lines).anyMatch(l -> l.matches("苏州市 +" + suzhou + " +[0-9.]+"));
    int jiangsu = CATALOG.byProvince(Province.JIANGSU).size();
    assertThat(lines.get(lines.size() - 1)).containsPattern("^ +" + jiangsu + " +");

    CliRun counties = CliRun.run("catalog", "--summary", "--by", "county", "--json");
    assertThat(counties.exitCode).as("%s", counties).isZero();
    List<JsonNode> nodes = counties.out.lines().map(JSON::readTree).collect(Collectors.toList());
    assertThat(nodes).allSatisfy(n -> assertThat(n.get("key").asString()).matches("\\d{6}"))
        .anyMatch(n -> n.get("name").asString().equals("淄博市淄川区"));
    assertThat(nodes.stream().mapToInt(n -> n.get("zones").asInt()).sum())
        .isEqualTo(CATALOG.countBy(CatalogGrouping.COUNTY).values().stream().mapToInt(Integer::intValue).sum());
    CliRun all = CliRun.run("catalog", "--summary", "--by", "county");
    assertThat(all.out).contains("(no county)").containsPattern("\n +2543 +");
  }

  @Test
  void noMatchIsNotAnError() {
    CliRun run = CliRun.run("catalog", "--name", "不存在的开发区");

    assertThat(run.exitCode).isZero();
    assertThat(run.out.lines()).containsExactly("CODE     NAME  PROVINCE  LEVEL  TYPE  APPROVED  AREA_HA  INDUSTRIES".replaceAll(" +", "  "), "0 zones");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
      names.add(it.next().getKey());
    }
    return names;
  }
}
