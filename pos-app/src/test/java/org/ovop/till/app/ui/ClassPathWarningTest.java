package org.ovop.till.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.javafx.util.Logging;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The window's start drops JavaFX's class-path warning, and only that one. */
class ClassPathWarningTest {
  @Test
  void javafxStillSaysEveryOtherWarning() {
    TillWindow.quietTheClassPathWarning();
    List<String> heard = new ArrayList<>();
    Handler ear =
        new Handler() {
          @Override
          public void publish(LogRecord r) {
            heard.add(r.getMessage());
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger javafx = Logger.getLogger("javafx");
    javafx.addHandler(ear);
    javafx.setUseParentHandlers(false);
    try {
      // Said through JavaFX's own loggers, as PlatformImpl and the CSS engine say them.
      Logging.getJavaFXLogger()
          .warning(
              "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1a2b'");
      Logging.getJavaFXLogger().warning("Loading FXML document with JavaFX API of version 22");
      Logging.getCSSLogger()
          .warning("Could not resolve '-color-accent' while resolving lookups for '-fx-fill'");
    } finally {
      javafx.removeHandler(ear);
      javafx.setUseParentHandlers(true);
    }
    assertThat(heard)
        .containsExactly(
            "Loading FXML document with JavaFX API of version 22",
            "Could not resolve '-color-accent' while resolving lookups for '-fx-fill'");
  }
}
