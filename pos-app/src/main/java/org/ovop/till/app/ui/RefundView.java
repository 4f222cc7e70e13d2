package org.ovop.till.app.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.ovop.till.core.sale.AsPaid;
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

  /**
   * The manager's PIN and reason approve one refund only: both are emptied once a refund has been
   * asked for, and when another receipt is looked up, so that a manager who walked away approves
   * nothing more in their name.
   */
  private final PasswordField managerPin = new PasswordField();

  /** The mobile transfer's reference: one refund's, so it goes with the approval. */
  private final TextField reference = new TextField();

  private final TextField reason = new TextField();
  private final TextField number = new TextField();

  /** Offered, and chosen, for a sale paid by more than one method ({@link AsPaid}). */
  private static final String AS_PAID = "as-paid";

  /**
   * How the money goes back: a method's command-line word, a wallet's name where the store takes
   * several, or "as-paid".
   */
  private final ComboBox<String> method = new ComboBox<>();

  private Sale sale;
  private Map<String, Long> refundedBefore = Map.of();

  /**
   * The refunds made against the receipt shown: what they sent back to the card is not sent again.
   */
  private List<Sale> earlierRefunds = List.of();

  private final Button doRefund;

  RefundView(Session s, TillWindow window) {
    this.s = s;
    Label title = new Label(s.t("refund.title"));
    title.getStyleClass().add("title-2");
    number.setId("refund-receipt");
    Forms.prompt(number, s.t("refund.receipt"));
    Button load = CounterView.button("load-receipt", s.t("refund.load"), this::lookUp);
    number.setOnAction(e -> lookUp());
    managerPin.setId("manager-pin");
    Forms.prompt(managerPin, s.t("refund.managerpin"));
    reason.setId("refund-reason");
    Forms.prompt(reason, s.t("refund.reason"));
    method.setId("refund-method");
    // Shown in the shop's language ("Наличные"), kept as the command line's word ("cash").
    method.setConverter(
        new javafx.util.StringConverter<>() {
          @Override
          public String toString(String how) {
            if (how == null) {
              return "";
            }
            if (AS_PAID.equals(how)) {
              return s.t("refund.aspaid");
            }
            return TenderMethod.parse(how).isPresent() ? s.method(how) : how; // a wallet's name
          }

          @Override
          public String fromString(String shown) {
            return shown;
          }
        });
    method.getItems().setAll(oneWay());
    method.setValue("cash");
    method.valueProperty().addListener(o -> showDue()); // cash is rounded, a card is not
    about.setId("refund-sale");
    due.setId("refund-due");
    due.getStyleClass().add("title-3");
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

  /**
   * A sale receipt, with how many of each of its lines were refunded before (by line id) and the
   * refunds that did it.
   */
  private record Found(Sale sale, Map<String, Long> refundedBefore, List<Sale> earlierRefunds) {}

  /** The receipt the cashier typed, looked up afresh: an approval typed before does not carry. */
  private void lookUp() {
    forgetApproval();
    load(number.getText(), true);
  }

  private void forgetApproval() {
    managerPin.clear();
    reason.clear();
    reference.clear(); // a transfer's reference belongs to one refund, as the approval does
  }

  /**
   * The numbers a receipt may be filed under for what was typed: upper case first, as tills number
   * them ("t1-000001" is T1-000001), then as typed, since a till id given on the command line keeps
   * its case. Receipt numbers hold no spaces, so any typed (a stray one, a non-breaking one from a
   * pasted number) are dropped.
   */
  private static List<String> receiptNumbers(String typed) {
    String bare = typed.replaceAll("[\\s\\u00a0\\u2007\\u202f]", "");
    String upper = bare.toUpperCase(java.util.Locale.ROOT);
    return upper.equals(bare) ? List.of(bare) : List.of(upper, bare);
  }

  /**
   * Shows the receipt's lines, each with what was refunded from it before: the manager sees what
   * can still come back, and a line with nothing left takes no quantity. After a refund the same
   * receipt is shown again with its sentence kept, so that a second press of Refund cannot repeat
   * the quantities just refunded.
   */
  private void load(String typed, boolean clearSentence) {
    List<String> numbers = receiptNumbers(typed);
    s.background.run(
        () -> s.services.database().read(b -> find(b.sales(), numbers)),
        found -> {
          lines.getChildren().clear();
          quantities.clear();
          about.setText("");
          due.setText("");
          if (found.isEmpty() || found.get().sale().kind() != SaleKind.SALE) {
            sale = null;
            problem(s.t("refund.unknown", typed.strip()));
            return;
          }
          sale = found.get().sale();
          // The number as the till files it, for the cashier to check against the paper.
          number.setText(sale.number());
          refundedBefore = found.get().refundedBefore();
          earlierRefunds = found.get().earlierRefunds();
          if (clearSentence) {
            result.setText("");
          }
          about.setText(
              s.t(
                  "refund.sale",
                  Dates.moment(sale.at(), s.store.zone(), s.texts.locale()),
                  s.money(sale.total()),
                  sale.tenders().stream()
                      .map(s::method)
                      .distinct()
                      .collect(java.util.stream.Collectors.joining(", "))));
          // Money goes back the way it came: a card sale is refunded to the card by default, and a
          // sale paid by card and cash to each as it paid (the card's part first, the rest cash).
          if (AsPaid.isSplit(sale)) {
            method.getItems().setAll(AS_PAID);
            method.getItems().addAll(oneWay());
            method.setValue(AS_PAID);
          } else {
            method.getItems().setAll(oneWay());
            sale.tenders().stream()
                .max(java.util.Comparator.comparingLong(Tender::amount))
                .ifPresent(
                    t ->
                        method.setValue(
                            method.getItems().contains(t.service())
                                ? t.service()
                                : t.method().code()));
          }
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
            Label paid = new Label(whatWasPaid(l));
            paid.setId("refund-line-" + l.lineNo());
            lines.addRow(row++, new Label(l.name()), paid, q, refunded);
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
   * What the customer paid for a line: quantity, list price, the discount if there was one, and the
   * line's amount. A refund gives back a part of that amount (DOMAIN.md), not of the list price, so
   * the list price alone made the money given back for a discounted line look short.
   */
  private String whatWasPaid(SaleLine l) {
    return l.discount() == 0
        ? s.t("refund.line", l.quantity(), s.money(l.unitPrice()), s.money(l.amount()))
        : s.t(
            "refund.line.discount",
            l.quantity(),
            s.money(l.unitPrice()),
            l.discountRate().figure(s.texts.locale()),
            s.money(l.discount()),
            s.money(l.amount()));
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
    due.setText(total == 0 ? "" : s.t("refund.due", howMuchBack(total)));
  }

  /**
   * What goes back for a refund of {@code total}, as the drawer and the card pay it: cash rounded
   * to the step, and for a refund as paid each part named, so the cashier knows what to hand over.
   */
  private String howMuchBack(long total) {
    if (AS_PAID.equals(method.getValue())) {
      return ways(AsPaid.back(sale, earlierRefunds, total, s.store.cashRounding(), null));
    }
    boolean cash = "cash".equals(method.getValue());
    return s.money(cash ? s.store.cashRounding().round(total) : total);
  }

  /**
   * "1 350,00 KGS (Карта 500,00 KGS, Наличные 850,00 KGS)"; for one way its amount, with where it
   * went unless it is cash.
   */
  private String ways(List<Tender> tenders) {
    long sum = tenders.stream().mapToLong(Tender::amount).sum();
    if (tenders.size() == 1 && tenders.get(0).method() != TenderMethod.CASH) {
      // Said where it went, since it is not handed over: "1 497 XOF (Wave)".
      return s.money(sum) + " (" + s.method(tenders.get(0)) + ")";
    }
    if (tenders.size() < 2) {
      return s.money(sum);
    }
    return s.money(sum)
        + " ("
        + tenders.stream()
            .map(t -> s.method(t) + " " + s.money(t.amount()))
            .collect(java.util.stream.Collectors.joining(", "))
        + ")";
  }

  /**
   * The ways back one method at a time, by their command-line words; in a store that takes several
   * wallets each wallet by its name, since the money must go back to one of them.
   */
  private List<String> oneWay() {
    List<String> ways = new ArrayList<>(List.of("cash", "card"));
    List<String> wallets = s.store.mobileServices();
    if (wallets.size() > 1) {
      ways.addAll(wallets);
    } else {
      ways.add("mobile");
    }
    return ways;
  }

  private void refund(String pin, String why, String method, String reference) {
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
    String receipt = sale.number();
    boolean asPaid = AS_PAID.equals(method);
    var how = TenderMethod.parse(method); // empty: a wallet's name
    String ref = reference.isBlank() ? null : reference.strip();
    // Until the answer: a second press would ask for the same quantities again.
    doRefund.setDisable(true);
    // Asked once, right or wrong: the next refund needs the manager to type the PIN again.
    forgetApproval();
    s.background.run(
        () ->
            s.services
                .staff()
                .approve(pin, why)
                .then(
                    a ->
                        asPaid
                            ? s.services.refunds().refundAsPaid(s.cashier, a, receipt, items, ref)
                            : how.isPresent()
                                ? s.services
                                    .refunds()
                                    .refund(s.cashier, a, receipt, items, how.get(), ref)
                                : s.services
                                    .refunds()
                                    .refundToWallet(s.cashier, a, receipt, items, method, ref)),
        outcome -> {
          doRefund.setDisable(false);
          if (outcome instanceof Outcome.Done<Sale> d) {
            // Green, as news; a refusal after it (the same receipt again) is red once more.
            String done = s.t("refund.done", d.value().number(), ways(d.value().tenders()));
            Forms.say(result, false, done);
            printSlip(d.value(), done);
            quantities.values().forEach(q -> q.setText("0"));
            load(receipt, false);
          } else {
            problem(s.texts.refusal(outcome.refusal()));
          }
        },
        failure -> {
          doRefund.setDisable(false);
          problem(failure);
        });
  }

  /**
   * The refund is committed: its slip, for the customer, only joins the print queue, which never
   * blocks. Should it not even be made, the cashier still reads what to give back.
   */
  private void printSlip(Sale refund, String done) {
    s.background.run(
        () -> org.ovop.till.app.printing.Printing.receipt(s.services, refund, s.profile),
        bytes -> s.printQueue.enqueue(refund.number(), bytes),
        why -> problem(done + " " + why));
  }

  /**
   * The sale receipt filed under the first of these numbers that has one, the refunds made against
   * it, and what they refunded from each of its lines.
   */
  private static java.util.Optional<Found> find(SalesBook sales, List<String> numbers) {
    return numbers.stream()
        .map(sales::byNumber)
        .flatMap(java.util.Optional::stream)
        .findFirst()
        .map(
            found -> {
              // Read once: the earlier refunds say both what each line gave back and where to.
              List<Sale> earlier = sales.refundsOfSale(found.number());
              Map<String, Long> before = new HashMap<>();
              for (Sale refund : earlier) {
                for (SaleLine l : refund.lines()) {
                  before.merge(l.refundOfLine(), l.quantity(), Long::sum);
                }
              }
              return new Found(found, before, earlier);
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
