package org.ovop.till.app.ui;

import atlantafx.base.theme.PrimerLight;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.ovop.till.app.TillServices;

/**
 * The till's window. It shows one screen at a time (sign-in, counter, refund, shift, back office)
 * over the same services as the command line.
 */
public final class TillWindow extends Application {
  /** Set by {@code ./till} before the toolkit starts the window. */
  static Supplier<TillServices> opener;

  private final TillServices services;
  private Session session;
  private Scene scene;
  private Stage stage;

  public TillWindow() {
    this(opener.get());
  }

  public TillWindow(TillServices services) {
    this.services = services;
  }

  public static void launchWith(Supplier<TillServices> open) {
    opener = open;
    Application.launch(TillWindow.class);
  }

  @Override
  public void start(Stage stage) {
    this.stage = stage;
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    var store = services.store();
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
