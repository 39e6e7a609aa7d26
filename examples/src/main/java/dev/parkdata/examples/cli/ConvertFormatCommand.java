package dev.parkdata.examples.cli;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.io.NdjsonWriter;
import dev.parkdata.io.ObservationCsv;
import dev.parkdata.io.ParkDataJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parkdata convert-format INPUT [-o OUTPUT] [--to json|ndjson|csv] [--pretty]}: turns an
 * NDJSON stream ({@code .ndjson}, {@code .jsonl}) into a dataset document and a dataset document
 * into an NDJSON stream; {@code --to csv} writes either's observations as the tidy CSV of {@link
 * ObservationCsv} (park code and name, indicator, period, figure, source), which reads back. The direction follows the input's extension unless {@code --to} names
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
        "  parkdata convert-format parks.json --to csv -o observations.csv",
        "",
        "Exit status: 0 on success, 1 if the input cannot be read."
    })
public final class ConvertFormatCommand implements Callable<Integer> {
  /** What to convert to. */
  enum Target {
    /** A dataset document. */
    JSON,
    /** An NDJSON stream, one entity per line. */
    NDJSON,
    /** The dataset's observations as a tidy CSV ({@link ObservationCsv}). */
    CSV
  }

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "INPUT", description = "A dataset document or an NDJSON file.")
  private Path input;

  @Option(names = {"-o", "--output"}, paramLabel = "OUTPUT", description = "Where to write; standard output if absent.")
  private Path output;

  @Option(names = "--to", paramLabel = "FORMAT",
      description = "json, ndjson or csv (the observations, one row each); by default the other format than "
          + "INPUT's (.ndjson and .jsonl are NDJSON).")
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
      // a document becomes a stream and a stream a document; the CSV is of either, by its name
      boolean ndjsonIn = target == Target.JSON || target == Target.CSV && ParkDataJson.isNdjson(input);
      Dataset dataset = ndjsonIn ? json.readNdjsonDataset(input) : json.readDataset(input);
      PrintWriter out = spec.commandLine().getOut();
      switch (target) {
        case JSON:
          if (output == null) {
            json.write(dataset, out);
            out.println();
            out.flush();
          } else {
            json.write(dataset, output);
          }
          break;
        case NDJSON:
          if (output == null) {
            try (NdjsonWriter writer = json.ndjsonWriter(out)) {
              writer.writeDataset(dataset);
            }
            out.flush();
          } else {
            try (NdjsonWriter writer = json.ndjsonWriter(output)) {
              writer.writeDataset(dataset);
            }
          }
          break;
        default:
          if (output == null) {
            ObservationCsv.write(out, dataset);
            out.flush();
          } else {
            try (Writer file = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
              ObservationCsv.write(file, dataset);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
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
        throw new IllegalArgumentException("--to must be json, ndjson or csv, got '" + to + "'", e);
      }
    }
    return ParkDataJson.isNdjson(input) ? Target.JSON : Target.NDJSON;
  }
}
