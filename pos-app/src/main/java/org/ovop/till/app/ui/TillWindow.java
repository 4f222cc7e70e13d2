package org.ovop.till.app.ui;

import atlantafx.base.theme.PrimerLight;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
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

  /** Given by a caller that opened the services itself (tests); else {@link #opening}'s. */
  private final TillServices given;

  private TillServices services;
  private Session session;

  /** The counter built while a PIN was checked, until the answer comes. */
  private CounterView counterAhead;

  /** The window's root: the screen shown is its only child, but for a counter being built. */
  private final StackPane screens = new StackPane();

  private Scene scene;
  private Stage stage;

  public TillWindow() {
    this.given = null;
  }

  public TillWindow(TillServices services) {
    this.given = services;
  }

  /**
   * Opens the database and reads the store on a thread of its own while JavaFX starts, then shows
   * the window: with two cores the till is ready in the time of the slower of the two, not both.
   */
  public static void launchWith(Supplier<TillServices> open) {
    openInBackground(open);
    quietTheClassPathWarning();
    Application.launch(TillWindow.class);
  }

  /** Held here: java.util.logging keeps its loggers weakly, and with them their filters. */
  private static java.util.logging.Logger javafxLog;

  /**
   * JavaFX warns at every start that it runs from the class path ("Unsupported JavaFX
   * configuration: classes were loaded from 'unnamed module'"), a dated two-line WARNING on the
   * terminal of whoever typed ./till. The till does so on purpose: on the module path the window
   * came up later (1.65 against 1.52 s to the counter, seven starts each), as the module graph is
   * resolved at each start. The line gives the person nothing to do. Only that line is dropped:
   * JavaFX's other warnings (a CSS rule it cannot read, say) still print.
   */
  static void quietTheClassPathWarning() {
    javafxLog = java.util.logging.Logger.getLogger("javafx");
    javafxLog.setFilter(
        r ->
            r.getMessage() == null
                || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
  }

  /** Starts opening the database on a thread of its own; a window made without services waits. */
  static void openInBackground(Supplier<TillServices> open) {
    CompletableFuture<Opened> answer = new CompletableFuture<>();
    opening = answer;
    Thread opener =
        new Thread(
            () -> {
              try {
                TillServices services = open.get();
                try {
                  answer.complete(new Opened(services, services.store()));
                } catch (RuntimeException e) {
                  services.close();
                  throw e;
                }
              } catch (RuntimeException | Error e) {
                answer.completeExceptionally(e);
              }
            },
            "till-open");
    opener.setDaemon(true);
    opener.start();
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
    // It loads while the database may still be opening on its own thread.
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
    Outcome<StoreProfile> store;
    if (given != null) {
      services = given;
      store = services.store();
    } else {
      Opened opened;
      try {
        opened = opened();
      } catch (RuntimeException cannotOpen) {
        showCannotOpen(stage, cannotOpen);
        return;
      }
      services = opened.services();
      store = opened.store();
    }
    Background background = new Background();
    if (!store.isDone()) {
      // A new database: offer the demo boutique, or explain how to set up a store.
      screens.getChildren().setAll(new FirstStartView(services, background, this::started).root());
    } else {
      session = new Session(services, background, store.value());
      screens.getChildren().setAll(new SignInView(session, this).root());
    }
    javafx.geometry.Rectangle2D area = javafx.stage.Screen.getPrimary().getVisualBounds();
    javafx.geometry.Dimension2D size = fitted(area);
    scene = new Scene(screens, size.getWidth(), size.getHeight());
    scene.getStylesheets().add(TillWindow.class.getResource("till.css").toExternalForm());
    stage.setScene(scene);
    stage.setTitle("OVOP Till");
    if (area.getWidth() < WIDTH + FRAME || area.getHeight() < HEIGHT + FRAME) {
      // A screen about the window's size or smaller (a 1024 × 768 counter screen): the till takes
      // all of it, from its corner, rather than hang over both edges centred, Exit beyond the
      // right one. Maximised where a window manager can; placed and sized where none runs.
      stage.setX(area.getMinX());
      stage.setY(area.getMinY());
      stage.setMaximized(true);
    }
    stage.show();
  }

  /** The size the screens are laid out for; many counter touch screens are 1024 × 768. */
  private static final double WIDTH = 1100;

  private static final double HEIGHT = 720;

  /** Room for a window's title bar and borders, and a panel, around the screens. */
  private static final double FRAME = 80;

  /** The window's size on a screen of this usable area: the full size, or the whole area. */
  static javafx.geometry.Dimension2D fitted(javafx.geometry.Rectangle2D area) {
    return new javafx.geometry.Dimension2D(
        Math.min(WIDTH, area.getWidth()), Math.min(HEIGHT, area.getHeight()));
  }

  /**
   * The database would not open (another program's file, a damaged one, a server out of reach): the
   * person at the till reads why in the window, since a till started from a desktop icon has no
   * console, and ./till repeats it on the command line when the window closes.
   */
  private void showCannotOpen(Stage stage, RuntimeException why) {
    Texts t = new Texts(java.util.Locale.getDefault());
    Label title = new Label(t.get("closed.title"));
    title.getStyleClass().add("title-2");
    // The database's own sentence; anything else is named as the command line names it.
    Label sentence =
        new Label(
            why instanceof org.ovop.till.core.LedgerUnavailableException trouble
                ? t.ledger(trouble)
                : TillServices.unexpected(why));
    sentence.setId("cannot-open");
    sentence.setWrapText(true);
    Button close = new Button(t.get("closed.close"));
    close.setDefaultButton(true);
    close.setOnAction(e -> Platform.exit());
    VBox box = new VBox(16, title, sentence, close);
    box.setPadding(new Insets(40));
    box.setMaxWidth(760);
    scene = new Scene(new StackPane(box), 900, 360);
    stage.setScene(scene);
    stage.setTitle("OVOP Till");
    stage.show();
  }

  /**
   * Why the database did not open for the window that just closed, or empty; the command line says
   * it as it says every refusal.
   */
  public static java.util.Optional<RuntimeException> openingFailure() {
    if (opening == null || !opening.isCompletedExceptionally()) {
      return java.util.Optional.empty();
    }
    try {
      opened();
      return java.util.Optional.empty();
    } catch (RuntimeException e) {
      return java.util.Optional.of(e);
    }
  }

  private void started(Session s) {
    this.session = s;
    show(new SignInView(s, this).root());
  }

  /** Replaces the screen. */
  public void show(Parent root) {
    screens.getChildren().setAll(root);
    stage.setTitle("OVOP Till · " + session.store.name());
  }

  /**
   * Builds the counter while a typed PIN is checked on another thread: the FX thread would only
   * wait for the answer, and the counter is the screen that follows a right PIN.
   */
  void buildCounterWhilePinIsChecked() {
    dropCounterAhead();
    counterAhead = new CounterView(session, this);
    // Styled and laid out hidden under the sign-in, in the window's own scene: a right PIN then
    // only uncovers it. Styled in a scene of its own, it was styled a second time on arrival.
    Parent counter = counterAhead.root();
    counter.setVisible(false);
    screens.getChildren().add(0, counter);
    counter.applyCss();
    screens.layout();
  }

  /** A wrong PIN: the counter built meanwhile is dropped, the next PIN builds a fresh one. */
  void pinRefused() {
    dropCounterAhead();
  }

  private void dropCounterAhead() {
    if (counterAhead != null) {
      screens.getChildren().remove(counterAhead.root());
      counterAhead = null;
    }
  }

  public void signedIn() {
    CounterView counter = counterAhead != null ? counterAhead : new CounterView(session, this);
    counterAhead = null;
    counter.cashierSignedIn();
    counter.root().setVisible(true);
    show(counter.root());
    counter.readyToScan();
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
      session.printQueue.close();
    }
    if (services != null) {
      services.close();
    }
  }
}
