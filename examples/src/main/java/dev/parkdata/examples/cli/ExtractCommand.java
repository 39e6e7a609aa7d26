package dev.parkdata.examples.cli;

import dev.parkdata.catalog.ParkNameResolver;
import dev.parkdata.extract.Mention;
import dev.parkdata.extract.MetricExtractor;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
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
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parkdata extract FILE|- [--json] [--encoding CHARSET] [--no-parks] [--limit N]}: every
 * quantity in a Chinese text,
 * read from a file or from standard input ({@code -}) and streamed sentence by sentence. The text
 * is UTF-8 unless {@code --encoding} names another charset ({@code GBK}, {@code GB18030}, {@code
 * Big5}: any this JVM knows); a UTF-8 byte-order mark is skipped, and offsets count from after it.
 *
 * <p>Without {@code --json} it prints a table for people, aligned for Chinese text, one mention
 * per row: code-point offsets, surface text (line breaks shown as ⏎), the metric, its qualifier,
 * indicator, period, the period it is compared with and the park. With {@code --json} it prints
 * one JSON object per mention and line with the fields {@code start}, {@code end}, {@code text},
 * then those of {@code parkdata parse --json} ({@code value} or {@code min} and {@code max},
 * {@code unit}, {@code qualifier}, {@code base}), then where found {@code indicator}, {@code
 * period}, {@code calendarPeriod} (the period as a {@code Period}: {@code 2024-H1}), {@code
 * comparedWith} and {@code calendarComparedWith} (the comparison base: {@code 比2020年} gives
 * {@code 2020年}) and {@code park} ({@code code}, {@code name}, {@code text}). Parks are looked
 * for in the national catalogue unless {@code --no-parks} is given (which spares loading it).
 * Both stream: the table is printed in blocks of {@value #BLOCK} rows, each aligned within
 * itself, so that text of any length takes memory for one block. When standard output is closed
 * ({@code | head -1}) the command stops at once.
 * Exit status: 0 when the text was read, 1 when it could not be (a missing file, bytes that are
 * not text in the encoding, named with their byte offset and, for UTF-8, a hint to name the
 * encoding) or the output was closed, 2 for a usage error (a one-line message on standard error),
 * such as an encoding the JVM does not know.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Finds every figure in a Chinese text (simplified or traditional) with its offsets in code points, "
        + "its meaning, and the indicator and period the text gives it.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  $ parkdata extract article.txt",
        "  $ parkdata extract --encoding GBK old-bulletin.txt",
        "  $ echo '截至2021年底，园区营业收入超过300亿元。' | parkdata extract - --json",
        "  {\"start\":15,\"end\":22,\"text\":\"超过300亿元\",\"value\":\"300\",\"unit\":\"亿元\",…}",
        "  $ echo '苏州高新区集聚企业2万余家。' | parkdata extract - --json",
        "  {…,\"park\":{\"code\":\"G322018\",\"name\":\"苏州高新技术产业开发区\",…}}",
        "  $ parkdata extract article.txt --limit 10",
        "",
        "Exit status: 0 if the text was read, 1 if it could not be, 2 for a usage error."
    })
public final class ExtractCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "A text file, or - for standard input.")
  private String file;

  @Option(names = "--encoding", paramLabel = "CHARSET",
      description = "The encoding of the text: UTF-8 (default), GBK, GB18030, Big5 or any other this JVM knows.")
  private String encoding = "UTF-8";

  @Option(names = "--json", description = "Print one JSON object per mention and line.")
  private boolean json;

  @Option(names = "--no-parks", description = "Do not look for park names (spares loading the national catalogue).")
  private boolean noParks;

  @Option(names = "--limit", paramLabel = "N",
      description = "Stop after the first N mentions. (Mentions stream in the order of the text, so there is no "
          + "--sort: sorting would hold a whole text's mentions.)")
  private Integer limit;

  /** Creates the command; picocli fills in its options. */
  public ExtractCommand() {}

  /** Rows of the table aligned together: the table streams in blocks of this many. */
  static final int BLOCK = 500;

  /** Thrown from the sink when standard output has been closed (a pipe to head): stop reading. */
  private static final class OutputClosed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutputClosed() {
      super(null, null, false, false);
    }
  }

  /** Thrown from the sink when --limit mentions have been printed: stop reading. */
  private static final class Enough extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Enough() {
      super(null, null, false, false);
    }
  }

  @Override
  public Integer call() {
    if (limit != null && limit < 1) {
      throw new IllegalArgumentException("--limit must be at least 1, got " + limit);
    }
    int wanted = limit == null ? Integer.MAX_VALUE : limit;
    int[] seen = {0};
    PrintWriter out = spec.commandLine().getOut();
    // Both forms stream: JSON mention by mention, the table in blocks aligned within themselves.
    List<Mention> rows = new ArrayList<>(BLOCK);
    boolean[] header = {true};
    Consumer<Mention> print = json
        ? m -> {
          out.println(JsonLines.mention(m));
          stopIfClosed(out);
        }
        : m -> {
          rows.add(m);
          if (rows.size() == BLOCK) {
            printTable(out, rows, header);
            stopIfClosed(out);
          }
        };
    Consumer<Mention> sink = m -> {
      print.accept(m);
      if (++seen[0] == wanted) {
        throw new Enough();
      }
    };
    Charset charset = charset();
    try (Reader reader = file.equals("-")
        ? Inputs.reader(System.in, charset)
        : Inputs.reader(Files.newInputStream(Inputs.check(Path.of(file))), charset)) {
      MetricExtractor extractor = noParks
          ? MetricExtractor.standard()
          : MetricExtractor.standard().withParkNames(ParkNameResolver.standard());
      extractor.extract(reader, sink);
    } catch (OutputClosed closed) {
      return 1; // the reader of the output went away: nothing more to say, and no one to say it to
    } catch (Enough enough) {
      // --limit reached: the rest of the text is not read
    } catch (CharacterCodingException e) {
      String hint = charset.equals(StandardCharsets.UTF_8) ? "; name its encoding with --encoding, e.g. --encoding GBK" : "";
      throw new Inputs.CannotRead(file, e.getMessage() + hint);
    } catch (IOException | UncheckedIOException e) {
      throw new Inputs.CannotRead(file, e.getMessage());
    }
    if (!json && (!rows.isEmpty() || header[0])) {
      printTable(out, rows, header);
    }
    out.flush();
    return 0;
  }

  /** The charset {@code --encoding} names; a usage error if the JVM knows none by that name. */
  private Charset charset() {
    try {
      return Charset.forName(encoding);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(),
          "--encoding " + encoding + " is not an encoding this JVM knows (UTF-8, GBK, GB18030, Big5)");
    }
  }

  /** Prints {@code rows} as a table, with the header only the first time, and clears them. */
  private static void printTable(PrintWriter out, List<Mention> rows, boolean[] header) {
    TextTable table = new TextTable(
            "START", "END", "TEXT", "METRIC", "QUALIFIER", "INDICATOR", "PERIOD", "COMPARED WITH", "PARK")
        .alignRight(0, 1);
    for (Mention m : rows) {
      table.addRow(String.valueOf(m.start()), String.valueOf(m.end()), m.text().replace("\r", "").replace('\n', '⏎'),
          m.metric().toString(), m.metric().qualifier().name(), m.indicator().orElse(""), m.period().orElse(""),
          m.base().orElse(""),
          m.park().map(p -> p.code().map(c -> c.value() + " " + p.text()).orElse(p.text())).orElse(""));
    }
    String rendered = table.render();
    if (!header[0]) {
      rendered = rendered.substring(rendered.indexOf('\n') + 1);
    }
    out.print(rendered);
    header[0] = false;
    rows.clear();
  }

  private static void stopIfClosed(PrintWriter out) {
    if (out.checkError()) {
      throw new OutputClosed();
    }
  }
}
