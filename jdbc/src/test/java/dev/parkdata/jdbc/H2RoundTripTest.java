package dev.parkdata.jdbc;

import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** Generated datasets through H2, in memory. */
class H2RoundTripTest extends RoundTripContract {
  private final JdbcDataSource dataSource = new JdbcDataSource();

  H2RoundTripTest() {
    dataSource.setURL("jdbc:h2:mem:roundtrip-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }

  @Override
  DataSource dataSource() {
    return dataSource;
  }
}
