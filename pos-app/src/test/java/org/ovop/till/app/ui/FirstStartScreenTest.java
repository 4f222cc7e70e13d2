package org.ovop.till.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ovop.till.app.TillServices;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A first start on an empty database: a new store and its admin, set up from the window. */
class FirstStartScreenTest {
  @TempDir Path dir;
  FxRobot robot = new FxRobot();
  TillServices services;
  javafx.application.Application app;

  @BeforeEach
  void anEmptyDatabase() throws Exception {
    FxToolkit.registerPrimaryStage();
    services = TillServices.open(dir.resolve("new.db").toString(), "T1", Clock.systemUTC(), true);
    app = FxToolkit.setupApplication(() -> new TillWindow(services));
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupApplication(app);
    FxToolkit.cleanupStages();
    services.close();
  }

  @Test
  void aNewStoreIsSetUpFromTheWindowAndItsAdminSignsIn() {
    waitFor(() -> robot.lookup("#create-store").tryQuery().isPresent());
    type("#new-store-name", "Boutique OVOP Thiès");
    robot.interact(() -> node("#new-currency", ComboBox.class).setValue("XOF"));
    // The currency chose the usual language; the cash step stays as the prompt suggests.
    assertThat(node("#new-language", ComboBox.class).getValue()).isEqualTo("fr");
    type("#new-admin", "Awa Ndiaye");
    type("#new-pin", "4321");
    type("#new-pin-again", "4312");
    robot.clickOn(node("#create-store", Node.class));
    assertThat(text("#new-store-error")).isNotBlank();
    assertThat(services.store().isDone()).as("nothing written after a mistake").isFalse();

    robot.interact(() -> node("#new-pin-again", TextInputControl.class).setText(""));
    type("#new-pin-again", "4321");
    robot.clickOn(node("#create-store", Node.class));
    waitFor(() -> robot.lookup("#pin").tryQuery().isPresent());
    var store = services.store().value();
    assertThat(store.name()).isEqualTo("Boutique OVOP Thiès");
    assertThat(store.currency().getCurrencyCode()).isEqualTo("XOF");
    assertThat(store.cashRounding().increment()).isEqualTo(5);
    assertThat(store.language()).isEqualTo("fr");
    assertThat(services.staff().signIn("4321").value().name()).isEqualTo("Awa Ndiaye");
    // Her back office opens on an empty shelf list that says what to do, once it has been read.
    type("#pin", "4321");
    robot.type(javafx.scene.input.KeyCode.ENTER);
    waitFor(
        () ->
            robot.lookup("#office-button").tryQuery().isPresent()
                && !node("#office-button", Node.class).isDisabled());
    robot.clickOn(node("#office-button", Node.class));
    waitFor(() -> robot.lookup("#stock-table").tryQuery().isPresent());
    var stock = node("#stock-table", javafx.scene.control.TableView.class);
    waitFor(
        () ->
            ((javafx.scene.control.Label) stock.getPlaceholder())
                .getText()
                .equals(
                    "Rien en rayon pour l'instant : recevez une livraison dans l'onglet"
                        + " « Livraisons »."));
  }

  private void type(String id, String text) {
    TextInputControl field = node(id, TextInputControl.class);
    robot.clickOn(field);
    robot.write(text);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private String text(String id) {
    return node(id, Labeled.class).getText();
  }

  private <T> T node(String id, Class<T> type) {
    WaitForAsyncUtils.waitForFxEvents();
    return type.cast(robot.lookup(id).match((Node n) -> n.getScene() != null).query());
  }

  private static void waitFor(Supplier<Boolean> condition) {
    try {
      WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> condition.get());
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("the screen did not get there in 30 s", e);
    }
  }
}
