package dev.parkdata.examples.cli;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.io.NdjsonWriter;
import dev.parkdata.io.ParkDataJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parkdata convert-format INPUT [-o OUTPUT] [--to json|ndjson] [--pretty]}: turns an
 * NDJSON stream ({@code .ndjson}, {@code .jsonl}) into a dataset document and a dataset document
 * into an NDJSON stream. The direction follows the input's extension unless {@code --to} names
 * it. Without {@code -o} the result goes to standard output. Exit status 0 on success, 1 if the
 * input cannot be read (the error names the file, JSON path, line and column).
 */
@Command(
    name = "convert-format",
    mixinStandardHelpOptions = true,
    description = "Converts between a parkdata dataset document (JSON) and an NDJSON stream of entities.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  parkdata convert-format parks.ndjson -o parks.json --pretty",
        "  parkdata convert-format parks.json --to ndjson -o parks.ndjson",
        "",
        "Exit status: 0 on success, 1 if the input cannot be read."
    })
public final class ConvertFormatCommand implements Callable<Integer> {
  /** What to convert to. */
  enum Target {
    /** A dataset document. */
    JSON,
    /** An NDJSON stream, one entity per line. */
    NDJSON
  }

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "INPUT", description = "A dataset document or an NDJSON file.")
  private Path input;

  @Option(names = {"-o", "--output"}, paramLabel = "OUTPUT", description = "Where to write; standard output if absent.")
  private Path output;

  @Option(names = "--to", paramLabel = "FORMAT",
      description = "json or ndjson; by default the other format than INPUT's (.ndjson and .jsonl are NDJSON).")
  private String to;

  @Option(names = "--pretty", description = "Indent the dataset document.")
  private boolean pretty;

  /** Creates the command; picocli fills in its options. */
  public ConvertFormatCommand() {}

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Target target;
    try {
      target = target();
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.flush();
      return 2;
    }
    Inputs.check(input);
    ParkDataJson json = ParkDataJson.builder().pretty(pretty).build();
    try {
      if (target == Target.JSON) {
        Dataset dataset = json.readNdjsonDataset(input);
        if (output == null) {
          PrintWriter out = spec.commandLine().getOut();
          json.write(dataset, out);
          out.println();
          out.flush();
        } else {
          json.write(dataset, output);
        }
      } else {
        Dataset dataset = json.readDataset(input);
        if (output == null) {
          PrintWriter out = spec.commandLine().getOut();
          try (NdjsonWriter writer = json.ndjsonWriter(out)) {
            writer.writeDataset(dataset);
          }
          out.flush();
        } else {
          try (NdjsonWriter writer = json.ndjsonWriter(output)) {
            writer.writeDataset(dataset);
          }
        }
      }
      return 0;
    } catch (RuntimeException e) {
      if (!Inputs.unreadable(e)) {
        throw e;
      }
      err.println(e.getMessage());
      err.flush();
      return 1;
    }
  }

  private Target target() {
    if (to != null) {
      try {
        return Target.valueOf(to.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--to must be json or ndjson, got '" + to + "'", e);
      }
    }
    return ParkDataJson.isNdjson(input) ? Target.JSON : Target.NDJSON;
  }
}
