package dev.parkdata.benchmarks;

import static org.quicktheories.QuickTheory.qt;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.park.Park;
import dev.parkdata.testing.DatasetGen;
import dev.parkdata.testing.ParkGen;
import dev.parkdata.testing.ParkGenerators;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of parkdata-testing's generators, drawn with {@link ParkGenerators#draw} from a
 * {@link SplittableRandom}, as a property's examples are: 1,000 parks of the default generator
 * (two levels deep, up to three sub-zones per zone: 4.7 zones on average, each with names,
 * approvals, areas that add up, figures cited from sources, and targets), and 1,000 datasets of
 * {@code ofMaxSize(20)} (up to 20 parks one level deep and as many organisations, clusters,
 * chains and policies: on average 10.1 parks of 20.2 zones and 40 other entities). Each
 * invocation draws the same 1,000 values from the same seed and counts as 1,000 operations, so
 * the scores are parks per second and datasets per second; the setup prints the sizes of what
 * is drawn. {@link #parkProperty} runs a QuickTheories property of 1,000 examples of the same
 * parks that always holds, so its score is examples per second with QuickTheories' own source
 * of randomness, which records every number drawn for shrinking. Target: at least 10,000 parks
 * per second on one core, so that generating a property's 1,000 examples takes a tenth of a
 * second.
 *
 * <pre>taskset -c 1 java -jar benchmarks/target/benchmarks.jar GenerationBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GenerationBenchmark {
  static final int DRAWS = 1_000;
  static final long SEED = 20_261_204L;

  private final ParkGen parks = ParkGenerators.parks();
  private final DatasetGen datasets = ParkGenerators.datasets().ofMaxSize(20);

  /** Prints what the benchmarks draw: the zones of the parks, the parks of the datasets. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(SEED);
    int zones = 0;
    for (int i = 0; i < DRAWS; i++) {
      zones += zones(parks.draw(random));
    }
    random = new SplittableRandom(SEED);
    int datasetParks = 0;
    int datasetZones = 0;
    int others = 0;
    for (int i = 0; i < DRAWS; i++) {
      Dataset d = datasets.draw(random);
      datasetParks += d.parks().size();
      datasetZones += d.allParks().size();
      others += d.organisations().size() + d.clusters().size() + d.chains().size() + d.policies().size();
    }
    System.out.printf(
        "%n%,d parks: %,d zones; %,d datasets: %,d parks, %,d zones, %,d organisations, clusters, chains and policies%n",
        DRAWS, zones, DRAWS, datasetParks, datasetZones, others);
  }

  private static int zones(Park park) {
    int n = 1;
    for (Park sub : park.subZones()) {
      n += zones(sub);
    }
    return n;
  }

  /** Draws 1,000 parks of the default generator. */
  @Benchmark
  @OperationsPerInvocation(DRAWS)
  public void parks(Blackhole bh) {
    SplittableRandom random = new SplittableRandom(SEED);
    for (int i = 0; i < DRAWS; i++) {
      Park park = parks.draw(random);
      bh.consume(park);
    }
  }

  /** Runs a property over 1,000 parks of the default generator; the property always holds. */
  @Benchmark
  @OperationsPerInvocation(DRAWS)
  public void parkProperty(Blackhole bh) {
    qt().withFixedSeed(SEED).withExamples(DRAWS).forAll(parks).check(park -> {
      bh.consume(park);
      return true;
    });
  }

  /** Draws 1,000 datasets of up to 20 parks. */
  @Benchmark
  @OperationsPerInvocation(DRAWS)
  public void datasets(Blackhole bh) {
    SplittableRandom random = new SplittableRandom(SEED);
    for (int i = 0; i < DRAWS; i++) {
      bh.consume(datasets.draw(random));
    }
  }
}
