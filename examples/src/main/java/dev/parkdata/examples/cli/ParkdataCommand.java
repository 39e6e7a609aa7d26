package dev.parkdata.examples.cli;

import dev.parkdata.catalog.DevelopmentZoneCatalog;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The {@code parkdata} command-line tool: the top-level command, whose subcommands each live in
 * a class of their own and are registered in {@link Command#subcommands()} below.
 *
 * <p>Run it through {@link #newCommandLine()}, which installs the error handling: a usage error
 * (bad number, unknown unit, incompatible units, unknown option) prints one line on stderr and
 * exits with {@value #EXIT_USAGE}; any other failure prints one line and exits with {@value
 * #EXIT_SOFTWARE}: an input that cannot be read ({@code cannot read nosuch.json: no such
 * file}), and, through {@link #execute}, running out of memory or stack. No stack trace reaches
 * the user.
 */
@Command(
    name = "parkdata",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Exact figures for Chinese development zones and industrial parks.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      UnitsCommand.class,
      ConvertCommand.class,
      ParseCommand.class,
      ExtractCommand.class,
      ValidateCommand.class,
      CatalogCommand.class,
      ResolveCommand.class,
      ConvertFormatCommand.class,
      SeriesCommand.class,
      RankCommand.class,
      DbCommand.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  parkdata",
      "  parkdata catalog --province 江苏 --level 国务院",
      "  parkdata catalog --summary --by type --unit 公顷",
      "  parkdata units --dimension area",
      "  parkdata convert 31.85 平方公里 亩",
      "  parkdata parse 2萬餘家 400-600个 --json",
      "  parkdata extract article.txt",
      "  parkdata validate --min-severity WARNING",
      "  parkdata catalog --province 甘肃 --level 国务院",
      "  parkdata convert-format parks.ndjson -o parks.json",
      "  parkdata convert --help",
      "%nWithout a command: a summary of the embedded development-zone catalogue.",
      "%nExit status: 0 on success, 2 on a usage error, 1 on any other failure."
    })
public final class ParkdataCommand implements Runnable {
  /** Exit code of a usage error: bad arguments, unknown units, incompatible units. */
  public static final int EXIT_USAGE = 2;
  /** Exit code of an unexpected failure. */
  public static final int EXIT_SOFTWARE = 1;

  @Spec private CommandSpec spec;

  /** Creates the command; use {@link #newCommandLine()} to run it. */
  public ParkdataCommand() {}

  /** Runs the tool with the JVM's standard streams, in UTF-8 unless the console says otherwise. */
  public static void main(String[] args) {
    Charset out = consoleCharset("stdout.encoding");
    Charset err = consoleCharset("stderr.encoding");
    CommandLine commandLine = newCommandLine()
        .setOut(new PrintWriter(new PrintStream(System.out, true, out), true))
        .setErr(new PrintWriter(new PrintStream(System.err, true, err), true));
    System.exit(execute(commandLine, args));
  }

  /**
   * Runs {@code commandLine} with {@code args}; also turns running out of memory or stack, which
   * picocli lets through, into one line and exit status {@value #EXIT_SOFTWARE}.
   */
  static int execute(CommandLine commandLine, String... args) {
    try {
      return commandLine.execute(args);
    } catch (OutOfMemoryError | StackOverflowError e) {
      // The heap may be full: drop what can be dropped before printing.
      String what = e instanceof OutOfMemoryError
          ? "out of memory (" + e.getMessage() + "); the input is too large for this JVM's -Xmx"
          : "the input is nested too deeply";
      PrintWriter err = commandLine.getErr();
      err.println(commandLine.getCommandName() + ": error: " + what);
      err.flush();
      return EXIT_SOFTWARE;
    }
  }

  /** A command line for this command with parkdata's error handling installed. */
  public static CommandLine newCommandLine() {
    return configure(new CommandLine(new ParkdataCommand()));
  }

  /**
   * Installs parkdata's error handling on {@code commandLine}: one-line messages on its error
   * stream, exit code {@value #EXIT_USAGE} for usage errors and {@value #EXIT_SOFTWARE} for
   * others.
   */
  public static CommandLine configure(CommandLine commandLine) {
    return commandLine
        .setParameterExceptionHandler(USAGE_ERROR)
        .setExecutionExceptionHandler(FAILURE);
  }

  /**
   * With no subcommand: a summary of the embedded catalogue (zones and approved area by level,
   * by type, the top provinces, the validation status).
   */
  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    CatalogOverview.print(out, DevelopmentZoneCatalog.edition2018(), Terminal.detect());
    out.flush();
  }

  private static final IParameterExceptionHandler USAGE_ERROR = (ParameterException e, String[] args) -> {
    CommandLine cmd = e.getCommandLine();
    String name = cmd.getCommandSpec().qualifiedName();
    cmd.getErr().println(name + ": " + oneLine(e.getMessage()) + " (see '" + name + " --help')");
    cmd.getErr().flush();
    return EXIT_USAGE;
  };

  private static final IExecutionExceptionHandler FAILURE =
      (Exception e, CommandLine cmd, ParseResult parseResult) -> {
        String name = cmd.getCommandSpec().qualifiedName();
        if (e instanceof Inputs.CannotRead) {
          cmd.getErr().println(name + ": " + e.getMessage());
          cmd.getErr().flush();
          return EXIT_SOFTWARE;
        }
        boolean usage = e instanceof IllegalArgumentException;
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : oneLine(e.getMessage());
        cmd.getErr().println(name + ": " + (usage ? "" : "error: ") + message);
        cmd.getErr().flush();
        return usage ? EXIT_USAGE : EXIT_SOFTWARE;
      };

  private static String oneLine(String message) {
    return message.strip().replaceAll("\\s*\\R\\s*", "; ");
  }

  private static Charset consoleCharset(String property) {
    String name = System.getProperty(property);
    try {
      return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8;
    }
  }
}
