package dev.parkdata.examples.cli;

import dev.parkdata.catalog.CatalogQuery;
import dev.parkdata.catalog.DevelopmentZoneCatalog;
import dev.parkdata.dataset.Dataset;
import dev.parkdata.io.ParkDataJson;
import dev.parkdata.jdbc.DatasetRejectedException;
import dev.parkdata.jdbc.DatasetStore;
import dev.parkdata.jdbc.DatasetStoreException;
import dev.parkdata.jdbc.ObservationQuery;
import dev.parkdata.jdbc.SaveMode;
import dev.parkdata.jdbc.SaveReport;
import dev.parkdata.location.Province;
import dev.parkdata.metric.MetricFormat;
import dev.parkdata.model.Identifier;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Observation;
import dev.parkdata.validation.Severity;
import dev.parkdata.validation.Violation;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code parkdata db init|load|load-catalog|query}: park data in a database through
 * parkdata-jdbc. {@code --url} names the database (default: the H2 file {@code parkdata.mv.db} in
 * the working directory); the schema is created or migrated on first use.
 */
@Command(
    name = "db",
    mixinStandardHelpOptions = true,
    description = "Stores park data in a database (H2 file by default, or PostgreSQL) and queries it.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {DbCommand.Init.class, DbCommand.Load.class, DbCommand.LoadCatalog.class, DbCommand.Query.class},
    footerHeading = "%nExamples:%n",
    footer = {
      "  parkdata db load-catalog",
      "  parkdata db load parks.json parks.ndjson",
      "  parkdata db query --park G622052 --indicator enterprises",
      "  parkdata db query --province 江苏 --from 2022-01-01 --json",
      "  parkdata db init --url 'jdbc:postgresql://localhost/parkdata?user=me'",
      "",
      "Exit status: 0 on success, 2 on a usage error, 1 if a file cannot be read, a dataset is refused by "
          + "validation or the database fails."
    })
public final class DbCommand implements Runnable {
  /** The default database: an H2 file, {@code parkdata.mv.db}, in the working directory. */
  static final String DEFAULT_URL = "jdbc:h2:./parkdata";

  @Spec private CommandSpec spec;

  @Option(names = "--url", paramLabel = "JDBC-URL", defaultValue = DEFAULT_URL, scope = picocli.CommandLine.ScopeType.INHERIT,
      description = "The database (default: ${DEFAULT-VALUE}, an H2 file in the working directory); "
          + "PostgreSQL: jdbc:postgresql://HOST/DB?user=U&password=P.")
  String url;

  /** Creates the command; picocli fills in its options. */
  public DbCommand() {}

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a command is needed: init, load, load-catalog or query");
  }

  DatasetStore open() {
    Flyway.quiet();
    return DatasetStore.open(url);
  }

  /**
   * Flyway reports each migration step through java.util.logging; users see only its warnings.
   * Set when a database is opened, not when the tool starts: logging costs every command its
   * start-up otherwise.
   */
  private static final class Flyway {
    /** Held here: a logger's level lives only as long as the logger object. */
    private static final java.util.logging.Logger LOGGER = java.util.logging.Logger.getLogger("org.flywaydb");

    private Flyway() {}

    static void quiet() {
      LOGGER.setLevel(java.util.logging.Level.WARNING);
    }
  }

  /** Runs {@code work}, turning a database or validation failure into one line and exit 1. */
  static int guarded(CommandSpec spec, Callable<Integer> work) throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    String name = spec.qualifiedName();
    try {
      return work.call();
    } catch (DatasetRejectedException e) {
      err.println(name + ": " + firstLine(e.getMessage()) + "; nothing was saved (--accept-errors saves anyway):");
      List<Violation> errors = e.report().withSeverity(Severity.ERROR).violations();
      for (Violation v : errors.subList(0, Math.min(10, errors.size()))) {
        err.println("  " + v.path() + ": " + v.code() + " " + v.english());
      }
      err.flush();
      return ParkdataCommand.EXIT_SOFTWARE;
    } catch (DatasetStoreException e) {
      err.println(name + ": error: " + ParkdataCommand.oneLine(e.getMessage()));
      err.flush();
      return ParkdataCommand.EXIT_SOFTWARE;
    }
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }

  /** {@code parkdata db init}: creates or migrates the schema. */
  @Command(name = "init", mixinStandardHelpOptions = true, description = "Creates or migrates the parkdata schema.")
  static final class Init implements Callable<Integer> {
    @Spec CommandSpec spec;
    @ParentCommand DbCommand db;

    @Override
    public Integer call() throws Exception {
      return guarded(spec, () -> {
        DatasetStore store = db.open();
        spec.commandLine().getOut().println("parkdata schema ready: " + store);
        spec.commandLine().getOut().flush();
        return 0;
      });
    }
  }

  /** {@code parkdata db load FILE…}: saves datasets. */
  @Command(name = "load", mixinStandardHelpOptions = true,
      description = "Saves parkdata/1 datasets (JSON documents or NDJSON), each in one transaction; "
          + "entities replace stored ones with the same identifier.")
  static final class Load implements Callable<Integer> {
    @Spec CommandSpec spec;
    @ParentCommand DbCommand db;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Dataset documents (.json) or NDJSON streams (.ndjson, .jsonl).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--accept-errors", description = "Save a dataset even if validation finds errors in it.")
    boolean acceptErrors;

    @Override
    public Integer call() throws Exception {
      ParkDataJson json = ParkDataJson.standard();
      List<Dataset> datasets = new ArrayList<>();
      for (Path file : files) {
        if (!Files.isRegularFile(file)) {
          spec.commandLine().getErr().println(spec.qualifiedName() + ": cannot read " + file + ": no such file");
          spec.commandLine().getErr().flush();
          return ParkdataCommand.EXIT_SOFTWARE;
        }
        datasets.add(ParkDataJson.isNdjson(file) ? json.readNdjsonDataset(file) : json.readDataset(file));
      }
      return guarded(spec, () -> {
        DatasetStore store = db.open();
        PrintWriter out = spec.commandLine().getOut();
        for (int i = 0; i < datasets.size(); i++) {
          SaveReport report = store.save(datasets.get(i), acceptErrors ? SaveMode.ACCEPT_ERRORS : SaveMode.REFUSE_ERRORS);
          out.println(files.get(i) + ": " + describe(report));
        }
        out.flush();
        return 0;
      });
    }
  }

  static String describe(SaveReport report) {
    return report.added() + " added, " + report.replaced() + " replaced, " + report.observations() + " figures"
        + (report.duplicates().isEmpty() ? "" : "; listed twice, the later kept: " + String.join(", ", report.duplicates()))
        + (report.validation().isEmpty() ? "" : "; " + report.validation().size() + " violations");
  }

  /** {@code parkdata db load-catalog}: saves the embedded national catalogue. */
  @Command(name = "load-catalog", mixinStandardHelpOptions = true,
      description = "Saves the embedded 2018 catalogue of 2,543 development zones as parks.")
  static final class LoadCatalog implements Callable<Integer> {
    @Spec CommandSpec spec;
    @ParentCommand DbCommand db;

    @Override
    public Integer call() throws Exception {
      return guarded(spec, () -> {
        SaveReport report = db.open().loadCatalog(DevelopmentZoneCatalog.edition2018());
        spec.commandLine().getOut().println("catalogue 2018: " + describe(report));
        spec.commandLine().getOut().flush();
        return 0;
      });
    }
  }

  /** {@code parkdata db query}: prints stored figures. */
  @Command(name = "query", mixinStandardHelpOptions = true,
      description = "Prints the stored figures that match, ordered by subject, indicator and period.")
  static final class Query implements Callable<Integer> {
    @Spec CommandSpec spec;
    @ParentCommand DbCommand db;

    @Option(names = "--park", paramLabel = "CODE", description = "Figures about this park (or other subject).")
    String park;

    @Option(names = "--indicator", paramLabel = "NAME",
        description = "Figures of this indicator: a code (revenue, enterprises, custom-…) or a name (营收, 企業數).")
    String indicator;

    @Option(names = "--from", paramLabel = "DATE", description = "Periods starting on or after this day (yyyy-MM-dd).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Periods ending on or before this day (yyyy-MM-dd).")
    String to;

    @Option(names = "--province", paramLabel = "P", converter = Vocabularies.ProvinceConverter.class,
        description = "Figures about parks in this province: 江苏, 江蘇, Jiangsu, 32 or 320000.")
    Province province;

    @Option(names = "--city", paramLabel = "CITY",
        description = "Figures about catalogue zones the catalogue places in this city: 苏州 or 320500.")
    String city;

    @Option(names = "--county", paramLabel = "COUNTY",
        description = "Figures about catalogue zones the catalogue places in this county: 淄川区 or 370302.")
    String county;

    @Option(names = "--sort", paramLabel = "KEY[:desc]",
        description = "Order the figures by subject, indicator or period (KEY:desc for descending, several keys "
            + "joined by commas); by default subject, indicator, period. Sorting holds the figures in memory, "
            + "with --limit only N of them.")
    String sort;

    @Mixin Listing.Limit limit;

    @Option(names = "--json", description = "NDJSON: one parkdata/1 observation per line.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      ObservationQuery.Builder query = ObservationQuery.builder();
      if (park != null) {
        query.subject(Identifier.of(park));
      }
      if (indicator != null) {
        query.indicator(indicatorCode(indicator));
      }
      if (from != null) {
        query.from(date("--from", from));
      }
      if (to != null) {
        query.to(date("--to", to));
      }
      if (province != null) {
        query.province(province);
      }
      Set<String> zones = zonesPlaced();
      Listing<Observation> listing = new Listing<Observation>()
          .key("subject", (Observation o) -> o.subject().value())
          .key("indicator", (Observation o) -> o.indicator().code())
          .key("period", Comparator.comparing((Observation o) -> o.period().start())
              .thenComparing((Observation o) -> o.period().end()));
      ObservationQuery built;
      try {
        listing.order(sort);
        limit.value();
        built = query.build();
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage(), e);
      }
      return guarded(spec, () -> {
        PrintWriter out = spec.commandLine().getOut();
        ParkDataJson format = ParkDataJson.standard();
        List<Observation> rows;
        try (Stream<Observation> stored = db.open().streamObservations(built)) {
          Stream<Observation> placed = zones == null ? stored : stored.filter(o -> zones.contains(o.subject().value()));
          rows = listing.apply(placed.iterator(), sort, limit);
        }
        for (Observation o : rows) {
          if (json) {
            out.println(format.write(o));
          } else {
            out.println(o.subject().value() + "\t" + o.indicator().chineseName() + "\t" + o.period()
                + "\t" + MetricFormat.SIMPLIFIED.format(o.metric()));
          }
        }
        if (!json) {
          out.println(rows.size() + (rows.size() == 1 ? " figure" : " figures"));
        }
        out.flush();
        return 0;
      });
    }

    /**
     * The codes of the catalogue zones placed in --city and --county (both if both are given), or
     * null when neither narrows the figures.
     */
    private Set<String> zonesPlaced() {
      if (city == null && county == null) {
        return null;
      }
      try {
        CatalogQuery zones = DevelopmentZoneCatalog.edition2018().query();
        if (city != null) {
          zones = zones.inCity(Places.place("--city", city, true));
        }
        if (county != null) {
          zones = zones.inCounty(Places.place("--county", county, false));
        }
        Set<String> codes = new HashSet<>();
        zones.parks().forEach(p -> codes.add(p.id().value()));
        return codes;
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage(), e);
      }
    }

    /**
     * The code of the indicator {@code text} names: a {@code custom-} code as it is, else a
     * standard indicator by code or any name, or the closest names as a usage error.
     */
    private String indicatorCode(String text) {
      if (text.strip().startsWith("custom-")) {
        return text.strip();
      }
      try {
        return Indicators.byName(text).or(() -> Indicators.byCode(text.strip()))
            .orElseGet(() -> Vocabularies.indicators().resolve(text)).code();
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--indicator: " + e.getMessage(), e);
      }
    }

    private LocalDate date(String option, String text) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new ParameterException(spec.commandLine(), option + " must be a day as yyyy-MM-dd, got '" + text + "'", e);
      }
    }
  }
}
