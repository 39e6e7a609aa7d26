package dev.parkdata.benchmarks;

import dev.parkdata.extract.MetricExtractor;
import dev.parkdata.spark.ParkdataFunctions;
import dev.parkdata.spark.example.FigureTotalsJob;
import dev.parkdata.testing.ArticleCorpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.launcher.JavaModuleOptions;
import org.apache.spark.sql.SparkSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The extraction job of {@code FigureTotalsJob} on Spark {@code local[2]} against the extractor
 * on one thread, in the same fork, over the same directory of {@link #megabytes} MB of articles
 * ({@link ArticleCorpus}, about 4.6 KB each), made once per trial:
 *
 * <ul>
 *   <li>{@link #singleThread}: each file read and decoded, every mention extracted with its park
 *       ({@code ParkdataFunctions.extractor()}, as {@code pd_extract}), on one thread;
 *   <li>{@link #sparkExtraction}: {@code FigureTotalsJob.mentions(spark, dir)}, the job's pass,
 *       every column of every mention made and dropped ({@code noop} output): each file read,
 *       decoded and extracted by its task, as {@code pd_extract} does, its mentions made rows;
 *   <li>{@link #sparkExtractionFunction}: the same mentions by {@code pd_extract} over the text
 *       column of {@code FigureTotalsJob.articles}, the rows exploded;
 *   <li>{@link #sparkRead}: the articles read and decoded by the same tasks as a column, no
 *       extraction: what Spark costs whatever the work.
 * </ul>
 *
 * The score is the time of one pass (single shots), after five passes of each to warm up: the
 * extractor alone is steady after one, the job's pass only after four or five (100 MB, 2026-12-06,
 * four forks: 6.6–7.5 s on its second pass, 5.4–6.2 s on its sixth), so that two warm-up passes
 * understate it by some 10%. Throughput is {@code megabytes} / seconds.
 * Target: {@code sparkExtraction} at least 1.6× the throughput of {@code singleThread}. Per
 * article, Spark's overhead in core time is {@code (2 × sparkExtraction − singleThread) /
 * articles}; {@code sparkRead} shows how much of it is reading. Spark needs the JVM options of
 * its launcher, so the benchmark is started by its own {@link #main}, which adds them to the
 * fork, with Spark's jars after the benchmarks jar on the class path (they are not shaded in):
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar:$(cat benchmarks/target/spark.classpath) \
 *   dev.parkdata.benchmarks.SparkExtractionBenchmark                   # 200 MB, 5 warm-up and 5 measured shots
 * java -cp … dev.parkdata.benchmarks.SparkExtractionBenchmark -f 1 -wi 0 -i 1 -p megabytes=2   # a smoke run
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5) // the job's pass keeps getting faster for four or five passes, the extractor alone for one
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {SparkExtractionBenchmark.XMS, SparkExtractionBenchmark.XMX})
public class SparkExtractionBenchmark {
  /** The fork's heap, fixed: also given by {@link #main}, whose JVM options replace the annotation's. */
  static final String XMS = "-Xms3g";
  static final String XMX = "-Xmx3g";

  /** How much text, in MB (10^6 bytes) of UTF-8. */
  @Param("200")
  public int megabytes;

  /** Spark's master: {@code local[2]} is the target's; {@code local[1]} shows Spark's cost on one core. */
  @Param("local[2]")
  public String master;

  private Path dir;
  private List<Path> files;
  private SparkSession spark;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("parkdata-articles");
    files = new ArrayList<>();
    long bytes = 0;
    for (int i = 0; bytes < megabytes * 1_000_000L; i++) {
      byte[] text = ArticleCorpus.article(i).getBytes(StandardCharsets.UTF_8);
      Path file = dir.resolve(ArticleCorpus.fileName(i));
      Files.write(file, text);
      files.add(file);
      bytes += text.length;
    }
    spark = SparkSession.builder()
        .master(master)
        .appName("SparkExtractionBenchmark")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        // tasks of 32 MB: 200 MB is 8 tasks on local[2], each core's share in four
        .config("spark.sql.files.maxPartitionBytes", String.valueOf(32 << 20))
        .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    ParkdataFunctions.register(spark);
    System.out.println();
    System.out.println("articles: " + files.size() + ", " + bytes + " bytes of UTF-8");
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    spark.stop();
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  /** Every mention of every article, on this thread. */
  @Benchmark
  public long singleThread() throws IOException {
    long mentions = 0;
    MetricExtractor extractor = ParkdataFunctions.extractor(); // with park names, as pd_extract
    for (Path file : files) {
      mentions += extractor.extract(Files.readString(file)).size();
    }
    return mentions;
  }

  /** Every mention of every article, on {@code local[2]}: the job's extraction. */
  @Benchmark
  public void sparkExtraction() {
    FigureTotalsJob.mentions(spark, dir.toString()).write().format("noop").mode("overwrite").save();
  }

  /** The same mentions by {@code pd_extract} over the column of {@code sparkRead}'s articles. */
  @Benchmark
  public void sparkExtractionFunction() {
    FigureTotalsJob.mentions(FigureTotalsJob.articles(spark, dir.toString()))
        .write().format("noop").mode("overwrite").save();
  }

  /** The articles read and decoded on {@code local[2]}, nothing extracted. */
  @Benchmark
  public void sparkRead() {
    FigureTotalsJob.articles(spark, dir.toString()).write().format("noop").mode("overwrite").save();
  }

  /**
   * Runs this benchmark with JMH's command-line options, adding the JVM options Spark's launcher
   * gives ({@code JavaModuleOptions}) to the fork.
   */
  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    CommandLineOptions cli = new CommandLineOptions(args);
    OptionsBuilder options = new OptionsBuilder();
    options.parent(cli);
    if (cli.getIncludes().isEmpty()) {
      options.include(SparkExtractionBenchmark.class.getSimpleName());
    }
    List<String> jvm = new ArrayList<>(List.of(XMS, XMX));
    jvm.addAll(List.of(JavaModuleOptions.defaultModuleOptionArray()));
    options.jvmArgsAppend(jvm.toArray(new String[0]));
    new Runner(options.build()).run();
  }
}
