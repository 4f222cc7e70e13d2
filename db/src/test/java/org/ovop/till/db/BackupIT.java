package org.ovop.till.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ovop.till.core.LedgerUnavailableException;
import org.ovop.till.core.sale.Sale;

/** {@code till backup}: a consistent copy of the live file through SQLite's VACUUM INTO. */
class BackupIT {
  @TempDir Path dir;
  Path file;
  TillDatabase db;
  Shop shop;

  @BeforeEach
  void aRealisticDay() {
    file = dir.resolve("till.db");
    db = TillDatabase.open(file.toString(), true);
    shop = new Shop(db, new TestClock("2026-03-02T03:00:00Z"), "T1").realisticDay();
  }

  @AfterEach
  void close() {
    db.close();
  }

  private static List<Sale> sales(TillDatabase db) {
    return db.read(b -> b.sales().between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")));
  }

  @Test
  void aBackupOpensVerifiesCleanAndHoldsTheSameLedger() throws Exception {
    Path copy = dir.resolve("backup-2026-03-02.db");
    db.backup(copy);

    assertThat(Jdbc.dump(copy)).isEqualTo(Jdbc.dump(file));
    try (TillDatabase restored = TillDatabase.open(copy.toString(), false)) {
      assertThat(new LedgerVerifier(restored).check().problems()).isEmpty();
      List<Sale> restoredSales = sales(restored);
      assertThat(restoredSales).hasSize(4).isEqualTo(sales(db));
      assertThat(new Shop(restored, shop.clock, "T1").onHand("FELT-TOY"))
          .isEqualTo(shop.onHand("FELT-TOY"));
    }

    // The live file sells on; the backup keeps the moment it was taken.
    shop.openShift(0);
    shop.sell("HONEY-1", 1, Shop.card(62_000));
    assertThat(Jdbc.longValue(copy, "SELECT COUNT(*) FROM sale")).isEqualTo(4);
    assertThat(Jdbc.longValue(file, "SELECT COUNT(*) FROM sale")).isEqualTo(5);
  }

  @Test
  void aBackupNeverOverwritesAFile() throws Exception {
    Path copy = dir.resolve("yesterday.db");
    Files.writeString(copy, "yesterday's backup, keep it");
    assertThatThrownBy(() -> db.backup(copy))
        .isInstanceOf(LedgerUnavailableException.class)
        .hasMessage(copy + " already exists; choose a new file name.");
    assertThat(Files.readString(copy)).isEqualTo("yesterday's backup, keep it");
  }

  @Test
  void aBackupIntoAMissingFolderFailsWithASentenceAndLeavesNothing() {
    Path copy = dir.resolve("usb-stick").resolve("till.db");
    assertThatThrownBy(() -> db.backup(copy))
        .isInstanceOf(LedgerUnavailableException.class)
        .hasMessageStartingWith("Cannot write the backup " + copy + ":");
    assertThat(Files.exists(copy.getParent())).isFalse();
    // The live database is still fine.
    assertThat(shop.verify().problems()).isEmpty();
  }

  @Test
  void aFileNameWithAQuoteIsBackedUpToThatVeryName() throws Exception {
    Path copy = dir.resolve("O'Brien's shop.db");
    db.backup(copy);
    try (TillDatabase restored = TillDatabase.open(copy.toString(), false)) {
      assertThat(sales(restored)).hasSize(4);
    }
    assertThat(dir.toFile().list()).contains("O'Brien's shop.db");
  }

  @Test
  void aBackupWhileAnotherTillIsWritingTakesOnlyWhatWasCommitted() throws Exception {
    Path copy = dir.resolve("during-sale.db");
    try (Connection other = Jdbc.open(file);
        Statement s = other.createStatement()) {
      s.execute("BEGIN IMMEDIATE");
      s.execute("INSERT INTO document_counter (name, value) VALUES ('not-yet-committed', 1)");
      db.backup(copy);
      s.execute("COMMIT");
    }
    assertThat(
            Jdbc.longValue(
                copy, "SELECT COUNT(*) FROM document_counter WHERE name = 'not-yet-committed'"))
        .isZero();
    assertThat(
            Jdbc.longValue(
                file, "SELECT COUNT(*) FROM document_counter WHERE name = 'not-yet-committed'"))
        .isEqualTo(1);
    Map<String, List<String>> backup = Jdbc.dump(copy);
    assertThat(backup.get("sale")).isEqualTo(Jdbc.dump(file).get("sale"));
  }
}
