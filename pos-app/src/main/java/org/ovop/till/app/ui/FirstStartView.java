package org.ovop.till.app.ui;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.ovop.till.app.TillServices;
import org.ovop.till.app.demo.DemoBoutique;
import org.ovop.till.core.Outcome;
import org.ovop.till.core.store.StoreProfile;

/**
 * A first start on an empty database: the demo boutique with one click, or a new store with its
 * first admin. Both are written in the background; the sign-in screen follows.
 */
final class FirstStartView {
  private final HBox root = new HBox(40);
  private final TillServices services;
  private final Background background;
  private final Consumer<Session> started;
  private final Texts t = new Texts(java.util.Locale.getDefault());

  FirstStartView(TillServices services, Background background, Consumer<Session> started) {
    this.services = services;
    this.background = background;
    this.started = started;
    root.getChildren().addAll(demoSide(), newStoreSide());
    root.setAlignment(Pos.CENTER);
    root.setPadding(new Insets(30));
    root.getStyleClass().add("screen");
  }

  private VBox demoSide() {
    Label title = new Label(t.get("first.title"));
    title.getStyleClass().add("title-1");
    title.setWrapText(true);
    Label text = new Label(t.get("first.text"));
    text.setWrapText(true);
    Label error = errorLine("demo-error");
    Button demo = new Button(t.get("first.demo"));
    demo.setId("demo");
    demo.getStyleClass().add("accent");
    demo.setOnAction(
        e -> {
          demo.setDisable(true);
          background.run(
              () -> DemoBoutique.seed(services).map(DemoBoutique.Seeded::store),
              outcome -> open(outcome, error, demo),
              why -> {
                demo.setDisable(false); // nothing was made: the person may try again
                error.setText(why);
              });
        });
    Label setup = new Label(t.get("first.setup"));
    setup.setWrapText(true);
    VBox side = new VBox(18, title, text, demo, setup, error);
    side.setMaxWidth(420);
    return side;
  }

  private VBox newStoreSide() {
    Label title = new Label(t.get("first.new"));
    title.getStyleClass().add("title-3");
    TextField name = field("new-store-name");
    ComboBox<String> currency = new ComboBox<>();
    currency.setId("new-currency");
    currency.setEditable(true);
    currency.getItems().setAll(NewStoreForm.CURRENCIES);
    TextField rounding = Forms.fitToPrompt(field("new-rounding"));
    ComboBox<String> language = new ComboBox<>();
    language.setId("new-language");
    language.getItems().setAll(StoreProfile.LANGUAGES);
    // The currency says where the shop most likely is: its usual cash step and language.
    currency
        .valueProperty()
        .addListener(
            (o, was, now) ->
                NewStoreForm.placeOf(now == null ? "" : now)
                    .ifPresent(
                        p -> {
                          rounding.setPromptText(t.get("first.rounding.usual", p.cashRounding()));
                          language.setValue(p.language());
                        }));
    TextField admin = field("new-admin");
    PasswordField pin = new PasswordField();
    pin.setId("new-pin");
    PasswordField again = new PasswordField();
    again.setId("new-pin-again");
    Label error = errorLine("new-store-error");
    Button create = new Button(t.get("first.create"));
    create.setId("create-store");
    create.setDefaultButton(true);
    create.setOnAction(
        e -> {
          var checking =
              NewStoreForm.check(
                  name.getText(),
                  currency.getEditor().getText(),
                  rounding.getText(),
                  language.getValue(),
                  admin.getText(),
                  pin.getText(),
                  again.getText());
          if (!checking.isReady()) {
            error.setText(t.get(checking.problem(), checking.value()));
            return;
          }
          create.setDisable(true);
          background.run(
              () -> NewStoreForm.create(services, checking.ready()),
              outcome -> open(outcome, error, create),
              why -> {
                create.setDisable(false); // nothing was made: the person may try again
                error.setText(why);
              });
        });
    GridPane form = new GridPane();
    form.setHgap(10);
    form.setVgap(8);
    String[] labels = {
      "first.name",
      "first.currency",
      "first.rounding",
      "first.language",
      "first.admin",
      "first.pin",
      "first.pinagain"
    };
    javafx.scene.Node[] fields = {name, currency, rounding, language, admin, pin, again};
    for (int i = 0; i < labels.length; i++) {
      Label label = new Label(t.get(labels[i]));
      label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
      if (fields[i] instanceof javafx.scene.control.Control c) {
        c.setPrefWidth(220);
        c.setMaxWidth(Double.MAX_VALUE);
      }
      form.addRow(i, label, fields[i]);
    }
    VBox side = new VBox(14, title, form, create, error);
    side.setMaxWidth(560);
    // The person's hands are on the keyboard: the first field takes the typing at once.
    javafx.application.Platform.runLater(name::requestFocus);
    return side;
  }

  /** Opens the sign-in screen of the store just made, or says why not. */
  private void open(Outcome<StoreProfile> outcome, Label error, Button again) {
    if (outcome instanceof Outcome.Done<StoreProfile> d) {
      started.accept(new Session(services, background, d.value()));
    } else {
      error.setText(t.refusal(outcome.refusal()));
      again.setDisable(false);
    }
  }

  private static TextField field(String id) {
    TextField f = new TextField();
    f.setId(id);
    return f;
  }

  private static Label errorLine(String id) {
    Label l = new Label();
    l.setId(id);
    l.setWrapText(true);
    l.getStyleClass().add("error-line");
    return l;
  }

  Parent root() {
    return root;
  }
}
