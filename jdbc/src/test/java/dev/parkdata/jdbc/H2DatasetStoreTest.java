package dev.parkdata.jdbc;

import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** The store on H2, in memory: runs in every build. */
class H2DatasetStoreTest extends DatasetStoreContract {
  private final JdbcDataSource dataSource = new JdbcDataSource();

  H2DatasetStoreTest() {
    dataSource.setURL("jdbc:h2:mem:parkdata-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }

  @Override
  DataSource dataSource() {
    return dataSource;
  }
}
