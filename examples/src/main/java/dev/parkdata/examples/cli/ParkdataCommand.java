package dev.parkdata.examples.cli;

import dev.parkdata.catalog.DevelopmentZoneCatalog;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * a class of their own and are registered from {@link #SUBCOMMANDS}.
 *
 * <p>Picocli reflects on every subcommand registered, and makes an instance of each, whenever the
 * tool starts: so {@link #main} registers only the subcommand its arguments name ({@link
 * #newCommandLine(String...)}), all of them only for help and for arguments it does not know.
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
    footerHeading = "%nExamples:%n",
    footer = {
      "  parkdata",
      "  parkdata catalog --province 江蘇 --level 國務院",
      "  parkdata catalog --summary --by type --unit hectare",
      "  parkdata catalog --by type --chart",
      "  parkdata catalog --map --svg zones.svg",
      "  parkdata units --dimension area",
      "  parkdata convert 31.85 平方公里 亩",
      "  parkdata convert 2 'square kilometres' mu",
      "  parkdata parse 2萬餘家 400-600个 --json",
      "  parkdata extract article.txt",
      "  parkdata validate --min-severity warning",
      "  parkdata convert-format parks.ndjson -o parks.json",
      "  parkdata completion bash",
      "  parkdata help convert",
      "%nWithout a command: a summary of the embedded development-zone catalogue.",
      "%nExit status: 0 on success, 2 on a usage error, 1 on any other failure."
    })
public final class ParkdataCommand implements Runnable {
  /** Exit code of a usage error: bad arguments, unknown units, incompatible units. */
  public static final int EXIT_USAGE = 2;
  /** Exit code of an unexpected failure. */
  public static final int EXIT_SOFTWARE = 1;

  /**
   * The subcommands by name, in the order of the help. Each name is the one its class's {@link
   * Command#name()} gives (a test holds them equal).
   */
  static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

  /** The options that print the version: with nothing else, no subcommand is needed. */
  private static final Set<String> VERSION = Set.of("--version", "-V");

  @Spec private CommandSpec spec;

  /** Creates the command; use {@link #newCommandLine()} to run it. */
  public ParkdataCommand() {}

  /** Runs the tool with the JVM's standard streams, in UTF-8 unless the console says otherwise. */
  public static void main(String[] args) {
    Charset out = consoleCharset("stdout.encoding");
    Charset err = consoleCharset("stderr.encoding");
    CommandLine commandLine = newCommandLine(args)
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

  /** A command line for this command, with every subcommand and parkdata's error handling installed. */
  public static CommandLine newCommandLine() {
    return configure(withSubcommands(SUBCOMMANDS.keySet()));
  }

  /**
   * A command line to run {@code args} with, as {@link #newCommandLine()} but with only the
   * subcommands {@code args} need: none for the summary (no arguments) and for {@code --version},
   * the one named first, or, for anything else (help, an option or command it does not know), all.
   * It behaves as {@link #newCommandLine()} does for {@code args}, but starts faster.
   */
  public static CommandLine newCommandLine(String... args) {
    return configure(forArguments(args));
  }

  /** {@link #newCommandLine(String...)} without parkdata's error handling, picocli's own instead. */
  static CommandLine forArguments(String... args) {
    if (args.length == 0 || args.length == 1 && VERSION.contains(args[0])) {
      return withSubcommands(List.of());
    }
    if (SUBCOMMANDS.containsKey(args[0]) && !args[0].equals("help")) {
      return withSubcommands(List.of(args[0]));
    }
    return withSubcommands(SUBCOMMANDS.keySet());
  }

  private static CommandLine withSubcommands(Collection<String> names) {
    CommandLine commandLine = new CommandLine(new ParkdataCommand());
    for (String name : names) {
      commandLine.addSubcommand(name, SUBCOMMANDS.get(name));
    }
    return commandLine;
  }

  private static Map<String, Class<?>> subcommands() {
    Map<String, Class<?>> commands = new LinkedHashMap<>();
    commands.put("units", UnitsCommand.class);
    commands.put("convert", ConvertCommand.class);
    commands.put("parse", ParseCommand.class);
    commands.put("extract", ExtractCommand.class);
    commands.put("read", ReadCommand.class);
    commands.put("validate", ValidateCommand.class);
    commands.put("catalog", CatalogCommand.class);
    commands.put("resolve", ResolveCommand.class);
    commands.put("convert-format", ConvertFormatCommand.class);
    commands.put("series", SeriesCommand.class);
    commands.put("rank", RankCommand.class);
    commands.put("db", DbCommand.class);
    commands.put("completion", CompletionCommand.class);
    commands.put("help", CommandLine.HelpCommand.class);
    return Collections.unmodifiableMap(commands);
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

  // Classes, not lambdas: picocli's interfaces are of Java 5 class files, which the class-data
  // sharing archive cannot hold linked, so a lambda of one would be spun at every start.
  private static final IParameterExceptionHandler USAGE_ERROR = new UsageError();
  private static final IExecutionExceptionHandler FAILURE = new Failure();

  /** A usage error: one line, and exit status {@value #EXIT_USAGE}. */
  private static final class UsageError implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
      CommandLine cmd = e.getCommandLine();
      String name = cmd.getCommandSpec().qualifiedName();
      cmd.getErr().println(name + ": " + oneLine(e.getMessage()) + " (see '" + name + " --help')");
      cmd.getErr().flush();
      return EXIT_USAGE;
    }
  }

  /** A failure of a command: one line, and exit status {@value #EXIT_SOFTWARE} (or {@value #EXIT_USAGE}). */
  private static final class Failure implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
      String name = cmd.getCommandSpec().qualifiedName();
      if (e instanceof Inputs.CannotRead || e instanceof Inputs.CannotWrite) {
        cmd.getErr().println(name + ": " + e.getMessage());
        cmd.getErr().flush();
        return EXIT_SOFTWARE;
      }
      boolean usage = e instanceof IllegalArgumentException;
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : oneLine(e.getMessage());
      cmd.getErr().println(name + ": " + (usage ? "" : "error: ") + message);
      cmd.getErr().flush();
      return usage ? EXIT_USAGE : EXIT_SOFTWARE;
    }
  }

  /** A message on one line, as the tool prints errors: its line breaks become "; " (null: "null"). */
  static String oneLine(String message) {
    return String.valueOf(message).strip().replaceAll("\\s*\\R\\s*", "; ");
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
