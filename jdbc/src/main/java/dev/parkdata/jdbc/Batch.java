package dev.parkdata.jdbc;

import dev.parkdata.validation.Path;
import java.math.BigDecimal;
import java.sql.BatchUpdateException;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JDBC batch that remembers the path of each row it holds, so that a refused row is named in
 * the error (drivers report only its index in the batch).
 */
final class Batch implements RowWriter {
  private final PreparedStatement statement;
  private final int size;
  private final List<Path> paths = new ArrayList<>();
  private Path current = Path.root();
  private int column = 1;

  Batch(PreparedStatement statement, int size) {
    this.statement = statement;
    this.size = size;
  }

  /** The path of the rows added from now on. */
  @Override
  public void at(Path path) {
    current = path;
  }

  @Override
  public Batch text(String value) throws SQLException {
    statement.setString(column++, value);
    return this;
  }

  @Override
  public Batch number(BigDecimal value) throws SQLException {
    statement.setBigDecimal(column++, value);
    return this;
  }

  @Override
  public Batch integer(Integer value) throws SQLException {
    if (value == null) {
      statement.setNull(column++, Types.INTEGER);
    } else {
      statement.setInt(column++, value);
    }
    return this;
  }

  @Override
  public Batch bool(Boolean value) throws SQLException {
    if (value == null) {
      statement.setNull(column++, Types.BOOLEAN);
    } else {
      statement.setBoolean(column++, value);
    }
    return this;
  }

  @Override
  public Batch date(LocalDate value) throws SQLException {
    statement.setDate(column++, value == null ? null : Date.valueOf(value));
    return this;
  }

  @Override
  public void endRow() throws SQLException {
    column = 1;
    add();
  }

  @Override
  public void finish() {
    flush();
  }

  void add() throws SQLException {
    statement.addBatch();
    paths.add(current);
    if (paths.size() >= size) {
      flush();
    }
  }

  void flush() {
    if (paths.isEmpty()) {
      return;
    }
    try {
      statement.executeBatch();
    } catch (BatchUpdateException e) {
      throw new Failure(paths.get(failedIndex(e)), e);
    } catch (SQLException e) {
      throw new Failure(paths.get(0), e);
    }
    paths.clear();
  }

  /**
   * Where the batch failed. Drivers that stop at the first failure report the rows before it
   * (H2 marks the failed row); PostgreSQL's driver marks every row failed and names the row in its
   * message ("Batch entry 3 … was aborted").
   */
  private int failedIndex(BatchUpdateException e) {
    Matcher entry = ENTRY.matcher(String.valueOf(e.getMessage()));
    if (entry.find()) {
      return Math.min(Integer.parseInt(entry.group(1)), paths.size() - 1);
    }
    int[] counts = e.getUpdateCounts();
    if (counts == null) {
      return 0;
    }
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] == Statement.EXECUTE_FAILED) {
        return i;
      }
    }
    return Math.min(counts.length, paths.size() - 1);
  }

  private static final Pattern ENTRY = Pattern.compile("^Batch entry (\\d{1,9}) ");

  /** A batch was refused; {@link #path()} names the first refused row. */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path path;

    Failure(Path path, SQLException cause) {
      super(reason(cause), cause);
      this.path = path;
    }

    /** The driver's own reason: PostgreSQL's batch message repeats the statement, its next does not. */
    private static String reason(SQLException e) {
      SQLException next = e.getNextException();
      return next != null && next.getMessage() != null ? next.getMessage() : e.getMessage();
    }

    Path path() {
      return path;
    }

    @Override
    public synchronized SQLException getCause() {
      return (SQLException) super.getCause();
    }
  }
}
