package org.ovop.till.db.books;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.exception.DataAccessException;

/**
 * The statements a sale and a scan run, compiled once per connection and kept. jOOQ builds and
 * renders a query's text on every call, and for these short queries that cost more than running
 * them (a sale runs about twenty). Only the compiled SQL is kept: every call binds its values and
 * reads what is committed at that moment, inside the caller's transaction, so a price changed on
 * another till is seen by the next sale here.
 *
 * <p>The SQL must be portable (SQLite and PostgreSQL). Not thread-safe: {@code TillDatabase} runs
 * one transaction at a time on its connection.
 */
public final class Statements implements AutoCloseable {

  /** Reads one row of a result into a value. */
  @FunctionalInterface
  interface Row<T> {
    T read(ResultSet r) throws SQLException;
  }

  @FunctionalInterface
  private interface Use<T> {
    T with(PreparedStatement s) throws SQLException;
  }

  private final Connection connection;
  private final Map<String, PreparedStatement> prepared = new HashMap<>();

  public Statements(Connection connection) {
    this.connection = connection;
  }

  /** The first row, if any. */
  <T> Optional<T> first(String sql, Row<T> row, Object... values) {
    return use(
        sql,
        values,
        s -> {
          try (ResultSet r = s.executeQuery()) {
            return r.next() ? Optional.of(row.read(r)) : Optional.empty();
          }
        });
  }

  /** Every row, in the order the SQL gives. */
  <T> List<T> all(String sql, Row<T> row, Object... values) {
    return use(
        sql,
        values,
        s -> {
          List<T> rows = new ArrayList<>();
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              rows.add(row.read(r));
            }
          }
          return rows;
        });
  }

  /** The number in the first column of the first row; 0 for no row or NULL. */
  long number(String sql, Object... values) {
    return use(
        sql,
        values,
        s -> {
          try (ResultSet r = s.executeQuery()) {
            return r.next() ? r.getLong(1) : 0L;
          }
        });
  }

  /** Runs a statement that returns no rows (an insert, or a transaction's BEGIN and COMMIT). */
  public void run(String sql, Object... values) {
    use(sql, values, PreparedStatement::executeUpdate);
  }

  private <T> T use(String sql, Object[] values, Use<T> work) {
    try {
      PreparedStatement s = prepared.get(sql);
      if (s == null) {
        s = connection.prepareStatement(sql);
        prepared.put(sql, s);
      }
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      return work.with(s);
    } catch (SQLException e) {
      // A driver may finalize a statement that failed (SQLite does on an I/O error); compile it
      // afresh next time rather than reuse a dead one.
      forget(sql);
      throw new DataAccessException(e.getMessage(), e);
    }
  }

  private void forget(String sql) {
    PreparedStatement s = prepared.remove(sql);
    if (s != null) {
      try {
        s.close();
      } catch (SQLException ignored) {
        // It is dropped either way; the connection frees what it held.
      }
    }
  }

  /** Closes every kept statement; a later call compiles its statement again. */
  @Override
  public void close() {
    for (String sql : List.copyOf(prepared.keySet())) {
      forget(sql);
    }
  }
}
