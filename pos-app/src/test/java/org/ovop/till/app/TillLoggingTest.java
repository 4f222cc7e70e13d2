package org.ovop.till.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;

/**
 * The till's log line: level, logger, message on one line, then a stack trace when there is one.
 */
class TillLoggingTest {
  private final LoggerContext context = new LoggerContext();
  private final TillLogging.OneLine layout = new TillLogging.OneLine();

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
}
