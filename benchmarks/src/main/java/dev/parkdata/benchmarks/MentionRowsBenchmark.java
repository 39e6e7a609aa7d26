package dev.parkdata.benchmarks;

import dev.parkdata.extract.Mention;
import dev.parkdata.extract.MetricExtractor;
import dev.parkdata.spark.InternalRows;
import dev.parkdata.spark.ParkdataFunctions;
import dev.parkdata.spark.ParkdataTypes;
import dev.parkdata.testing.ArticleCorpus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeProjection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the Spark job's rows cost beside the extraction they carry, on one thread, without Spark's
 * scheduler: {@link #extract} finds every figure of {@value #ARTICLES} {@link ArticleCorpus}
 * articles with its park (as {@code pd_extract}); {@link #rows} makes the {@link
 * ParkdataTypes#MENTION} row of each of those mentions in Spark's internal form ({@link
 * InternalRows}) and copies it into an unsafe row, as Spark's generated code does in the job's
 * pass. The ratio {@code rows / extract} is the share the rows add to the pass (issue 21).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar:$(cat benchmarks/target/spark.classpath) \
 *   org.openjdk.jmh.Main MentionRowsBenchmark -f 1 -wi 4 -w 2s -i 5 -r 2s</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MentionRowsBenchmark {
  /** How many articles, about 4.7 KB each. */
  static final int ARTICLES = 1_000;

  private final MetricExtractor extractor = ParkdataFunctions.extractor();
  private final List<String> articles = new ArrayList<>();
  private final List<Mention> mentions = new ArrayList<>();
  private UnsafeProjection unsafe;

  @Setup
  public void setUp() {
    for (int i = 0; i < ARTICLES; i++) {
      String text = ArticleCorpus.article(i);
      articles.add(text);
      mentions.addAll(extractor.extract(text));
    }
    unsafe = UnsafeProjection.create(ParkdataTypes.MENTION);
    System.out.println();
    System.out.println("mentions: " + mentions.size());
  }

  /** Every figure of the articles, with its park. */
  @Benchmark
  public long extract() {
    long n = 0;
    for (String text : articles) {
      n += extractor.extract(text).size();
    }
    return n;
  }

  /** The rows of those figures, made and copied into unsafe rows. */
  @Benchmark
  public long rows() {
    InternalRows writer = new InternalRows();
    long bytes = 0;
    for (Mention m : mentions) {
      InternalRow row = writer.mention(m);
      bytes += unsafe.apply(row).getSizeInBytes();
    }
    return bytes;
  }
}
