package dev.parkdata.benchmarks;

import dev.parkdata.io.NdjsonWriter;
import dev.parkdata.io.ParkDataJson;
import dev.parkdata.park.Park;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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

/**
 * Streams 1,000,000 parks through NDJSON in a JVM of 64 MB heap: the file (about a gigabyte) is
 * written incrementally in the set-up, then read lazily, one record at a time. That it completes
 * at all under {@code -Xmx64m} shows memory stays constant; the score is the time for the whole
 * file.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar NdjsonBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx64m"})
@Warmup(iterations = 1)
@Measurement(iterations = 2)
public class NdjsonBenchmark {
  @Param("1000000")
  int parks;

  private final ParkDataJson json = ParkDataJson.standard();
  private Path file;
  private long fileSize;

  @Setup(Level.Trial)
  public void writeFile() throws IOException {
    file = Files.createTempFile("parkdata-benchmark", ".ndjson");
    try (NdjsonWriter writer = json.ndjsonWriter(file)) {
      for (int i = 0; i < parks; i++) {
        writer.write(BenchmarkParks.park(i));
      }
    }
    fileSize = Files.size(file);
  }

  @TearDown(Level.Trial)
  public void deleteFile() throws IOException {
    System.out.printf("%nNDJSON file: %,d parks, %,d bytes; max heap %,d bytes%n",
        parks, fileSize, Runtime.getRuntime().maxMemory());
    Files.deleteIfExists(file);
  }

  @Benchmark
  public long readMillionParks() {
    long count;
    try (Stream<Object> records = json.readNdjson(file)) {
      count = records.filter(Park.class::isInstance).count();
    } catch (UncheckedIOException e) {
      throw e;
    }
    if (count != parks) {
      throw new IllegalStateException("read " + count + " parks of " + parks);
    }
    return count;
  }
}
