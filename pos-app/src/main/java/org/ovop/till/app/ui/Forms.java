package org.ovop.till.app.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/**
 * Small pieces the back-office forms share: a text field with its prompt, the answer line, and what
 * an empty table says.
 */
final class Forms {
  private Forms() {}

  /** A field with a stable id, a prompt in the screen's language and a width in characters. */
  static TextField field(Session s, String id, String promptKey, int columns) {
    TextField f = new TextField();
    f.setId(id);
    f.setPromptText(s.t(promptKey));
    f.setPrefColumnCount(columns);
    return f;
  }

  /** Shows one sentence under a form: a problem in the error style, a success in the ok style. */
  static void say(Label line, boolean problem, String sentence) {
    line.setText(sentence);
    line.getStyleClass().setAll("label", problem ? "error-line" : "ok-line");
  }

  /**
   * What an empty table says, wrapped to its width. Every table needs one: without it JavaFX shows
   * "No content in table" in the computer's language, not the shop's.
   */
  static Label placeholder(String text) {
    Label l = new Label(text);
    l.setWrapText(true);
    l.setPadding(new Insets(12));
    return l;
  }
}
