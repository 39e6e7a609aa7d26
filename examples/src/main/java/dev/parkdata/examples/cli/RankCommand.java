package dev.parkdata.examples.cli;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Period;
import dev.parkdata.series.Ranking;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parkdata rank FILE --indicator NAME --period P}: ranks the parks of FILE by their
 * figure of one indicator for one period, largest first. Figures are ordered only where their
 * bounds allow: a rank {@code 2–4} says the figure cannot be ordered against some within those
 * ranks (约2万家 against 2.1万家), {@code =2} a tie of equal exact figures. Exit status: 0 on
 * success, 1 if FILE cannot be read, 2 on a usage error.
 */
@Command(
    name = "rank",
    mixinStandardHelpOptions = true,
    description = "Ranks parks by an indicator in a period, ordering figures only where their bounds allow.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  parkdata rank parks.json --indicator 企业数 --period 2023",
        "  parkdata rank parks.json --indicator revenue --period 2023-H1",
        "",
        "Exit status: 0 on success, 1 if FILE cannot be read, 2 on a usage error."
    })
public final class RankCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "A dataset document (JSON) or NDJSON file.")
  private Path file;

  @Option(names = "--indicator", required = true, paramLabel = "NAME",
      description = "A code (enterprises) or any name of the indicator (企业数, 入驻企业).")
  private String indicatorName;

  @Option(names = "--period", required = true, paramLabel = "P",
      description = "2023, 2023-H1, 2023-Q3, 2023-05 or 2023-12-31 (as of that day).")
  private String periodText;

  @Option(names = "--sort", paramLabel = "KEY[:desc]",
      description = "Order the parks by rank (the default), park or name (KEY:desc for descending, several keys joined "
          + "by commas).")
  private String sort;

  @Mixin private Listing.Limit limit;

  /** Creates the command; picocli fills in its options. */
  public RankCommand() {}

  @Override
  public Integer call() {
    Period period = SeriesInputs.period(periodText);
    Dataset dataset = SeriesInputs.dataset(file);
    Indicator indicator = SeriesInputs.indicator(dataset, indicatorName);
    Ranking ranking = Ranking.of(dataset, indicator, period);
    Listing<Ranking.Entry> listing = new Listing<Ranking.Entry>()
        .keyInOrder("rank", ranking.entries())
        .key("park", (Ranking.Entry e) -> e.subject().value())
        .key("name", Comparator.comparing((Ranking.Entry e) -> SeriesInputs.parkName(dataset, e.subject()),
            Collator.getInstance(Locale.CHINESE)));
    listing.order(sort); // an unknown key is a usage error before anything is printed
    limit.value();
    PrintWriter out = spec.commandLine().getOut();
    out.println(indicator + " " + period);
    if (ranking.entries().isEmpty()) {
      out.println("No park has a figure of " + indicator + " for " + period + ".");
      out.flush();
      return 0;
    }
    TextTable table = new TextTable("rank", "park", "name", "figure", "bounds").alignRight(0);
    List<Ranking.Entry> entries = listing.apply(ranking.entries(), sort, limit);
    for (Ranking.Entry e : entries) {
      table.addRow(e.rankText(), e.subject().value(), SeriesInputs.parkName(dataset, e.subject()),
          e.observation().metric().toString(), e.observation().metric().bounds().toString());
    }
    out.print(table.render());
    if (entries.size() < ranking.entries().size()) {
      out.println("(" + (ranking.entries().size() - entries.size()) + " more not shown: --limit)");
    }
    if (!ranking.isTotal()) {
      out.println();
      out.println("Not a total order: a rank a–b means the figure's bounds overlap others' within those ranks.");
    }
    SeriesInputs.printConflicts(out, ranking.conflicts());
    out.flush();
    return 0;
  }
}
