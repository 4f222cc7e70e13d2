package org.ovop.till.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;

/**
 * The till's log line: level, logger, message on one line, then a stack trace when there is one; in
 * the till's log file, with its time first.
 */
class TillLoggingTest {
  private final LoggerContext context = new LoggerContext();
  private final TillLogging.OneLine layout = new TillLogging.OneLine(false);

  private String line(String message, Throwable thrown, Object... args) {
    var logger = context.getLogger("org.flywaydb.core.Flyway");
    return layout.doLayout(
        new LoggingEvent(
            TillLoggingTest.class.getName(), logger, Level.WARN, message, thrown, args));
  }

  @Test
  void aMessageIsOneLineWithItsLevelAndLogger() {
    assertThat(line("Schema {} is up to date", null, "main"))
        .isEqualTo(
            "WARN org.flywaydb.core.Flyway: Schema main is up to date" + System.lineSeparator());
  }

  @Test
  void aProblemCarriesItsStackTraceUnderTheLine() {
    String said = line("Could not print", new IllegalStateException("paper out"));
    assertThat(said)
        .startsWith("WARN org.flywaydb.core.Flyway: Could not print" + System.lineSeparator());
    assertThat(said).contains("java.lang.IllegalStateException: paper out");
    assertThat(said).contains("at org.ovop.till.app.TillLoggingTest");
  }

  @Test
  void warningsAlsoGoToTheTillsLogFileWithTheirTimeAndNothingLessDoes() throws Exception {
    java.nio.file.Path log = TillLogging.file();
    long before = java.nio.file.Files.exists(log) ? java.nio.file.Files.size(log) : 0;
    LoggerContext fresh = new LoggerContext();
    TillLogging logging = new TillLogging();
    logging.setContext(fresh);
    logging.configure(fresh);
    String marker = "Бумага кончилась на usb: " + java.util.UUID.randomUUID();
    fresh.getLogger("org.ovop.till.test").warn(marker);
    fresh.getLogger("org.ovop.till.test").info("not for the log");
    fresh.stop();
    byte[] all = java.nio.file.Files.readAllBytes(log);
    String added =
        new String(
            all, (int) before, all.length - (int) before, java.nio.charset.StandardCharsets.UTF_8);
    assertThat(added)
        .matches(
            "\\d{4}-\\d\\d-\\d\\dT[^ ]+Z WARN org\\.ovop\\.till\\.test: "
                + java.util.regex.Pattern.quote(marker)
                + "\\R");
  }
}
