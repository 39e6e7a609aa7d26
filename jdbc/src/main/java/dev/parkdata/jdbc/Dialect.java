package dev.parkdata.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** What differs between the databases parkdata supports: JSON parameters, upserts, migrations. */
enum Dialect {
  POSTGRESQL("postgresql", "CAST(? AS JSON)") {
    @Override
    String upsertDocument() {
      return "INSERT INTO pd_document (kind, doc_key, ordinal, body) VALUES (?, ?, ?, " + json + ")"
          + " ON CONFLICT (kind, doc_key) DO UPDATE SET body = EXCLUDED.body";
    }
  },
  H2("h2", "? FORMAT JSON") {
    @Override
    String upsertDocument() {
      return "MERGE INTO pd_document t USING (VALUES (CAST(? AS VARCHAR), CAST(? AS VARCHAR),"
          + " CAST(? AS BIGINT), " + json + ")) s (kind, doc_key, ordinal, body)"
          + " ON t.kind = s.kind AND t.doc_key = s.doc_key"
          + " WHEN MATCHED THEN UPDATE SET body = s.body"
          + " WHEN NOT MATCHED THEN INSERT (kind, doc_key, ordinal, body)"
          + " VALUES (s.kind, s.doc_key, s.ordinal, s.body)";
    }
  };

  /**
   * The folder of this database's migrations, beside this class. "db-migrations" is no Java
   * package name, so on the module path the scripts are not encapsulated and Flyway reads them
   * without this module opening a package.
   */
  final String migrations;

  /** A parameter that binds a JSON document given as text. */
  final String json;

  Dialect(String folder, String json) {
    this.migrations = "classpath:dev/parkdata/jdbc/db-migrations/" + folder;
    this.json = json;
  }

  /**
   * Whether rows go to {@code connection} by {@code COPY} ({@link PostgresCopy}) rather than in
   * batches: on PostgreSQL through pgjdbc. pgjdbc is looked up by name first, so that a user of
   * another driver, or of one this class loader cannot see, gets batches instead of a failure to
   * load {@link PostgresCopy}.
   */
  boolean copies(Connection connection) throws SQLException {
    if (this != POSTGRESQL) {
      return false;
    }
    try {
      Class.forName("org.postgresql.PGConnection", false, Dialect.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
    return PostgresCopy.wraps(connection);
  }

  /**
   * Inserts a document, or replaces the body of the one with its kind and key, keeping that one's
   * ordinal (its place in loads).
   */
  abstract String upsertDocument();

  static Dialect of(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName();
    String name = product.toLowerCase(Locale.ROOT);
    if (name.contains("postgres")) {
      return POSTGRESQL;
    } else if (name.equals("h2")) {
      return H2;
    }
    throw new DatasetStoreException(
        "parkdata stores data in PostgreSQL or H2, not in " + product, null);
  }
}
