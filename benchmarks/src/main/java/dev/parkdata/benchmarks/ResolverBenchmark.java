package dev.parkdata.benchmarks;

import dev.parkdata.catalog.ParkNameResolution;
import dev.parkdata.catalog.ParkNameResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link ParkNameResolver} over the 259 park names as written in real public text that its test
 * scores it on ({@code real-park-names.jsonl}, copied here from the catalog module's test
 * resources so that the jar has it): official and traditional names, short forms, aliases,
 * sub-parks and names of no zone, each with the place the text names nearby where it does.
 * Target: ≥ 200,000 names/s on one core.
 *
 * <ul>
 *   <li>{@code resolve}: each name with its place nearby, as the list gives it;
 *   <li>{@code resolveWithoutPlace}: each name alone.
 * </ul>
 *
 * <pre>taskset -c 1 java -jar benchmarks/target/benchmarks.jar ResolverBenchmark -f 1 -wi 3 -i 5</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ResolverBenchmark {
  /** The number of names in the list, each one operation. */
  static final int NAMES = 259;
  private static final Pattern WRITTEN = Pattern.compile("\"written\": \"([^\"]*)\"");
  private static final Pattern NEAR = Pattern.compile("\"near\": (?:null|\"([^\"]*)\")");

  private String[] names;
  private String[] nears;
  private ParkNameResolver resolver;

  @Setup
  public void setup() {
    String text;
    try (InputStream in = ResolverBenchmark.class.getResourceAsStream("real-park-names.jsonl")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> written = new ArrayList<>();
    List<String> near = new ArrayList<>();
    for (String line : text.split("\n")) {
      Matcher w = WRITTEN.matcher(line);
      Matcher n = NEAR.matcher(line);
      if (w.find() && n.find()) {
        written.add(w.group(1));
        near.add(n.group(1));
      }
    }
    if (written.size() != NAMES) {
      throw new IllegalStateException("expected " + NAMES + " names, read " + written.size());
    }
    names = written.toArray(new String[0]);
    nears = near.toArray(new String[0]);
    resolver = ParkNameResolver.standard();
  }

  /** Each name with its place nearby. */
  @Benchmark
  @OperationsPerInvocation(NAMES)
  public int resolve() {
    int resolved = 0;
    for (int i = 0; i < names.length; i++) {
      ParkNameResolution r = resolver.resolve(names[i], nears[i]);
      resolved += r.candidates().size();
    }
    return resolved;
  }

  /** Each name alone. */
  @Benchmark
  @OperationsPerInvocation(NAMES)
  public int resolveWithoutPlace() {
    int resolved = 0;
    for (String name : names) {
      resolved += resolver.resolve(name).candidates().size();
    }
    return resolved;
  }
}
