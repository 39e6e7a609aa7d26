package dev.parkdata.benchmarks;

import dev.parkdata.catalog.DevelopmentZoneCatalog;
import dev.parkdata.catalog.Placement;
import dev.parkdata.location.Province;
import dev.parkdata.park.Park;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The embedded catalogue: its first load, a fresh parse of it, and queries by province.
 *
 * <ul>
 *   <li>{@code coldFirstLoad}: {@code DevelopmentZoneCatalog.edition2018()} once per fresh JVM
 *       (single shot, no warm-up, many forks): class loading of Guava and the model, reading the
 *       embedded zones (what the importer made of the CSV when the library was built) and building
 *       2,543 parks with their violations. Mostly interpreted: on one core the JIT's compiler
 *       threads take turns with it. Target: under 200 ms on one core, so run it pinned:
 *       {@code taskset -c 1 java -jar benchmarks.jar CatalogBenchmark.coldFirstLoad}.
 *   <li>{@code coldFirstPlacement}: the same, then the first {@code placement} of a zone, which
 *       reads the administrative divisions (GB/T 2260, 1981–2024) and places every zone: what a
 *       first query by city or county costs. No target; reported beside the first load.
 *   <li>{@code warmParse}: reading the CSV with Jackson and importing it again in a warmed-up
 *       JVM, as {@code DevelopmentZoneCatalog.of} does for users' copies.
 *   <li>{@code byProvince} (indexed) and {@code queryInProvince} (a scan through the query).
 * </ul>
 *
 * <pre>taskset -c 1 java -jar benchmarks/target/benchmarks.jar "CatalogBenchmark.coldFirst(Load|Placement)" -f 20
 * java -jar benchmarks/target/benchmarks.jar "CatalogBenchmark.(warmParse|byProvince|queryInProvince)" -f 1 -wi 3 -w 2s -i 5 -r 2s</pre>
 */
@State(Scope.Benchmark)
public class CatalogBenchmark {
  private byte[] csv;
  private DevelopmentZoneCatalog catalog;

  @Setup
  public void setup() {
    try (InputStream in = DevelopmentZoneCatalog.class.getResourceAsStream("development-zones-2018.csv")) {
      csv = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first call in a fresh JVM: everything is cold. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(20)
  public DevelopmentZoneCatalog coldFirstLoad() {
    return DevelopmentZoneCatalog.edition2018();
  }

  /** The first placement in a fresh JVM: the catalogue, the divisions and every zone placed. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(20)
  public Optional<Placement> coldFirstPlacement() {
    DevelopmentZoneCatalog catalog = DevelopmentZoneCatalog.edition2018();
    return catalog.placement(catalog.parks().get(0));
  }

  /** A fresh import of the resource's bytes in a warm JVM. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public DevelopmentZoneCatalog warmParse() {
    try (Reader reader = new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8)) {
      return DevelopmentZoneCatalog.of(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The indexed lookup. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public List<Park> byProvince() {
    return loaded().byProvince(Province.JIANGSU);
  }

  /** The same selection through a query, scanning all zones. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public List<Park> queryInProvince() {
    return loaded().query().inProvince(Province.JIANGSU).parks();
  }

  private DevelopmentZoneCatalog loaded() {
    if (catalog == null) {
      catalog = DevelopmentZoneCatalog.edition2018();
    }
    return catalog;
  }
}
