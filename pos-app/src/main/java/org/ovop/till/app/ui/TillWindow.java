package org.ovop.till.app.ui;

import atlantafx.base.theme.PrimerLight;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.ovop.till.app.TillServices;
import org.ovop.till.core.Outcome;
import org.ovop.till.core.store.StoreProfile;

/**
 * The till's window. It shows one screen at a time (sign-in, counter, refund, shift, back office)
 * over the same services as the command line.
 */
public final class TillWindow extends Application {
  /** Started by {@code ./till} before the toolkit, which the window then waits for. */
  static CompletableFuture<Opened> opening;

  /** The opened services and the store's settings, read off the FX thread. */
  private record Opened(TillServices services, Outcome<StoreProfile> store) {}

  private final TillServices services;
  private final Outcome<StoreProfile> storeRead;
  private Session session;
  private Scene scene;
  private Stage stage;

  public TillWindow() {
    this(opened());
  }

  public TillWindow(TillServices services) {
    this(new Opened(services, null));
  }

  private TillWindow(Opened opened) {
    this.services = opened.services();
    this.storeRead = opened.store();
  }

  /**
   * Opens the database and reads the store on a thread of its own while JavaFX starts, then shows
   * the window: with two cores the till is ready in the time of the slower of the two, not both.
   */
  public static void launchWith(Supplier<TillServices> open) {
    opening = new CompletableFuture<>();
    Thread opener =
        new Thread(
            () -> {
              try {
                TillServices services = open.get();
                try {
                  opening.complete(new Opened(services, services.store()));
                } catch (RuntimeException e) {
                  services.close();
                  throw e;
                }
              } catch (RuntimeException | Error e) {
                opening.completeExceptionally(e);
              }
            },
            "till-open");
    opener.setDaemon(true);
    opener.start();
    Application.launch(TillWindow.class);
  }

  /** Waits for {@link #launchWith}'s opening; its failure is thrown as it was, as before. */
  private static Opened opened() {
    try {
      return opening.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  @Override
  public void start(Stage stage) {
    this.stage = stage;
    // The theme's binary form: the same rules as its CSS, without parsing 170 kB on the FX thread.
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
    var store = storeRead != null ? storeRead : services.store();
    Background background = new Background();
    if (!store.isDone()) {
      // A new database: offer the demo boutique, or explain how to set up a store.
      scene = new Scene(new FirstStartView(services, background, this::started).root(), 1100, 720);
    } else {
      session = new Session(services, background, store.value());
      scene = new Scene(new SignInView(session, this).root(), 1100, 720);
    }
    scene.getStylesheets().add(TillWindow.class.getResource("till.css").toExternalForm());
    stage.setScene(scene);
    stage.setTitle("OVOP Till");
    stage.show();
  }

  private void started(Session s) {
    this.session = s;
    show(new SignInView(s, this).root());
  }

  /** Replaces the screen. */
  public void show(Parent root) {
    scene.setRoot(root);
    stage.setTitle("OVOP Till · " + session.store.name());
  }

  public void signedIn() {
    show(new CounterView(session, this).root());
  }

  public void signOut() {
    session.cashier = null;
    show(new SignInView(session, this).root());
  }

  public Session session() {
    return session;
  }

  @Override
  public void stop() {
    if (session != null) {
      session.background.shutdown();
    }
    services.close();
  }
}
