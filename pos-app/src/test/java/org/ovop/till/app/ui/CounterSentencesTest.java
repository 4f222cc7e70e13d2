package org.ovop.till.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ovop.till.app.cli.CliHarness;

/**
 * The sentence under the scan field says whether something went wrong (red) or was done (green),
 * and the shift banner goes once a shift is open: a cashier reads the colour before the words.
 */
class CounterSentencesTest extends TillScreenTest {
  @TempDir Path dir;

  @Test
  void aProblemIsRedNewsIsGreenAndAnOpenShiftLeavesNoBanner() throws Exception {
    Path db = dir.resolve("till.db");
    assertThat(new CliHarness(db).exit("demo")).isZero();
    openTill(db);
    signIn("1470");
    // No shift yet: the banner asks for the float.
    waitFor(() -> robot.lookup("#open-shift").tryQuery().isPresent());
    assertThat(styles("#shift-banner")).contains("banner");
    // Under the cart and the quick keys, the banner still fits in the window, once it is laid out
    // (it and the quick keys arrive from the database after the counter is shown).
    waitFor(
        () -> {
          Node open = node("#open-shift");
          return open.localToScene(open.getLayoutBounds()).getMaxY() <= open.getScene().getHeight();
        },
        () -> {
          Node open = node("#open-shift");
          return "#open-shift ends at "
              + open.localToScene(open.getLayoutBounds()).getMaxY()
              + " in a window "
              + open.getScene().getHeight()
              + " high";
        });

    // Cash with nothing in the cart: one sentence, in red, and no pay panel.
    robot.interact(node("#scan")::requestFocus);
    robot.type(KeyCode.F9);
    waitFor(() -> !text("#message").isEmpty());
    assertThat(text("#message")).isEqualTo("Оплачивать пока нечего: сначала сканируйте товар.");
    assertThat(styles("#message")).contains("error-line").doesNotContain("ok-line");
    assertThat(robot.lookup("#pay-panel").tryQuery()).isEmpty();

    // An empty float is asked for, not quoted back as "«» is not an amount".
    click("#open-shift");
    waitFor(() -> text("#message").startsWith("Введите"), () -> text("#message"));
    assertThat(text("#message"))
        .isEqualTo("Введите пересчитанный размен в кассе, затем откройте смену.");
    // A float that is not an amount is refused, in red.
    robot.clickOn(node("#float")).write("пять");
    click("#open-shift");
    waitFor(() -> text("#message").contains("пять"));
    assertThat(styles("#message")).contains("error-line").doesNotContain("ok-line");
    // The float's field has the keyboard again, with what was typed chosen, to type it anew.
    var amount = (TextField) node("#float");
    assertThat(amount.isFocused()).isTrue();
    assertThat(amount.getSelectedText()).isEqualTo("пять");

    // Typed and Enter, the shift opens: news, in green; the banner is gone, not left as an empty
    // yellow strip.
    robot.write("5000").type(KeyCode.ENTER);
    waitFor(() -> text("#message").startsWith("Смена открыта"), () -> text("#message"));
    assertThat(styles("#message")).contains("ok-line").doesNotContain("error-line");
    waitFor(() -> robot.lookup("#open-shift").tryQuery().isEmpty());
    assertThat(styles("#shift-banner")).doesNotContain("banner");
    waitFor(
        () -> ((Region) node("#shift-banner")).getHeight() == 0,
        () -> "banner " + ((Region) node("#shift-banner")).getHeight() + " px high");

    // A scan clears the sentence; the next problem is red again.
    scan("SBT-001");
    waitFor(() -> text("#message").isEmpty(), () -> text("#message"));
    scan("4000000000006");
    waitFor(() -> text("#message").contains("4000000000006"));
    assertThat(styles("#message")).contains("error-line").doesNotContain("ok-line");
  }
}
