package org.ovop.till.app.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.ovop.till.core.Outcome;
import org.ovop.till.core.money.Money;
import org.ovop.till.core.shift.ShiftReport;

/** Closing a shift: count the drawer by notes and coins, see expected against counted, print Z. */
final class ShiftView {
  private final VBox root = new VBox(12);
  private final Session s;
  private final Map<Long, TextField> counts = new LinkedHashMap<>();
  private final TextField total = new TextField();
  private final Label counted = new Label();
  private final Label overShort = new Label();
  private final Label expectedLabel = new Label();
  private final TextArea report = new TextArea();
  private long expected;

  ShiftView(Session s, TillWindow window) {
    this.s = s;
    Label title = new Label(s.t("shift.close.title"));
    title.getStyleClass().add("title-2");
    expectedLabel.setId("expected");
    counted.setId("counted");
    overShort.setId("over-short");
    overShort.getStyleClass().add("title-3");
    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(6);
    long[] notes = Notes.of(s.store.currency());
    for (int i = 0; i < notes.length; i++) {
      TextField f = new TextField();
      f.setId("count-" + notes[i]);
      f.setPrefColumnCount(4);
      f.textProperty().addListener((o, a, b) -> recount());
      counts.put(notes[i], f);
      grid.add(new Label(s.money(notes[i]) + " ×"), (i / 6) * 2, i % 6);
      grid.add(f, (i / 6) * 2 + 1, i % 6);
    }
    total.setId("count-total");
    Forms.prompt(total, s.t("shift.counted.total"));
    total.textProperty().addListener((o, a, b) -> recount());
    report.setId("z-report");
    report.setEditable(false);
    report.getStyleClass().add("paper");
    report.setPrefRowCount(14);
    Label error = new Label();
    error.setId("shift-error");
    error.getStyleClass().add("error-line");
    Button close =
        CounterView.button(
            "close-shift",
            s.t("shift.close"),
            () ->
                s.background.run(
                    () -> s.services.shifts().close(s.cashier, countedMinor()),
                    outcome -> {
                      if (outcome instanceof Outcome.Done<ShiftReport> d) {
                        report.setText(zText(d.value()));
                        error.setText("");
                      } else {
                        error.setText(s.texts.refusal(outcome.refusal()));
                      }
                    },
                    error::setText));
    close.getStyleClass().add("accent");
    Button back = CounterView.button("back", s.t("common.back"), window::signedIn);
    Button signOut = CounterView.button("shift-signout", s.t("counter.signout"), window::signOut);
    root.getChildren()
        .addAll(
            title,
            expectedLabel,
            grid,
            total,
            counted,
            overShort,
            new HBox(8, close, back, signOut),
            error,
            report);
    root.setPadding(new Insets(20));
    root.getStyleClass().add("screen");
    s.background.run(
        () -> s.services.shifts().xReport(),
        outcome -> {
          if (outcome instanceof Outcome.Done<ShiftReport> d) {
            expected = d.value().expected();
            expectedLabel.setText(s.t("shift.expected", s.money(expected)));
            report.setText(zText(d.value()));
            recount();
          } else {
            error.setText(s.texts.refusal(outcome.refusal()));
          }
        },
        error::setText);
  }

  private long countedMinor() {
    if (!total.getText().isBlank()) {
      return Money.parse(total.getText(), s.store.currency()).map(Money::minor).orElse(0L);
    }
    long sum = 0;
    for (var e : counts.entrySet()) {
      String text = e.getValue().getText().strip();
      if (!text.isEmpty()) {
        try {
          sum += e.getKey() * Math.max(0, Long.parseLong(text));
        } catch (NumberFormatException ignored) {
          // a half-typed count is not a number yet
        }
      }
    }
    return sum;
  }

  private void recount() {
    long c = countedMinor();
    counted.setText(s.t("shift.counted", s.money(c)));
    overShort.setText(s.t("shift.overshort", s.money(c - expected)));
  }

  private String zText(ShiftReport r) {
    StringBuilder b = new StringBuilder();
    b.append(s.t(r.closing() ? "shift.z" : "shift.x"))
        .append(" · ")
        .append(r.cashierName())
        .append('\n');
    b.append(s.t("shift.sales", r.sales(), s.money(r.salesTotal()))).append('\n');
    b.append(s.t("shift.refunds", r.refunds(), s.money(r.refundsTotal()))).append('\n');
    r.salesByMethod()
        .forEach(
            (m, v) ->
                b.append("  ")
                    .append(s.t("counter.pay." + m))
                    .append(": ")
                    .append(s.money(v))
                    .append('\n'));
    b.append(s.t("shift.float.line", s.money(r.shift().openingFloat()))).append('\n');
    b.append(s.t("shift.payouts", s.money(r.payouts()))).append('\n');
    b.append(s.t("shift.expected", s.money(r.expected()))).append('\n');
    if (r.counted() != null) {
      b.append(s.t("shift.counted", s.money(r.counted()))).append('\n');
      b.append(s.t("shift.overshort", s.money(r.overShort()))).append('\n');
    }
    return b.toString();
  }

  Parent root() {
    return root;
  }
}
