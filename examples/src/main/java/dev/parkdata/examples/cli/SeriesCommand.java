package dev.parkdata.examples.cli;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.model.Identifier;
import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Observation;
import dev.parkdata.series.Growth;
import dev.parkdata.series.Series;
import dev.parkdata.unit.Unit;
import java.io.PrintWriter;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parkdata series FILE --park CODE --indicator NAME [--unit U] [--digits N]}: prints one
 * park's figures of one indicator by period, with the growth from each period to the next, the
 * annual rate (year on year, or compound over a gap of missing years, marked as such) and the
 * compound annual rate from first to last. Growth is exact where the figures are, rounded to
 * {@code --digits} significant digits and marked 约 where it must be, and carried through the
 * bounds of qualified figures. Periods with disagreeing figures are listed after the table.
 * Exit status: 0 on success, 1 if FILE cannot be read, 2 on a usage error (unknown indicator,
 * park without figures, unit of another dimension).
 */
@Command(
    name = "series",
    mixinStandardHelpOptions = true,
    description = "Prints a park's figures of one indicator over time, with growth between periods.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  parkdata series parks.json --park G322052 --indicator 营业收入",
        "  parkdata series parks.json --park G322052 --indicator 營收 --unit 万亿元",
        "",
        "Exit status: 0 on success, 1 if FILE cannot be read, 2 on a usage error."
    })
public final class SeriesCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "A dataset document (JSON) or NDJSON file.")
  private Path file;

  @Option(names = "--park", required = true, paramLabel = "CODE", description = "The park's identifier, e.g. G322052.")
  private String park;

  @Option(names = "--indicator", required = true, paramLabel = "NAME",
      description = "A code (revenue) or any name of the indicator (营业收入, 营收, 營收).")
  private String indicatorName;

  @Option(names = "--unit", paramLabel = "U", converter = UnitTypeConverter.class,
      description = "Show every figure in this unit, e.g. 亿元 (exact where it terminates).")
  private Unit unit;

  @Option(names = "--digits", paramLabel = "N", defaultValue = "6",
      description = "Significant digits of a growth that must be rounded (default: ${DEFAULT-VALUE}).")
  private int digits;

  /** Creates the command; picocli fills in its options. */
  public SeriesCommand() {}

  @Override
  public Integer call() {
    if (digits < 1 || digits > 100) {
      throw new IllegalArgumentException("--digits must be 1 to 100, got " + digits);
    }
    MathContext mc = new MathContext(digits);
    Dataset dataset = SeriesInputs.dataset(file);
    Indicator indicator = SeriesInputs.indicator(dataset, indicatorName);
    Identifier id = Identifier.of(park);
    Series series = Series.of(dataset, id, indicator);
    if (series.isEmpty()) {
      throw new IllegalArgumentException(park + (dataset.park(id).isPresent() ? "" : " (not a park of " + file + ")")
          + " has no figures of " + indicator);
    }
    if (unit != null) {
      series = series.in(unit, mc);
    }
    PrintWriter out = spec.commandLine().getOut();
    String name = SeriesInputs.parkName(dataset, id);
    out.println(id + (name.isEmpty() ? "" : " " + name) + " · " + indicator);
    TextTable table = new TextTable("period", "figure", "growth", "annual rate", "note");
    List<Observation> obs = series.observations();
    table.addRow(obs.get(0).period().toString(), obs.get(0).metric().toString(), "", "", "");
    for (Series.Step step : series.steps(mc)) {
      String note = step.years() > 1 ? "gap of " + step.years() + " years: compound rate"
          : step.years() == 0 ? "not a whole number of years apart" : "";
      table.addRow(step.to().period().toString(), step.to().metric().toString(),
          step.growth().map(g -> g.metric().toString()).orElse("—"),
          step.annual().map(g -> g.metric().toString()).orElse("—"),
          note);
    }
    out.print(table.render());
    if (obs.size() > 1) {
      Observation first = obs.get(0);
      Observation last = obs.get(obs.size() - 1);
      try {
        Growth cagr = series.compoundAnnualGrowth(first.period(), last.period(), mc);
        out.println();
        out.println("Compound annual growth " + first.period() + "→" + last.period() + ": " + cagr.metric()
            + " a year over " + cagr.years() + (cagr.years() == 1 ? " year" : " years") + (cagr.isExact() ? "" : ", bounds " + cagr.bounds()));
      } catch (IllegalArgumentException notComputable) {
        out.println();
        out.println("No compound annual growth: " + notComputable.getMessage());
      }
    }
    SeriesInputs.printConflicts(out, series.conflicts());
    out.flush();
    return 0;
  }
}
