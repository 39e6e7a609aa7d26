package dev.parkdata.benchmarks;

import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The databases the store benchmarks run on: H2 in memory, or the PostgreSQL server whose JDBC URL
 * is in {@code PARKDATA_TEST_POSTGRES_URL} (as the jdbc module's tests take it; {@code . .ci/start-postgres}
 * starts one).
 */
final class StoreDatabase {
  private StoreDatabase() {}

  /**
   * The same database behind a pool of two connections, as an application runs the store: each
   * store call then takes a pooled connection instead of opening one (which costs PostgreSQL a
   * new backend process, some 10–20 ms).
   */
  static DataSource pooled(String name) {
    com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
    config.setDataSource(of(name));
    config.setMaximumPoolSize(2);
    return new com.zaxxer.hikari.HikariDataSource(config);
  }

  static DataSource of(String name) {
    switch (name) {
      case "h2":
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return h2;
      case "postgresql":
        String url = System.getenv("PARKDATA_TEST_POSTGRES_URL");
        if (url == null || url.isBlank()) {
          throw new IllegalStateException("set PARKDATA_TEST_POSTGRES_URL to the JDBC URL of a PostgreSQL server");
        }
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(url);
        return pg;
      default:
        throw new IllegalArgumentException("unknown database " + name);
    }
  }
}
