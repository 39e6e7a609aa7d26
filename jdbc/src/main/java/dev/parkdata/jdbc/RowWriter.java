package dev.parkdata.jdbc;

import dev.parkdata.validation.Path;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Rows given column by column, in the order of the target's columns (null for SQL NULL): to a
 * JDBC {@link Batch}, or to PostgreSQL's {@link PostgresCopy}. The store binds its rows once, for
 * either.
 */
interface RowWriter {
  /** The path of the rows started from now on, named if the database refuses one. */
  void at(Path path);

  RowWriter text(String value) throws SQLException;

  /** An exact decimal, its scale kept. */
  RowWriter number(BigDecimal value) throws SQLException;

  RowWriter integer(Integer value) throws SQLException;

  RowWriter bool(Boolean value) throws SQLException;

  RowWriter date(LocalDate value) throws SQLException;

  /** Ends the row. */
  void endRow() throws SQLException;

  /** Writes what is still held. */
  void finish() throws SQLException;
}
