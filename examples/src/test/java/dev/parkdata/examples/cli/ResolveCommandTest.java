package dev.parkdata.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ResolveCommandTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void printsOneLinePerName() {
    CliRun run = CliRun.run("resolve", "株洲高新区", "蕪湖經開區");

    assertThat(run.exitCode).as("%s", run).isZero();
    assertThat(run.out.lines()).containsExactly(
        "株洲高新区 → G432034 株洲高新技术产业开发区 (short-form)",
        "蕪湖經開區 → G341023 芜湖经济技术开发区 (short-form)");
    assertThat(run.err).isEmpty();
  }

  @Test
  void jsonIsTheIssuesObjectPerLine() {
    CliRun run = CliRun.run("resolve", "株洲高新区", "--json");

    assertThat(run.exitCode).as("%s", run).isZero();
    assertThat(run.out).isEqualTo(
        "{\"input\":\"株洲高新区\",\"code\":\"G432034\",\"name\":\"株洲高新技术产业开发区\",\"match\":\"short-form\"}\n");
  }

  @Test
  void anUnresolvedNameHasNullCodeAndCandidatesAndExitsOne() {
    CliRun run = CliRun.run("resolve", "株洲高新区", "火炬开发区", "两江新区", "--json");

    assertThat(run.exitCode).as("%s", run).isEqualTo(1);
    List<JsonNode> nodes = run.out.lines().map(JSON::readTree).collect(Collectors.toList());
    assertThat(nodes).hasSize(3);
    JsonNode torch = nodes.get(1);
    assertThat(torch.get("code").isNull()).isTrue();
    assertThat(torch.get("candidates").size()).isGreaterThanOrEqualTo(2);
    for (JsonNode candidate : torch.get("candidates")) {
      assertThat(candidate.get("code").asString()).matches("[GS]\\d{6}");
      assertThat(candidate.get("name").asString()).isNotBlank();
      assertThat(candidate.get("why").asString()).isNotBlank();
    }
    JsonNode none = nodes.get(2);
    assertThat(none.get("code").isNull()).isTrue();
    assertThat(none.get("candidates").size()).isZero();
    assertThat(CliRun.run("resolve", "两江新区").out).isEqualTo("两江新区 → none\n");
    assertThat(CliRun.run("resolve", "火炬开发区").out).startsWith("火炬开发区 → ambiguous: ").contains("G442040");
  }

  @Test
  void aPlaceNearbyChooses() {
    CliRun run = CliRun.run("resolve", "火炬开发区", "--near", "中山", "--json");

    assertThat(run.exitCode).as("%s", run).isZero();
    assertThat(JSON.readTree(run.out).get("code").asString()).isEqualTo("G442040");
    assertThat(CliRun.run("resolve", "火炬开发区", "--near", "廣東省").exitCode).isNotEqualTo(2);
  }

  @Test
  void usageErrorsExitWithTwoAndOneLine() {
    for (String[] args : List.of(
        new String[] {"resolve"},
        new String[] {"resolve", " "},
        new String[] {"resolve", "株洲高新区", "--near", "亚特兰蒂斯"},
        new String[] {"resolve", "株洲高新区", "--near"},
        new String[] {"resolve", "株洲高新区", "--jsno"})) {
      CliRun run = CliRun.run(args);
      assertThat(run.exitCode).as("%s", run).isEqualTo(2);
      assertThat(run.out).isEmpty();
      assertThat(run.err.lines()).as("%s", run).hasSize(1);
      assertThat(run.err).doesNotContain("Exception", "\tat ");
    }
    assertThat(CliRun.run("resolve", "x", "--near", "亚特兰蒂斯").err).contains("亚特兰蒂斯");
  }
}
