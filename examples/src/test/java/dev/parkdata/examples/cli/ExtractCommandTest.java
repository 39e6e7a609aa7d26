package dev.parkdata.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  private static final String TEXT = "截至2021年底，园区营业收入超过300亿元，集聚企业2万余家。\n可完成400-600个临床试验。";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir
  Path dir;

  private int run(String... args) {
    String[] full = new String[args.length + 1];
    full[0] = "extract";
    System.arraycopy(args, 0, full, 1, args.length);
    return ParkdataCommand.newCommandLine()
        .setOut(new PrintWriter(out))
        .setErr(new PrintWriter(err))
        .execute(full);
  }

  private String file(String text) throws IOException {
    Path p = dir.resolve("article.txt");
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p.toString();
  }

  @Test
  void printsOneJsonObjectPerMention() throws IOException {
    int code = run(file(TEXT), "--json");
    assertThat(code).isZero();
    assertThat(out.toString().lines()).containsExactly(
        "{\"start\":15,\"end\":22,\"text\":\"超过300亿元\",\"value\":\"300\",\"unit\":\"亿元\",\"qualifier\":\"MORE_THAN\","
            + "\"base\":{\"unit\":\"元\",\"value\":\"30000000000\"},\"indicator\":\"营业收入\",\"period\":\"截至2021年底\","
            + "\"calendarPeriod\":\"2021-12-31\"}",
        "{\"start\":27,\"end\":31,\"text\":\"2万余家\",\"value\":\"20000\",\"unit\":\"家\",\"qualifier\":\"OVER\","
            + "\"base\":{\"unit\":\"家\",\"value\":\"20000\"},\"indicator\":\"企业\",\"period\":\"截至2021年底\","
            + "\"calendarPeriod\":\"2021-12-31\"}",
        "{\"start\":36,\"end\":44,\"text\":\"400-600个\",\"min\":\"400\",\"max\":\"600\",\"unit\":\"个\",\"qualifier\":\"RANGE\","
            + "\"base\":{\"unit\":\"个\",\"min\":\"400\",\"max\":\"600\"}}");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void printsATableForPeople() throws IOException {
    // A figure no longer spans a line break (issue 16), so 18 and 家 on two lines are no mention.
    int code = run(file("企业18家。\n企业18\n家。"));
    assertThat(code).isZero();
    assertThat(out.toString().lines()).containsExactly(
        "START  END  TEXT  METRIC  QUALIFIER  INDICATOR  PERIOD  COMPARED WITH  PARK",
        "    2    5  18家  18家    EXACT      企业");
  }

  @Test
  void printsTheComparisonBaseAndTheCalendarPeriods() throws IOException {
    int code = run(file("2024年1-6月，园区营业收入比2020年同期增长6.4%。"), "--json");
    assertThat(code).isZero();
    assertThat(out.toString().lines()).singleElement().asString()
        .endsWith("\"period\":\"2024年1-6月\",\"calendarPeriod\":\"2024-H1\","
            + "\"comparedWith\":\"2020年同期\",\"calendarComparedWith\":\"2020-H1\"}");
  }

  /** A real sentence (real-sentences.jsonl, s103: a county's bulletin), in simplified characters. */
  private static final String REAL = "上半年,我县高新技术产业制造业、数字经济核心产业制造业分别实现工业增加值6.89亿元、0.60亿元,"
      + "同比降幅分别为18.2%、16.6%,低于全市平均水平19.9、22.8个百分点,均位列全市第10。";

  @Test
  void readsGbkAndGb18030WithEncodingAsUtf8() throws IOException {
    int code = run(file(REAL), "--json");
    assertThat(code).isZero();
    String utf8 = out.toString();
    assertThat(utf8.lines()).hasSize(6);
    for (String charset : new String[] {"GBK", "GB18030", "gbk"}) {
      Path p = dir.resolve("bulletin-" + charset + ".txt");
      Files.write(p, REAL.getBytes(java.nio.charset.Charset.forName(charset)));
      out.getBuffer().setLength(0);
      assertThat(run(p.toString(), "--json", "--encoding", charset)).as(charset).isZero();
      assertThat(out.toString()).as(charset).isEqualTo(utf8);
    }
  }

  @Test
  void aGbkFileReadAsUtf8IsAnErrorThatNamesTheFileTheByteAndTheOption() throws IOException {
    Path p = dir.resolve("bulletin.txt");
    Files.write(p, REAL.getBytes(java.nio.charset.Charset.forName("GBK")));
    int code = run(p.toString());
    assertThat(code).isEqualTo(1);
    assertThat(out.toString()).isEmpty();
    // 上 is B9 CF in GBK: B9 cannot begin a UTF-8 character.
    assertThat(err.toString().lines()).containsExactly("parkdata extract: cannot read " + p
        + ": not UTF-8 at byte 0 (counting from 0); name its encoding with --encoding, e.g. --encoding GBK");
  }

  @Test
  void anUnknownEncodingIsAUsageError() throws IOException {
    assertThat(run(file(REAL), "--encoding", "KLINGON-8")).isEqualTo(2);
    assertThat(err.toString().lines()).singleElement().asString()
        .contains("--encoding KLINGON-8 is not an encoding this JVM knows");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aByteOrderMarkIsSkippedAndShiftsNoOffset() throws IOException {
    int code = run(file(TEXT), "--json");
    assertThat(code).isZero();
    String plain = out.toString();
    out.getBuffer().setLength(0);
    assertThat(run(file("\uFEFF" + TEXT), "--json")).isZero();
    assertThat(out.toString()).isEqualTo(plain).contains("\"start\":15,");
  }

  @Test
  void givesEachFigureThePark() throws IOException {
    int code = run(file("蘇州高新區集聚企業2萬餘家。2023年，银川科技服务产业园引入4家机构。"), "--json");
    assertThat(code).isZero();
    assertThat(out.toString().lines()).satisfiesExactly(
        line -> assertThat(line).endsWith(
            ",\"park\":{\"code\":\"G322018\",\"name\":\"苏州高新技术产业开发区\",\"text\":\"蘇州高新區\"}}"),
        line -> assertThat(line).endsWith(
            ",\"park\":{\"code\":null,\"name\":\"银川科技服务产业园\",\"text\":\"银川科技服务产业园\"}}"));
    out.getBuffer().setLength(0);
    assertThat(run(file("蘇州高新區集聚企業2萬餘家。"), "--json", "--no-parks")).isZero();
    assertThat(out.toString()).doesNotContain("park");
  }

  @Test
  void aSentenceNamingTwoParksBeforeAnotherIsRead() throws IOException {
    // once a StringIndexOutOfBoundsException: the parks of a sentence were weighed after the
    // file's buffer had moved on to the next
    int code = run(file("把海盐经济开发区打造成环杭州湾先进临港产业基地。\n2010年，海盐经济开发区实现产值102亿元。\n"), "--json");
    assertThat(code).isZero();
    assertThat(out.toString().lines()).singleElement().satisfies(line -> assertThat(line).contains("\"text\":\"102亿元\""));
  }

  @Test
  void readsStandardInput() {
    InputStream stdin = System.in;
    try {
      System.setIn(new ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8)));
      assertThat(run("-", "--json")).isZero();
    } finally {
      System.setIn(stdin);
    }
    assertThat(out.toString().lines()).hasSize(3);
  }

  @Test
  void exitsWithOneWhenTheFileCannotBeRead() {
    int code = run(dir.resolve("missing.txt").toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString().lines()).singleElement().asString().startsWith("parkdata extract: cannot read ");
  }

  @Test
  void exitsWithTwoOnAUsageError() {
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString().lines()).singleElement().asString().contains("FILE");
  }

  @Test
  void exitsWithTwoOnAnUnknownOption() {
    assertThat(run("--xml", "a.txt")).isEqualTo(2);
    assertThat(err.toString().lines()).singleElement().asString().contains("--xml");
  }

  @Test
  void hasHelpWithAnExample() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("Usage: parkdata extract", "FILE", "--json", "--encoding", "parkdata extract - --json");
  }
}
