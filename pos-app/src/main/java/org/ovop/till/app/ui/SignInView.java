package org.ovop.till.app.ui;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.ovop.till.core.Outcome;
import org.ovop.till.core.shift.Shift;
import org.ovop.till.core.user.User;

/** Sign-in with a PIN pad that works by keyboard and by touch; shows who is on shift. */
final class SignInView {
  private final VBox root = new VBox(16);

  SignInView(Session s, TillWindow window) {
    Label store = new Label(s.store.name());
    store.getStyleClass().add("title-2");
    Label onShift = new Label(s.t("signin.noshift"));
    onShift.setId("on-shift");
    s.background.run(
        () -> s.services.database().read(b -> b.shifts().openShift(s.services.till())),
        shift -> shift.ifPresent(sh -> showCashier(s, onShift, sh)),
        onShift::setText);
    Label prompt = new Label(s.t("signin.prompt"));
    PasswordField pin = new PasswordField();
    pin.setId("pin");
    Forms.prompt(pin, "••••");
    pin.setMaxWidth(260);
    pin.getStyleClass().add("pin-field");
    Label error = new Label();
    error.setId("error");
    error.getStyleClass().add("error-line");
    Runnable submit =
        () -> {
          String typed = pin.getText();
          pin.clear();
          s.background.run(
              () -> s.services.staff().signIn(typed),
              outcome -> {
                if (outcome instanceof Outcome.Done<User> d) {
                  s.cashier = d.value();
                  window.signedIn();
                } else {
                  window.pinRefused();
                  error.setText(s.texts.refusal(outcome.refusal()));
                }
              },
              failure -> {
                window.pinRefused();
                error.setText(failure);
              });
          window.buildCounterWhilePinIsChecked();
        };
    pin.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            submit.run();
          }
        });
    GridPane pad = new GridPane();
    pad.setHgap(8);
    pad.setVgap(8);
    pad.setAlignment(Pos.CENTER);
    String[] keys = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "C", "0", "OK"};
    for (int i = 0; i < keys.length; i++) {
      String k = keys[i];
      Button b = new Button(k.equals("C") ? "⌫" : k.equals("OK") ? s.t("signin.ok") : k);
      b.setId("pad-" + k);
      b.getStyleClass().add("pad-key");
      b.setFocusTraversable(false);
      b.setOnAction(
          e -> {
            switch (k) {
              case "C" -> pin.clear();
              case "OK" -> submit.run();
              default -> pin.appendText(k);
            }
            pin.requestFocus();
          });
      if (k.equals("OK")) {
        b.getStyleClass().add("accent");
      }
      pad.add(b, i % 3, i / 3);
    }
    root.getChildren().addAll(store, onShift, prompt, pin, pad, error);
    root.setAlignment(Pos.CENTER);
    root.getStyleClass().add("screen");
    pin.sceneProperty().addListener((o, a, b) -> pin.requestFocus());
  }

  private static void showCashier(Session s, Label label, Shift shift) {
    s.background.run(
        () ->
            s.services.staff().users().stream()
                .filter(u -> u.id().equals(shift.cashierId()))
                .map(User::name)
                .findFirst()
                .orElse("?"),
        name -> label.setText(s.t("signin.onshift", name)),
        label::setText);
  }

  Parent root() {
    return root;
  }
}
