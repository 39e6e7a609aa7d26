package dev.parkdata.examples.cli;

import dev.parkdata.metric.Metric;
import dev.parkdata.metric.MetricFormat;
import dev.parkdata.metric.MetricParseException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parkdata parse EXPR... [--json]}: tells what each quantity expression means.
 *
 * <p>With {@code --json} it prints one JSON object per expression and line, with exactly the
 * fields {@code input}, then {@code value} (or {@code min} and {@code max} for a range), {@code
 * unit}, {@code qualifier}, {@code minOpen} or {@code maxOpen} for a range's end left out
 * (200-500万元(不含)), and {@code base}; or {@code input}, {@code error} and {@code index} for
 * an expression that does not parse. Decimals are JSON strings in plain notation without trailing
 * zeros. {@code base} holds the figure in the reference unit of its dimension, exact where that
 * terminates; where it does not (亩) its value is rounded to 34 significant digits and marked
 * {@code ≈}, and {@code exact} (or {@code exactMin} and {@code exactMax}) gives it exactly as a
 * fraction: {@code {"unit":"平方米","value":"≈666.66…67","exact":"2000/3"}}. The exit code is 0
 * when every expression parsed and 1 otherwise.
 */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = "Reads Chinese quantity expressions and prints what each means: value, unit, qualifier, bounds "
        + "and the same figure in the dimension's reference unit.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  $ parkdata parse 2萬餘家 400-600个 1900亿元 --json",
        "  {\"input\":\"2萬餘家\",\"value\":\"20000\",\"unit\":\"家\",\"qualifier\":\"OVER\",…}",
        "  $ parkdata parse 2萬餘家 1900亿元   # also in English: 190 billion yuan",
        "",
        "Exit status: 0 if every expression parsed, 1 if any did not."
    })
public final class ParseCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "EXPR", description = "Quantity expressions, e.g. 2萬餘家 最高2000万元 400-600个.")
  private List<String> expressions;

  @Option(names = "--json", description = "Print one JSON object per expression and line.")
  private boolean json;

  /** Creates the command; picocli fills in its options. */
  public ParseCommand() {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean allParsed = true;
    for (String expression : expressions) {
      try {
        Metric m = Metric.parse(expression);
        out.println(json ? JsonLines.parsed(expression, m) : describe(expression, m));
      } catch (MetricParseException e) {
        allParsed = false;
        if (json) {
          out.println(JsonLines.parseError(expression, e));
        } else {
          err.println(e.getMessage());
        }
      }
    }
    out.flush();
    err.flush();
    return allParsed ? 0 : 1;
  }

  private static String describe(String input, Metric m) {
    return input + "\t" + m + "\t" + MetricFormat.ENGLISH.format(m) + "\tbounds " + m.bounds() + " " + m.unit()
        + "\tbase " + BaseValues.of(m) + " " + m.unit().reference();
  }
}
