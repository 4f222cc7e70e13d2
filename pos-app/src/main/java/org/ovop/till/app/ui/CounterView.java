package org.ovop.till.app.ui;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.ovop.till.core.catalog.Product;
import org.ovop.till.core.sale.Sale;
import org.ovop.till.core.sale.TenderMethod;
import org.ovop.till.core.shift.Shift;
import org.ovop.till.core.user.Role;

/**
 * The screen a cashier lives in. The scan field always has the focus (a scanner types digits and
 * Enter); Enter on an empty field pays in cash, F-keys do the rest, Esc cancels.
 */
final class CounterView {
  private final Session s;
  private final TillWindow window;
  private final Cart cart;
  private final BorderPane root = new BorderPane();
  private final StackPane layers = new StackPane();
  private final TextField scan = new TextField();
  private final Label message = new Label();
  private final Label total = new Label();
  private final Label cashDue = new Label();
  private final TableView<Cart.Line> table = new TableView<>();
  private TableColumn<Cart.Line, String> name;
  private TableColumn<Cart.Line, String> price;
  private TableColumn<Cart.Line, String> amount;

  /** The total's type size when it fits; a longer total is set smaller, never cut. */
  private static final double TOTAL_SIZE = 40;

  /** The virtual printer's last paper; its accessible text is the receipt's, for screen readers. */
  private final javafx.scene.image.ImageView paper = new javafx.scene.image.ImageView();

  private final VBox shiftBanner = new VBox(8);
  private final FlowPane matches = new FlowPane(8, 8);
  private final Label who = new Label();
  private Button office;
  private Shift shift;
  private Sale lastSale;

  /** The pay panel while it is open over the basket, else null. */
  private PayPanel payPanel;

  /**
   * The counter of the session's cashier; built before anyone has signed in (while a PIN is being
   * checked), it shows its cashier once {@link #cashierSignedIn} is called.
   */
  CounterView(Session s, TillWindow window) {
    this.s = s;
    this.window = window;
    this.cart = s.cart;
    root.setTop(topBar());
    root.setCenter(cartPane());
    root.setRight(payPane());
    layers.getChildren().add(root);
    layers.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
    refreshShift();
    render();
    if (s.cashier != null) {
      cashierSignedIn();
    }
  }

  /** The scan field takes the keyboard, so a scanner's digits land there. */
  void readyToScan() {
    scan.requestFocus();
  }

  /** Shows who is at the counter; the back office opens for managers and admins only. */
  void cashierSignedIn() {
    who.setText(s.t("counter.cashier", s.cashier.name(), s.services.till()));
    office.setDisable(!s.cashier.role().atLeast(Role.MANAGER));
  }

  Parent root() {
    return layers;
  }

  private HBox topBar() {
    Label store = new Label(s.store.name());
    store.getStyleClass().add("title-3");
    who.setId("cashier");
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    // One key per screen language, the current one marked: a single touch, and lighter to build
    // than a drop-down list, which the counter would load with its list view at every start.
    HBox language = new HBox(2);
    language.setId("language");
    language.setAlignment(Pos.CENTER);
    for (String tag : Texts.LANGUAGES) {
      Button b =
          button(
              "language-" + tag,
              tag.toUpperCase(Locale.ROOT),
              () -> {
                s.language(tag);
                window.show(new CounterView(s, window).root());
              });
      b.getStyleClass().addAll("small", "flat");
      b.setMinWidth(Region.USE_PREF_SIZE);
      // The key of the words shown: RU for a Kyrgyz store, whose screens speak Russian.
      if (tag.equals(s.texts.wordsLanguage())) {
        b.getStyleClass().remove("flat");
        b.getStyleClass().add("accent");
      }
      language.getChildren().add(b);
    }
    Button refund =
        button(
            "refund-button",
            s.t("counter.refund"),
            () -> window.show(new RefundView(s, window).root()));
    Button shiftButton =
        button(
            "shift-button",
            s.t("counter.shift"),
            () -> window.show(new ShiftView(s, window).root()));
    office =
        button(
            "office-button",
            s.t("counter.office"),
            () -> window.show(new BackOfficeView(s, window).root()));
    Button out = button("signout-button", s.t("counter.signout"), window::signOut);
    // The shop and who is at the till on two lines, which may shorten with "…" in a narrow
    // window; the keys keep their whole labels (a manager's long name once cut them to "Вы…").
    who.getStyleClass().add("text-muted");
    VBox heading = new VBox(0, store, who);
    heading.setMinWidth(0);
    for (Button key : List.of(refund, shiftButton, office, out)) {
      key.setMinWidth(Region.USE_PREF_SIZE);
    }
    language.setMinWidth(Region.USE_PREF_SIZE);
    HBox bar = new HBox(10, heading, grow, language, refund, shiftButton, office, out);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(10, 14, 10, 14));
    bar.getStyleClass().add("top-bar");
    return bar;
  }

  private static FlowPane lineKeys(Button... keys) {
    FlowPane row = new FlowPane(8, 8, keys);
    row.setId("line-keys");
    return row;
  }

  private VBox cartPane() {
    scan.setId("scan");
    // Not Forms.prompt: the scan field spans the counter's column, and its long sentence as a
    // minimum width would push the pay buttons off a small screen; the column is wide enough.
    scan.setPromptText(s.t("counter.scan"));
    scan.getStyleClass().add("scan-field");
    scan.setOnAction(e -> scanned(scan.getText().strip()));
    message.setId("message");
    shiftBanner.setId("shift-banner");
    // The name gives way first (whole in its tooltip); price and amount keep their figures whole.
    // A price set at the counter says the catalogue's beside the name, for the manager asked.
    name =
        yielding(
            s.t("counter.item"),
            l ->
                l.priceSet()
                    ? s.t("counter.price.listed", l.product().name(), s.money(l.product().price()))
                    : l.product().name());
    name.setPrefWidth(290);
    TableColumn<Cart.Line, String> qty =
        figures(s.t("counter.qty"), l -> Long.toString(l.quantity()));
    price = figures(s.t("counter.price"), l -> s.money(l.unitPrice()));
    TableColumn<Cart.Line, String> disc =
        figures(
            s.t("counter.discount"),
            l -> l.discount().isZero() ? "" : l.discount().figure(s.texts.locale()) + " %");
    amount = figures(s.t("counter.amount"), l -> s.money(l.amount()));
    table.getColumns().addAll(List.of(name, qty, price, disc, amount));
    qty.setPrefWidth(55);
    price.setPrefWidth(130); // "1 200,00 KGS" whole
    disc.setPrefWidth(80);
    amount.setPrefWidth(135);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    table.setId("cart");
    table.setFocusTraversable(false);
    table.setPlaceholder(new Label(s.t("counter.empty")));
    VBox.setVgrow(table, Priority.ALWAYS);
    Button plus = button("plus", "+ (F3)", () -> changeQuantity(1));
    Button minus = button("minus", "− (F4)", () -> changeQuantity(-1));
    Button voidLine = button("void-line", s.t("counter.void") + " (Del)", this::voidLine);
    Button discount = button("discount", s.t("counter.discount") + " (F5)", this::discount);
    Button setPrice = button("set-price", s.t("counter.price") + " (F2)", this::setPrice);
    Button park = button("park", s.t("counter.park") + " (F6)", this::park);
    Button resume = button("resume", s.t("counter.resume") + " (F7)", this::resume);
    FlowPane quick = new FlowPane(8, 8);
    quick.setId("quick-keys");
    // The cart comes first: it keeps five lines in sight (till.css), and on a short screen the
    // quick keys scroll instead, down to one row of them.
    javafx.scene.control.ScrollPane quickRoll = new javafx.scene.control.ScrollPane(quick);
    quickRoll.getStyleClass().add("quick-roll");
    quickRoll.setFitToWidth(true);
    quickRoll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
    quickRoll.setFocusTraversable(false);
    VBox.setVgrow(quickRoll, Priority.SOMETIMES);
    s.background.run(
        () ->
            s.services
                .database()
                .read(
                    b ->
                        b.catalog()
                            .quickKeys(
                                10,
                                s.services.clock().instant().minus(java.time.Duration.ofDays(30)))),
        products -> {
          for (Product p : products) {
            Button b = button("quick-" + p.sku(), p.name(), () -> added(p));
            b.getStyleClass().add("quick-key");
            quick.getChildren().add(b);
          }
        },
        this::problem);
    VBox box =
        new VBox(
            10,
            scan,
            message,
            matches,
            table,
            // A flow, not a row: in a long language the keys wrap instead of being cut to "+ (…".
            lineKeys(plus, minus, voidLine, discount, setPrice, park, resume),
            quickRoll,
            shiftBanner);
    box.setPadding(new Insets(12));
    return box;
  }

  private VBox payPane() {
    total.setId("total");
    total.getStyleClass().add("total");
    cashDue.setId("cash-due");
    Button cash =
        button("pay-cash", s.t("counter.pay.cash") + " (F9)", () -> pay(TenderMethod.CASH));
    Button card =
        button("pay-card", s.t("counter.pay.card") + " (F11)", () -> pay(TenderMethod.CARD));
    Button mobile =
        button("pay-mobile", s.method("mobile") + " (F12)", () -> pay(TenderMethod.MOBILE));
    for (Button b : List.of(cash, card, mobile)) {
      b.setMaxWidth(Double.MAX_VALUE);
      b.getStyleClass().add("pay-button");
    }
    cash.getStyleClass().add("accent");
    Button reprint = button("reprint", s.t("counter.reprint"), this::reprint);
    // The virtual printer draws the very bytes a thermal printer would get.
    paper.setId("paper");
    paper.setPreserveRatio(true);
    paper.setFitWidth(310);
    paper.imageProperty().bind(s.paper);
    javafx.scene.control.ScrollPane roll = new javafx.scene.control.ScrollPane(paper);
    roll.setFitToWidth(true);
    roll.setFocusTraversable(false);
    roll.setMinHeight(220);
    roll.vvalueProperty().bind(paper.imageProperty().map(i -> 0.0));
    VBox.setVgrow(roll, Priority.ALWAYS);
    Label printer = new Label();
    printer.setId("printer-status");
    printer.setWrapText(true);
    // The whole sentence, however many lines: the paper roll below gives up the room.
    printer.setMinHeight(Region.USE_PREF_SIZE);
    showPrinter(printer, null);
    s.printQueue.onChange(
        job -> javafx.application.Platform.runLater(() -> showPrinter(printer, job)));
    VBox box =
        new VBox(
            10,
            new Label(s.t("counter.total")),
            total,
            cashDue,
            cash,
            card,
            mobile,
            printer,
            roll,
            reprint);
    box.setPadding(new Insets(12));
    box.setPrefWidth(360);
    box.widthProperty().addListener(o -> fitTotal());
    return box;
  }

  /**
   * Where receipts go, or why the paper just sent did not print; and how many papers wait unprinted
   * (the print queue keeps them across a restart), so the cashier knows before the first customer.
   * Red while anything waits.
   */
  private void showPrinter(Label line, org.ovop.till.printing.queue.PrintQueue.Job job) {
    long waiting =
        s.printQueue.jobs().stream()
            .filter(j -> j.state() == org.ovop.till.printing.queue.PrintQueue.State.FAILED)
            .count();
    if (job != null && job.state() == org.ovop.till.printing.queue.PrintQueue.State.FAILED) {
      line.setText(s.t("counter.printer.failed", job.name(), s.printerTrouble(job)));
    } else {
      String where =
          s.printsOnScreen() ? s.t("counter.printer") : s.t("counter.printer.real", s.printerUri);
      line.setText(waiting == 0 ? where : where + " " + s.t("counter.printer.waiting", waiting));
    }
    line.getStyleClass().remove("error-line");
    if (waiting > 0) {
      line.getStyleClass().add("error-line");
    }
  }

  private void keys(KeyEvent e) {
    if (payPanel != null) {
      // The pay panel is open: its amount and any manager's approval are for the basket as it
      // stands, so the basket's keys wait until it closes, and Del erases a typed digit rather
      // than a line of the sale. The tender keys take what is still due another way.
      switch (e.getCode()) {
        case F9 -> payPanel.payWith(TenderMethod.CASH);
        case F11 -> payPanel.payWith(TenderMethod.CARD);
        case F12 -> payPanel.mobileKey();
        case ESCAPE -> payPanel.cancel();
        default -> {
          return;
        }
      }
      e.consume();
      return;
    }
    switch (e.getCode()) {
      case F3 -> changeQuantity(1);
      case F4 -> changeQuantity(-1);
      case F9 -> pay(TenderMethod.CASH);
      case F11 -> pay(TenderMethod.CARD);
      case F12 -> pay(TenderMethod.MOBILE);
      case DELETE -> voidLine();
      case F5 -> discount();
      case F2 -> setPrice();
      case F6 -> park();
      case F7 -> resume();
      case F8 -> window.show(new RefundView(s, window).root());
      default -> {
        return;
      }
    }
    e.consume();
  }

  private void scanned(String code) {
    scan.clear();
    if (code.isEmpty()) {
      if (!cart.isEmpty()) {
        pay(TenderMethod.CASH);
      }
      return;
    }
    s.background.run(
        () -> s.services.database().read(b -> b.catalog().productByCode(code)),
        p -> {
          if (p.isPresent()) {
            added(p.get());
          } else {
            searchByName(code);
          }
        },
        this::problem);
  }

  /** Not a code: look for the words in product names; one match goes in, several are offered. */
  private void searchByName(String words) {
    String needle = words.toLowerCase(s.texts.locale());
    s.background.run(
        () ->
            s.services.database().read(b -> b.catalog().products()).stream()
                .filter(p -> p.name().toLowerCase(s.texts.locale()).contains(needle))
                .limit(8)
                .toList(),
        found -> {
          matches.getChildren().clear();
          if (found.isEmpty()) {
            problem(s.t("refusal.UNKNOWN_PRODUCT_UI", words));
          } else if (found.size() == 1) {
            added(found.get(0));
          } else {
            news(s.t("counter.matches", found.size()));
            for (Product p : found) {
              Button b =
                  button(
                      "match-" + p.sku(),
                      p.name(),
                      () -> {
                        matches.getChildren().clear();
                        added(p);
                      });
              b.getStyleClass().add("quick-key");
              matches.getChildren().add(b);
            }
          }
        },
        this::problem);
  }

  /**
   * A discount in percent on the chosen line; above the cashier's limit a manager approves at Pay.
   */
  private void discount() {
    int i = selected();
    if (i < 0) {
      return;
    }
    ask(
            s.t("counter.discount"),
            s.t("counter.discount.ask", cart.lines().get(i).product().name()),
            "discount-percent",
            s.t("counter.discount.apply"))
        .ifPresent(
            text -> {
              var pct = org.ovop.till.core.money.Percent.parseTyped(text, s.texts.locale());
              if (pct.isEmpty()) {
                problem(s.t("error.percent", text));
              } else {
                cart.setDiscount(i, pct.get());
                message.setText(""); // a percent refused before is no longer the news
                render();
              }
            });
  }

  /**
   * Another price for each unit of the chosen line (the shelf label still shows last month's, the
   * lid is dented). A manager approves it at Pay, as a discount above the limit; an empty answer
   * puts the catalogue's price back.
   */
  private void setPrice() {
    int i = selected();
    if (i < 0) {
      return;
    }
    Cart.Line line = cart.lines().get(i);
    ask(
            s.t("counter.price"),
            s.t("counter.price.ask", line.product().name(), s.money(line.product().price())),
            "price-amount",
            s.t("counter.price.apply"))
        .ifPresent(text -> priceTyped(i, line, text.strip()));
  }

  /**
   * One figure asked of the cashier about the chosen line. The dialog belongs to the till's window:
   * it opens over it, and when it closes the keyboard is the counter's again (unowned, under the
   * headless toolkit the tests drive, F2 pressed a second time reached no window at all).
   */
  private java.util.Optional<String> ask(String title, String header, String id, String apply) {
    javafx.scene.control.TextInputDialog ask = new javafx.scene.control.TextInputDialog();
    if (layers.getScene() != null) {
      ask.initOwner(layers.getScene().getWindow());
    }
    ask.setTitle(title);
    ask.setHeaderText(header);
    ask.getEditor().setId(id);
    // The dialog's own keys speak the computer's language (OK, Cancel in English on a Russian
    // till); these speak the screen's.
    ask.getDialogPane()
        .getButtonTypes()
        .setAll(
            new javafx.scene.control.ButtonType(
                apply, javafx.scene.control.ButtonBar.ButtonData.OK_DONE),
            new javafx.scene.control.ButtonType(
                s.t("pay.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
    return ask.showAndWait();
  }

  private void priceTyped(int i, Cart.Line line, String text) {
    if (text.isEmpty()) {
      cart.setPrice(i, null);
      message.setText("");
      render();
      return;
    }
    var typed = s.amount(text);
    if (typed.isEmpty()) {
      problem(s.t("error.amount", text));
    } else if (typed.get().minor() <= 0) {
      problem(
          s.texts.refusal(
              org.ovop.till.core.Refusal.of(
                  org.ovop.till.core.Refusal.Reason.BAD_PRICE, typed.get())));
    } else {
      cart.setPrice(i, typed.get().minor());
      render();
      showLine(i);
      news(
          cart.lines().get(i).priceSet()
              ? s.t("counter.price.set", line.product().name(), s.money(typed.get().minor()))
              : "");
    }
  }

  /** Puts the sale aside (the customer went to fetch something) and starts an empty one. */
  private void park() {
    if (!cart.isEmpty()) {
      s.parked.add(cart.lines());
      cart.clear();
      render();
      news(s.t("counter.parked", s.parked.size()));
    }
  }

  /** Brings back the oldest parked sale, adding it to what is on the counter. */
  private void resume() {
    if (s.parked.isEmpty()) {
      return;
    }
    List<Cart.Line> back = s.parked.remove(0);
    // A sale on the counter is parked in its place, not mixed with the one coming back: they are
    // two customers' baskets, and one receipt for both would charge one customer for the other.
    boolean swapped = !cart.isEmpty();
    if (swapped) {
      s.parked.add(cart.lines());
      cart.clear();
    }
    back.forEach(cart::restore);
    render();
    if (swapped) {
      news(s.t("counter.swapped", s.parked.size()));
    } else {
      message.setText("");
    }
  }

  /** A sentence under the scan field that something was refused or is wrong, in red. */
  private void problem(String sentence) {
    Forms.say(message, true, sentence);
  }

  /** A sentence under the scan field that something was done (a shift opened, a sale parked). */
  private void news(String sentence) {
    Forms.say(message, false, sentence);
  }

  private void added(Product p) {
    cart.add(p);
    message.setText("");
    if (!p.isCertifiedOn(java.time.LocalDate.now(s.services.clock().withZone(s.store.zone())))) {
      // A product with no certificate at all was said to have one that had expired.
      problem(
          s.t(
              p.certification().isEmpty() ? "counter.uncertified.none" : "counter.uncertified",
              p.name()));
    }
    render();
    showLine(indexOf(p));
  }

  /**
   * Selects a line of the cart (the keys + − Del act on it) and scrolls just enough to bring it
   * into sight: the line just scanned was selected below the cart's edge once the sale had more
   * lines than the cart shows, and a quantity changed sent the cart back to its first line.
   */
  private void showLine(int i) {
    table.getSelectionModel().select(i);
    // Laid out first, so that the cart counts the line just added before it scrolls to it.
    table.layout();
    if (table.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow) {
      flow.scrollTo(i);
    }
  }

  private int indexOf(Product p) {
    List<Cart.Line> lines = cart.lines();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).product().id().equals(p.id())) {
        return i;
      }
    }
    return -1;
  }

  private void changeQuantity(int by) {
    int i = selected();
    if (i >= 0) {
      cart.setQuantity(i, cart.lines().get(i).quantity() + by);
      render();
      showLine(Math.min(i, cart.lines().size() - 1));
    }
  }

  private void voidLine() {
    int i = selected();
    if (i >= 0) {
      cart.remove(i);
      render();
    }
  }

  private int selected() {
    int i = table.getSelectionModel().getSelectedIndex();
    return i < 0 && !cart.isEmpty() ? cart.lines().size() - 1 : i;
  }

  private void render() {
    List<Cart.Line> lines = cart.lines();
    table.setItems(FXCollections.observableArrayList(lines));
    // Prices and amounts whole: a sale in sum reads "1 029 247,50 UZS", which the widths made for
    // som cut to "1 029 247,50…". The policy is then set again, which has the table share its
    // width anew: a constrained table does not narrow its other columns when one grows, it pushes
    // the last past its edge (seen on the desktop; resizeColumn did not help there).
    wholeFor(price, lines);
    wholeFor(amount, lines);
    table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    total.setText(s.money(cart.total()));
    fitTotal();
    long rounded = s.store.cashRounding().round(cart.total());
    cashDue.setText(rounded == cart.total() ? "" : s.t("counter.cashdue", s.money(rounded)));
    scan.requestFocus();
  }

  /** Sets the total smaller when it is wider than its column: the one figure always whole. */
  private void fitTotal() {
    if (!(total.getParent() instanceof Region column)) {
      return;
    }
    double room = column.getWidth() - column.getInsets().getLeft() - column.getInsets().getRight();
    if (room <= 0) {
      room = column.getPrefWidth() - column.getInsets().getLeft() - column.getInsets().getRight();
    }
    double wide =
        Forms.width(
            total.getText(),
            javafx.scene.text.Font.font(
                javafx.scene.text.Font.getDefault().getFamily(),
                javafx.scene.text.FontWeight.BOLD,
                TOTAL_SIZE));
    double size = wide <= room - 4 ? TOTAL_SIZE : Math.floor(TOTAL_SIZE * (room - 4) / wide);
    total.setStyle(size >= TOTAL_SIZE ? "" : "-fx-font-size: " + size + "px;");
  }

  private void refreshShift() {
    s.background.run(
        () -> s.services.database().read(b -> b.shifts().openShift(s.services.till())),
        open -> {
          shift = open.orElse(null);
          shiftBanner.getChildren().clear();
          // Emptied but still styled, the banner stayed as a yellow strip under an open shift.
          shiftBanner.getStyleClass().remove("banner");
          if (shift == null) {
            Label l = new Label(s.t("counter.noshift"));
            TextField amount = new TextField();
            amount.setId("float");
            Forms.prompt(amount, s.t("shift.float"));
            Button openShift = button("open-shift", s.t("shift.open"), () -> {});
            openShift.setOnAction(e -> openShift(amount, openShift));
            // The float is typed, then Enter, as every other amount at the counter.
            amount.setOnAction(e -> openShift(amount, openShift));
            shiftBanner.getChildren().addAll(l, new HBox(8, amount, openShift));
            shiftBanner.getStyleClass().add("banner");
          }
        },
        this::problem);
  }

  private void openShift(TextField amount, Button key) {
    if (key.isDisabled()) {
      return; // the shift is being opened: a second Enter must not ask again
    }
    String amountText = amount.getText();
    var minor = s.amount(amountText);
    if (minor.isEmpty() || minor.get().minor() < 0) {
      // An empty field is asked for, not quoted back as "'' is not an amount".
      problem(amountText.isBlank() ? s.t("shift.float.empty") : s.t("error.amount", amountText));
      amount.requestFocus();
      amount.selectAll();
      return;
    }
    key.setDisable(true);
    s.background.run(
        () -> s.services.shifts().open(s.cashier, minor.get().minor()),
        outcome -> {
          if (outcome.isDone()) {
            refreshShift();
            news(s.t("shift.opened", s.money(minor.get().minor())));
          } else {
            key.setDisable(false);
            problem(s.texts.refusal(outcome.refusal()));
          }
        },
        why -> {
          key.setDisable(false);
          problem(why);
        });
  }

  /** The pay panel over the basket: one tender, or parts in several (see {@link PayPanel}). */
  private void pay(TenderMethod method) {
    if (payPanel != null) {
      payPanel.payWith(method);
      return;
    }
    if (cart.isEmpty()) {
      problem(s.t("counter.nothingtopay"));
      return;
    }
    payPanel =
        new PayPanel(
            s,
            cart,
            method,
            sale -> {
              lastSale = sale;
              cart.clear();
              // What was said about this basket (an unknown code, an uncertified item) went with
              // it; the next customer starts on a clean line.
              message.setText("");
              render();
              paper.setAccessibleText(ReceiptText.of(s, sale));
              printReceipt(sale);
            },
            () -> {
              layers.getChildren().remove(payPanel.node());
              payPanel = null;
              scan.requestFocus();
            });
    layers.getChildren().add(payPanel.node());
    payPanel.focus();
  }

  private void reprint() {
    if (lastSale != null) {
      paper.setAccessibleText(ReceiptText.of(s, lastSale));
      printReceipt(lastSale);
    }
  }

  /** The sale is already committed: the receipt only joins the print queue, which never blocks. */
  private void printReceipt(Sale sale) {
    s.background.run(
        () -> org.ovop.till.app.printing.Printing.receipt(s.services, sale, s.profile),
        bytes -> s.printQueue.enqueue(sale.number(), bytes),
        this::problem);
  }

  static Button button(String id, String text, Runnable action) {
    Button b = new Button(text);
    b.setId(id);
    b.setFocusTraversable(false);
    b.setOnAction(e -> action.run());
    return b;
  }

  static <T> TableColumn<T, String> column(
      String title, java.util.function.Function<T, String> value) {
    TableColumn<T, String> c = new TableColumn<>(title);
    c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
    c.setSortable(false);
    // Never narrower than its title: squeezed by the table's width, a header read "Арти…" in
    // Russian or "Grou…" in French, and the widths chosen for one language do not fit another.
    c.setMinWidth(titleWidth(title));
    c.widthProperty().addListener(o -> layHeadersOutAgain(c.getTableView()));
    return c;
  }

  /**
   * A column of figures (quantities, prices, amounts): right-aligned (till.css), so that units
   * stand under units and a long amount reads as long.
   */
  static <T> TableColumn<T, String> figures(
      String title, java.util.function.Function<T, String> value) {
    TableColumn<T, String> c = column(title, value);
    c.getStyleClass().add("figures");
    return c;
  }

  /**
   * Rows of a fixed height (till.css) let a table see at once that it needs a vertical scroll bar,
   * and it narrows its columns for it while it is being laid out. A header that asks then to be
   * laid out again is not, since its parent's layout has already run: the headers after it stood
   * 20px right of their cells. So the headers are asked again once that pulse is over.
   */
  private static void layHeadersOutAgain(TableView<?> table) {
    // Once per table and pulse, however many of its columns changed width in it.
    if (table == null || table.getProperties().put(HEADERS_DUE, Boolean.TRUE) != null) {
      return;
    }
    javafx.application.Platform.runLater(
        () -> {
          table.getProperties().remove(HEADERS_DUE);
          for (javafx.scene.Node n : table.lookupAll(".nested-column-header")) {
            if (n instanceof javafx.scene.Parent headers) {
              headers.requestLayout();
            }
          }
        });
  }

  /** Marks a table whose headers are already due to be laid out again. */
  private static final String HEADERS_DUE = "ovop.headers-due";

  /** The header's font: the theme's bold, at the 15px till.css gives tables. */
  private static final javafx.scene.text.Font HEADER_FONT =
      javafx.scene.text.Font.font(
          javafx.scene.text.Font.getDefault().getFamily(), javafx.scene.text.FontWeight.BOLD, 15);

  /** The theme's half-em padding each side of a header's label, its border and the sort grid. */
  private static final double HEADER_PADDING = 7.5 * 2 + 1 + 4 + 6;

  /**
   * Keeps a column wide enough for every one of these texts as well as its title, so that a table
   * short of room narrows its other columns (a name, which shows its whole self in a tooltip)
   * rather than cutting a barcode or a price.
   */
  static <T> void wholeFor(TableColumn<T, String> c, java.util.List<T> rows) {
    // Drawn widths are measured for the longest texts only, found in one pass: a catalogue may
    // hold many thousand products, and this runs on the FX thread.
    java.util.PriorityQueue<String> longest =
        new java.util.PriorityQueue<>(java.util.Comparator.comparingInt(String::length));
    for (T row : rows) {
      String t = c.getCellData(row);
      if (t != null) {
        longest.add(t);
        if (longest.size() > MEASURED) {
          longest.poll();
        }
      }
    }
    wideEnoughFor(c, longest);
  }

  /**
   * Keeps a column wide enough for each of these texts as well as its title. Called before the
   * table is shown where the texts are known ahead (the states of a paper, the shape of a time): a
   * constrained table does not narrow its other columns when one grows later, it pushes them past
   * its edge.
   */
  static void wideEnoughFor(TableColumn<?, String> c, java.util.Collection<String> texts) {
    double widest = 0;
    for (String t : texts) {
      widest = Math.max(widest, Forms.width(t, CELL_FONT));
    }
    c.setMinWidth(Math.max(titleWidth(c.getText()), Math.ceil(widest + CELL_PADDING)));
  }

  /** How many of a column's longest texts are measured (see {@link #wholeFor}). */
  private static final int MEASURED = 20;

  /**
   * A column of long words (a product's name) that gives up its width first: a cell too narrow for
   * its words shows them whole in a tooltip.
   */
  static <T> TableColumn<T, String> yielding(
      String title, java.util.function.Function<T, String> value) {
    TableColumn<T, String> c = column(title, value);
    c.setCellFactory(
        col ->
            new javafx.scene.control.TableCell<>() {
              @Override
              protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null ? null : new javafx.scene.control.Tooltip(text));
              }
            });
    return c;
  }

  /** A cell's font: the theme's regular, at the 15px till.css gives tables. */
  private static final javafx.scene.text.Font CELL_FONT =
      javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(), 15);

  /** The theme's half-em padding each side of a cell's text, and its border. */
  private static final double CELL_PADDING = 7.5 * 2 + 1 + 2;

  private static double titleWidth(String title) {
    return Math.ceil(Forms.width(title, HEADER_FONT) + HEADER_PADDING);
  }

  static boolean isEnter(KeyEvent e) {
    return e.getCode() == KeyCode.ENTER;
  }
}
