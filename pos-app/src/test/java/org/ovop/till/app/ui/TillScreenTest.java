package org.ovop.till.app.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.AfterEach;
import org.ovop.till.app.TillServices;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the TestFX tests of the till's screens do on the real scene, as a person at the till would:
 * the PIN pad, clicks by stable id, reading what a label or field shows, waiting for the screen.
 */
abstract class TillScreenTest {
  /** How long a screen may take on a slow, shared machine before the test says it never came. */
  private static final int PATIENCE_SECONDS = 30;

  protected final FxRobot robot = new FxRobot();

  private javafx.application.Application app;

  /** Opens the till's window on a database, as `./till` does, and returns its services. */
  protected TillServices openTill(Path db) throws Exception {
    FxToolkit.registerPrimaryStage();
    TillServices services = TillServices.open(db.toString(), "T1", Clock.systemUTC(), false);
    app = FxToolkit.setupApplication(() -> new TillWindow(services));
    return services;
  }

  /** Closes the window, as a cashier does at night, and starts the till again on the database. */
  protected TillServices restartTill(Path db) throws Exception {
    FxToolkit.cleanupApplication(app);
    FxToolkit.cleanupStages();
    app = null;
    return openTill(db);
  }

  /**
   * Sets the demo boutique (OVOP+1 Каракол, KGS, Russian) to take {@code wallets}, as its manager
   * would at the command line, and starts the till again on it.
   */
  protected TillServices demoTaking(Path db, String wallets) throws Exception {
    var cli = new org.ovop.till.app.cli.CliHarness(db);
    org.assertj.core.api.Assertions.assertThat(
            cli.exit(
                "init",
                "--store-name",
                "OVOP+1 Каракол",
                "--currency",
                "KGS",
                "--cash-rounding",
                "100",
                "--language",
                "ru",
                "--min-payout",
                "500",
                "--mobile-money",
                wallets))
        .as(cli.lastErr())
        .isZero();
    return restartTill(db);
  }

  /** The till's window, for what the tests read from its session. */
  protected TillWindow window() {
    return (TillWindow) app;
  }

  @AfterEach
  void closeTheWindow() throws Exception {
    if (app != null) {
      FxToolkit.cleanupApplication(app);
    }
    FxToolkit.cleanupStages();
  }

  /** Types a PIN on the sign-in pad and waits for the counter. */
  protected void signIn(String pin) {
    waitFor(() -> robot.lookup("#pin").tryQuery().isPresent());
    for (char c : pin.toCharArray()) {
      click("#pad-" + c);
    }
    click("#pad-OK");
    // The counter is built hidden under the sign-in while the PIN is checked: wait until a right
    // PIN has uncovered it and the pad is gone.
    waitFor(
        () ->
            robot.lookup("#scan").match(TillScreenTest::uncovered).tryQuery().isPresent()
                && robot
                    .lookup("#pin")
                    .match((Node n) -> n.getScene() != null)
                    .tryQuery()
                    .isEmpty());
  }

  /** Switches the counter to a screen language and waits until the counter speaks it. */
  protected void speak(String language) {
    String office = new Texts(java.util.Locale.forLanguageTag(language)).get("counter.office");
    click("#language-" + language);
    waitFor(() -> text("#office-button").equals(office));
  }

  /**
   * Opens the back office from the counter, selects each tab in turn and hands it to {@code look},
   * then goes back to the counter.
   */
  protected void onEveryOfficeTab(java.util.function.Consumer<javafx.scene.control.Tab> look) {
    click("#office-button");
    waitFor(() -> robot.lookup("#office-tabs").tryQuery().isPresent());
    javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) node("#office-tabs");
    for (var tab : List.copyOf(tabs.getTabs())) {
      robot.interact(() -> tabs.getSelectionModel().select(tab));
      WaitForAsyncUtils.waitForFxEvents();
      look.accept(tab);
    }
    click("#back");
    waitFor(() -> robot.lookup("#office-button").tryQuery().isPresent());
  }

  /**
   * Waits until a paper whose name starts with {@code name} has gone through the print queue to the
   * on-screen printer, and gives its job (its bytes are what the printer got).
   */
  protected org.ovop.till.printing.queue.PrintQueue.Job printed(String name) {
    var queue = window().session().printQueue;
    java.util.function.Supplier<java.util.Optional<org.ovop.till.printing.queue.PrintQueue.Job>>
        job =
            () ->
                queue.jobs().stream()
                    .filter(
                        j ->
                            j.name().startsWith(name)
                                && j.state()
                                    == org.ovop.till.printing.queue.PrintQueue.State.PRINTED)
                    .findFirst();
    waitFor(() -> job.get().isPresent(), () -> String.valueOf(queue.jobs()));
    return job.get().orElseThrow();
  }

  /**
   * Opens the back office from the counter on its tab at {@code index}, once {@code ready} is in.
   */
  protected void openOfficeTab(int index, String ready) {
    click("#office-button");
    waitFor(() -> robot.lookup("#office-tabs").tryQuery().isPresent());
    var tabs = robot.lookup("#office-tabs").queryAs(javafx.scene.control.TabPane.class);
    robot.clickOn(tabs.getTabs().get(index).getText());
    waitFor(() -> robot.lookup(ready).tryQuery().isPresent());
  }

  /** In the window and drawn: neither the node nor any of its parents is hidden. */
  protected static boolean uncovered(Node node) {
    if (node.getScene() == null) {
      return false;
    }
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return true;
  }

  /** The texts of the cells drawn under a node (a table's cells, a list box's chosen item). */
  protected static List<String> shown(javafx.scene.Parent under) {
    return onFx(
        () ->
            under.lookupAll(".cell").stream()
                .filter(n -> n instanceof javafx.scene.control.Labeled)
                .map(n -> ((javafx.scene.control.Labeled) n).getText())
                .filter(t -> t != null)
                .toList());
  }

  /**
   * Words drawn cut short with "…" (a label draws its words as a Text, which then differs from the
   * label's own): the payouts chart's title ended in "(K…" in French.
   */
  protected static List<String> wordsCut(String where, javafx.scene.Node content) {
    return onFx(
        () -> {
          List<String> cut = new ArrayList<>();
          for (var n : content.lookupAll(".label")) {
            if (n instanceof javafx.scene.control.Label words
                && !words.getText().isEmpty()
                && uncovered(words)
                && words.lookup(".text") instanceof javafx.scene.text.Text drawn
                && !drawn.getText().equals(words.getText())) {
              cut.add(where + ": \"" + words.getText() + "\" drawn as \"" + drawn.getText() + "\"");
            }
          }
          return cut;
        });
  }

  /** Keys drawn cut short ("Fungua droo bila m…"), as {@link #wordsCut} finds labels cut. */
  protected static List<String> keysCut(String where, javafx.scene.Node content) {
    return onFx(
        () -> {
          List<String> cut = new ArrayList<>();
          for (String kind : List.of(".button", ".toggle-button")) {
            for (var n : content.lookupAll(kind)) {
              if (n instanceof javafx.scene.control.ButtonBase key
                  && key.getText() != null
                  && !key.getText().isEmpty()
                  && uncovered(key)
                  && key.lookup(".text") instanceof javafx.scene.text.Text drawn
                  && !drawn.getText().equals(key.getText())) {
                cut.add(where + ": \"" + key.getText() + "\" drawn as \"" + drawn.getText() + "\"");
              }
            }
          }
          return cut;
        });
  }

  /** The node on screen now (screens replaced earlier leave detached nodes behind). */
  protected Node node(String id) {
    if (!Platform.isFxApplicationThread()) {
      WaitForAsyncUtils.waitForFxEvents();
    }
    return onFx(() -> robot.lookup(id).match((Node n) -> n.getScene() != null).query());
  }

  /**
   * Runs a look at the scene on the FX thread, as the screen's own code does. Walking the scene
   * from the test's thread raced the FX thread changing it: a lookup failed on a child list that
   * shrank under it while the counter built under the sign-in was dropped or uncovered.
   */
  protected static <T> T onFx(Callable<T> look) {
    if (Platform.isFxApplicationThread()) {
      try {
        return look.call();
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    try {
      return WaitForAsyncUtils.asyncFx(look).get(PATIENCE_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("the FX thread did not answer a look at the scene", e);
    }
  }

  /** Types a code into the counter's scan field and Enter, as a scanner does. */
  protected void scan(String code) {
    Node field = node("#scan");
    robot.interact(field::requestFocus);
    robot.write(code).type(javafx.scene.input.KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
  }

  protected void click(String id) {
    robot.clickOn(node(id));
  }

  /** The style classes of the node with this id: "error-line" for a problem, "ok-line" for news. */
  protected List<String> styles(String id) {
    return onFx(() -> List.copyOf(node(id).getStyleClass()));
  }

  /**
   * A count, an amount or a percentage as the screens write them ("40", "1 100,00 KGS", "10 %"),
   * not a code or a date. Eight digits in a row are a barcode or a phone number, not a figure.
   */
  private static final java.util.regex.Pattern FIGURE =
      java.util.regex.Pattern.compile("[-−]?\\d[\\d\\s\\u00a0\\u202f.,]*( ?%| [A-Z]{3})?");

  /** Columns of a table with a figure not right-aligned under their header, and that figure. */
  protected static List<String> figuresNotRightAligned(javafx.scene.control.TableView<?> table) {
    return onFx(
        () -> {
          java.util.Map<String, String> off = new java.util.LinkedHashMap<>();
          for (var c : table.lookupAll(".table-cell")) {
            if (c instanceof javafx.scene.control.TableCell<?, ?> cell
                && cell.isVisible()
                && cell.getText() != null
                && FIGURE.matcher(cell.getText().strip()).matches()
                && !cell.getText().matches(".*\\d{8,}.*")
                // A day (01.11.2027, 3/1/27) is read as words are, from the left.
                && !cell.getText().strip().matches("\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}.*")
                && cell.getAlignment().getHpos() != javafx.geometry.HPos.RIGHT) {
              off.putIfAbsent(cell.getTableColumn().getText(), cell.getText());
            }
          }
          return off.entrySet().stream()
              .map(e -> e.getKey() + " \"" + e.getValue() + "\"")
              .toList();
        });
  }

  /** What a label, button or field with this id shows. */
  protected String text(String id) {
    Node n = node(id);
    return n instanceof Labeled l ? l.getText() : ((TextInputControl) n).getText();
  }

  protected static void waitFor(Supplier<Boolean> condition) {
    waitFor(condition, () -> "");
  }

  /** Waits for the screen, and says what it showed instead when it never got there. */
  protected static void waitFor(Supplier<Boolean> condition, Supplier<String> shown) {
    try {
      WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, () -> onFx(condition::get));
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError(
          "the screen did not get there in " + PATIENCE_SECONDS + " s " + onFx(shown::get), e);
    }
  }

  /**
   * Words on a screen that did not come from a bundle ("!office.title!", a missing key) or kept a
   * pattern's doubled apostrophe.
   */
  protected static List<String> untranslated(Parent root) {
    List<String> found = new ArrayList<>();
    walk(root, found);
    return found;
  }

  private static void walk(Node n, List<String> found) {
    String text =
        n instanceof Labeled l
            ? l.getText()
            : n instanceof TextInputControl t ? t.getPromptText() : null;
    if (text != null && (text.matches(".*![a-z]+\\.[a-zA-Z_.]+!.*") || text.contains("''"))) {
      found.add(text);
    }
    if (n instanceof Parent p) {
      p.getChildrenUnmodifiable().forEach(c -> walk(c, found));
    }
  }
}
