package dev.parkdata.examples.cli;

import dev.parkdata.unit.IncompatibleUnitsException;
import dev.parkdata.unit.NonTerminatingConversionException;
import dev.parkdata.unit.Unit;
import dev.parkdata.unit.UnitConverter;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parkdata convert VALUE FROM TO}: converts a figure exactly between two units. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Converts a figure exactly from one unit to another and prints the number.",
      "%nWhere the exact result has no terminating decimal expansion (1 亩 is 666.666… 平方米), "
          + "prints it rounded half-even to --digits significant digits, prefixed with ≈. "
          + "Units are read in simplified, traditional, English-symbol and full-width spellings, "
          + "with magnitude words (亿元, 萬畝) and as ratios (万元/亩)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  $ parkdata convert 31.85 平方公里 亩",
      "  47775",
      "  $ parkdata convert 1 万元/亩 亿元/平方公里",
      "  0.15",
      "  $ parkdata convert 1 亩 平方米",
      "  ≈666.66666666666666667",
      "%nExit status: 0 on success, 2 on a usage error (bad number, unknown or incompatible units)."
    })
final class ConvertCommand implements Runnable {
  /** The prefix of a rounded result. */
  static final String APPROXIMATELY = "≈";

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "VALUE", description = "The figure, e.g. 31.85.", converter = DecimalTypeConverter.class)
  private BigDecimal value;

  @Parameters(index = "1", paramLabel = "FROM", description = "The unit of VALUE, e.g. 平方公里.", converter = UnitTypeConverter.class)
  private Unit from;

  @Parameters(index = "2", paramLabel = "TO", description = "The unit to convert to, e.g. 亩.", converter = UnitTypeConverter.class)
  private Unit to;

  @Option(
      names = "--digits",
      paramLabel = "N",
      defaultValue = "20",
      description = "Significant digits of a result that does not terminate (default: ${DEFAULT-VALUE}).")
  private int digits;

  @Override
  public void run() {
    if (digits < 1) {
      throw new ParameterException(spec.commandLine(), "--digits must be at least 1, got " + digits);
    }
    UnitConverter converter;
    try {
      converter = from.converterTo(to);
    } catch (IncompatibleUnitsException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    try {
      out.println(converter.convertExact(value).toPlainString());
    } catch (NonTerminatingConversionException e) {
      out.println(APPROXIMATELY + converter.convert(value, new MathContext(digits)).toPlainString());
    }
    out.flush();
  }
}
