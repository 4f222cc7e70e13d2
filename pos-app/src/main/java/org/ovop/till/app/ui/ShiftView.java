package org.ovop.till.app.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.ovop.till.core.Outcome;
import org.ovop.till.core.shift.CashKind;
import org.ovop.till.core.shift.ShiftReport;
import org.ovop.till.core.user.Approval;
import org.ovop.till.printing.escpos.EscPosEncoder;
import org.ovop.till.printing.layout.Layouts;

/**
 * The shift's drawer: cash put in or taken out mid-shift with a manager's approval, the X report,
 * and the close: count by notes and coins, see expected against counted, print Z.
 */
final class ShiftView {
  private final VBox root = new VBox(12);
  private final Session s;
  private final Map<Long, TextField> counts = new LinkedHashMap<>();
  private final TextField total = new TextField();
  private final Label counted = new Label();
  private final Label overShort = new Label();
  private final Label expectedLabel = new Label();
  private final TextArea report = new TextArea();
  private final Label error = new Label();
  private final Button close;

  /** What the cashier types and presses: hidden when no shift is open, disabled once closed. */
  private final java.util.List<javafx.scene.Node> inputs;

  private long expected;

  ShiftView(Session s, TillWindow window) {
    this.s = s;
    Label title = new Label(s.t("counter.shift")); // the key that leads here
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
    error.setId("shift-error");
    error.getStyleClass().add("error-line");
    close = CounterView.button("close-shift", s.t("shift.close"), () -> closeWith(count()));
    close.getStyleClass().add("accent");
    Button printX = CounterView.button("print-x", s.t("shift.printx"), this::printX);
    Button back = CounterView.button("back", s.t("common.back") + " (Esc)", window::signedIn);
    // Esc goes back as on the refund screen, but not over a count half typed: one stray key would
    // throw away a drawer counted note by note. Then it says how to leave.
    root.setOnKeyPressed(
        e -> {
          if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
            if (close.isDisabled() || DrawerCount.untouched(typed(), total.getText())) {
              window.signedIn();
            } else {
              Forms.say(error, true, s.t("shift.esc.counting"));
            }
          }
        });
    Button signOut = CounterView.button("shift-signout", s.t("counter.signout"), window::signOut);
    VBox drawer = drawerBox();
    // Beside the count, not under it: the screen keeps its Z report in sight at 800 pixels high.
    HBox countAndDrawer = new HBox(40, grid, drawer);
    root.getChildren()
        .addAll(
            title,
            expectedLabel,
            countAndDrawer,
            total,
            counted,
            overShort,
            new HBox(8, close, printX, back, signOut),
            error,
            report);
    root.setPadding(new Insets(20));
    root.getStyleClass().add("screen");
    inputs = java.util.List.of(grid, total, close, printX, drawer);
    inputs.forEach(n -> n.setDisable(true)); // until the open shift's figures are read
    s.background.run(
        () -> s.services.shifts().xReport(),
        outcome -> {
          if (outcome instanceof Outcome.Done<ShiftReport> d) {
            figures(d.value());
            inputs.forEach(n -> n.setDisable(false));
            counts.values().iterator().next().requestFocus();
          } else {
            // No shift open: nothing to count, and a form to fill would only mislead. The
            // sentence stands under the title with the way back beneath it; hidden fields left in
            // place kept their room and put both halfway down an empty page.
            root.getChildren().setAll(title, error, new HBox(8, back, signOut));
            Forms.say(error, true, s.texts.refusal(outcome.refusal()));
            back.requestFocus();
          }
        },
        why -> Forms.say(error, true, why));
  }

  /**
   * Cash put in (coins for change) or taken out (takings to the bank) mid-shift, or the drawer
   * opened without a sale. Each opens the drawer, so each needs a manager's PIN, typed again every
   * time, and a reason; the expected cash and the report above follow at once.
   */
  private VBox drawerBox() {
    Label heading = new Label(s.t("shift.drawer.title"));
    heading.getStyleClass().add("title-4");
    TextField amount = new TextField();
    amount.setId("drawer-amount");
    Forms.prompt(amount, s.t("shift.drawer.amount"));
    TextField reason = new TextField();
    reason.setId("drawer-reason");
    Forms.prompt(reason, s.t("refund.reason"));
    PasswordField pin = new PasswordField();
    pin.setId("drawer-manager-pin");
    Forms.prompt(pin, s.t("refund.managerpin"));
    Label said = new Label();
    said.setId("drawer-result");
    said.setWrapText(true);
    said.setMaxWidth(420);
    Button in = CounterView.button("cash-in", s.t("shift.drawer.in"), () -> {});
    Button out = CounterView.button("cash-out", s.t("shift.drawer.out"), () -> {});
    Button open = CounterView.button("no-sale", s.t("shift.drawer.open"), () -> {});
    for (Button b : java.util.List.of(in, out, open)) {
      b.setOnAction(
          e -> {
            boolean noSale = b == open;
            CashKind kind = b == in ? CashKind.CASH_IN : CashKind.CASH_OUT;
            long minor = 0;
            if (!noSale) {
              var typed = s.amount(amount.getText());
              if (typed.isEmpty() || typed.get().minor() <= 0) {
                Forms.say(said, true, s.t("error.amount", amount.getText()));
                amount.requestFocus();
                return;
              }
              minor = typed.get().minor();
            }
            long moved = minor;
            String pinText = pin.getText();
            String why = reason.getText();
            // Asked once, right or wrong: the next opening needs the manager to type it again.
            pin.clear();
            s.background.run(
                () ->
                    s.services
                        .staff()
                        .approve(pinText, why)
                        .then(
                            a ->
                                noSale
                                    ? s.services.shifts().noSale(s.cashier, a).map(x -> a)
                                    : s.services
                                        .shifts()
                                        .cashInOut(s.cashier, kind, moved, a)
                                        .map(x -> a)),
                outcome -> {
                  if (outcome instanceof Outcome.Done<Approval> d) {
                    amount.clear();
                    reason.clear();
                    String who = d.value().manager().name();
                    Forms.say(
                        said,
                        false,
                        noSale
                            ? s.t("shift.drawer.opened", who)
                            : s.t(
                                kind == CashKind.CASH_IN
                                    ? "shift.drawer.putin"
                                    : "shift.drawer.tookout",
                                s.money(moved),
                                who));
                    kick();
                    refigure();
                  } else {
                    Forms.say(said, true, s.texts.refusal(outcome.refusal()));
                  }
                },
                problem -> Forms.say(said, true, problem));
          });
    }
    VBox box =
        new VBox(8, heading, amount, new HBox(8, reason, pin), new HBox(8, in, out, open), said);
    box.setId("drawer");
    return box;
  }

  /** The drawer opens through the receipt printer it hangs on, by way of the print queue. */
  private void kick() {
    s.background.run(
        () -> EscPosEncoder.encode(Layouts.drawerKick(), s.profile),
        bytes -> s.printQueue.enqueue(s.t("shift.drawer.job"), bytes),
        why -> Forms.say(error, true, why));
  }

  /** The expected cash and the report after money moved, with the count typed so far. */
  private void refigure() {
    s.background.run(
        () -> s.services.shifts().xReport(),
        outcome -> {
          if (outcome instanceof Outcome.Done<ShiftReport> d) {
            figures(d.value());
          }
        },
        why -> Forms.say(error, true, why));
  }

  /** The open shift's figures: the cash expected, the report, and the count against them. */
  private void figures(ShiftReport x) {
    expected = x.expected();
    expectedLabel.setText(s.t("shift.expected", s.money(expected)));
    report.setText(zText(x));
    recount();
  }

  /** What was typed per note and coin, largest first. */
  private Map<Long, String> typed() {
    Map<Long, String> typed = new LinkedHashMap<>();
    counts.forEach((note, field) -> typed.put(note, field.getText()));
    return typed;
  }

  /** The count as typed now: the one the figures show and the close uses. */
  private FormReply<Long> count() {
    return DrawerCount.read(typed(), total.getText(), s.store.currency(), s.texts);
  }

  /**
   * Closes on the count shown, or says why not and closes nothing. The shift is closed in the
   * ledger before the Z report joins the print queue, which never blocks.
   */
  private void closeWith(FormReply<Long> count) {
    if (!count.isDone()) {
      Forms.say(error, true, count.problem());
      return;
    }
    close.setDisable(true); // one press, one close
    s.background.run(
        () -> s.services.shifts().close(s.cashier, count.value()),
        outcome -> {
          if (outcome instanceof Outcome.Done<ShiftReport> d) {
            report.setText(zText(d.value()));
            inputs.forEach(n -> n.setDisable(true));
            Forms.say(error, false, s.t("shift.closed"));
            print(d.value());
          } else {
            close.setDisable(false);
            Forms.say(error, true, s.texts.refusal(outcome.refusal()));
          }
        },
        why -> {
          close.setDisable(false);
          Forms.say(error, true, why);
        });
  }

  /** The X report of the figures so far, on paper, for a manager checking the drawer mid-shift. */
  private void printX() {
    s.background.run(
        () -> s.services.shifts().xReport(),
        outcome -> {
          if (outcome instanceof Outcome.Done<ShiftReport> d) {
            report.setText(zText(d.value()));
            Forms.say(error, false, s.t("shift.xprinting"));
            print(d.value());
          } else {
            Forms.say(error, true, s.texts.refusal(outcome.refusal()));
          }
        },
        why -> Forms.say(error, true, why));
  }

  /** Encoded off the FX thread: a line in a letter no code page has is drawn as an image. */
  private void print(ShiftReport r) {
    var paper = Layouts.shiftReport(r, s.store);
    s.background.run(
        () -> EscPosEncoder.encode(paper, s.profile),
        // Named for the manager reading the printer tab ("Z-отчёт · Бакыт Садыкова"), not by
        // the shift's id, a string of hex digits nobody can tell apart.
        bytes ->
            s.printQueue.enqueue(
                s.t(r.closing() ? "shift.z" : "shift.x") + " · " + r.cashierName(), bytes),
        why -> Forms.say(error, true, why));
  }

  /**
   * Counted and over/short as the cashier types. Before she types anything neither is shown: a
   * shortage of the whole drawer in bold, before any counting, only alarmed.
   */
  private void recount() {
    if (DrawerCount.untouched(typed(), total.getText())) {
      counted.setText("");
      overShort.setText("");
      return;
    }
    FormReply<Long> c = count();
    if (c.isDone()) {
      counted.getStyleClass().setAll("label");
      counted.setText(s.t("shift.counted", s.money(c.value())));
      long difference = c.value() - expected;
      overShort.setText(s.t("shift.overshort", signed(difference)));
      // Seen at a glance: short in red, over in amber (money that is not the shop's either), even
      // in green.
      overShort
          .getStyleClass()
          .setAll(
              "label",
              "title-3",
              difference < 0 ? "drawer-short" : difference > 0 ? "drawer-over" : "drawer-even");
    } else {
      Forms.say(counted, true, c.problem());
      overShort.setText("");
    }
  }

  /** An over with its plus sign, as a shortage has its minus: "+50,00 KGS". */
  private String signed(long amount) {
    return (amount > 0 ? "+" : "") + s.money(amount);
  }

  private String zText(ShiftReport r) {
    return ShiftReportText.of(s.texts, s.store, r);
  }

  Parent root() {
    return root;
  }
}
