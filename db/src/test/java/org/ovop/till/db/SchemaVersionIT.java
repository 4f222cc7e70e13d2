package org.ovop.till.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ovop.till.core.LedgerUnavailableException;

/**
 * An up-to-date file opens without Flyway; every other file still goes through it, so a file that
 * is behind is migrated and a file whose scripts changed is refused as before.
 */
class SchemaVersionIT {
  @TempDir Path dir;

  private static Flyway flyway(Path file, String target) {
    return Flyway.configure()
        .dataSource("jdbc:sqlite:" + file, null, null)
        .locations("classpath:db/migration/common", "classpath:db/migration/sqlite")
        .target(target)
        .load();
  }

  @Test
  void theListOfMigrationsKnownToTheTillIsWhatFlywayFindsInTheJar() {
    Map<String, Integer> found =
        Arrays.stream(flyway(dir.resolve("new.db"), "latest").info().pending())
            .collect(
                Collectors.toMap(i -> i.getVersion().getVersion(), MigrationInfo::getChecksum));
    assertThat(found).isEqualTo(TillDatabase.SQLITE_MIGRATIONS);
  }

  @Test
  void aFileOneMigrationBehindIsBroughtUpToDate() throws Exception {
    Path file = dir.resolve("till.db");
    flyway(file, "2").migrate();
    assertThat(
            Jdbc.texts(file, "SELECT version FROM flyway_schema_history ORDER BY installed_rank"))
        .containsExactly("1", "1.1", "2");

    TillDatabase.open(file.toString(), false).close();

    assertThat(
            Jdbc.texts(file, "SELECT version FROM flyway_schema_history ORDER BY installed_rank"))
        .containsExactly("1", "1.1", "2", "2.1", "3", "4", "5", "5.1", "6", "7", "8", "9");
  }

  @Test
  void aShopsLedgerFromBeforeTheStockBalancesGetsThemSummedOnceWhenItOpens() throws Exception {
    Path file = dir.resolve("till.db");
    flyway(file, "4").migrate();
    // Ten jars delivered on one lot, three sold from it, and one sold before any lot arrived.
    Jdbc.exec(
        file,
        "INSERT INTO app_user VALUES ('u1','A','cashier','x',0)",
        "INSERT INTO producer_group VALUES ('g','G','G',NULL,NULL,0,0)",
        "INSERT INTO product VALUES ('p','S','2000000000015','P','g',100,0,NULL,NULL,0)",
        "INSERT INTO stock_document VALUES ('CN-1','INTAKE','g','T1',0,'u1',NULL)",
        "INSERT INTO lot VALUES ('l1','CN-1',1,'p',NULL,10,0,NULL)",
        "INSERT INTO stock_movement VALUES ('m1',0,'p','l1','INTAKE',10,'CN-1',NULL,'u1')",
        "INSERT INTO stock_movement VALUES ('m2',1,'p','l1','DAMAGE',-3,'DM-1',NULL,'u1')",
        "INSERT INTO stock_movement VALUES ('m3',2,'p',NULL,'DAMAGE',-1,'DM-2',NULL,'u1')");

    try (TillDatabase db = TillDatabase.open(file.toString(), false)) {
      long onHand = db.read(b -> b.stock().onHand("p"));
      java.util.List<org.ovop.till.core.stock.LotBalance> lots =
          db.read(b -> b.stock().lotsOldestFirst("p"));
      assertThat(onHand).isEqualTo(6);
      assertThat(lots).extracting(l -> l.lot().id() + " " + l.onHand()).containsExactly("l1 7");
    }
    assertThat(
            Jdbc.texts(
                file, "SELECT lot_key || ':' || on_hand FROM stock_balance ORDER BY lot_key"))
        .containsExactly(":-1", "l1:7");
  }

  @Test
  void anUpToDateFileOpensAgainAndAgainUnchanged() throws Exception {
    Path file = dir.resolve("till.db");
    TillDatabase.open(file.toString(), true).close();
    var before = Jdbc.dump(file);
    TillDatabase.open(file.toString(), false).close();
    TillDatabase.open(file.toString(), false).close();
    assertThat(Jdbc.dump(file)).isEqualTo(before);
  }

  @Test
  void aFileMigratedByChangedScriptsIsStillRefusedByFlyway() throws Exception {
    Path file = dir.resolve("till.db");
    TillDatabase.open(file.toString(), true).close();
    Jdbc.exec(file, "UPDATE flyway_schema_history SET checksum = 42 WHERE version = '2.1'");

    assertThatThrownBy(() -> TillDatabase.open(file.toString(), false))
        .isInstanceOf(LedgerUnavailableException.class);
  }

  @Test
  void aFileWithAFailedStepIsLeftToFlyway() throws Exception {
    Path file = dir.resolve("till.db");
    TillDatabase.open(file.toString(), true).close();
    Jdbc.exec(file, "UPDATE flyway_schema_history SET success = 0 WHERE version = '2.1'");

    assertThatThrownBy(() -> TillDatabase.open(file.toString(), false))
        .isInstanceOf(LedgerUnavailableException.class);
  }
}
