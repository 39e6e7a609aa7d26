package dev.parkdata.benchmarks;

import dev.parkdata.metric.Metric;
import dev.parkdata.metric.MetricParser;
import java.text.ParsePosition;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parse throughput of {@link Metric#parse(CharSequence)} on a mix of 20 realistic expressions:
 * simplified and traditional, Arabic and Chinese numerals, qualifiers before and after, 余/多 and
 * ranges. The score is the average time per expression. Target: ≤ 500 ns on one core.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar MetricParseBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MetricParseBenchmark {
  static final String[] EXPRESSIONS = {
    "31.85平方公里",
    "2萬餘家",
    "440多家",
    "400-600個",
    "超亿元",
    "200亿元以上",
    "最高2000万元",
    "约1GW",
    "不低于500PFLOPS",
    "近1000个",
    "突破1900亿元",
    "48.51畝",
    "約11億度",
    "1.5万亿美元",
    "21.6%",
    "5000余万元",
    "10至20亿元",
    "一百零五项",
    "44,451平米",
    "百分之三十",
  };

  private final MetricParser parser = MetricParser.standard();

  /** Parses every expression of the mix as a whole string. */
  @Benchmark
  @OperationsPerInvocation(20)
  public void parse(Blackhole bh) {
    for (String expression : EXPRESSIONS) {
      bh.consume(Metric.parse(expression));
    }
  }

  /** Parses every expression through the extractor's entry point, from an index. */
  @Benchmark
  @OperationsPerInvocation(20)
  public void parseAtPosition(Blackhole bh) {
    for (String expression : EXPRESSIONS) {
      bh.consume(parser.parse(expression, new ParsePosition(0)));
    }
  }
}
