package org.ovop.till.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ovop.till.core.user.User;

/**
 * A till killed with SIGKILL in the middle of a stream of sales: every sale it acknowledged is on
 * the file afterwards, no sale is half written, and {@code verify} is clean.
 */
class CrashIT {
  static final String ACK = "ACK ";

  @TempDir Path dir;

  /** The child process: sells one felt toy after another and acknowledges each after commit. */
  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    TestClock clock = new TestClock("2026-03-02T04:00:00Z");
    TillDatabase db = TillDatabase.open(file.toString(), false);
    Shop shop = new Shop(db, clock, "T1");
    User cashier = shop.signIn(Shop.CASHIER_PIN);
    for (int i = 0; ; i++) {
      clock.advance(Duration.ofSeconds(1));
      var sale =
          shop.counter
              .sell(
                  cashier,
                  List.of(Shop.item("FELT-TOY", 1), Shop.item("HONEY-1", 1)),
                  List.of(Shop.cash(110_000)),
                  null)
              .value()
              .sale();
      // Printed only once the sale is committed, as a receipt would be.
      System.out.println(ACK + sale.number());
      System.out.flush();
    }
  }

  @Test
  void everyAcknowledgedSaleSurvivesAKillAndNothingIsHalfWritten() throws Exception {
    Path file = dir.resolve("till.db");
    try (TillDatabase db = TillDatabase.open(file.toString(), true)) {
      Shop shop = new Shop(db, new TestClock("2026-03-02T03:00:00Z"), "T1").setUpKarakol();
      shop.receive("IK-01", "FELT-TOY", 500);
      shop.receive("IK-02", "HONEY-1", 500);
      shop.openShift(0);
    }

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                CrashIT.class.getName(),
                file.toString())
            .redirectErrorStream(true)
            .start();
    List<String> acknowledged = new ArrayList<>();
    List<String> output = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (acknowledged.size() < 60 && (line = out.readLine()) != null) {
        output.add(line);
        if (line.startsWith(ACK)) {
          acknowledged.add(line.substring(ACK.length()));
        }
      }
      // SIGKILL: no shutdown hook, no finally, no close.
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      child.destroyForcibly();
    }
    assertThat(acknowledged).as("child output: %s", output).hasSize(60);
    assertThat(child.exitValue()).isEqualTo(137); // 128 + SIGKILL

    try (TillDatabase db = TillDatabase.open(file.toString(), false)) {
      Shop shop = new Shop(db, new TestClock("2026-03-02T12:00:00Z"), "T1");
      List<String> onFile = Jdbc.texts(file, "SELECT number FROM sale ORDER BY seq");
      assertThat(onFile).containsAll(acknowledged);
      assertThat(onFile.subList(0, acknowledged.size())).isEqualTo(acknowledged);
      // Whatever was committed after the last acknowledgement is whole, or absent.
      long sales = onFile.size();
      assertThat(Jdbc.longValue(file, "SELECT COUNT(*) FROM sale_line")).isEqualTo(2 * sales);
      assertThat(Jdbc.longValue(file, "SELECT COUNT(*) FROM journal_entry")).isEqualTo(sales);
      assertThat(shop.onHand("FELT-TOY")).isEqualTo(500 - sales);
      assertThat(shop.onHand("HONEY-1")).isEqualTo(500 - sales);
      assertThat(shop.verify().problems()).isEmpty();
      // And the till carries on where it stopped.
      assertThat(shop.sell("FELT-TOY", 1, Shop.card(45_055)).seq()).isEqualTo(sales + 1);
    }
  }
}
