package dev.parkdata.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parkdata.unit.BaseUnit;
import dev.parkdata.unit.UnitCatalog;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class UnitsCommandTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void tableListsEveryBaseUnitAligned() {
    CliRun run = CliRun.run("units");

    assertThat(run.exitCode).isZero();
    List<String> lines = run.out.lines().collect(Collectors.toList());
    assertThat(lines.get(0)).startsWith("NAME").contains("TRADITIONAL", "ENGLISH", "DIMENSION", "FACTOR", "CODE");
    assertThat(lines).hasSize(UnitCatalog.standard().baseUnits().size() + 1);
    String header = lines.get(0);
    int englishColumn = TextTable.displayWidth(header.substring(0, header.indexOf("ENGLISH")));
    int dimensionColumn = TextTable.displayWidth(header.substring(0, header.indexOf("DIMENSION")));
    int factorColumnEnd = TextTable.displayWidth(header.substring(0, header.indexOf("FACTOR") + "FACTOR".length()));
    List<BaseUnit> units = UnitCatalog.standard().baseUnits();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      BaseUnit unit = units.get(i - 1);
      int english = line.lastIndexOf("  " + unit.englishName()) + 2;
      int dimension = line.lastIndexOf("  " + unit.dimension()) + 2;
      assertThat(TextTable.displayWidth(line.substring(0, english))).as(line).isEqualTo(englishColumn);
      assertThat(TextTable.displayWidth(line.substring(0, dimension))).as(line).isEqualTo(dimensionColumn);
      int factorEnd = line.lastIndexOf(" " + unit.factor()) + 1 + unit.factor().toString().length();
      assertThat(TextTable.displayWidth(line.substring(0, factorEnd))).as(line).isEqualTo(factorColumnEnd);
    }
    assertThat(run.out).containsPattern("亩 +畝 +mu +area +2000/3");
    assertThat(run.out).containsPattern("平方米\\* +平方公尺 +square metre +area +1 +MTK");
  }

  @Test
  void dimensionFilter() {
    CliRun area = CliRun.run("units", "--dimension", "area");
    assertThat(area.out.lines().skip(1).map(l -> l.split(" +")[0]))
        .containsExactly("平方米*", "公顷", "亩", "平方公里", "平方英尺", "坪"); // 平方呎 and 坪 of Hong Kong and Taiwan reporting

    CliRun yuan = CliRun.run("units", "-d", "money(CNY)");
    assertThat(yuan.out.lines()).hasSize(2);
  }

  @Test
  void jsonIsOneObjectPerUnitWithStableFields() {
    CliRun run = CliRun.run("units", "--json");

    assertThat(run.exitCode).isZero();
    List<String> lines = run.out.lines().collect(Collectors.toList());
    List<BaseUnit> units = UnitCatalog.standard().baseUnits();
    assertThat(lines).hasSize(units.size());
    for (int i = 0; i < lines.size(); i++) {
      JsonNode node = JSON.readTree(lines.get(i));
      BaseUnit unit = units.get(i);
      assertThat(node.propertyNames()).containsExactlyElementsOf(UnitsCommand.JSON_FIELDS);
      assertThat(node.get("name").asString()).isEqualTo(unit.name());
      assertThat(node.get("factor").asString()).isEqualTo(unit.factor().toString());
      assertThat(node.get("dimension").asString()).isEqualTo(unit.dimension().toString());
    }
    JsonNode mu = JSON.readTree(lines.stream().filter(l -> l.contains("\"亩\"")).findFirst().orElseThrow());
    assertThat(mu.get("traditionalName").asString()).isEqualTo("畝");
    assertThat(mu.get("reference").asString()).isEqualTo("平方米");
    assertThat(mu.get("factor").asString()).isEqualTo("2000/3");
    assertThat(mu.get("code").isNull()).isTrue();
    assertThat(mu.get("scalable").asBoolean()).isTrue();
    assertThat(mu.get("spellings").toString()).contains("市亩");
  }
}
