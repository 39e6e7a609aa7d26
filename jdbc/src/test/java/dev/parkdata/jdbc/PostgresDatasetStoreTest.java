package dev.parkdata.jdbc;

import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;

/**
 * The store on a real PostgreSQL server, given by {@code PARKDATA_TEST_POSTGRES_URL} (see {@link
 * Postgres}).
 */
class PostgresDatasetStoreTest extends DatasetStoreContract {
  @BeforeAll
  static void needsAServer() {
    Postgres.assumeAvailable();
  }

  @Override
  DataSource dataSource() {
    return Postgres.dataSource();
  }
}
