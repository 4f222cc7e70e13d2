package org.ovop.till.app.ui;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

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
    f.setPrefColumnCount(columns);
    return prompt(f, s.t(promptKey));
  }

  /**
   * Gives an empty field its prompt and keeps the field at least as wide as it (see {@link
   * #fitToPrompt}). Every field with a prompt is made here, but the counter's scan field (see
   * there).
   */
  static <F extends TextInputControl> F prompt(F field, String prompt) {
    field.setPromptText(prompt);
    return fitToPrompt(field);
  }

  /**
   * Keeps the field at least as wide as its prompt, whatever prompt it is given later, in the font
   * and padding the theme gives it: a field sized in characters cut "Référence de la transaction"
   * to "Référence de la transac" and "Receipt number, e.g. T1-000012" after the comma, which left a
   * cashier guessing what to type.
   */
  static <F extends TextInputControl> F fitToPrompt(F field) {
    InvalidationListener fit =
        o -> {
          Insets inside = field.getInsets();
          // One pixel each side for the caret and rounding, so the last letter is not clipped.
          field.setMinWidth(
              Math.ceil(width(field.getPromptText(), field.getFont()))
                  + inside.getLeft()
                  + inside.getRight()
                  + 2);
        };
    field.promptTextProperty().addListener(fit);
    field.fontProperty().addListener(fit);
    field.insetsProperty().addListener(fit);
    fit.invalidated(null);
    return field;
  }

  /**
   * A row of a form: words and the fields they name, centred on one line. A plain HBox puts a label
   * at the top of the row, a few pixels above the text of the field beside it.
   */
  static javafx.scene.layout.HBox line(double gap, javafx.scene.Node... nodes) {
    javafx.scene.layout.HBox line = new javafx.scene.layout.HBox(gap, nodes);
    line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    return line;
  }

  /**
   * As {@link #line}, for a row whose width depends on the shop's own words (its wallets' names):
   * where it does not fit the window, what does not fit goes to a second line, each part whole.
   */
  static javafx.scene.layout.FlowPane wrappingLine(double gap, javafx.scene.Node... nodes) {
    javafx.scene.layout.FlowPane line = new javafx.scene.layout.FlowPane(gap, 6, nodes);
    line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    line.setRowValignment(javafx.geometry.VPos.CENTER);
    return line;
  }

  /** How wide a line of text is drawn in a font. */
  static double width(String text, Font font) {
    Text measured = new Text(text);
    measured.setFont(font);
    return measured.getLayoutBounds().getWidth();
  }

  /**
   * Fills a list box of producer groups: it holds their codes (what the services take) and shows
   * each with its name, since a manager knows "Облепиха Иссык-Куля" better than "IK-03". The chosen
   * code stays chosen when the list is filled again.
   */
  static void groups(
      javafx.scene.control.ComboBox<String> box,
      java.util.List<org.ovop.till.core.catalog.ProducerGroup> groups) {
    java.util.Map<String, String> names = new java.util.HashMap<>();
    groups.forEach(g -> names.put(g.code(), g.name()));
    box.setConverter(
        new javafx.util.StringConverter<>() {
          @Override
          public String toString(String code) {
            return code == null
                ? ""
                : names.containsKey(code) ? code + " " + names.get(code) : code;
          }

          @Override
          public String fromString(String shown) {
            return shown == null ? null : shown.split(" ", 2)[0];
          }
        });
    List<String> codes = groups.stream().map(g -> g.code()).toList();
    if (codes.equals(box.getItems())) {
      return; // the same groups: nothing chosen is touched
    }
    // Read again while a delivery or a return is half typed: replacing the list clears the choice
    // for a moment, and the box's action for "another group" emptied the lines typed so far.
    String chosen = box.getValue();
    var action = box.getOnAction();
    box.setOnAction(null);
    try {
      box.getItems().setAll(codes);
      box.setValue(chosen);
    } finally {
      box.setOnAction(action);
    }
  }

  /**
   * A chart's figures written the screen's way ("7 000" in Russian and French), not the computer's:
   * left alone, the axis wrote "7,000" under French words.
   */
  static void figures(javafx.scene.chart.NumberAxis axis, java.util.Locale locale) {
    java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(locale);
    axis.setTickLabelFormatter(
        new javafx.util.StringConverter<>() {
          @Override
          public String toString(Number n) {
            return n == null ? "" : f.format(n);
          }

          @Override
          public Number fromString(String shown) {
            try {
              return f.parse(shown);
            } catch (java.text.ParseException e) {
              return null;
            }
          }
        });
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
