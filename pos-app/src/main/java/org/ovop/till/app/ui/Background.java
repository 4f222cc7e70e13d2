package org.ovop.till.app.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.ovop.till.core.LedgerUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Database and printer work happens here, never on the FX thread, so the counter never freezes. One
 * worker keeps the till's writes in the order the cashier made them. A failure is logged once, with
 * its cause, and handed back as a sentence for people, in the screen's language once the session
 * says how ({@link #explainFailuresWith}): the database's trouble, or for anything else (a bug,
 * most likely) a sentence naming the log, never a Java message.
 */
public final class Background {
  private static final Logger LOG = LoggerFactory.getLogger(Background.class);

  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "till-background");
            t.setDaemon(true);
            return t;
          });
  private final Executor fxThread;
  private volatile Function<Throwable, String> explain =
      e ->
          e instanceof LedgerUnavailableException
              ? e.getMessage()
              : "The till hit an unexpected problem: " + e.getClass().getSimpleName();

  public Background() {
    this(Platform::runLater);
  }

  /** For tests without the toolkit: results are handed back through {@code fxThread}. */
  Background(Executor fxThread) {
    this.fxThread = fxThread;
  }

  /** How a failure (the database's trouble, or anything unexpected) is said on the screens. */
  void explainFailuresWith(Function<Throwable, String> sentence) {
    this.explain = sentence;
  }

  /** Runs work off the FX thread and hands its result (or the sentence of a failure) back to it. */
  public <T> void run(Supplier<T> work, Consumer<T> done, Consumer<String> failed) {
    worker.submit(
        () -> {
          try {
            T value = work.get();
            fxThread.execute(() -> done.accept(value));
          } catch (LedgerUnavailableException e) {
            LOG.warn(e.getMessage(), e.getCause());
            String sentence = explain.apply(e);
            fxThread.execute(() -> failed.accept(sentence));
          } catch (RuntimeException | Error e) {
            // Errors too: a class missing from a damaged installation (NoSuchMethodError) was
            // swallowed by the executor, and the screen it should have filled stayed empty, saying
            // "nothing on the shelf" of a full shelf.
            LOG.error("Unexpected failure of the till's background work", e);
            String sentence = explain.apply(e);
            fxThread.execute(() -> failed.accept(sentence));
          }
        });
  }

  public void shutdown() {
    worker.shutdownNow();
  }
}
