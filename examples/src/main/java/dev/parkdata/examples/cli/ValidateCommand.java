package dev.parkdata.examples.cli;

import dev.parkdata.chain.IndustrialChain;
import dev.parkdata.cluster.Cluster;
import dev.parkdata.dataset.Dataset;
import dev.parkdata.io.ParkDataJson;
import dev.parkdata.io.ReadResult;
import dev.parkdata.io.UnknownFields;
import dev.parkdata.organisation.Organisation;
import dev.parkdata.park.Park;
import dev.parkdata.validation.Severity;
import dev.parkdata.validation.ValidationReport;
import dev.parkdata.validation.Validator;
import dev.parkdata.validation.Violation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code parkdata validate [FILE...] [--json] [--select CODE]... [--silence CODE]...
 * [--min-severity S]}: validates park data files (dataset documents, or NDJSON streams named
 * {@code .ndjson} or {@code .jsonl}) with the standard rules and prints the report; without a
 * file, the built-in fixtures (the figures of five news articles). Files are read leniently: a
 * value that cannot be read is reported as {@code json.unreadable}, the smallest element it
 * leaves unbuildable as {@code json.left-out} (its parent is kept), an unknown field as {@code
 * json.unknown-field}; a file that is not JSON at all is reported on standard error.
 *
 * <p>As text it prints {@link ValidationReport#toText()}, or, when it shows no violation, what
 * was validated: {@code Validated the built-in fixtures (7 parks, 42 observations): no
 * violations.} With {@code --json} it prints one JSON object per violation and line, with
 * exactly the fields {@code code}, {@code severity}, {@code path} (in the model, elements keyed
 * by identifier), {@code pointer} (a JSON Pointer into the file read, {@code /parks/0/kind};
 * the pointer form of the path for the built-in fixtures and NDJSON files), {@code figures} (an array of {@code {"label","text"}}), {@code chinese}
 * and {@code english}, and nothing when there are no violations. {@code --min-severity} hides milder violations from the output only. Exit status:
 * 0 when no error is found, 1 when any is (shown or not), 2 for a usage error such as an unknown
 * rule code.
 *
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Validates park data with the standard rules and prints every violation found, with its rule "
        + "code, severity, path, figures and a message in Chinese and English. Without a file, validates the "
        + "built-in fixtures.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  parkdata validate",
        "  parkdata validate parks.json exports/parks.ndjson",
        "  parkdata validate --silence date --min-severity WARNING",
        "  parkdata validate --select area --json",
        "  {\"code\":\"area.subzones-exceed-parent\",\"severity\":\"ERROR\",…}",
        "  parkdata validate parks.json --sort path --limit 20",
        "",
        "Exit status: 0 if no error was found, 1 if any was, 2 on a usage error."
    })
public final class ValidateCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FILE",
      description = "Dataset documents (JSON) or NDJSON files (.ndjson, .jsonl); the built-in fixtures if none.")
  private List<Path> files = new ArrayList<>();

  @Option(names = "--json", description = "Print one JSON object per violation and line.")
  private boolean json;

  @Option(
      names = "--select",
      split = ",",
      paramLabel = "CODE",
      description = "Run only these rules: a code (area.subzones-exceed-parent) or group (area).")
  private List<String> selected = new ArrayList<>();

  @Option(
      names = "--silence",
      split = ",",
      paramLabel = "CODE",
      description = "Do not run these rules: a code or a group.")
  private List<String> silenced = new ArrayList<>();

  @Option(
      names = "--min-severity",
      paramLabel = "SEVERITY",
      converter = Vocabularies.SeverityConverter.class,
      description = "Show only violations at least this bad: ${COMPLETION-CANDIDATES} in any case, or 错误, 警告, 提示 "
          + "(default: INFO).")
  private Severity minSeverity = Severity.INFO;

  @Option(names = "--sort", paramLabel = "KEY[:desc]",
      description = "Order the violations by severity, code or path (KEY:desc for descending, several keys joined by "
          + "commas); by default in the order found.")
  private String sort;

  @Mixin private Listing.Limit limit;

  /** The datasets to validate when no file is given, by name; read only then. */
  private final Supplier<Map<String, Dataset>> defaults;

  /** Creates the command; picocli fills in its options. */
  public ValidateCommand() {
    this.defaults = () -> Map.of(BuiltInFixtures.NAME, BuiltInFixtures.dataset());
  }

  /**
   * Creates the command to validate {@code defaults}, keyed by what each is, when no file is
   * given (for tests).
   */
  ValidateCommand(Map<String, Dataset> defaults) {
    Map<String, Dataset> copy = new LinkedHashMap<>(defaults);
    this.defaults = () -> copy;
  }

  @Override
  public Integer call() {
    Validator validator = validator();
    // Every file is checked before any is read: a missing one is one line and nothing else.
    files.forEach(Inputs::check);
    ValidationReport report = ValidationReport.empty();
    List<String> validated = new ArrayList<>();
    // the JSON Pointer into its file of each violation found in one
    Map<Violation, String> pointers = new java.util.IdentityHashMap<>();
    boolean unreadable = false;
    if (files.isEmpty()) {
      for (Map.Entry<String, Dataset> input : defaults.get().entrySet()) {
        report = report.merge(validator.validate(input.getValue()));
        validated.add(describe(input.getKey(), input.getValue()));
      }
    }
    // Files are read leniently: unknown fields become warnings, not failures.
    ParkDataJson reader = files.isEmpty() ? null : ParkDataJson.builder().unknownFields(UnknownFields.WARN).build();
    for (Path file : files) {
      try {
        ReadResult<Dataset> read = reader.readAndValidate(file, validator);
        report = report.merge(read.report());
        read.report().violations().forEach(v -> pointers.put(v, read.jsonPointer(v)));
        validated.add(describe(file.toString(), read.value()));
      } catch (RuntimeException e) {
        if (!Inputs.unreadable(e)) {
          throw e;
        }
        spec.commandLine().getErr().println(e.getMessage());
        spec.commandLine().getErr().flush();
        unreadable = true;
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    ValidationReport shown = report.atLeast(minSeverity);
    List<Violation> listed = listed(shown.violations());
    if (json) {
      listed.forEach(v -> out.println(JsonLines.violation(v, pointers.getOrDefault(v, v.path().toJsonPointer()))));
    } else if (shown.isEmpty()) {
      if (!validated.isEmpty() || !unreadable) { // "validated nothing" would hide that a file was not read
        out.println(summary(validated, report.size() - shown.size()));
      }
    } else if (listed.size() == shown.size() && sort == null) {
      out.print(shown.toText());
    } else {
      out.print(ValidationReport.of(listed).toText());
      if (listed.size() < shown.size()) {
        out.println("(" + (shown.size() - listed.size()) + " more not shown: --limit " + limit.value().getAsInt() + ")");
      }
    }
    out.flush();
    return report.hasErrors() || unreadable ? 1 : 0;
  }

  /** The violations as --sort and --limit ask. */
  private List<Violation> listed(List<Violation> violations) {
    Listing<Violation> listing = new Listing<Violation>()
        .key("severity", Violation::severity)
        .key("code", Violation::code)
        .key("path", (Violation v) -> v.path().toString());
    try {
      return listing.apply(violations, sort, limit);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /**
   * What was validated and that nothing was found: {@code Validated the built-in fixtures (7
   * parks, 42 observations): no violations.}, saying how many milder violations were hidden.
   */
  private String summary(List<String> validated, int hidden) {
    String found = hidden == 0
        ? "no violations."
        : "no violations at " + minSeverity + " or worse (" + count(hidden, "milder violation")
            + " hidden).";
    return "Validated " + (validated.isEmpty() ? "nothing" : String.join(" and ", validated)) + ": " + found;
  }

  /** The number of observations of {@code dataset}: held by its entities or free-standing. */
  private static int observations(Dataset dataset) {
    int n = dataset.observations().size();
    for (Park p : dataset.allParks()) {
      n += p.observations().size();
    }
    for (Cluster c : dataset.clusters()) {
      n += c.observations().size();
    }
    for (IndustrialChain c : dataset.chains()) {
      n += c.observations().size();
    }
    for (Organisation o : dataset.organisations()) {
      n += o.observations().size();
    }
    return n;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String describe(String what, Dataset dataset) {
    return what + " (" + count(dataset.allParks().size(), "park") + ", "
        + count(observations(dataset), "observation") + ")";
  }

  private Validator validator() {
    try {
      return Validator.builder()
          .addStandardRules()
          .select(selected.toArray(new String[0]))
          .silence(silenced.toArray(new String[0]))
          .build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
