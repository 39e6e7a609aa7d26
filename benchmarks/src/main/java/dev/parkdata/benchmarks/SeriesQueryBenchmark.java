package dev.parkdata.benchmarks;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.jdbc.DatasetStore;
import dev.parkdata.jdbc.SaveMode;
import dev.parkdata.model.Identifier;
import dev.parkdata.observation.Indicators;
import dev.parkdata.observation.Observation;
import dev.parkdata.park.Park;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A series query, {@link DatasetStore#series} for one park and indicator, over 1,000,000 stored
 * observations (five times 10,000 parks of 20, saved once per trial, which takes a while), through
 * a pool of two connections as an application would hold. Target: at most 10 ms on PostgreSQL.
 *
 * <pre>. .ci/start-postgres
 * java -jar benchmarks/target/benchmarks.jar SeriesQueryBenchmark -p database=postgresql -f 1 -wi 3 -i 5</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SeriesQueryBenchmark {
  static final int ROUNDS = 5;

  @Param({"postgresql", "h2"})
  public String database;

  private DatasetStore store;
  private int next;

  /** Stores 1,000,000 observations: five rounds of the 10,000-park dataset of {@link ValidationBenchmark} under new codes. */
  @Setup(Level.Trial)
  public void fill() {
    store = DatasetStore.open(StoreDatabase.pooled(database));
    store.clear();
    Dataset base = ValidationBenchmark.generate(new Random(20_261_204L));
    for (int round = 0; round < ROUNDS; round++) {
      String prefix = "R" + round + "-";
      Dataset renamed =
          Dataset.builder()
              .addAllParks(
                  base.parks().stream()
                      .map(p -> {
                        Identifier id = Identifier.of(prefix + p.id().value());
                        return Park.builder().from(p).id(id)
                            .observations(p.observations().stream()
                                .map(o -> o.withSubject(id))
                                .collect(java.util.stream.Collectors.toList()))
                            .build();
                      })
                      .collect(java.util.stream.Collectors.toList()))
              .build();
      store.save(renamed, SaveMode.ACCEPT_ERRORS);
    }
  }

  /** The revenue series of one park, a different one each call. */
  @Benchmark
  public List<Observation> series() {
    next = (next + 7919) % ValidationBenchmark.PARKS;
    String id = "R" + (next % ROUNDS) + "-" + String.format("G%06d", next);
    return store.series(Identifier.of(id), Indicators.REVENUE);
  }
}
