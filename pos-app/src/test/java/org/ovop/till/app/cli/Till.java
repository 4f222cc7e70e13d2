package org.ovop.till.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the real command line in this JVM against a SQLite file, as a script would: arguments in,
 * exit code, stdout and stderr out.
 */
final class Till {
  record Run(int exit, String out, String err) {
    Map<String, Object> json() {
      return JsonReader.object(out);
    }
  }

  final Path db;
  final Map<String, String> env = new HashMap<>();

  Till(Path db) {
    this.db = db;
    env.put("TILL_DB", db.toString());
  }

  Till clock(String instant) {
    env.put("TILL_CLOCK", instant);
    return this;
  }

  Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = TillCli.run(args, Map.copyOf(env), new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  /** Runs with --json and expects it done. */
  Map<String, Object> json(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "--json";
    System.arraycopy(args, 0, all, 1, args.length);
    Run r = run(all);
    if (r.exit() != 0) {
      throw new AssertionError(
          "exit " + r.exit() + " for " + String.join(" ", args) + ": " + r.err());
    }
    return r.json();
  }

  /**
   * Every row of every ledger table, to show that a refused command changed nothing. Wrong PINs are
   * left out on purpose: they are recorded to lock PIN entry after five tries.
   */
  Map<String, List<String>> ledger() {
    Map<String, List<String>> tables = new TreeMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      List<String> names = new ArrayList<>();
      try (ResultSet r =
          c.createStatement()
              .executeQuery(
                  "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                      + " AND name <> 'pin_failure'")) {
        while (r.next()) {
          names.add(r.getString(1));
        }
      }
      for (String t : names) {
        List<String> rows = new ArrayList<>();
        try (ResultSet r = c.createStatement().executeQuery("SELECT * FROM " + t)) {
          int n = r.getMetaData().getColumnCount();
          while (r.next()) {
            StringBuilder b = new StringBuilder();
            for (int k = 1; k <= n; k++) {
              b.append(r.getString(k)).append('|');
            }
            rows.add(b.toString());
          }
        }
        rows.sort(String::compareTo);
        tables.put(t, rows);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return tables;
  }
}
