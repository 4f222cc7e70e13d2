package org.ovop.till.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ovop.till.app.cli.CliHarness;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every empty field and list box says in full what goes in it, in every screen language: a prompt
 * cut to "Référence de la transac" leaves a cashier guessing. Walks the counter, its payment panel,
 * the refund and shift screens and every back-office tab, as the demo manager (PIN 2580).
 */
class PromptsFitTest extends TillScreenTest {
  @TempDir Path dir;

  @Test
  void everyFieldsPromptIsShownWholeOnEveryScreenInEveryLanguage() throws Exception {
    Path db = dir.resolve("till.db");
    CliHarness cli = new CliHarness(db);
    assertThat(cli.exit("demo")).isZero();
    assertThat(cli.exit("shift", "open", "--by", "1470", "--float", "2000")).isZero();
    openTill(db);
    signIn("2580");
    List<String> problems = new ArrayList<>();
    for (String language : Texts.LANGUAGES) {
      speak(language);
      problems.addAll(cutPrompts(language + " counter"));

      waitFor(() -> robot.lookup("#quick-keys .button").tryQuery().isPresent());
      Node quickKey = onFx(() -> robot.lookup("#quick-keys .button").query());
      robot.clickOn(quickKey);
      click("#pay-mobile");
      waitFor(
          () -> robot.lookup("#reference").match(TillScreenTest::uncovered).tryQuery().isPresent());
      problems.addAll(cutPrompts(language + " payment"));
      click("#cancel-pay");
      click("#void-line");

      click("#refund-button");
      waitFor(() -> robot.lookup("#back").tryQuery().isPresent());
      problems.addAll(cutPrompts(language + " refund"));
      click("#back");

      click("#shift-button");
      waitFor(() -> robot.lookup("#back").tryQuery().isPresent());
      problems.addAll(cutPrompts(language + " shift"));
      click("#back");

      onEveryOfficeTab(tab -> problems.addAll(cutPrompts(language + " " + tab.getText())));
    }
    assertThat(problems).isEmpty();
  }

  /** Fields on screen whose prompt is wider than the room inside them. */
  private List<String> cutPrompts(String where) {
    WaitForAsyncUtils.waitForFxEvents();
    return onFx(
        () -> {
          List<String> cut = new ArrayList<>();
          for (Node n : robot.lookup(".text-field").queryAll()) {
            if (!(n instanceof TextField field) || !uncovered(field)) {
              continue;
            }
            String prompt = field.getPromptText();
            if (prompt == null || prompt.isEmpty()) {
              continue;
            }
            Text measured = new Text(prompt);
            measured.setFont(field.getFont());
            double wanted = measured.getLayoutBounds().getWidth();
            double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
            if (wanted > room + 0.5) {
              cut.add(
                  String.format(
                      "%s: #%s \"%s\" needs %.0f px, has %.0f",
                      where, field.getId(), prompt, wanted, room));
            }
          }
          // A list box shows its prompt in its button cell, which cuts it with an ellipsis.
          for (Node n : robot.lookup(".combo-box").queryAll()) {
            if (!(n instanceof ComboBox<?> box)
                || !uncovered(box)
                || box.getValue() != null
                || box.getPromptText() == null
                || box.getPromptText().isEmpty()) {
              continue;
            }
            List<String> drawn =
                box.lookupAll(".list-cell .text").stream()
                    .map(t -> ((Text) t).getText())
                    .filter(t -> !t.isEmpty())
                    .toList();
            if (!drawn.contains(box.getPromptText())) {
              cut.add(
                  String.format(
                      "%s: #%s shows %s for \"%s\"",
                      where, box.getId(), drawn, box.getPromptText()));
            }
          }
          return cut;
        });
  }
}
