/**
 * Park data in PostgreSQL or H2 on plain JDBC: {@code DatasetStore} and its versioned schema.
 *
 * <p>{@code requires transitive} for what the API names: {@code java.sql} ({@code DataSource},
 * {@code SQLException}), the catalogue ({@code loadCatalog}) and the JSON format ({@code
 * Builder.json}). Flyway applies the migrations inside; it has no module descriptor or
 * {@code Automatic-Module-Name}, so its name is the one derived from its jar, {@code
 * flyway.core}. The migrations lie under {@code dev/parkdata/jdbc/db-migrations/}, a folder
 * whose name is no Java package, so that Flyway reads them on the module path without this
 * module opening anything. pgjdbc is optional ({@code requires static}): with it, a save to
 * PostgreSQL goes by {@code COPY}; without it, by batched inserts, as for any other driver.
 */
@SuppressWarnings("requires-automatic")
module dev.parkdata.jdbc {
  requires transitive java.sql;
  requires transitive dev.parkdata.core;
  requires transitive dev.parkdata.catalog;
  requires transitive dev.parkdata.io;
  requires flyway.core;
  requires com.google.common;
  requires static org.postgresql.jdbc;

  exports dev.parkdata.jdbc;
}
