package dev.parkdata.examples.cli;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.metric.Metric;
import dev.parkdata.metric.Qualifier;
import java.math.BigDecimal;
import dev.parkdata.model.Identifier;
import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Observation;
import dev.parkdata.series.Growth;
import dev.parkdata.series.Series;
import dev.parkdata.unit.Unit;
import java.io.PrintWriter;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
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
        "  parkdata series parks.json --park G322052 --indicator revenue --chart",
        "  parkdata series parks.json --park G322052 --indicator 营收 --svg revenue.svg",
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

  @Option(names = "--chart", description = "Also draw the figures as a line chart in the terminal.")
  private boolean chart;

  @Option(names = "--svg", paramLabel = "FILE", description = "Also write the line chart to FILE as a standalone SVG picture.")
  private Path svg;

  @Option(names = "--ascii", description = "Draw --chart in ASCII (as when TERM=dumb or the locale is not UTF-8).")
  private boolean ascii;

  /** Creates the command; picocli fills in its options. */
  public SeriesCommand() {}

  @Override
  public Integer call() {
    if (digits < 1 || digits > 100) {
      throw new IllegalArgumentException("--digits must be 1 to 100, got " + digits);
    }
    if (ascii && !chart) {
      throw new IllegalArgumentException("--ascii draws --chart in ASCII; give --chart with it");
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
    if (chart || svg != null) {
      LineChart line = lineChart(id + (name.isEmpty() ? "" : " " + name) + " · " + indicator, obs);
      if (svg != null) {
        Svg.write(line.svg(), svg);
      }
      if (chart) {
        out.println();
        out.print(line.terminal(ChartGlyphs.detect(ascii)));
      }
    }
    out.flush();
    return 0;
  }

  /**
   * The figures as a line chart in the unit of the last (every figure is shown in it where it
   * converts exactly; otherwise it is rounded as {@link BaseValues#inUnit} rounds, and marked ≈).
   */
  private static LineChart lineChart(String title, List<Observation> obs) {
    Unit chartUnit = obs.get(obs.size() - 1).metric().unit();
    List<String[]> shown = new ArrayList<>();
    List<BigDecimal[]> bounds = new ArrayList<>();
    int lo = 0;
    int hi = 0;
    for (int i = 0; i < obs.size(); i++) {
      Metric m = obs.get(i).metric();
      String low = BaseValues.inUnit(m.value(), m.unit(), chartUnit);
      String high = m.isRange() ? BaseValues.inUnit(m.max(), m.unit(), chartUnit) : low;
      shown.add(new String[] {low, high});
      bounds.add(new BigDecimal[] {position(low), position(high)});
      lo = bounds.get(i)[0].compareTo(bounds.get(lo)[0]) < 0 ? i : lo;
      hi = bounds.get(i)[1].compareTo(bounds.get(hi)[1]) > 0 ? i : hi;
    }
    LineChart line = new LineChart(title + " (" + chartUnit.name() + ")", shown.get(lo)[0], shown.get(hi)[1]);
    for (int i = 0; i < obs.size(); i++) {
      Metric m = obs.get(i).metric();
      line.add(obs.get(i).period().toString(), bounds.get(i)[0], bounds.get(i)[1], m.qualifier() == Qualifier.EXACT,
          m.toString());
    }
    return line;
  }

  /** The position of a value as {@link BaseValues#inUnit} writes it, exact or marked ≈ and rounded. */
  private static BigDecimal position(String shown) {
    return new BigDecimal(shown.startsWith(ConvertCommand.APPROXIMATELY) ? shown.substring(1) : shown);
  }
}
