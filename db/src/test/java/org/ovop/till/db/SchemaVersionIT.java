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
        .containsExactly("1", "1.1", "2", "2.1", "3", "4");
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
