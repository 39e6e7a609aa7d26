package dev.parkdata.examples.cli;

import dev.parkdata.extract.Mention;
import dev.parkdata.extract.MetricExtractor;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code parkdata extract FILE|- [--json]}: every quantity in a Chinese text, read as UTF-8 from
 * a file or from standard input ({@code -}) and streamed sentence by sentence.
 *
 * <p>Without {@code --json} it prints a table for people, aligned for Chinese text, one mention
 * per row: code-point offsets, surface text (line breaks shown as ⏎), the metric, its qualifier,
 * indicator and period. With {@code --json} it prints one JSON object per mention and line with the fields
 * {@code start}, {@code end}, {@code text}, then those of {@code parkdata parse --json} ({@code
 * value} or {@code min} and {@code max}, {@code unit}, {@code qualifier}, {@code base}), then
 * {@code indicator} and {@code period} where found. Exit status: 0 when the text was read, 1 when
 * it could not be, 2 for a usage error (a one-line message on standard error).
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Finds every figure in a Chinese text (simplified or traditional) with its offsets in code points, "
        + "its meaning, and the indicator and period the text gives it.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  $ parkdata extract article.txt",
        "  $ echo '截至2021年底，园区营业收入超过300亿元。' | parkdata extract - --json",
        "  {\"start\":15,\"end\":22,\"text\":\"超过300亿元\",\"value\":\"300\",\"unit\":\"亿元\",\"qualifier\":\"MORE_THAN\","
            + "\"base\":{\"unit\":\"元\",\"value\":\"30000000000\"},\"indicator\":\"营业收入\",\"period\":\"截至2021年底\"}",
        "",
        "Exit status: 0 if the text was read, 1 if it could not be, 2 for a usage error."
    })
public final class ExtractCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "A UTF-8 text file, or - for standard input.")
  private String file;

  @Option(names = "--json", description = "Print one JSON object per mention and line.")
  private boolean json;

  /** Creates the command; picocli fills in its options. */
  public ExtractCommand() {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    // JSON streams mention by mention; the table needs every row before it can align them.
    List<Mention> rows = new ArrayList<>();
    Consumer<Mention> sink = json ? m -> out.println(toJson(m)) : rows::add;
    try (Reader reader = file.equals("-")
        ? new InputStreamReader(System.in, StandardCharsets.UTF_8)
        : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
      MetricExtractor.standard().extract(reader, sink);
    } catch (IOException | UncheckedIOException e) {
      err.println("parkdata extract: cannot read " + file + ": " + e.getMessage());
      err.flush();
      return 1;
    }
    if (!json) {
      TextTable table = new TextTable("START", "END", "TEXT", "METRIC", "QUALIFIER", "INDICATOR", "PERIOD").alignRight(0, 1);
      for (Mention m : rows) {
        table.addRow(String.valueOf(m.start()), String.valueOf(m.end()), m.text().replace("\r", "").replace('\n', '⏎'),
            m.metric().toString(), m.metric().qualifier().name(), m.indicator().orElse(""), m.period().orElse(""));
      }
      out.print(table.render());
    }
    out.flush();
    return 0;
  }

  private static String toJson(Mention m) {
    ObjectNode node = MetricJson.JSON.createObjectNode();
    node.put("start", m.start());
    node.put("end", m.end());
    node.put("text", m.text());
    MetricJson.putMetric(node, m.metric());
    m.indicator().ifPresent(i -> node.put("indicator", i));
    m.period().ifPresent(p -> node.put("period", p));
    return MetricJson.JSON.writeValueAsString(node);
  }
}
