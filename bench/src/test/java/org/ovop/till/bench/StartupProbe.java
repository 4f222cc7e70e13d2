package org.ovop.till.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ovop.till.app.cli.TillCli;

/**
 * Starts the till's window (or a bare one) and says READY once it can be used. For the till that is
 * when the demo cashier, signed in by her PIN on the sign-in pad as she would do by touch, sees the
 * counter with its scan field focused; SIGNIN is said on the way, when the sign-in screen is shown.
 */
public final class StartupProbe {
  private StartupProbe() {}

  /** The demo cashier's PIN, as DemoBoutique seeds it. */
  private static final String CASHIER_PIN = "1470";

  /** The floor: an empty JavaFX window. */
  public static final class Bare extends Application {
    @Override
    public void start(Stage stage) {
      stage.setScene(new Scene(new StackPane(), 1100, 720));
      stage.show();
    }
  }

  public static void main(String[] args) {
    boolean bare = args[0].equals("bare");
    Thread watcher = new Thread(() -> watch(bare));
    watcher.setDaemon(true);
    watcher.start();
    if (bare) {
      Application.launch(Bare.class);
    } else {
      // As `./till` starts the window on a shop's computer: no arguments, the database named in
      // TILL_DB, and a display in the environment.
      PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
      TillCli.run(new String[0], Map.of("DISPLAY", ":0", "TILL_DB", args[1]), out, out);
    }
  }

  /** Polls the scene on the FX thread until each stage is reached, then acts as the cashier. */
  private static void watch(boolean bare) {
    boolean pinPadPressed = false;
    while (true) {
      Optional<Scene> scene = onFx(StartupProbe::shownScene);
      if (scene == null || scene.isEmpty()) {
        continue;
      }
      if (bare) {
        say("READY");
        Runtime.getRuntime().halt(0);
      }
      if (!pinPadPressed && Boolean.TRUE.equals(onFx(() -> signIn(scene.get())))) {
        pinPadPressed = true;
      }
      if (pinPadPressed && Boolean.TRUE.equals(onFx(() -> counterReady(scene.get())))) {
        say("READY");
        Runtime.getRuntime().halt(0);
      }
    }
  }

  private static Optional<Scene> shownScene() {
    return Window.getWindows().stream()
        .filter(Window::isShowing)
        .map(Window::getScene)
        .filter(s -> s != null)
        .findFirst();
  }

  /**
   * On the sign-in screen: says SIGNIN (it is shown), then presses 1, 4, 7, 0 and OK on the pad, as
   * a finger would. OK builds the counter at once, so SIGNIN is said before it.
   */
  private static boolean signIn(Scene scene) {
    if (scene.lookup("#pin") == null) {
      return false;
    }
    say("SIGNIN");
    for (String key : List.of("1", "4", "7", "0")) {
      press(scene, "#pad-" + key);
    }
    if (!((javafx.scene.control.PasswordField) scene.lookup("#pin"))
        .getText()
        .equals(CASHIER_PIN)) {
      throw new IllegalStateException("the PIN pad did not type the PIN");
    }
    press(scene, "#pad-OK");
    return true;
  }

  private static void press(Scene scene, String id) {
    Node key = scene.lookup(id);
    if (!(key instanceof Button b) || b.isDisabled() || !b.isVisible()) {
      throw new IllegalStateException("no usable key " + id + " on the sign-in screen");
    }
    b.fire();
  }

  /** The counter is shown and its scan field has the keyboard, so a scanner's digits land there. */
  private static boolean counterReady(Scene scene) {
    if (scene.getRoot().lookup("#error") instanceof javafx.scene.control.Label error
        && !error.getText().isEmpty()) {
      throw new IllegalStateException("sign-in refused: " + error.getText());
    }
    return scene.lookup("#scan") instanceof TextField scan
        && scene.getFocusOwner() == scan
        && scan.isFocused()
        && scan.isEditable()
        && !scan.isDisabled()
        && uncovered(scan)
        && scan.getScene().getWindow().isShowing();
  }

  /**
   * Drawn: neither the node nor a parent is hidden (the counter is built hidden, under the PIN
   * pad).
   */
  private static boolean uncovered(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return true;
  }

  private static void say(String word) {
    System.out.println(word);
    System.out.flush();
  }

  /** Runs on the FX thread and waits for it; null while the toolkit is not up yet. */
  private static <T> T onFx(java.util.function.Supplier<T> work) {
    java.util.concurrent.CompletableFuture<T> answer =
        new java.util.concurrent.CompletableFuture<>();
    try {
      Thread.sleep(5);
      Platform.runLater(
          () -> {
            try {
              answer.complete(work.get());
            } catch (RuntimeException e) {
              answer.completeExceptionally(e);
            }
          });
      return answer.get();
    } catch (IllegalStateException | InterruptedException notYet) {
      return null;
    } catch (java.util.concurrent.ExecutionException e) {
      e.getCause().printStackTrace();
      System.out.println("FAILED " + e.getCause().getMessage());
      System.out.flush();
      Runtime.getRuntime().halt(1);
      return null;
    }
  }
}
