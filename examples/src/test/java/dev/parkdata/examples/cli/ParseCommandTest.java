package dev.parkdata.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ParseCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return new CommandLine(new ParseCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
  }

  @Test
  void printsExactlyTheDocumentedJson() {
    int code = run("--json", "2萬餘家", "400-600个", "1900亿元");
    assertThat(code).isZero();
    assertThat(out.toString().lines()).containsExactly(
        "{\"input\":\"2萬餘家\",\"value\":\"20000\",\"unit\":\"家\",\"qualifier\":\"OVER\",\"base\":{\"unit\":\"家\",\"value\":\"20000\"}}",
        "{\"input\":\"400-600个\",\"min\":\"400\",\"max\":\"600\",\"unit\":\"个\",\"qualifier\":\"RANGE\",\"base\":{\"unit\":\"个\",\"min\":\"400\",\"max\":\"600\"}}",
        "{\"input\":\"1900亿元\",\"value\":\"1900\",\"unit\":\"亿元\",\"qualifier\":\"EXACT\",\"base\":{\"unit\":\"元\",\"value\":\"190000000000\"}}");
  }

  @Test
  void printsTheFormsOfIssue16AsIoReadsThem() {
    int code = run("--json", "200—500萬元(不含本數)", "600亿");
    assertThat(code).isZero();
    assertThat(out.toString().lines()).containsExactly(
        "{\"input\":\"200—500萬元(不含本數)\",\"min\":\"200\",\"max\":\"500\",\"unit\":\"万元\",\"qualifier\":\"RANGE\","
            + "\"maxOpen\":true,\"base\":{\"unit\":\"元\",\"min\":\"2000000\",\"max\":\"5000000\"}}",
        "{\"input\":\"600亿\",\"value\":\"600\",\"unit\":\"亿\",\"qualifier\":\"EXACT\",\"base\":{\"unit\":\"1\",\"value\":\"60000000000\"}}");
  }

  @Test
  void reportsAnErrorAsJsonAndExitsWithOne() {
    int code = run("1900亿元", "???", "--json");
    assertThat(code).isEqualTo(1);
    assertThat(out.toString().lines()).hasSize(2).last().asString()
        .isEqualTo("{\"input\":\"???\",\"error\":\"Cannot read a metric from '???' at index 0: expected a number\",\"index\":0}");
  }

  @Test
  void escapesTheInputInJson() {
    run("--json", "\"1\"");
    assertThat(out.toString()).startsWith("{\"input\":\"\\\"1\\\"\",\"error\":");
  }

  @Test
  void givesAtLeastTwentySignificantDigitsWhereTheBaseValueDoesNotTerminate() {
    run("--json", "48.51亩", "1亩", "約11億度");
    assertThat(out.toString().lines()).containsExactly(
        "{\"input\":\"48.51亩\",\"value\":\"48.51\",\"unit\":\"亩\",\"qualifier\":\"EXACT\",\"base\":{\"unit\":\"平方米\",\"value\":\"32340\"}}",
        "{\"input\":\"1亩\",\"value\":\"1\",\"unit\":\"亩\",\"qualifier\":\"EXACT\",\"base\":{\"unit\":\"平方米\",\"value\":\"≈666.6666666666666666666666666666667\",\"exact\":\"2000/3\"}}",
        "{\"input\":\"約11億度\",\"value\":\"11\",\"unit\":\"亿千瓦时\",\"qualifier\":\"APPROXIMATELY\",\"base\":{\"unit\":\"千瓦时\",\"value\":\"1100000000\"}}");
  }

  @Test
  void describesEachExpressionInText() {
    int code = run("2萬餘家", "最高2000万元");
    assertThat(code).isZero();
    assertThat(out.toString().lines()).containsExactly(
        "2萬餘家\t2万余家\tover 20,000 enterprises\tbounds (20000..30000) 家\tbase 20000 家",
        "最高2000万元\t最高2000万元\tat most 20 million yuan\tbounds (-∞..2000] 万元\tbase 20000000 元");
  }

  @Test
  void writesErrorsToStandardErrorInText() {
    int code = run("2万余家", "超过");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("'超过' at index 2: expected a number");
  }

  @Test
  void hasHelpWithAnExample() {
    int code = run("--help");
    assertThat(code).isZero();
    assertThat(out.toString()).contains("Usage: parse", "--json", "parkdata parse 2萬餘家");
  }
}
