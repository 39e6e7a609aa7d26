package dev.parkdata.jdbc;

import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;

/** Generated datasets through a real PostgreSQL server (see {@link Postgres}). */
class PostgresRoundTripTest extends RoundTripContract {
  @BeforeAll
  static void needsAServer() {
    Postgres.assumeAvailable();
  }

  @Override
  DataSource dataSource() {
    return Postgres.dataSource();
  }
}
