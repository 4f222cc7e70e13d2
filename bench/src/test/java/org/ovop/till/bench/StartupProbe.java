package org.ovop.till.bench;

import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ovop.till.app.TillServices;
import org.ovop.till.app.ui.TillWindow;

/** Starts the till's window (or a bare one) and says READY once its first screen is shown. */
public final class StartupProbe {
  private StartupProbe() {}

  /** The floor: an empty JavaFX window. */
  public static final class Bare extends Application {
    @Override
    public void start(Stage stage) {
      stage.setScene(new Scene(new StackPane(), 1100, 720));
      stage.show();
    }
  }

  public static void main(String[] args) {
    Thread watcher =
        new Thread(
            () -> {
              while (true) {
                try {
                  Thread.sleep(5);
                } catch (InterruptedException e) {
                  return;
                }
                boolean[] ready = {false};
                try {
                  Platform.runLater(
                      () ->
                          ready[0] =
                              Window.getWindows().stream()
                                  .anyMatch(
                                      w ->
                                          w.isShowing()
                                              && (args[0].equals("bare")
                                                  || w.getScene().lookup("#pin") != null)));
                  Thread.sleep(5);
                } catch (IllegalStateException | InterruptedException notYet) {
                  continue;
                }
                if (ready[0]) {
                  System.out.println("READY");
                  System.out.flush();
                  Runtime.getRuntime().halt(0);
                }
              }
            });
    watcher.setDaemon(true);
    watcher.start();
    if (args[0].equals("bare")) {
      Application.launch(Bare.class);
    } else {
      TillWindow.launchWith(() -> TillServices.open(args[1], "T1", Clock.systemUTC(), false));
    }
  }
}
