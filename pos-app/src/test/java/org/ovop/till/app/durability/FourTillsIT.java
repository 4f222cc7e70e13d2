package org.ovop.till.app.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ovop.till.app.cli.CliHarness;

/**
 * Four tills (four processes) selling the same products on one SQLite file at once: no sale lost,
 * no receipt number twice, every till's numbers without gaps, stock equal to what was sold.
 */
class FourTillsIT {
  @TempDir Path dir;

  @Test
  void fourProcessesSellAtOnceAndTheBooksAddUp() throws Exception {
    Path db = dir.resolve("till.db");
    CliHarness till = new CliHarness(db);
    assertThat(till.exit("demo")).isZero();
    assertThat(till.exit("shift", "open", "--by", "1470", "--float", "0")).isZero();
    long before = onHandTotal(db);
    int each = 25;
    List<Process> tills = new ArrayList<>();
    for (String id : List.of("T1", "T2", "T3", "T4")) {
      tills.add(
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Duser.home=" + System.getProperty("user.home"),
                  "-cp",
                  System.getProperty("java.class.path"),
                  SaleStream.class.getName(),
                  db.toString(),
                  "1470",
                  id,
                  Integer.toString(each))
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(dir.resolve(id + ".err").toFile())
              .start());
    }
    for (Process p : tills) {
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as(java.nio.file.Files.readString(dir.resolve("T1.err"))).isZero();
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      for (String id : List.of("T1", "T2", "T3", "T4")) {
        ResultSet r =
            c.createStatement()
                .executeQuery(
                    "SELECT COUNT(*), MIN(seq), MAX(seq), COUNT(DISTINCT number) FROM sale WHERE till = '"
                        + id
                        + "'");
        assertThat(r.getInt(1)).as(id).isEqualTo(each);
        assertThat(r.getInt(2)).isEqualTo(1);
        assertThat(r.getInt(3)).isEqualTo(each);
        assertThat(r.getInt(4)).isEqualTo(each);
      }
      ResultSet sold = c.createStatement().executeQuery("SELECT SUM(quantity) FROM sale_line");
      long unitsSold = sold.getLong(1);
      assertThat(onHandTotal(db)).isEqualTo(before - unitsSold);
    }
    assertThat(till.exit("verify")).as(till.lastOut()).isZero();
  }

  private static long onHandTotal(Path db) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        ResultSet r =
            c.createStatement().executeQuery("SELECT SUM(quantity) FROM stock_movement")) {
      return r.getLong(1);
    }
  }
}
