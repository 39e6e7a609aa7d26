package dev.parkdata.examples.cli;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.io.NdjsonWriter;
import dev.parkdata.io.ObservationCsv;
import dev.parkdata.io.ObservationCsvException;
import dev.parkdata.io.ParkDataJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parkdata convert-format INPUT [-o OUTPUT] [--to json|ndjson|csv] [--pretty]}: converts
 * park data between its three forms: a dataset document (JSON), an NDJSON stream of entities
 * ({@code .ndjson}, {@code .jsonl}) and the tidy CSV of {@link ObservationCsv} (park code and
 * name, indicator, period, figure, source: the observations only, so that a CSV read back gives
 * a dataset of observations, whose indicators must be standard or {@code custom-} ones; a
 * dataset's own indicators need its document). The input's form follows its
 * extension ({@code .csv}, {@code .ndjson}/{@code .jsonl}, else a document); the output's is
 * {@code --to}, by default the document for a stream or a CSV and the stream for a document. A
 * form may also be rewritten as itself ({@code --to json --pretty} of a document indents it).
 * {@code --pretty} indents a JSON document and applies to nothing else (NDJSON is a record a
 * line, CSV has no indentation): with another output it is a usage error. Without {@code -o} the
 * result goes to standard output. Exit status 0 on success, 1 if the input cannot be read (the
 * error names the file, JSON path or CSV line, and the column), 2 on a usage error.
 */
@Command(
    name = "convert-format",
    mixinStandardHelpOptions = true,
    description = "Converts park data between a dataset document (JSON), an NDJSON stream of entities and a CSV "
        + "of its observations.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  parkdata convert-format parks.ndjson -o parks.json --pretty",
        "  parkdata convert-format parks.json --to json --pretty",
        "  parkdata convert-format parks.json --to ndjson -o parks.ndjson",
        "  parkdata convert-format parks.json --to csv -o observations.csv",
        "  parkdata convert-format observations.csv -o observations.json",
        "",
        "Exit status: 0 on success, 1 if the input cannot be read, 2 on a usage error."
    })
public final class ConvertFormatCommand implements Callable<Integer> {
  /** A form of park data. */
  enum Format {
    /** A dataset document. */
    JSON,
    /** An NDJSON stream, one entity per line. */
    NDJSON,
    /** The dataset's observations as a tidy CSV ({@link ObservationCsv}). */
    CSV;

    /** The form of {@code file}, by its extension. */
    static Format of(Path file) {
      if (ParkDataJson.isNdjson(file)) {
        return NDJSON;
      }
      return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
          ? CSV : JSON;
    }
  }

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "INPUT", description = "A dataset document, an NDJSON file (.ndjson, .jsonl) or a CSV of observations (.csv: read back "
          + "as observations alone, of standard or custom- indicators).")
  private Path input;

  @Option(names = {"-o", "--output"}, paramLabel = "OUTPUT", description = "Where to write; standard output if absent.")
  private Path output;

  @Option(names = "--to", paramLabel = "FORMAT",
      description = "json, ndjson or csv (the observations, one row each); by default json for an NDJSON or CSV "
          + "INPUT and ndjson for a document.")
  private String to;

  @Option(names = "--pretty", description = "Indent the JSON document (an output of json only).")
  private boolean pretty;

  /** Creates the command; picocli fills in its options. */
  public ConvertFormatCommand() {}

  @Override
  public Integer call() {
    Format from = Format.of(input);
    Format target = target(from);
    if (pretty && target != Format.JSON) {
      throw new ParameterException(spec.commandLine(), "--pretty indents a JSON document; " + target.name().toLowerCase(Locale.ROOT)
          + (target == Format.NDJSON ? " keeps one record a line" : " has no indentation"));
    }
    Inputs.check(input);
    ParkDataJson json = ParkDataJson.builder().pretty(pretty).build();
    PrintWriter err = spec.commandLine().getErr();
    try {
      Dataset dataset = read(json, from);
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
          try (NdjsonWriter writer = output == null ? json.ndjsonWriter(out) : json.ndjsonWriter(output)) {
            writer.writeDataset(dataset);
          }
          out.flush();
          break;
        default:
          if (output == null) {
            ObservationCsv.write(out, dataset);
            out.flush();
          } else {
            try (Writer file = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
              ObservationCsv.write(file, dataset);
            } catch (IOException e) {
              throw new Inputs.CannotWrite(output.toString(), e);
            }
          }
      }
      return 0;
    } catch (RuntimeException e) {
      if (!Inputs.unreadable(e) && !(e instanceof ObservationCsvException)) {
        throw e;
      }
      // io's messages name the file; a CSV's names the line and column only
      err.println(e instanceof ObservationCsvException ? spec.qualifiedName() + ": " + input + ": " + e.getMessage() : e.getMessage());
      err.flush();
      return 1;
    }
  }

  /** The dataset of {@link #input}, read as {@code from}: a CSV gives its observations alone. */
  private Dataset read(ParkDataJson json, Format from) {
    switch (from) {
      case NDJSON:
        return json.readNdjsonDataset(input);
      case CSV:
        try (Reader csv = Inputs.utf8(Files.newInputStream(input))) {
          return Dataset.builder().addAllObservations(ObservationCsv.read(csv)).build();
        } catch (IOException e) {
          throw new Inputs.CannotRead(input.toString(), e.getMessage());
        }
      default:
        return json.readDataset(input);
    }
  }

  private Format target(Format from) {
    if (to != null) {
      try {
        return Format.valueOf(to.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--to must be json, ndjson or csv, got '" + to + "'", e);
      }
    }
    return from == Format.JSON ? Format.NDJSON : Format.JSON;
  }
}
