package dev.parkdata.examples.cli;

import dev.parkdata.extract.ArticleDraft;
import dev.parkdata.extract.ArticleReader;
import dev.parkdata.extract.UnplacedMention;
import dev.parkdata.io.ParkDataJson;
import dev.parkdata.observation.Observation;
import dev.parkdata.observation.Target;
import dev.parkdata.park.Park;
import dev.parkdata.source.Source;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parkdata read ARTICLE [--source-title T] [--source-date YYYY-MM-DD] [--publisher P]
 * [--json]}: an article (UTF-8, a file or {@code -}) read into a draft dataset by {@link
 * ArticleReader}: a table of the observations and targets with their park, indicator, period and
 * figure, then the figures not placed and why, then the draft's validation; or, with {@code
 * --json}, the draft as a parkdata/1 document. Exit status 0 when the article was read (a draft
 * with violations included: they are printed), 1 when it could not be, 2 for a usage error.
 */
@Command(
    name = "read",
    mixinStandardHelpOptions = true,
    description = "Reads an article into a draft dataset: parks, observations and targets with their citations, "
        + "and the figures it could not place.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  $ parkdata read article.txt --source-date 2021-01-05 \\",
        "      --source-title 苏州高新区走集群化发展新路",
        "  $ parkdata read article.txt --sort indicator,period --limit 20",
        "  $ parkdata read article.txt --json > draft.json",
        "",
        "Exit status: 0 if the article was read, 1 if it could not be, 2 for a usage error."
    })
public final class ReadCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "ARTICLE", description = "A UTF-8 text file, or - for standard input.")
  private String file;

  @Option(names = "--source-title", paramLabel = "TITLE", description = "The article's title; the file name if absent.")
  private String title;

  @Option(names = "--source-date", paramLabel = "DATE",
      description = "The day the article was published (YYYY-MM-DD): the period of figures the text dates no other way.")
  private String date;

  @Option(names = "--publisher", paramLabel = "PUBLISHER", description = "Who published it; 'unknown' if absent.")
  private String publisher;

  @Option(names = "--json", description = "Write the draft as a parkdata/1 JSON document.")
  private boolean json;

  @Option(names = "--sort", paramLabel = "KEY[:desc]",
      description = "Order the table's rows by park, kind, indicator or period (KEY:desc for descending, several keys "
          + "joined by commas); by default as the article gives them.")
  private String sort;

  @Mixin private Listing.Limit limit;

  /** Creates the command; picocli fills in its options. */
  public ReadCommand() {}

  @Override
  public Integer call() {
    if (json && (sort != null || limit.limit != null)) {
      throw new ParameterException(spec.commandLine(), "--sort and --limit order and cut the table; --json writes the whole draft");
    }
    Source.Builder source = Source.builder()
        .publisher(publisher == null || publisher.isBlank() ? "unknown" : publisher)
        .title(title == null || title.isBlank() ? (file.equals("-") ? "standard input" : Path.of(file).getFileName().toString()) : title);
    if (date != null) {
      try {
        source.published(LocalDate.parse(date));
      } catch (DateTimeParseException e) {
        throw new ParameterException(spec.commandLine(), "--source-date '" + date + "' is not a date YYYY-MM-DD");
      }
    }
    String text;
    try (Reader reader = file.equals("-")
        ? Inputs.utf8(System.in)
        : Inputs.utf8(Files.newInputStream(Inputs.check(Path.of(file))))) {
      // read at most one buffer past the limit: a longer file is refused, not held
      char[] buffer = new char[8192];
      StringBuilder all = new StringBuilder();
      for (int n; all.length() <= ArticleReader.MAX_LENGTH && (n = reader.read(buffer)) >= 0; ) {
        all.append(buffer, 0, n);
      }
      if (all.length() > ArticleReader.MAX_LENGTH) {
        throw new Inputs.CannotRead(file, "longer than " + ArticleReader.MAX_LENGTH
            + " characters, the most an article may have; parkdata extract streams text of any length");
      }
      text = all.toString();
    } catch (IOException | UncheckedIOException e) {
      throw new Inputs.CannotRead(file, e.getMessage());
    }
    ArticleDraft draft = ArticleReader.standard().read(text, source.build());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(ParkDataJson.builder().pretty(true).build().write(draft.dataset()));
      out.flush();
      return 0;
    }
    List<String[]> rows = new ArrayList<>();
    for (Park p : draft.dataset().parks()) {
      String park = p.id().value() + " " + p.names().official();
      for (Observation o : p.observations()) {
        rows.add(new String[] {park, "observation", o.indicator().chineseName(), o.period().toString(),
            o.metric().toString(), o.citation().flatMap(c -> c.quote()).orElse("")});
      }
      for (Target t : p.targets()) {
        rows.add(new String[] {park, "target", t.indicator().chineseName(), t.deadline().map(Object::toString).orElse(""),
            t.threshold().toString(), t.citation().flatMap(c -> c.quote()).orElse("")});
      }
    }
    Listing<String[]> listing = new Listing<String[]>()
        .key("park", (String[] r) -> r[0])
        .key("kind", (String[] r) -> r[1])
        .key("indicator", (String[] r) -> r[2])
        .key("period", (String[] r) -> r[3]);
    TextTable table = new TextTable("PARK", "KIND", "INDICATOR", "PERIOD", "FIGURE", "QUOTE");
    try {
      listing.apply(rows, sort, limit).forEach(table::addRow);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    out.print(table.render());
    if (!draft.unplaced().isEmpty()) {
      out.println();
      TextTable unplaced = new TextTable("UNPLACED", "START", "TEXT", "INDICATOR").alignRight(1);
      for (UnplacedMention u : draft.unplaced()) {
        unplaced.addRow(u.reason().name(), String.valueOf(u.mention().start()), u.mention().text(),
            u.mention().indicator().orElse(""));
      }
      out.print(unplaced.render());
    }
    out.println();
    out.println(draft + (draft.validation().violations().isEmpty() ? "" : ": " + draft.validation()));
    out.flush();
    return 0;
  }
}
