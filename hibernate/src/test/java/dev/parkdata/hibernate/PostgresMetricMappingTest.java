package dev.parkdata.hibernate;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/**
 * The mappings with Hibernate on a real PostgreSQL server, given as in parkdata-jdbc's tests by
 * {@code PARKDATA_TEST_POSTGRES_URL} (skipped without it, unless {@code
 * PARKDATA_TEST_POSTGRES_REQUIRED=true}).
 */
class PostgresMetricMappingTest extends MetricMappingContract {
  @BeforeAll
  static void needsAServer() {
    String url = System.getenv("PARKDATA_TEST_POSTGRES_URL");
    if (url == null || url.isBlank()) {
      String why = "PostgreSQL tests skipped: set PARKDATA_TEST_POSTGRES_URL to a JDBC URL of a server to run them";
      if ("true".equals(System.getenv("PARKDATA_TEST_POSTGRES_REQUIRED"))) {
        fail("PARKDATA_TEST_POSTGRES_REQUIRED is true but PARKDATA_TEST_POSTGRES_URL is not set");
      }
      System.err.println(why);
      Assumptions.abort(why);
    }
  }

  @Override
  String url() {
    return System.getenv("PARKDATA_TEST_POSTGRES_URL");
  }
}
