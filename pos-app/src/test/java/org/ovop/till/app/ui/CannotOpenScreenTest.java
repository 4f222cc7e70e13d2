package org.ovop.till.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ovop.till.app.TillServices;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A till pointed at a file that is not its database, started as ./till starts it: the window says
 * why in one sentence instead of vanishing with a stack trace, and the file is left as it was.
 */
class CannotOpenScreenTest {
  @TempDir Path dir;
  final FxRobot robot = new FxRobot();
  javafx.application.Application app;

  @AfterEach
  void close() throws Exception {
    if (app != null) {
      FxToolkit.cleanupApplication(app);
    }
    FxToolkit.cleanupStages();
    TillWindow.opening = null;
  }

  @Test
  void aFileOfAnotherProgramIsNamedInTheWindowAndLeftAsItWas() throws Exception {
    Path notes = dir.resolve("notes.db");
    byte[] before = "shopping list: wool, honey\n".getBytes();
    Files.write(notes, before);

    FxToolkit.registerPrimaryStage();
    TillWindow.openInBackground(
        () -> TillServices.open(notes.toString(), "T1", Clock.systemUTC(), true));
    app = FxToolkit.setupApplication(TillWindow::new);

    WaitForAsyncUtils.waitFor(
        30, TimeUnit.SECONDS, () -> robot.lookup("#cannot-open").tryQuery().isPresent());
    String said = ((Labeled) robot.lookup("#cannot-open").query()).getText();
    assertThat(said).startsWith(notes.toString()).contains("not a till database").endsWith(".");
    assertThat(robot.lookup("#pin").tryQuery()).isEmpty();
    // ./till prints the same sentence when the window closes, and exits as for a refusal.
    assertThat(TillWindow.openingFailure()).map(RuntimeException::getMessage).contains(said);
    assertThat(Files.readAllBytes(notes)).isEqualTo(before);
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(notes);
    }
  }
}
