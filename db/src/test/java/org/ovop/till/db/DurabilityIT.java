package org.ovop.till.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ovop.till.core.LedgerUnavailableException;
import org.ovop.till.core.Outcome;
import org.ovop.till.core.catalog.ProducerGroup;
import org.ovop.till.core.journal.JournalEntry;
import org.ovop.till.core.money.Percent;

/**
 * What makes the file trustworthy: the connection's durability settings, the append-only guards,
 * and one transaction per use case.
 */
class DurabilityIT {
  @TempDir Path dir;
  Path file;
  TillDatabase db;
  Shop shop;

  @BeforeEach
  void open() {
    file = dir.resolve("till.db");
    db = TillDatabase.open(file.toString(), true);
    shop = new Shop(db, new TestClock("2026-03-02T03:00:00Z"), "T1");
  }

  @AfterEach
  void close() {
    db.close();
  }

  private String pragma(String name) {
    return String.valueOf(db.dsl().fetchValue("PRAGMA " + name));
  }

  @Test
  void theProgramsOwnConnectionRunsWalWithFullSyncForeignKeysAndABusyTimeout() {
    assertThat(pragma("journal_mode")).isEqualToIgnoringCase("wal");
    assertThat(pragma("synchronous")).isEqualTo("2"); // FULL
    assertThat(pragma("foreign_keys")).isEqualTo("1");
    assertThat(Integer.parseInt(pragma("busy_timeout")))
        .isEqualTo(TillDatabase.DEFAULT_BUSY_TIMEOUT_MS);
  }

  @Test
  void theSettingsHoldAfterReopeningAnExistingFile() {
    shop.setUpKarakol();
    db.close();
    db = TillDatabase.open(file.toString(), false);
    assertThat(pragma("journal_mode")).isEqualToIgnoringCase("wal");
    assertThat(pragma("synchronous")).isEqualTo("2");
    assertThat(pragma("foreign_keys")).isEqualTo("1");
  }

  @Test
  void theBusyTimeoutCanBeSetForTheProcess() {
    db.close();
    System.setProperty("till.busyTimeoutMs", "1234");
    try {
      db = TillDatabase.open(file.toString(), false);
    } finally {
      System.clearProperty("till.busyTimeoutMs");
    }
    assertThat(pragma("busy_timeout")).isEqualTo("1234");
  }

  @Test
  void aForeignKeyToNothingIsRefusedThroughTheProgram() throws Exception {
    shop.setUpKarakol();
    Map<String, List<String>> before = Jdbc.dump(file);
    assertThatThrownBy(
            () ->
                db.write(
                    b -> {
                      b.catalog()
                          .addMember(
                              new org.ovop.till.core.catalog.Member(
                                  UUID.randomUUID().toString(),
                                  "no-such-group",
                                  "Айжан",
                                  org.ovop.till.core.catalog.Gender.F,
                                  null),
                              shop.clock.instant());
                      return Outcome.done(null);
                    }))
        .isInstanceOf(LedgerUnavailableException.class)
        .hasMessageContaining("FOREIGN KEY");
    assertThat(Jdbc.dump(file)).isEqualTo(before);
  }

  @Test
  void aWriteThatFailsHalfWayLeavesNothingBehind() throws Exception {
    shop.setUpKarakol();
    Map<String, List<String>> before = Jdbc.dump(file);
    ProducerGroup g =
        new ProducerGroup(
            UUID.randomUUID().toString(), "IK-05", "Ак Илбирс", null, null, Percent.ZERO);
    // An unexpected failure after a row was written: the row must not stay.
    assertThatThrownBy(
            () ->
                db.write(
                    b -> {
                      b.catalog().addGroup(g, shop.clock.instant());
                      throw new IllegalStateException("power cut in the middle of a use case");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(Jdbc.dump(file)).isEqualTo(before);

    // A database error after a row was written: the same, and a sentence for people.
    assertThatThrownBy(
            () ->
                db.write(
                    b -> {
                      b.catalog().addGroup(g, shop.clock.instant());
                      b.catalog().addGroup(g, shop.clock.instant());
                      return Outcome.done(null);
                    }))
        .isInstanceOf(LedgerUnavailableException.class)
        .hasMessageStartingWith("The database " + file + " cannot be used:");
    assertThat(Jdbc.dump(file)).isEqualTo(before);

    // And the connection is still good for the next use case.
    shop.catalog
        .addGroup(shop.signIn(Shop.MANAGER_PIN), "IK-05", "Ак Илбирс", null, null, null)
        .value();
    assertThat(Jdbc.longValue(file, "SELECT COUNT(*) FROM producer_group")).isEqualTo(3);
  }

  @Test
  void theProgramItselfCannotChangeARecordedRow() throws Exception {
    shop.realisticDay();
    Map<String, List<String>> before = Jdbc.dump(file);
    assertThatThrownBy(
            () ->
                db.write(
                    b -> {
                      db.dsl().execute("UPDATE sale SET total = total + 1");
                      return Outcome.done(null);
                    }))
        .isInstanceOf(LedgerUnavailableException.class)
        .hasMessageStartingWith("The ledger refused to change a recorded row")
        .hasMessageContaining("sale is append-only");
    assertThat(Jdbc.dump(file)).isEqualTo(before);
    List<JournalEntry> journal = db.read(b -> b.journal().all());
    assertThat(journal).as("4 sales and refunds, 1 payout").hasSize(5);
  }

  static List<String> appendOnlyTables() {
    return LedgerVerifier.APPEND_ONLY;
  }

  @ParameterizedTest
  @MethodSource("appendOnlyTables")
  void plainSqlOnTheSameFileCannotUpdateOrDeleteAppendOnlyRows(String table) throws Exception {
    shop.realisticDay();
    db.close();
    long rows = Jdbc.longValue(file, "SELECT COUNT(*) FROM " + table);
    assertThat(rows).as("the realistic day wrote rows to " + table).isPositive();
    Map<String, List<String>> before = Jdbc.dump(file);
    String firstColumn = Jdbc.text(file, "SELECT name FROM pragma_table_info('" + table + "')");

    try (Connection c = Jdbc.open(file);
        Statement s = c.createStatement()) {
      assertThatThrownBy(
              () ->
                  s.executeUpdate("UPDATE " + table + " SET " + firstColumn + " = " + firstColumn))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining(table + " is append-only");
      assertThatThrownBy(() -> s.executeUpdate("DELETE FROM " + table))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining(table + " is append-only");
    }
    assertThat(Jdbc.dump(file)).isEqualTo(before);
  }

  @Test
  void everyAppendOnlyTableOfTheSchemaIsGuardedAndNoOtherIsListed() throws Exception {
    shop.setUpKarakol();
    List<String> guarded =
        Jdbc.texts(file, "SELECT DISTINCT tbl_name FROM sqlite_master WHERE type = 'trigger'");
    List<String> expected = new java.util.ArrayList<>(LedgerVerifier.APPEND_ONLY);
    // settlement_line is guarded against UPDATE, and against DELETE once its settlement is paid:
    // cancelling an unpaid settlement releases its lines.
    expected.add("settlement_line");
    assertThat(guarded).containsExactlyInAnyOrderElementsOf(expected);
    // The tables that do change in place are the settings, users, catalogue and counters, and the
    // stock balances that the ledger's own trigger moves.
    List<String> others = new java.util.ArrayList<>(Jdbc.tables(file));
    others.removeAll(expected);
    assertThat(others)
        .containsExactlyInAnyOrder(
            "store",
            "app_user",
            "pin_failure",
            "producer_group",
            "member",
            "product",
            "document_counter",
            "stock_balance");
  }
}
