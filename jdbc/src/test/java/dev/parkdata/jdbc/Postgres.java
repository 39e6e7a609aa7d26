package dev.parkdata.jdbc;

import static org.junit.jupiter.api.Assertions.fail;

import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL server the tests run on: the JDBC URL in the environment variable {@code
 * PARKDATA_TEST_POSTGRES_URL} (with user and password in it, {@code
 * jdbc:postgresql://localhost:5432/parkdata?user=parkdata&password=…}). Without it, the
 * PostgreSQL tests are skipped with a message saying so, unless {@code
 * PARKDATA_TEST_POSTGRES_REQUIRED=true} (as CI sets it), when they fail.
 */
final class Postgres {
  static final String URL_VARIABLE = "PARKDATA_TEST_POSTGRES_URL";
  static final String REQUIRED_VARIABLE = "PARKDATA_TEST_POSTGRES_REQUIRED";

  private Postgres() {}

  static void assumeAvailable() {
    String url = System.getenv(URL_VARIABLE);
    if (url == null || url.isBlank()) {
      String why = "PostgreSQL tests skipped: set " + URL_VARIABLE + " to a JDBC URL of a server to run them";
      if ("true".equals(System.getenv(REQUIRED_VARIABLE))) {
        fail(REQUIRED_VARIABLE + " is true but " + URL_VARIABLE + " is not set");
      }
      System.err.println(why);
      Assumptions.abort(why);
    }
  }

  static DataSource dataSource() {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(System.getenv(URL_VARIABLE));
    return dataSource;
  }
}
