package dev.parkdata.benchmarks;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.industry.Industry;
import dev.parkdata.io.ParkDataJson;
import dev.parkdata.source.Citation;
import dev.parkdata.unit.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import dev.parkdata.jdbc.DatasetStore;
import dev.parkdata.jdbc.SaveMode;
import dev.parkdata.jdbc.SaveReport;
import dev.parkdata.metric.Interval;
import dev.parkdata.metric.Metric;
import dev.parkdata.observation.Observation;
import dev.parkdata.park.Park;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Saving 100,000 observations (5,000 parks of 20 each, as {@link ValidationBenchmark} makes them)
 * with {@link DatasetStore#save}, against the baseline: the same figures' rows written by hand with
 * plain JDBC, into a table of the same columns and indexes as the store's {@code pd_observation}
 * (subject, indicator, period and its dates, value, max, unit, qualifier, bounds in the reference
 * unit, source, the figure's JSON body), in batches of 1,000 and one transaction. On top of that
 * the store validates the dataset, writes each park's document and its park and name rows, and
 * checks which items it replaces. Target: at most 1.5× the baseline. Each invocation starts from
 * empty tables, emptied with {@code TRUNCATE} (outside the timing) so that neither side inherits
 * the dead rows and bloated indexes of the one before.
 *
 * <p>Each save takes seconds, so each is one shot: three warm-up shots and ten measured in each of
 * two forks. The machine's other work shows in single shots; pin the run to one core to keep it
 * out, and take the figures when the load is low:
 *
 * <pre>. .ci/start-postgres   # for database=postgresql
 * taskset -c 1 java -jar benchmarks/target/benchmarks.jar StoreBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(2)
public class StoreBenchmark {
  static final int PARKS = 5_000;

  @Param({"h2", "postgresql"})
  public String database;

  private final ParkDataJson json = ParkDataJson.standard();
  private DataSource dataSource;
  private DatasetStore store;
  private Dataset dataset;

  /** Opens the store, makes the baseline's table and builds the dataset once. */
  @Setup(Level.Trial)
  public void open() throws SQLException {
    dataSource = StoreDatabase.of(database);
    store = DatasetStore.open(dataSource);
    dataset = Dataset.builder().addAllParks(ValidationBenchmark.generate(new Random(20_261_204L)).parks().subList(0, PARKS)).build();
    String decimal = database.equals("h2") ? "DECFLOAT" : "NUMERIC";
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS bench_plain");
      s.execute("CREATE TABLE bench_plain (seq INTEGER NOT NULL, subject VARCHAR NOT NULL, indicator VARCHAR NOT NULL,"
          + " period VARCHAR NOT NULL, period_kind VARCHAR(16) NOT NULL, period_start DATE NOT NULL, period_end DATE NOT NULL,"
          + " stated_value " + decimal + " NOT NULL, stated_max " + decimal + ", unit VARCHAR NOT NULL,"
          + " qualifier VARCHAR(16) NOT NULL, base_unit VARCHAR NOT NULL, base_min " + decimal + ", base_max " + decimal + ","
          + " industry VARCHAR, source_publisher VARCHAR, source_title VARCHAR, source_published DATE,"
          + " body JSON NOT NULL, PRIMARY KEY (subject, seq))");
      s.execute("CREATE INDEX bench_plain_series ON bench_plain (subject, indicator, period_start)");
      s.execute("CREATE INDEX bench_plain_indicator ON bench_plain (indicator, period_start)");
    }
  }

  /** Empties both the store's tables and the baseline's. */
  @Setup(Level.Invocation)
  public void empty() throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      for (String table : new String[] {"pd_observation", "pd_park_name", "pd_park", "pd_document", "bench_plain"}) {
        s.execute("TRUNCATE TABLE " + table);
      }
    }
  }

  /** The store: validation, documents, typed rows, one transaction. */
  @Benchmark
  public SaveReport save() {
    return store.save(dataset, SaveMode.ACCEPT_ERRORS);
  }

  /** The baseline: the same figures' rows by hand, batched, one transaction. */
  @Benchmark
  public int plainJdbcBatch() throws SQLException {
    int rows = 0;
    String body = database.equals("h2") ? "? FORMAT JSON" : "CAST(? AS JSON)";
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement s =
          c.prepareStatement("INSERT INTO bench_plain VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " + body + ")")) {
        for (Park park : dataset.parks()) {
          int seq = 0;
          for (Observation o : park.observations()) {
            Metric m = o.metric();
            Unit reference = m.unit().reference();
            Interval bounds = m.to(reference, MathContext.DECIMAL128).bounds();
            Citation citation = o.citation().orElse(null);
            s.setInt(1, seq++);
            s.setString(2, o.subject().value());
            s.setString(3, o.indicator().code());
            s.setString(4, o.period().toString());
            s.setString(5, o.period().kind().name());
            s.setDate(6, Date.valueOf(o.period().start()));
            s.setDate(7, Date.valueOf(o.period().end()));
            s.setBigDecimal(8, m.value());
            s.setBigDecimal(9, m.isRange() ? m.max() : null);
            s.setString(10, m.unit().name());
            s.setString(11, m.qualifier().name());
            s.setString(12, reference.name());
            s.setBigDecimal(13, bounds.hasLowerBound() ? bounds.lowerEndpoint() : null);
            s.setBigDecimal(14, bounds.hasUpperBound() ? bounds.upperEndpoint() : null);
            s.setString(15, o.industry().map(Industry::name).orElse(null));
            s.setString(16, citation == null ? null : citation.source().publisher());
            s.setString(17, citation == null ? null : citation.source().title());
            s.setDate(18, citation == null ? null : citation.source().published().map(Date::valueOf).orElse(null));
            s.setString(19, json.write(o));
            s.addBatch();
            if (++rows % 1000 == 0) {
              s.executeBatch();
            }
          }
        }
        s.executeBatch();
      }
      c.commit();
    }
    return rows;
  }
}
