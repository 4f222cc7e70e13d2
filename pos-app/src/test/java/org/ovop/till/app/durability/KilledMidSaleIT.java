package org.ovop.till.app.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ovop.till.app.cli.CliHarness;

/**
 * Pulls the plug on a till in the middle of a stream of sales (SIGKILL of a child JVM, no shutdown
 * hooks, no flush) and then checks the books: every sale the till acknowledged is there with its
 * total, receipt numbers have no gaps, and `verify` finds stock, cash and journal intact.
 */
class KilledMidSaleIT {
  private static final int ROUNDS = 12;

  @TempDir Path dir;

  @Test
  void everyAcknowledgedSaleSurvivesAKill() throws Exception {
    Path db = dir.resolve("till.db");
    CliHarness till = new CliHarness(db);
    assertThat(till.exit("demo")).isZero();
    assertThat(till.exit("shift", "open", "--by", "1470", "--float", "5000")).isZero();

    Map<String, Long> acknowledged = new LinkedHashMap<>();
    Random random = new Random(20261122L);
    // Many kills, each after a random number of acknowledged sales and a random pause, so the kill
    // lands in every phase of the next sale: before BEGIN, among its inserts, during COMMIT's
    // fsync.
    for (int round = 0; round < ROUNDS; round++) {
      int killAfter = 2 + random.nextInt(12);
      long pauseMicros = random.nextInt(6_000);
      Process child =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Duser.home=" + System.getProperty("user.home"),
                  "-cp",
                  System.getProperty("java.class.path"),
                  SaleStream.class.getName(),
                  db.toString(),
                  "1470")
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        int seen = 0;
        String line;
        while (seen < killAfter && (line = out.readLine()) != null) {
          String[] p = line.split(" ");
          acknowledged.put(p[1], Long.parseLong(p[2]));
          seen++;
        }
        assertThat(seen).as("acknowledged sales before the kill").isEqualTo(killAfter);
        TimeUnit.MICROSECONDS.sleep(pauseMicros);
        // SIGKILL on Linux: the JVM gets no chance to finish the sale it is writing. Through the
        // handle, so our end of its stdout stays open for the acknowledgements still in the pipe.
        child.toHandle().destroyForcibly();
        assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        // Sales acknowledged during the pause are acknowledged all the same: they must be there
        // too.
        while ((line = out.readLine()) != null) {
          // A line cut by the kill was never read whole by anyone: it acknowledges nothing.
          if (line.matches("ACK T1-\\d{6} \\d+")) {
            String[] p = line.split(" ");
            acknowledged.put(p[1], Long.parseLong(p[2]));
          }
        }
      }
    }

    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        PreparedStatement q = c.prepareStatement("SELECT total FROM sale WHERE number = ?")) {
      for (var e : acknowledged.entrySet()) {
        q.setString(1, e.getKey());
        try (ResultSet r = q.executeQuery()) {
          assertThat(r.next()).as("acknowledged %s is in the ledger", e.getKey()).isTrue();
          assertThat(r.getLong(1)).isEqualTo(e.getValue());
        }
      }
    }
    assertThat(till.exit("verify")).as(till.lastErr()).isZero();
    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(2 * ROUNDS);
  }
}
