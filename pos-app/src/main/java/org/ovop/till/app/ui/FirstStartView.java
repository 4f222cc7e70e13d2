package org.ovop.till.app.ui;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.ovop.till.app.TillServices;
import org.ovop.till.app.demo.DemoBoutique;
import org.ovop.till.core.Outcome;

/** A first start on an empty database: the demo boutique with one click, or how to set up. */
final class FirstStartView {
  private final VBox root = new VBox(18);

  FirstStartView(TillServices services, Background background, Consumer<Session> started) {
    Texts t = new Texts(java.util.Locale.getDefault());
    Label title = new Label(t.get("first.title"));
    title.getStyleClass().add("title-1");
    Label text = new Label(t.get("first.text"));
    text.setWrapText(true);
    Label error = new Label();
    error.getStyleClass().add("error-line");
    Button demo = new Button(t.get("first.demo"));
    demo.setId("demo");
    demo.setDefaultButton(true);
    demo.getStyleClass().add("accent");
    demo.setOnAction(
        e -> {
          demo.setDisable(true);
          background.run(
              () -> DemoBoutique.seed(services),
              outcome -> {
                if (outcome instanceof Outcome.Done<DemoBoutique.Seeded> d) {
                  started.accept(new Session(services, background, d.value().store()));
                } else {
                  error.setText(outcome.refusal().message());
                  demo.setDisable(false);
                }
              },
              error::setText);
        });
    Label setup = new Label(t.get("first.setup"));
    setup.setWrapText(true);
    root.getChildren().addAll(title, text, demo, setup, error);
    root.setAlignment(Pos.CENTER);
    root.setMaxWidth(640);
    root.getStyleClass().add("screen");
  }

  Parent root() {
    return new VBox(root) {
      {
        setAlignment(Pos.CENTER);
      }
    };
  }
}
