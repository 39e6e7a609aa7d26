package dev.parkdata.benchmarks;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.parkdata.dataset.Dataset;
import dev.parkdata.io.ParkDataJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads a dataset of 100,000 parks (each with areas, observations and their sources)
 * in the parkdata format, side by side with the baseline: Jackson databind mapping the very same
 * JSON to plain Java records with {@link BigDecimal} fields. Target: parkdata within 1.5× of the
 * baseline's time, both ways.
 *
 * <p>The comparison is like for like: both sides read and write byte-identical JSON (checked in
 * setup), to and from the same in-memory buffers, and by default the baseline's parser has the
 * very limits of {@link ParkDataJson}'s own (nesting, number, name, string and document lengths)
 * and its duplicate-key detection, so that the difference measured is the mapping alone ({@code
 * -p baselineParser=defaults} gives the baseline Jackson's defaults instead). What parkdata
 * does beyond the baseline is its format's: immutable validated model objects, identifiers
 * checked and unique in the dataset, decimals bounded before they are made, units and periods
 * parsed, and paths and positions for every error.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar JsonBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class JsonBenchmark {
  @Param("100000")
  int parks;

  /**
   * The baseline's parser: {@code same} as {@link ParkDataJson}'s (limits and duplicate-key
   * detection), or Jackson's {@code defaults}.
   */
  @Param("same")
  String baselineParser;

  private final ParkDataJson json = ParkDataJson.standard();
  private JsonMapper baselineMapper;
  private Dataset dataset;
  private BaselineDataset baseline;
  private byte[] document;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(256 << 20);

  @Setup
  public void setUp() {
    baselineMapper = baselineMapper(baselineParser);
    dataset = Dataset.builder()
        .addAllParks(IntStream.range(0, parks).mapToObj(BenchmarkParks::park).collect(Collectors.toList()))
        .build();
    document = json.write(dataset).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    baseline = baselineMapper.readValue(document, BaselineDataset.class);
    byte[] again = baselineMapper.writeValueAsBytes(baseline);
    if (!java.util.Arrays.equals(document, again)) {
      throw new IllegalStateException("the baseline does not map the same JSON");
    }
  }

  @Setup(Level.Invocation)
  public void resetOutput() {
    out.reset();
  }

  @Benchmark
  public int writeParkdata() {
    json.write(dataset, out);
    return out.size();
  }

  @Benchmark
  public int writeBaseline() {
    baselineMapper.writeValue(out, baseline);
    return out.size();
  }

  @Benchmark
  public Dataset readParkdata() {
    return json.readDataset(new ByteArrayInputStream(document));
  }

  @Benchmark
  public BaselineDataset readBaseline() {
    return baselineMapper.readValue(new ByteArrayInputStream(document), BaselineDataset.class);
  }

  private static JsonMapper baselineMapper(String parser) {
    switch (parser) {
      case "defaults":
        return JsonMapper.builder().build();
      case "same":
        JsonFactory factory = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(ParkDataJson.MAX_NESTING_DEPTH)
                .maxNumberLength(ParkDataJson.MAX_NUMBER_LENGTH)
                .maxNameLength(ParkDataJson.MAX_NAME_LENGTH)
                .maxStringLength(ParkDataJson.DEFAULT_MAX_STRING_LENGTH)
                .maxDocumentLength(ParkDataJson.DEFAULT_MAX_DOCUMENT_LENGTH)
                .build())
            .build();
        return JsonMapper.builder(factory).enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
      default:
        throw new IllegalArgumentException("baselineParser is same or defaults, not " + parser);
    }
  }

  // ---- the baseline: the same data as plain records, mapped by Jackson databind

  /** A dataset document. */
  public record BaselineDataset(String format, List<BaselinePark> parks) {}

  /** A park. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record BaselinePark(
      String id,
      BaselineNames names,
      String kind,
      List<BaselineApproval> approvals,
      BaselineLocation location,
      Map<String, BaselineMetric> areas,
      List<String> leadingIndustries,
      List<BaselineObservation> observations) {}

  /** Names. */
  public record BaselineNames(String official, List<String> shortNames) {}

  /** An approval. */
  public record BaselineApproval(String level, @JsonFormat(pattern = "yyyy-MM") YearMonth date) {}

  /** A location. */
  public record BaselineLocation(String province, String city) {}

  /** A metric with its decimal as a JSON string. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record BaselineMetric(
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal value, String unit, String qualifier) {}

  /** An observation. */
  public record BaselineObservation(String indicator, String period, BaselineMetric metric, BaselineCitation citation) {}

  /** A citation. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record BaselineCitation(BaselineSource source, String quote) {}

  /** A source. */
  public record BaselineSource(String publisher, String title, LocalDate published) {}
}
