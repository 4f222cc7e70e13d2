package org.ovop.till.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ovop.till.app.TillLogging;
import org.ovop.till.core.LedgerUnavailableException;

/**
 * A failure of background work reaches the screen as a sentence for people and the log with its
 * cause: a Java message ("Cannot invoke String.strip() because …") once reached the cashier, and
 * nothing reached any log.
 */
class BackgroundTest {
  private final Background background = new Background(Runnable::run);

  @AfterEach
  void stop() {
    background.shutdown();
  }

  private String failureOf(Throwable thrown) throws Exception {
    CompletableFuture<String> said = new CompletableFuture<>();
    background.run(
        () -> {
          if (thrown instanceof Error e) {
            throw e;
          }
          throw (RuntimeException) thrown;
        },
        value -> said.complete("done?"),
        said::complete);
    return said.get(10, TimeUnit.SECONDS);
  }

  private String logSince(long bytes) throws Exception {
    byte[] all = Files.readAllBytes(TillLogging.file());
    return new String(all, (int) bytes, all.length - (int) bytes, StandardCharsets.UTF_8);
  }

  private long logSize() throws Exception {
    Path log = TillLogging.file();
    return Files.exists(log) ? Files.size(log) : 0;
  }

  @Test
  void anUnexpectedFailureIsTheSessionsSentenceOnScreenAndItsStackTraceInTheLog() throws Exception {
    background.explainFailuresWith(
        e -> "Касса столкнулась с ошибкой (" + e.getClass().getSimpleName() + ").");
    long before = logSize();
    String said = failureOf(new NullPointerException("Cannot invoke \"String.strip()\""));
    assertThat(said).isEqualTo("Касса столкнулась с ошибкой (NullPointerException).");
    assertThat(logSince(before))
        .contains("ERROR org.ovop.till.app.ui.Background: Unexpected failure")
        .contains("java.lang.NullPointerException: Cannot invoke \"String.strip()\"")
        .contains("at org.ovop.till.app.ui.BackgroundTest");
  }

  @Test
  void anErrorOfADamagedInstallationIsSaidAndLoggedNotSwallowed() throws Exception {
    background.explainFailuresWith(
        e -> "Касса столкнулась с ошибкой (" + e.getClass().getSimpleName() + ").");
    long before = logSize();
    String said =
        failureOf(
            new NoSuchMethodError(
                "'java.time.LocalDate org.ovop.till.core.report.Reports$AgingRow.bestBefore()'"));
    assertThat(said).isEqualTo("Касса столкнулась с ошибкой (NoSuchMethodError).");
    assertThat(logSince(before)).contains("java.lang.NoSuchMethodError: 'java.time.LocalDate");
    // The worker goes on with the next piece of work.
    CompletableFuture<String> next = new CompletableFuture<>();
    background.run(() -> "next", next::complete, next::complete);
    assertThat(next.get(10, TimeUnit.SECONDS)).isEqualTo("next");
  }

  @Test
  void theDatabasesOwnSentenceIsShownAsItIsAndItsCauseLogged() throws Exception {
    long before = logSize();
    String said =
        failureOf(
            new LedgerUnavailableException(
                "The database till.db is busy with another till; nothing was changed, try again.",
                new java.sql.SQLException("[SQLITE_BUSY] The database file is locked")));
    assertThat(said)
        .isEqualTo(
            "The database till.db is busy with another till; nothing was changed, try again.");
    assertThat(logSince(before))
        .contains("WARN org.ovop.till.app.ui.Background: The database till.db is busy")
        .contains("java.sql.SQLException: [SQLITE_BUSY] The database file is locked");
  }
}
