package org.ovop.till.app.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.ovop.till.core.LedgerUnavailableException;

/**
 * Database and printer work happens here, never on the FX thread, so the counter never freezes. One
 * worker keeps the till's writes in the order the cashier made them.
 */
public final class Background {
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "till-background");
            t.setDaemon(true);
            return t;
          });

  /** Runs work off the FX thread and hands its result (or the sentence of a failure) back to it. */
  public <T> void run(Supplier<T> work, Consumer<T> done, Consumer<String> failed) {
    worker.submit(
        () -> {
          try {
            T value = work.get();
            Platform.runLater(() -> done.accept(value));
          } catch (LedgerUnavailableException e) {
            Platform.runLater(() -> failed.accept(e.getMessage()));
          } catch (RuntimeException e) {
            Platform.runLater(() -> failed.accept(String.valueOf(e.getMessage())));
          }
        });
  }

  public void shutdown() {
    worker.shutdownNow();
  }
}
