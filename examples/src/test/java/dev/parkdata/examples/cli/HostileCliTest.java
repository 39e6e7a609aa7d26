package dev.parkdata.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Issue 15: the CLI never shows a stack trace, and says the same one line for a missing file. */
class HostileCliTest {
  @TempDir
  Path dir;

  private static void assertOneLineFailure(CliRun run, int exit, String error) {
    assertThat(run.exitCode).as("%s", run).isEqualTo(exit);
    assertThat(run.out).as("%s", run).isEmpty();
    assertThat(run.err.lines()).as("%s", run).containsExactly(error);
  }

  @Test
  void aMissingFileIsOneClearLineForEveryCommand() {
    assertOneLineFailure(CliRun.run("validate", "nosuch.json"), 1,
        "parkdata validate: cannot read nosuch.json: no such file");
    assertOneLineFailure(CliRun.run("extract", "nosuch.txt"), 1,
        "parkdata extract: cannot read nosuch.txt: no such file");
    assertOneLineFailure(CliRun.run("convert-format", "nosuch.ndjson"), 1,
        "parkdata convert-format: cannot read nosuch.ndjson: no such file");
    assertOneLineFailure(CliRun.run("catalog", "--file", "nosuch.csv"), 1,
        "parkdata catalog: cannot read nosuch.csv: no such file");
  }

  @Test
  void aDirectoryIsNotAFile() {
    assertOneLineFailure(CliRun.run("extract", dir.toString()), 1,
        "parkdata extract: cannot read " + dir + ": it is a directory");
  }

  @Test
  void aFileThatIsNotUtf8NamesTheFileAndTheByteOffset() throws IOException {
    Path file = dir.resolve("gbk.txt");
    byte[] ascii = "abc ".getBytes(StandardCharsets.US_ASCII);
    byte[] gbk = "你好，营业收入300亿元".getBytes(Charset.forName("GB18030")); // C4 E3: no UTF-8 at byte 4
    byte[] all = new byte[ascii.length + gbk.length];
    System.arraycopy(ascii, 0, all, 0, ascii.length);
    System.arraycopy(gbk, 0, all, ascii.length, gbk.length);
    Files.write(file, all);
    CliRun run = CliRun.run("extract", file.toString());
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err.lines()).singleElement().asString()
        .isEqualTo("parkdata extract: cannot read " + file + ": not UTF-8 at byte 4 (counting from 0); "
            + "name its encoding with --encoding, e.g. --encoding GBK");
  }

  @Test
  void aJsonFileThatIsNotUtf8NamesTheFileLineAndByteOffset() throws IOException {
    byte[] json = "{\"format\":\"parkdata/1\",\"parks\":[{\"id\":\"??\"}]}".getBytes(StandardCharsets.US_ASCII);
    json[39] = (byte) 0xc4; // GB18030's 你 (C4 E3): a lead byte of two, then one that cannot follow it
    json[40] = (byte) 0xe3;
    Path file = dir.resolve("gbk.json");
    Files.write(file, json);
    for (String command : List.of("validate", "convert-format")) {
      CliRun run = CliRun.run(command, file.toString());
      assertThat(run.exitCode).as("%s", run).isEqualTo(1);
      assertThat(run.out).as("%s", run).isEmpty();
      assertThat(run.err.lines()).as("%s", run).singleElement().asString()
          .startsWith(file + ": $.parks[0].id (line 1, column ")
          .endsWith("not UTF-8, at byte 40 (counting from 0)");
    }
    Path ndjson = dir.resolve("gbk.ndjson");
    String park = "{\"entity\":\"PARK\",\"id\":\"a\",\"names\":{\"official\":\"A\"},\"kind\":\"HIGH_TECH_ZONE\"}\n";
    Files.write(ndjson, (park + park.replace("\"a\"", "\"\u00ff\"")).getBytes(StandardCharsets.ISO_8859_1));
    CliRun run = CliRun.run("convert-format", ndjson.toString());
    assertThat(run.err.lines()).as("%s", run).singleElement().asString()
        .contains("(line 2, column ").endsWith("not UTF-8, at byte " + (park.length() + 23) + " (counting from 0)");
  }

  @Test
  void anUnknownDimensionIsAUsageError() {
    CliRun run = CliRun.run("units", "--dimension", "火星");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err.lines()).singleElement().asString().contains("火星").contains("area");
  }

  @Test
  void parseJsonMarksARoundedBaseValueAndGivesItExactly() {
    CliRun run = CliRun.run("parse", "1亩", "--json");
    assertThat(run.out.strip()).isEqualTo(
        "{\"input\":\"1亩\",\"value\":\"1\",\"unit\":\"亩\",\"qualifier\":\"EXACT\",\"base\":{\"unit\":\"平方米\","
            + "\"value\":\"≈666.6666666666666666666666666666667\",\"exact\":\"2000/3\"}}");
    CliRun range = CliRun.run("parse", "1-2亩", "--json");
    assertThat(range.out).contains("\"exactMin\":\"2000/3\"", "\"exactMax\":\"4000/3\"");
  }

  @Test
  void aHugeExponentIsOneLineAtOnce() {
    CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> CliRun.run("convert", "1e-100000000", "元", "亿元"));
    assertThat(run.exitCode).isNotZero();
    assertThat(run.out).isEmpty();
    assertThat(run.err.lines()).singleElement().asString().contains("exponent");
  }

  @Command(name = "hungry")
  static final class Hungry implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new OutOfMemoryError("Java heap space");
    }
  }

  @Test
  void runningOutOfMemoryIsOneLineAndExitOne() {
    StringWriter err = new StringWriter();
    CommandLine commandLine = ParkdataCommand.configure(new CommandLine(new Hungry()))
        .setOut(new PrintWriter(new StringWriter()))
        .setErr(new PrintWriter(err));
    assertThat(ParkdataCommand.execute(commandLine)).isEqualTo(1);
    assertThat(err.toString().lines()).containsExactly(
        "hungry: error: out of memory (Java heap space); the input is too large for this JVM's -Xmx");
  }

  @Test
  void tableModeStreamsInBlocksWithOneHeader() throws IOException {
    Path file = dir.resolve("big.txt");
    Files.writeString(file, "园区企业2万余家。".repeat(3 * ExtractCommand.BLOCK + 7));
    CliRun run = CliRun.run("extract", file.toString());
    assertThat(run.exitCode).isZero();
    assertThat(run.out.lines()).hasSize(1 + 3 * ExtractCommand.BLOCK + 7);
    assertThat(run.out.lines().filter(l -> l.startsWith("START"))).hasSize(1);
  }

  /** A standard output whose reader has gone away after the first line, as {@code | head -1}. */
  private static final class ClosedAfterFirstWrite extends Writer {
    int writes;

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      if (++writes > 1) {
        throw new IOException("Broken pipe");
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  @Test
  void aClosedOutputStopsTheCommandPromptly() throws IOException {
    Path file = dir.resolve("big.txt");
    Files.writeString(file, "园区企业2万余家。".repeat(200_000));
    ClosedAfterFirstWrite closed = new ClosedAfterFirstWrite();
    CommandLine commandLine = ParkdataCommand.newCommandLine()
        .setOut(new PrintWriter(closed, true))
        .setErr(new PrintWriter(new StringWriter()));
    int exit = ParkdataCommand.execute(commandLine, "extract", file.toString(), "--json");
    assertThat(exit).isEqualTo(1);
    // it stopped at the first failed line rather than writing 200,000 lines into nothing
    assertThat(closed.writes).isLessThan(10);
  }
}
