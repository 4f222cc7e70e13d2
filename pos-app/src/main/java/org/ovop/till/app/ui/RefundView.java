package org.ovop.till.app.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.ovop.till.core.Outcome;
import org.ovop.till.core.sale.RefundMath;
import org.ovop.till.core.sale.Refunds;
import org.ovop.till.core.sale.Sale;
import org.ovop.till.core.sale.SaleKind;
import org.ovop.till.core.sale.SaleLine;
import org.ovop.till.core.sale.SalesBook;
import org.ovop.till.core.sale.Tender;
import org.ovop.till.core.sale.TenderMethod;

/** A refund against a receipt: pick lines and quantities, a named manager's PIN and reason. */
final class RefundView {
  private final VBox root = new VBox(12);
  private final Session s;
  private final GridPane lines = new GridPane();
  private final Map<SaleLine, TextField> quantities = new LinkedHashMap<>();
  private final Label result = new Label();

  /**
   * The receipt found: when it was sold, for how much, paid how; the cashier checks it is theirs.
   */
  private final Label about = new Label();

  /** What goes back to the customer for the quantities typed, as the refund will compute it. */
  private final Label due = new Label();

  private final ComboBox<String> method =
      new ComboBox<>(FXCollections.observableArrayList("cash", "card", "mobile"));
  private Sale sale;
  private Map<String, Long> refundedBefore = Map.of();
  private final Button doRefund;

  RefundView(Session s, TillWindow window) {
    this.s = s;
    Label title = new Label(s.t("refund.title"));
    title.getStyleClass().add("title-2");
    TextField number = new TextField();
    number.setId("refund-receipt");
    Forms.prompt(number, s.t("refund.receipt"));
    Button load =
        CounterView.button(
            "load-receipt", s.t("refund.load"), () -> load(number.getText().strip()));
    number.setOnAction(e -> load(number.getText().strip()));
    PasswordField managerPin = new PasswordField();
    managerPin.setId("manager-pin");
    Forms.prompt(managerPin, s.t("refund.managerpin"));
    TextField reason = new TextField();
    reason.setId("refund-reason");
    Forms.prompt(reason, s.t("refund.reason"));
    method.setId("refund-method");
    // Shown in the shop's language ("Наличные"), kept as the command line's word ("cash").
    method.setConverter(
        new javafx.util.StringConverter<>() {
          @Override
          public String toString(String how) {
            return how == null ? "" : s.t("counter.pay." + how);
          }

          @Override
          public String fromString(String shown) {
            return shown;
          }
        });
    method.setValue("cash");
    method.valueProperty().addListener(o -> showDue()); // cash is rounded, a card is not
    about.setId("refund-sale");
    due.setId("refund-due");
    due.getStyleClass().add("title-3");
    TextField reference = new TextField();
    reference.setId("refund-reference");
    Forms.prompt(reference, s.t("pay.reference"));
    result.setId("refund-result");
    lines.setHgap(12);
    lines.setVgap(6);
    doRefund =
        CounterView.button(
            "do-refund",
            s.t("refund.do"),
            () ->
                refund(
                    managerPin.getText(),
                    reason.getText(),
                    method.getValue(),
                    reference.getText()));
    doRefund.getStyleClass().add("accent");
    Button back = CounterView.button("back", s.t("common.back") + " (Esc)", window::signedIn);
    root.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ESCAPE) {
            window.signedIn();
          }
        });
    root.getChildren()
        .addAll(
            title,
            new HBox(8, number, load),
            about,
            lines,
            due,
            new HBox(8, managerPin, reason),
            new HBox(8, method, reference),
            new HBox(8, doRefund, back),
            result);
    root.setPadding(new Insets(20));
    root.getStyleClass().add("screen");
  }

  /** A sale receipt, with how many of each of its lines were refunded before (by line id). */
  private record Found(Sale sale, Map<String, Long> refundedBefore) {}

  private void load(String number) {
    load(number, true);
  }

  /**
   * Shows the receipt's lines, each with what was refunded from it before: the manager sees what
   * can still come back, and a line with nothing left takes no quantity. After a refund the same
   * receipt is shown again with its sentence kept, so that a second press of Refund cannot repeat
   * the quantities just refunded.
   */
  private void load(String number, boolean clearSentence) {
    s.background.run(
        () -> s.services.database().read(b -> find(b.sales(), number)),
        found -> {
          lines.getChildren().clear();
          quantities.clear();
          about.setText("");
          due.setText("");
          if (found.isEmpty() || found.get().sale().kind() != SaleKind.SALE) {
            sale = null;
            problem(s.t("refund.unknown", number));
            return;
          }
          sale = found.get().sale();
          refundedBefore = found.get().refundedBefore();
          if (clearSentence) {
            result.setText("");
          }
          about.setText(
              s.t(
                  "refund.sale",
                  Dates.moment(sale.at(), s.store.zone(), s.texts.locale()),
                  s.money(sale.total()),
                  sale.tenders().stream()
                      .map(t -> s.t("counter.pay." + t.method().code()))
                      .distinct()
                      .collect(java.util.stream.Collectors.joining(", "))));
          // Money goes back the way it came: a card sale is refunded to the card by default.
          sale.tenders().stream()
              .max(java.util.Comparator.comparingLong(Tender::amount))
              .ifPresent(t -> method.setValue(t.method().code()));
          int row = 0;
          for (SaleLine l : sale.lines()) {
            long before = found.get().refundedBefore().getOrDefault(l.id(), 0L);
            TextField q = new TextField("0");
            q.setId("refund-qty-" + l.lineNo());
            q.setPrefColumnCount(4);
            q.setDisable(before >= l.quantity());
            q.textProperty().addListener(o -> showDue());
            Label refunded = new Label(before == 0 ? "" : s.t("refund.before", before));
            refunded.setId("refund-before-" + l.lineNo());
            lines.addRow(
                row++,
                new Label(l.name()),
                new Label(l.quantity() + " × " + s.money(l.unitPrice())),
                q,
                refunded);
            quantities.put(l, q);
          }
          // The first line that can still come back takes the keyboard, its 0 chosen to type over.
          quantities.values().stream()
              .filter(q -> !q.isDisabled())
              .findFirst()
              .ifPresent(
                  q -> {
                    q.requestFocus();
                    q.selectAll();
                  });
        },
        this::problem);
  }

  /**
   * Shows what the refund will give back for the quantities typed, by the same rule the refund uses
   * (DOMAIN.md: the part of the line's amount, so that every step adds up to the line), with cash
   * rounded as the drawer pays it. Nothing is shown while a quantity is not one.
   */
  private void showDue() {
    long total = 0;
    for (var e : quantities.entrySet()) {
      SaleLine l = e.getKey();
      long q;
      try {
        q = Long.parseLong(e.getValue().getText().strip());
      } catch (NumberFormatException notANumber) {
        due.setText("");
        return;
      }
      long before = refundedBefore.getOrDefault(l.id(), 0L);
      if (q < 0 || before + q > l.quantity()) {
        due.setText("");
        return;
      }
      if (q > 0) {
        total += RefundMath.refundedPart(l.amount(), l.quantity(), before, q);
      }
    }
    boolean cash = "cash".equals(method.getValue());
    long back = cash ? s.store.cashRounding().round(total) : total;
    due.setText(total == 0 ? "" : s.t("refund.due", s.money(back)));
  }

  private void refund(String pin, String reason, String method, String reference) {
    if (sale == null) {
      problem(s.t("refund.loadfirst"));
      return;
    }
    List<Refunds.Item> items = new ArrayList<>();
    for (var e : quantities.entrySet()) {
      long q;
      try {
        q = Long.parseLong(e.getValue().getText().strip());
      } catch (NumberFormatException ex) {
        problem(s.t("error.quantity", e.getValue().getText()));
        return;
      }
      if (q < 0) {
        problem(s.t("error.quantity", e.getValue().getText()));
        return;
      }
      if (q > 0) {
        items.add(new Refunds.Item(e.getKey().sku(), q));
      }
    }
    if (items.isEmpty()) {
      problem(s.t("refund.nothing"));
      return;
    }
    String number = sale.number();
    TenderMethod how = TenderMethod.parse(method).orElse(TenderMethod.CASH);
    // Until the answer: a second press would ask for the same quantities again.
    doRefund.setDisable(true);
    s.background.run(
        () ->
            s.services
                .staff()
                .approve(pin, reason)
                .then(
                    a ->
                        s.services
                            .refunds()
                            .refund(
                                s.cashier,
                                a,
                                number,
                                items,
                                how,
                                reference.isBlank() ? null : reference.strip())),
        outcome -> {
          doRefund.setDisable(false);
          if (outcome instanceof Outcome.Done<Sale> d) {
            // Green, as news; a refusal after it (the same receipt again) is red once more.
            Forms.say(
                result, false, s.t("refund.done", d.value().number(), s.money(d.value().paid())));
            quantities.values().forEach(q -> q.setText("0"));
            load(number, false);
          } else {
            problem(s.texts.refusal(outcome.refusal()));
          }
        },
        failure -> {
          doRefund.setDisable(false);
          problem(failure);
        });
  }

  /** The sale receipt with this number, and what was refunded from each of its lines before. */
  private static java.util.Optional<Found> find(SalesBook sales, String number) {
    return sales
        .byNumber(number)
        .map(
            found -> {
              Map<String, Long> before = new HashMap<>();
              for (SaleLine l : found.lines()) {
                before.put(l.id(), sales.refundedQuantity(l.id()));
              }
              return new Found(found, before);
            });
  }

  /** A sentence under the form that something was refused or is wrong, in red. */
  private void problem(String sentence) {
    Forms.say(result, true, sentence);
  }

  Parent root() {
    return root;
  }
}
