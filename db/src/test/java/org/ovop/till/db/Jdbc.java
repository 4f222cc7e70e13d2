package org.ovop.till.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Plain JDBC on the same file, behind the program's back: what a curious or dishonest person with
 * the sqlite3 shell could do.
 */
final class Jdbc {
  private Jdbc() {}

  static Connection open(Path file) throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + file);
  }

  static void exec(Path file, String... sql) throws SQLException {
    try (Connection c = open(file);
        Statement s = c.createStatement()) {
      for (String one : sql) {
        s.execute(one);
      }
    }
  }

  static long longValue(Path file, String sql) throws SQLException {
    try (Connection c = open(file);
        Statement s = c.createStatement();
        var rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static String text(Path file, String sql) throws SQLException {
    try (Connection c = open(file);
        Statement s = c.createStatement();
        var rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  static List<String> texts(Path file, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = open(file);
        Statement s = c.createStatement();
        var rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  /** The tables of the till's schema (not Flyway's, not SQLite's own). */
  static List<String> tables(Path file) throws SQLException {
    return texts(
        file,
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            + " AND name <> 'flyway_schema_history' ORDER BY name");
  }

  /** Row count of every table of the schema. */
  static Map<String, Long> rowCounts(Path file) throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    for (String t : tables(file)) {
      counts.put(t, longValue(file, "SELECT COUNT(*) FROM " + t));
    }
    return counts;
  }

  /** Every row of every table as text, to prove that nothing at all changed. */
  static Map<String, List<String>> dump(Path file) throws SQLException {
    Map<String, List<String>> all = new TreeMap<>();
    try (Connection c = open(file);
        Statement s = c.createStatement()) {
      for (String t : tables(file)) {
        List<String> rows = new ArrayList<>();
        try (var rs = s.executeQuery("SELECT * FROM " + t + " ORDER BY 1")) {
          int n = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            StringBuilder b = new StringBuilder();
            for (int i = 1; i <= n; i++) {
              b.append(rs.getString(i)).append('|');
            }
            rows.add(b.toString());
          }
        }
        all.put(t, rows);
      }
    }
    return all;
  }
}
