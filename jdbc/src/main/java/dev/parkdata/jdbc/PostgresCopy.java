package dev.parkdata.jdbc;

import dev.parkdata.validation.Path;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Rows written to a PostgreSQL table with {@code COPY … FROM STDIN} (text format) through
 * pgjdbc's copy API: one statement for all rows instead of one execution per row, which is where
 * a batched {@code INSERT} spends its server time. Like {@link Batch}, it remembers the path of
 * each row, so that a refused row is named (the server reports its line). Load this class only
 * after {@link Dialect#copies} found pgjdbc: it needs it on the class path.
 */
final class PostgresCopy implements RowWriter {
  /** Bytes sent per message to the server. */
  private static final int CHUNK = 1 << 16;

  private final CopyIn copy;
  private final StringBuilder text = new StringBuilder(CHUNK + 4096);
  private final List<Path> paths = new ArrayList<>();
  private Path current = Path.root();
  private boolean first = true;

  private PostgresCopy(CopyIn copy) {
    this.copy = copy;
  }

  /** Starts copying into {@code columns} of {@code table}. */
  static PostgresCopy into(Connection connection, String table, String columns) throws SQLException {
    return new PostgresCopy(
        connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " (" + columns + ") FROM STDIN"));
  }

  /** Whether {@code connection} is pgjdbc's, or a pool's wrapper of one. */
  static boolean wraps(Connection connection) throws SQLException {
    return connection.isWrapperFor(PGConnection.class);
  }

  @Override
  public void at(Path path) {
    current = path;
  }

  @Override
  public PostgresCopy text(String value) {
    separate();
    if (value == null) {
      text.append("\\N");
      return this;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\':
          text.append("\\\\");
          break;
        case '\n':
          text.append("\\n");
          break;
        case '\r':
          text.append("\\r");
          break;
        case '\t':
          text.append("\\t");
          break;
        default:
          text.append(c);
      }
    }
    return this;
  }

  /** A decimal as pgjdbc binds one ({@link BigDecimal#toString}), so the stated scale is kept. */
  @Override
  public PostgresCopy number(BigDecimal value) {
    separate();
    text.append(value == null ? "\\N" : value.toString());
    return this;
  }

  @Override
  public PostgresCopy integer(Integer value) {
    separate();
    if (value == null) {
      text.append("\\N");
    } else {
      text.append(value.intValue());
    }
    return this;
  }

  @Override
  public PostgresCopy bool(Boolean value) {
    separate();
    text.append(value == null ? "\\N" : value ? "t" : "f");
    return this;
  }

  /** A date as pgjdbc writes one: four-digit years at least, and BC for years before 1. */
  @Override
  public PostgresCopy date(LocalDate value) {
    separate();
    if (value == null) {
      text.append("\\N");
      return this;
    }
    int year = value.getYear();
    int shown = year > 0 ? year : 1 - year;
    for (int digits = String.valueOf(shown).length(); digits < 4; digits++) {
      text.append('0');
    }
    text.append(shown).append('-');
    twoDigits(value.getMonthValue());
    text.append('-');
    twoDigits(value.getDayOfMonth());
    if (year <= 0) {
      text.append(" BC");
    }
    return this;
  }

  private void twoDigits(int n) {
    if (n < 10) {
      text.append('0');
    }
    text.append(n);
  }

  private void separate() {
    if (first) {
      first = false;
    } else {
      text.append('\t');
    }
  }

  /** Ends the current row; sends what is buffered once it is large enough. */
  @Override
  public void endRow() {
    text.append('\n');
    first = true;
    paths.add(current);
    if (text.length() >= CHUNK) {
      send();
    }
  }

  private void send() {
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    text.setLength(0);
    try {
      copy.writeToCopy(bytes, 0, bytes.length);
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** Sends the rest and ends the copy. */
  @Override
  public void finish() {
    if (text.length() > 0) {
      send();
    }
    try {
      copy.endCopy();
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** Ends an unfinished copy (after another failure), so the connection can roll back. */
  void cancel() {
    try {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    } catch (SQLException e) {
      // The copy already failed; the transaction is rolled back in any case.
    }
  }

  /** The refused row, named by the line the server reports ("COPY pd_observation, line 21"). */
  private Batch.Failure failure(SQLException e) {
    int line = 0;
    if (e instanceof PSQLException) {
      ServerErrorMessage server = ((PSQLException) e).getServerErrorMessage();
      Matcher m = LINE.matcher(server == null || server.getWhere() == null ? "" : server.getWhere());
      if (m.find()) {
        line = Integer.parseInt(m.group(1));
      }
    }
    Path path = paths.isEmpty() ? current : paths.get(Math.max(0, Math.min(line - 1, paths.size() - 1)));
    return new Batch.Failure(path, e);
  }

  private static final Pattern LINE = Pattern.compile("COPY [^,]{1,200}, line (\\d{1,9})");
}
