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
  @TempDir Path dir;

  @Test
  void everyAcknowledgedSaleSurvivesAKill() throws Exception {
    Path db = dir.resolve("till.db");
    CliHarness till = new CliHarness(db);
    assertThat(till.exit("demo")).isZero();
    assertThat(till.exit("shift", "open", "--by", "1470", "--float", "5000")).isZero();

    Map<String, Long> acknowledged = new LinkedHashMap<>();
    Random random = new Random(20261122L);
    for (int round = 0; round < 3; round++) {
      int killAfter = 5 + random.nextInt(25);
      Process child =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
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
        // SIGKILL on Linux: the JVM gets no chance to finish the sale it is writing.
        child.destroyForcibly();
        assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
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
    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(15);
  }
}
