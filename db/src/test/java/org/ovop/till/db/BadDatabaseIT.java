package org.ovop.till.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ovop.till.core.LedgerUnavailableException;
import org.ovop.till.core.user.User;

/**
 * A missing, foreign, damaged or locked database: one sentence for the person at the till, and
 * nothing changed on disk.
 */
class BadDatabaseIT {
  @TempDir Path dir;

  @AfterEach
  void forgetTimeout() {
    System.clearProperty("till.busyTimeoutMs");
  }

  @Test
  void aMissingFileIsNotCreatedUnlessAsked() {
    Path file = dir.resolve("shop").resolve("till.db");
    assertThatThrownBy(() -> TillDatabase.open(file.toString(), false))
        .isInstanceOf(LedgerUnavailableException.class)
        .hasMessage(
            "There is no till database at "
                + file
                + "; create one with `till init` or `till demo`.");
    assertThat(Files.exists(file)).isFalse();
    assertThat(Files.exists(file.getParent())).isFalse();
    assertThat(TillDatabase.exists(file.toString())).isFalse();
  }

  @Test
  void aTextFileIsNotATillDatabaseAndStaysAsItWas() throws Exception {
    Path file = dir.resolve("till.db");
    String text = "Мёд горный;62000;IK-02\nВойлок;45055;IK-01\n";
    Files.writeString(file, text);
    assertThatThrownBy(() -> TillDatabase.open(file.toString(), false))
        .isInstanceOf(LedgerUnavailableException.class)
        .hasMessage(file + " is not a till database (or it is damaged); restore it from a backup.");
    // Not even with create: the file exists and is not ours.
    assertThatThrownBy(() -> TillDatabase.open(file.toString(), true))
        .isInstanceOf(LedgerUnavailableException.class)
        .hasMessageContaining("is not a till database");
    assertThat(Files.readString(file)).isEqualTo(text);
    assertThat(dir.toFile().list()).containsExactly("till.db");
  }

  @Test
  void aFileShorterThanTheSqliteHeaderIsRefusedToo() throws Exception {
    Path file = dir.resolve("till.db");
    Files.writeString(file, "SQLite");
    assertThatThrownBy(() -> TillDatabase.open(file.toString(), false))
        .isInstanceOf(LedgerUnavailableException.class)
        .hasMessageContaining("is not a till database");
    assertThat(Files.readString(file)).isEqualTo("SQLite");
  }

  @Test
  void aFolderIsNotADatabase() {
    assertThatThrownBy(() -> TillDatabase.open(dir.toString(), false))
        .isInstanceOf(LedgerUnavailableException.class)
        .hasMessageStartingWith("Cannot read " + dir);
  }

  @Test
  void aDamagedTillDatabaseIsRefusedWithASentence() throws Exception {
    Path file = dir.resolve("till.db");
    try (TillDatabase db = TillDatabase.open(file.toString(), true)) {
      new Shop(db, new TestClock("2026-03-02T03:00:00Z"), "T1").setUpKarakol();
      db.dsl().execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    // Keep the SQLite header, overwrite the schema pages with rubbish.
    byte[] bytes = Files.readAllBytes(file);
    assertThat(bytes.length).isGreaterThan(8192);
    for (int i = 100; i < 8192; i++) {
      bytes[i] = (byte) (i * 31);
    }
    Files.write(file, bytes);

    assertThatThrownBy(() -> TillDatabase.open(file.toString(), false))
        .isInstanceOf(LedgerUnavailableException.class)
        .hasMessage(file + " is not a till database (or it is damaged); restore it from a backup.")
        // The screens say it in their own language from the trouble and the place.
        .satisfies(
            e -> {
              var trouble = (LedgerUnavailableException) e;
              assertThat(trouble.trouble()).isEqualTo(LedgerUnavailableException.Trouble.DAMAGED);
              assertThat(trouble.where()).isEqualTo(file.toString());
            });
    assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
  }

  @Test
  void aSqliteFileOfAnotherProgramIsLeftAlone() throws Exception {
    Path file = dir.resolve("photos.db");
    Jdbc.exec(
        file,
        "CREATE TABLE photo (id INTEGER PRIMARY KEY, name TEXT)",
        "INSERT INTO photo (name) VALUES ('Иссык-Куль')");
    Map<String, List<String>> before = Jdbc.dump(file);
    byte[] bytes = Files.readAllBytes(file);

    assertThatThrownBy(() -> TillDatabase.open(file.toString(), false))
        .isInstanceOf(LedgerUnavailableException.class)
        .hasMessage(
            file
                + " holds the data of another program, not a till database; give the till its own"
                + " file.");
    assertThat(Jdbc.dump(file)).isEqualTo(before);
    assertThat(Jdbc.texts(file, "SELECT name FROM sqlite_master WHERE type = 'table'"))
        .containsExactly("photo");
    assertThat(Files.readAllBytes(file)).as("not even the header changed").isEqualTo(bytes);
  }

  @Test
  void aDatabaseLockedByAnotherTillRefusesTheSaleAndLosesNothing() throws Exception {
    Path file = dir.resolve("till.db");
    TestClock clock = new TestClock("2026-03-02T03:00:00Z");
    try (TillDatabase setup = TillDatabase.open(file.toString(), true)) {
      Shop shop = new Shop(setup, clock, "T1").setUpKarakol();
      shop.receive("IK-01", "FELT-TOY", 5);
      shop.openShift(0);
    }

    System.setProperty("till.busyTimeoutMs", "300");
    TillDatabase db = TillDatabase.open(file.toString(), false);
    System.clearProperty("till.busyTimeoutMs");
    try (db;
        Connection other = Jdbc.open(file);
        Statement s = other.createStatement()) {
      Shop shop = new Shop(db, clock, "T1");
      User cashier = shop.signIn(Shop.CASHIER_PIN);
      Map<String, List<String>> before = Jdbc.dump(file);

      s.execute("BEGIN EXCLUSIVE");
      s.execute("INSERT INTO document_counter (name, value) VALUES ('held-by-T2', 1)");
      long started = System.nanoTime();
      assertThatThrownBy(
              () ->
                  shop.counter.sell(
                      cashier, List.of(Shop.item("FELT-TOY", 1)), List.of(Shop.cash(50_000)), null))
          .isInstanceOf(LedgerUnavailableException.class)
          .hasMessage(
              "The database "
                  + file
                  + " is busy with another till; nothing was changed, try again.")
          .satisfies(
              e ->
                  assertThat(((LedgerUnavailableException) e).trouble())
                      .isEqualTo(LedgerUnavailableException.Trouble.BUSY));
      long waitedMs = (System.nanoTime() - started) / 1_000_000;
      assertThat(waitedMs).as("waited about the busy timeout").isBetween(250L, 5_000L);
      // Readers are not blocked by a writer in WAL mode: the shelf can still be looked up.
      assertThat(shop.onHand("FELT-TOY")).isEqualTo(5);
      s.execute("ROLLBACK");

      assertThat(Jdbc.dump(file)).isEqualTo(before);
      // Once the other till lets go, the same sale goes through with the first receipt number.
      var sale =
          shop.counter
              .sell(cashier, List.of(Shop.item("FELT-TOY", 1)), List.of(Shop.cash(50_000)), null)
              .value()
              .sale();
      assertThat(sale.number()).isEqualTo("T1-000001");
      assertThat(shop.verify().problems()).isEmpty();
    }
  }

  @Test
  void aLockedDatabaseAtOpeningIsNamedToo() throws Exception {
    Path file = dir.resolve("till.db");
    TillDatabase.open(file.toString(), true).close();
    Map<String, List<String>> before = Jdbc.dump(file);
    System.setProperty("till.busyTimeoutMs", "300");
    try (Connection other = Jdbc.open(file);
        Statement s = other.createStatement()) {
      s.execute("PRAGMA journal_mode = DELETE");
      s.execute("BEGIN EXCLUSIVE");
      s.execute("INSERT INTO document_counter (name, value) VALUES ('held', 1)");
      assertThatThrownBy(() -> TillDatabase.open(file.toString(), false).close())
          .isInstanceOf(LedgerUnavailableException.class)
          .hasMessageContaining("busy with another till");
      s.execute("ROLLBACK");
    }
    assertThat(Jdbc.dump(file)).isEqualTo(before);
    assertThat(new String(Files.readAllBytes(file), 0, 15, StandardCharsets.US_ASCII))
        .isEqualTo("SQLite format 3");
  }

  @Test
  void anUnreachableServerIsNamedWithoutItsPassword() {
    String url = "jdbc:postgresql://127.0.0.1:1/shop?user=till&password=s3cret-Pa55";
    assertThatThrownBy(() -> TillDatabase.open(url, false))
        .isInstanceOf(LedgerUnavailableException.class)
        .hasMessageStartingWith(
            "The database jdbc:postgresql://127.0.0.1:1/shop?user=till&password=*** cannot be used")
        .hasMessageNotContaining("s3cret-Pa55");
  }
}
