package org.ovop.till.app.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.ovop.till.core.Outcome;
import org.ovop.till.core.Refusal;
import org.ovop.till.core.money.Money;
import org.ovop.till.core.sale.Counter;
import org.ovop.till.core.sale.Sale;
import org.ovop.till.core.sale.Tender;
import org.ovop.till.core.sale.TenderMethod;

/**
 * The pay panel over the counter: what is still due, paid in one tender or in several (part by
 * M-Pesa, the rest in cash). The parts are only held here; the sale is committed once, with all its
 * tenders, when they cover what is due, so a payment given up leaves nothing in the books.
 */
final class PayPanel {
  private final Session s;
  private final Cart cart;
  private final Consumer<Sale> onPaid;
  private final Runnable close;

  /** Tenders taken for this basket and not yet committed, cash gathered into one. */
  private final List<Tender> parts = new ArrayList<>();

  private TenderMethod method;

  /** The wallet chosen for this mobile payment where the store takes several; else null. */
  private String service;

  private boolean paid;

  /** Set once the cashier was told what giving up would drop; the next cancel drops it. */
  private boolean dropSaid;

  private final VBox panel = new VBox(12);
  private final StackPane shade = new StackPane(panel);
  private final HBox methods = new HBox(6);
  private final ToggleGroup methodGroup = new ToggleGroup();
  private final Label title = new Label();
  private final Label taken = new Label();
  private final TextField tendered = new TextField();
  private final TextField reference = new TextField();

  /** One key per wallet, shown for mobile money where the store takes more than one. */
  private final HBox services = new HBox(6);

  private final ToggleGroup serviceGroup = new ToggleGroup();
  private final FlowPane notes = new FlowPane(8, 8);
  private final Label error = new Label();
  private final Label change = new Label();
  private final PasswordField managerPin = new PasswordField();
  private final TextField managerReason = new TextField();
  private final HBox override = new HBox(8, managerPin, managerReason);
  private final Button confirm;
  private final Button cancel;

  /**
   * @param onPaid called on the FX thread once the sale is committed, before its receipt prints
   * @param close takes the panel off the counter
   */
  PayPanel(Session s, Cart cart, TenderMethod first, Consumer<Sale> onPaid, Runnable close) {
    this.s = s;
    this.cart = cart;
    this.onPaid = onPaid;
    this.close = close;
    panel.setId("pay-panel");
    panel.getStyleClass().add("pay-panel");
    // As tall as what it holds: a sentence or a change on two lines must not push the keys out.
    panel.setMaxSize(520, Region.USE_PREF_SIZE);
    for (TenderMethod m : TenderMethod.values()) {
      ToggleButton b = new ToggleButton(s.method(m.code()) + " (" + key(m) + ")");
      b.setId("pay-with-" + m.code());
      b.setToggleGroup(methodGroup);
      b.setUserData(m);
      b.setFocusTraversable(false);
      b.setOnAction(e -> payWith(m));
      methods.getChildren().add(b);
    }
    services.setId("pay-services");
    for (String name : s.store.mobileServices()) {
      ToggleButton b = new ToggleButton(name);
      // By place, not by name: a wallet's name may be any letters ("O!Деньги").
      b.setId("pay-service-" + (services.getChildren().size() + 1));
      b.setToggleGroup(serviceGroup);
      b.setUserData(name);
      b.setFocusTraversable(false);
      b.setOnAction(e -> choose(name));
      services.getChildren().add(b);
    }
    title.setId("pay-title");
    title.getStyleClass().add("title-2");
    title.setWrapText(true);
    taken.setId("pay-taken");
    taken.getStyleClass().add("ok-line");
    taken.setWrapText(true);
    tendered.setId("tendered");
    tendered.getStyleClass().add("scan-field");
    reference.setId("reference");
    Forms.prompt(reference, s.t("pay.reference"));
    error.setId("pay-error");
    error.getStyleClass().add("error-line");
    // Whole, on as many lines as it takes: "Monnaie à rendre : 8 500 XOF" in the big type was cut
    // to "Monnaie à rendre : 8 …", the one figure the cashier must read.
    error.setWrapText(true);
    change.setId("change");
    change.getStyleClass().add("change");
    change.setWrapText(true);
    managerPin.setId("pay-manager-pin");
    Forms.prompt(managerPin, s.t("refund.managerpin"));
    managerReason.setId("pay-manager-reason");
    Forms.prompt(managerReason, s.t("refund.reason"));
    shown(override, false);
    // Room only for what is said: an empty sentence or change line once left a blank band above
    // the keys, as tall as the change's big type.
    for (Label said : List.of(error, change)) {
      said.managedProperty().bind(said.textProperty().isNotEmpty());
      said.visibleProperty().bind(said.textProperty().isNotEmpty());
    }
    confirm = CounterView.button("confirm-pay", s.t("pay.confirm") + " (Enter)", this::confirm);
    confirm.getStyleClass().add("accent");
    confirm.setDefaultButton(true);
    cancel = CounterView.button("cancel-pay", s.t("pay.cancel") + " (Esc)", this::cancel);
    panel
        .getChildren()
        .addAll(
            methods,
            title,
            taken,
            tendered,
            services,
            reference,
            notes,
            error,
            override,
            change,
            new HBox(10, confirm, cancel));
    panel.setPadding(new Insets(20));
    shade.getStyleClass().add("shade");
    payWith(first);
  }

  Node node() {
    return shade;
  }

  /** The keyboard's way in: the amount field. */
  void focus() {
    tendered.requestFocus();
  }

  /**
   * F12: mobile money; pressed again in a store that takes several wallets, the next wallet, so the
   * keyboard alone can say "Orange Money".
   */
  void mobileKey() {
    List<String> wallets = s.store.mobileServices();
    if (!paid && method == TenderMethod.MOBILE && wallets.size() > 1) {
      choose(wallets.get((wallets.indexOf(service) + 1) % wallets.size()));
    } else {
      payWith(TenderMethod.MOBILE);
    }
  }

  /** F9, F11 or a method's key: what is still due, taken another way. */
  void payWith(TenderMethod m) {
    if (paid) {
      return;
    }
    List<String> wallets = s.store.mobileServices();
    method = m;
    service = wallets.size() == 1 ? wallets.get(0) : null;
    serviceGroup.selectToggle(null);
    dropSaid = false;
    error.setText("");
    for (var toggle : methodGroup.getToggles()) {
      toggle.setSelected(toggle.getUserData() == m);
    }
    long rest = rest(m);
    title.setText(
        m == TenderMethod.MOBILE && !s.store.mobileMoney().isEmpty()
            ? s.t("pay.title.named", s.store.mobileMoney(), s.money(rest))
            : s.t("pay.title." + m.code(), s.money(rest)));
    shown(taken, !parts.isEmpty());
    taken.setText(parts.isEmpty() ? "" : s.t("pay.taken", described(parts)));
    shown(reference, m == TenderMethod.MOBILE);
    shown(services, m == TenderMethod.MOBILE && wallets.size() > 1);
    reference.clear();
    notes.getChildren().clear();
    if (m == TenderMethod.CASH) {
      tendered.clear();
      Forms.prompt(tendered, s.t("pay.tendered"));
      for (long note : Notes.suggest(rest, s.store.currency())) {
        Button b =
            CounterView.button(
                "note-" + note, s.money(note), () -> tendered.setText(s.figure(note)));
        b.getStyleClass().add("quick-key");
        notes.getChildren().add(b);
      }
    } else {
      // What is left, ready to confirm; typing replaces it when only a part goes this way.
      tendered.setText(s.figure(rest));
      tendered.selectAll();
    }
    shown(notes, m == TenderMethod.CASH);
    tendered.requestFocus();
  }

  /** The wallet the customer pays with, touched or reached by F12 again. */
  private void choose(String wallet) {
    if (paid) {
      return;
    }
    service = wallet;
    for (var toggle : serviceGroup.getToggles()) {
      toggle.setSelected(wallet.equals(toggle.getUserData()));
    }
    error.setText("");
    title.setText(s.t("pay.title.named", wallet, s.money(rest(TenderMethod.MOBILE))));
    reference.requestFocus();
  }

  /**
   * Esc or the cancel key. With parts already taken (a card slip printed, an M-Pesa message
   * received), the first press says what giving up drops; the second closes. True when closed.
   */
  boolean cancel() {
    if (!paid && !parts.isEmpty() && !dropSaid) {
      dropSaid = true;
      error.setText(s.t("pay.drop", described(parts)));
      return false;
    }
    close.run();
    return true;
  }

  /**
   * Still to pay by {@code m}, after the parts taken: cash is due rounded to the store's cash step
   * (rounding applies to the cash share only), card and mobile money exactly.
   */
  private long rest(TenderMethod m) {
    long nonCash = 0;
    long cash = 0;
    for (Tender t : parts) {
      if (t.method() == TenderMethod.CASH) {
        cash += t.amount();
      } else {
        nonCash += t.amount();
      }
    }
    long total = cart.total();
    long due =
        m == TenderMethod.CASH ? s.store.cashRounding().round(total - nonCash) : total - nonCash;
    return Math.max(0, due - cash);
  }

  private void confirm() {
    if (paid) { // Enter once paid starts the next sale
      close.run();
      return;
    }
    long rest = rest(method);
    var amount = s.amount(tendered.getText().isBlank() ? s.figure(rest) : tendered.getText());
    if (amount.isEmpty() || amount.get().minor() <= 0) {
      error.setText(s.t("error.amount", tendered.getText()));
      return;
    }
    long minor = amount.get().minor();
    if (method != TenderMethod.CASH && minor > rest) {
      error.setText(
          s.texts.refusal(
              Refusal.of(Refusal.Reason.NON_CASH_OVERPAID, Money.of(rest, s.store.currency()))));
      return;
    }
    if (method == TenderMethod.CASH && minor > Notes.mostHandedOver(rest, s.store.currency())) {
      // Most often the next customer's barcode, scanned while this panel had the keyboard.
      error.setText(s.t("pay.toomuch", s.money(minor), s.money(rest)));
      tendered.selectAll();
      return;
    }
    String ref = reference.getText().isBlank() ? null : reference.getText().strip();
    if (method == TenderMethod.MOBILE && ref == null) {
      error.setText(s.texts.refusal(Refusal.of(Refusal.Reason.MOBILE_NEEDS_REFERENCE)));
      reference.requestFocus();
      return;
    }
    if (method == TenderMethod.MOBILE && service == null && s.store.mobileServices().size() > 1) {
      // Each wallet is counted apart at the end of the day: a payment that names none cannot be.
      error.setText(
          s.texts.refusal(
              Refusal.of(
                  Refusal.Reason.MOBILE_SERVICE_NEEDED,
                  String.join(", ", s.store.mobileServices()))));
      return;
    }
    List<Tender> tenders =
        withPart(new Tender(method, minor, ref, method == TenderMethod.MOBILE ? service : null));
    if (minor < rest) {
      // A part: held until the rest is taken. The rest is most often cash, so cash comes next;
      // F11 or F12 takes it another way (a second M-Pesa payment over a daily limit, say).
      parts.clear();
      parts.addAll(tenders);
      payWith(TenderMethod.CASH);
      return;
    }
    sell(tenders);
  }

  /** The parts with one more, cash handed over in two goes gathered into one cash tender. */
  private List<Tender> withPart(Tender next) {
    List<Tender> all = new ArrayList<>();
    boolean gathered = false;
    for (Tender t : parts) {
      if (t.method() == TenderMethod.CASH && next.method() == TenderMethod.CASH) {
        all.add(new Tender(TenderMethod.CASH, Math.addExact(t.amount(), next.amount()), null));
        gathered = true;
      } else {
        all.add(t);
      }
    }
    if (!gathered) {
      all.add(next);
    }
    return all;
  }

  private void sell(List<Tender> tenders) {
    List<Counter.Item> items = cart.items();
    String managerPinText = managerPin.getText();
    String reasonText = managerReason.getText();
    confirm.setDisable(true);
    s.background.run(
        () ->
            managerPinText.isBlank()
                ? s.services.counter().sell(s.cashier, items, tenders, null)
                : s.services
                    .staff()
                    .approve(managerPinText, reasonText)
                    .then(a -> s.services.counter().sell(s.cashier, items, tenders, a)),
        outcome -> {
          confirm.setDisable(false);
          if (outcome instanceof Outcome.Done<Counter.Completed> d) {
            paid(d.value().sale());
          } else {
            error.setText(s.texts.refusal(outcome.refusal()));
            var reason = outcome.refusal().reason();
            if (reason == Refusal.Reason.DISCOUNT_NEEDS_MANAGER
                || reason == Refusal.Reason.PRICE_NEEDS_MANAGER
                || reason == Refusal.Reason.NOT_CERTIFIED
                || reason == Refusal.Reason.CERTIFICATE_EXPIRED) {
              // A manager override: the manager's own PIN and a reason, then Pay again.
              shown(override, true);
              managerPin.requestFocus();
            }
          }
        },
        why -> {
          // A failure (the database held by another till, say) changed nothing: the same
          // payment can be confirmed again. The key once stayed greyed out, sale stranded.
          confirm.setDisable(false);
          error.setText(why);
        });
  }

  private void paid(Sale sale) {
    paid = true;
    parts.clear();
    // A refusal said before this payment went through is no longer true.
    error.setText("");
    shown(override, false);
    shown(methods, false);
    shown(services, false); // the receipt names the wallet; a key here would only invite a touch
    shown(taken, false);
    shown(notes, false); // no empty room above the change
    tendered.setEditable(false); // what was handed over, kept in sight while the change is counted
    boolean cash = sale.tenders().stream().anyMatch(t -> t.method() == TenderMethod.CASH);
    // Change is cash's alone: a card or M-Pesa sale has none to count out, and "Change: 0.00"
    // under it had cashiers looking for coins.
    change.setText(cash ? s.t("pay.change", s.money(sale.change())) : "");
    title.setText(s.t("pay.done", sale.number()));
    confirm.setText(s.t("pay.next") + " (Enter)");
    cancel.setVisible(false);
    onPaid.accept(sale);
    confirm.requestFocus();
  }

  /** "Card 500,00 KGS · Mobile money 300,00 KGS (QK7H2)", in the screen's words. */
  private String described(List<Tender> tenders) {
    return tenders.stream()
        .map(
            t ->
                s.method(t)
                    + " "
                    + s.money(t.amount())
                    + (t.reference() == null ? "" : " (" + t.reference() + ")"))
        .collect(Collectors.joining(" · "));
  }

  private static String key(TenderMethod m) {
    return switch (m) {
      case CASH -> "F9";
      case CARD -> "F11";
      case MOBILE -> "F12";
    };
  }

  private static void shown(Node n, boolean shown) {
    n.setVisible(shown);
    n.setManaged(shown);
  }
}
