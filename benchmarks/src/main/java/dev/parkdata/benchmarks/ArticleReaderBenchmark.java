package dev.parkdata.benchmarks;

import dev.parkdata.extract.ArticleDraft;
import dev.parkdata.extract.ArticleReader;
import dev.parkdata.source.Source;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link ArticleReader} on a text with no stop at all: a park's name, then {@link #figures} times
 * 产值1亿元， (six characters each). Its rules read the words of a figure's sentence; without a bound
 * on how far back and on they look, every figure would read the whole run, and the time would grow
 * with the square of the text (a run of 20,000 took 84 s before the bound). The score is the time
 * of one read; a time that grows with {@link #figures} and no faster shows the bound at work.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar ArticleReaderBenchmark -f 1 -wi 3 -i 5</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ArticleReaderBenchmark {
  /** How many figures the run holds. */
  @Param({"5000", "20000"})
  public int figures;

  private String text;
  private final Source source =
      Source.builder().publisher("基准").title("基准").published(LocalDate.of(2021, 1, 5)).build();

  @Setup
  public void setUp() {
    StringBuilder sb = new StringBuilder("苏州工业园区");
    for (int i = 0; i < figures; i++) {
      sb.append("产值1亿元，");
    }
    text = sb.toString();
    ArticleDraft draft = ArticleReader.standard().read(text, source);
    int read = draft.dataset().parks().stream().mapToInt(p -> p.observations().size()).sum();
    if (read != figures) {
      throw new IllegalStateException("read " + read + " of " + figures + " figures");
    }
  }

  /** Reads the run into a draft. */
  @Benchmark
  public ArticleDraft readRunWithoutStops() {
    return ArticleReader.standard().read(text, source);
  }
}
