package org.ovop.till.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ovop.till.app.TillServices;
import org.ovop.till.app.cli.CliHarness;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window, driven headless as a cashier would: PIN pad, scanner, pay panel, refund, shift
 * close, and the screens in Russian and French.
 */
class CounterScreenTest extends TillScreenTest {
  @TempDir Path dir;
  Path db;
  TillServices services;

  @BeforeEach
  void demoShopWithAnOpenShift() throws Exception {
    db = dir.resolve("till.db");
    CliHarness cli = new CliHarness(db);
    assertThat(cli.exit("demo")).isZero();
    assertThat(cli.exit("shift", "open", "--by", "1470", "--float", "2000")).isZero();
    services = openTill(db);
  }

  @Test
  void signInScanTwoPayCashAndSeeTheChange() {
    signIn("1470");
    scan("SBT-001");
    scan("HONEY-01");
    // 450.00 + 650.00 = 1100.00 KGS; in Russian the grouping is a space.
    waitFor(() -> text("#total").replace('\u00a0', ' ').contains("1 100,00"));
    // Quantities, prices and amounts stand right-aligned under their headers.
    assertThat(figuresNotRightAligned((javafx.scene.control.TableView<?>) node("#cart"))).isEmpty();
    Node scanField = node("#scan");
    robot.interact(scanField::requestFocus);
    robot.type(KeyCode.F9);
    waitFor(() -> robot.lookup("#tendered").tryQuery().isPresent());
    // Typed as the screen writes amounts in Russian: a space between thousands, a decimal comma.
    robot.clickOn(node("#tendered")).write("2 000,00").type(KeyCode.ENTER);
    waitFor(() -> !text("#change").isEmpty());
    assertThat(text("#change").replace('\u00a0', ' ')).contains("900,00");
    // The receipt's text, as a screen reader gets it from the paper.
    assertThat(node("#paper").getAccessibleText())
        .contains("T1-000001")
        .contains("Облепиховое масло 50 мл");
    // The receipt went through the print queue to the on-screen printer: the paper is drawn.
    var session = window().session();
    // The paper is drawn during the write; the job is marked printed just after it.
    waitFor(
        () ->
            session.paper.get() != null
                && session.printQueue.jobs().stream()
                    .allMatch(
                        j -> j.state() == org.ovop.till.printing.queue.PrintQueue.State.PRINTED));
    var paper = session.paper.get();
    assertThat(session.printQueue.jobs())
        .extracting(j -> j.name() + " " + j.state())
        .containsExactly("T1-000001 PRINTED");
    assertThat(paper.getWidth()).isEqualTo(576 + 32);
    assertThat(paper.getHeight()).isGreaterThan(600);
    CliHarness cli = new CliHarness(db);
    assertThat(cli.exit("--json", "stock", "--group", "IK-02")).isZero();
    assertThat(cli.lastOut())
        .contains(
            "\"sku\":\"HONEY-01\",\"name\":\"Мёд эспарцетовый 500 г\",\"group\":\"IK-02\",\"on_hand\":29");
  }

  /** The quick keys are the shop's everyday goods: what sold most this month comes first. */
  @Test
  void theQuickKeysStartWithWhatSoldMostLately() {
    CliHarness cli = new CliHarness(db);
    assertThat(cli.exit("sell", "--by", "1470", "--item", "HONEY-04:4", "--pay", "cash:100000"))
        .as(cli.lastErr())
        .isZero();
    assertThat(cli.exit("sell", "--by", "1470", "--item", "FELT-005:2", "--pay", "cash:100000"))
        .as(cli.lastErr())
        .isZero();
    signIn("1470");
    waitFor(() -> robot.lookup("#quick-keys .button").tryQuery().isPresent());
    var keys =
        onFx(
            () ->
                ((javafx.scene.layout.Pane) node("#quick-keys"))
                    .getChildren().stream().map(Node::getId).toList());
    assertThat(keys).hasSize(10).startsWith("quick-HONEY-04", "quick-FELT-005");
  }

  @Test
  void aWrongPinIsOneSentenceAndTheRightOneOpensTheCounterForItsCashier() {
    // The counter is built while the PIN is checked; a refusal must throw it away unseen.
    waitFor(() -> robot.lookup("#pin").tryQuery().isPresent());
    for (char c : "1111".toCharArray()) {
      click("#pad-" + c);
    }
    click("#pad-OK");
    waitFor(() -> !text("#error").isEmpty());
    assertThat(text("#error")).isEqualTo("Неверный PIN-код.");
    assertThat(robot.lookup("#scan").match((Node n) -> n.getScene() != null).tryQuery()).isEmpty();
    assertThat(text("#pin")).isEmpty();
    signIn("1470");
    // One counter, the one uncovered, holds the keyboard; the sign-in is gone.
    assertThat(robot.lookup("#scan").match((Node n) -> n.getScene() != null).<Node>queryAll())
        .singleElement()
        .matches(TillScreenTest::uncovered, "uncovered")
        .matches(Node::isFocused, "focused");
    assertThat(text("#cashier")).contains("Бакыт Садыкова").contains("T1");
    // A cashier does not reach the back office.
    assertThat(node("#office-button").isDisabled()).isTrue();
  }

  @Test
  void theLineJustScannedIsInSightAndTheCartShowsFiveLines() {
    signIn("1470");
    var cart = (javafx.scene.control.TableView<?>) node("#cart");
    // Five lines and the header fit, whatever the quick keys under the cart need.
    assertThat(onFx(() -> cart.getHeight())).isGreaterThanOrEqualTo(6 * cart.getFixedCellSize());
    List<String> codes =
        List.of("DRY-001", "DRY-002", "DRY-003", "DRY-004", "FELT-001", "FELT-002", "HONEY-01");
    for (String code : codes) {
      scan(code);
      int line = codes.indexOf(code);
      waitFor(() -> cart.getItems().size() == line + 1);
      assertThat(lineInSight(cart, line)).as("line " + line + " after its scan").isTrue();
    }
    // + on the last line: its quantity changes and it stays in sight.
    robot.type(KeyCode.F3);
    waitFor(() -> text("#total").replace('\u00a0', ' ').contains("4 860,00"), () -> text("#total"));
    assertThat(cart.getSelectionModel().getSelectedIndex()).isEqualTo(6);
    assertThat(lineInSight(cart, 6)).as("the last line after +").isTrue();
  }

  /** The cart's row for a line is drawn whole inside the cart, under its header. */
  private static boolean lineInSight(javafx.scene.control.TableView<?> cart, int line) {
    return onFx(
        () -> {
          var flow = (javafx.scene.control.skin.VirtualFlow<?>) cart.lookup(".virtual-flow");
          var area = flow.localToScene(flow.getLayoutBounds());
          return cart.lookupAll(".table-row-cell").stream()
              .filter(
                  n -> n.isVisible() && ((javafx.scene.control.TableRow<?>) n).getIndex() == line)
              .map(n -> n.localToScene(n.getLayoutBounds()))
              .anyMatch(
                  b -> b.getMinY() >= area.getMinY() - 0.5 && b.getMaxY() <= area.getMaxY() + 0.5);
        });
  }

  /**
   * The tests' screen is a counter touch screen of 1024 × 768: the window takes it whole, and every
   * key of the counter is on it. A window of the size the screens are laid out for hung over both
   * edges, centred, Exit beyond the right one.
   */
  @Test
  void theWholeCounterIsOnASmallCounterTouchScreen() {
    signIn("1470");
    javafx.geometry.Rectangle2D screen =
        onFx(() -> javafx.stage.Screen.getPrimary().getVisualBounds());
    assertThat(screen.getWidth()).as("the tests' screen").isEqualTo(1024);
    for (String id :
        List.of("#signout-button", "#scan", "#resume", "#pay-cash", "#pay-mobile", "#reprint")) {
      javafx.geometry.Bounds key = onFx(() -> node(id).localToScreen(node(id).getLayoutBounds()));
      assertThat(
              screen.contains(
                  new javafx.geometry.Rectangle2D(
                      key.getMinX(), key.getMinY(), key.getWidth(), key.getHeight())))
          .as(id + " at " + key)
          .isTrue();
    }
  }

  @Test
  void anUnknownBarcodeIsOneSentenceAndTheCartStaysAsItWas() {
    signIn("1470");
    scan("SBT-001");
    scan("4000000000006");
    waitFor(() -> text("#message").contains("4000000000006"));
    assertThat(text("#total").replace('\u00a0', ' ')).contains("450,00");
    // The sentence was about this customer's basket: once it is paid, the next customer does not
    // meet it in red under the scan field.
    robot.interact(node("#scan")::requestFocus);
    robot.type(KeyCode.F9);
    waitFor(() -> robot.lookup("#tendered").tryQuery().isPresent());
    robot.clickOn(node("#tendered")).write("500").type(KeyCode.ENTER);
    waitFor(() -> !text("#change").isEmpty());
    assertThat(text("#message")).isEmpty();
  }

  @Test
  void aRefundNeedsANamedManagersPin() {
    soldThenAtTheRefundScreen("SBT-001:2", "cash:900");
    // The way the money goes back reads in the shop's language, not as the command line's "cash".
    // What the closed box draws is its button cell, a child of its own (the popup's cells are not).
    var method = (javafx.scene.Parent) node("#refund-method");
    assertThat(shown(method)).containsExactly("Наличные");
    findReceipt("T1-000001");
    robot.doubleClickOn(node("#refund-qty-1")).write("1");
    managerApproves("1470", "Протекает");
    click("#do-refund");
    waitFor(() -> !text("#refund-result").isEmpty());
    assertThat(text("#refund-result")).contains("менеджер");
    assertThat(styles("#refund-result")).contains("error-line").doesNotContain("ok-line");
    // Every try asks for the PIN and reason again, the refused one too.
    managerApproves("2580", "Протекает");
    click("#do-refund");
    waitFor(() -> text("#refund-result").contains("T1-000002"));
    assertThat(text("#refund-result").replace('\u00a0', ' ')).contains("450,00");
    assertThat(styles("#refund-result")).contains("ok-line").doesNotContain("error-line");
    // The receipt is shown again: what went back is said, and the quantity is empty once more.
    waitFor(() -> text("#refund-before-1").equals("уже возвращено: 1"));
    assertThat(text("#refund-qty-1")).isEqualTo("0");
    // One of the two is left to refund: asking for two more is refused, in red again.
    robot.doubleClickOn(node("#refund-qty-1")).write("2");
    managerApproves("2580", "Протекает");
    click("#do-refund");
    waitFor(() -> !text("#refund-result").contains("T1-000002"), () -> text("#refund-result"));
    assertThat(styles("#refund-result")).contains("error-line").doesNotContain("ok-line");
    assertThat(text("#refund-result")).startsWith("По чеку T1-000001 можно вернуть только 1");
    // The last one goes back; then the line takes no quantity.
    robot.doubleClickOn(node("#refund-qty-1")).write("1");
    managerApproves("2580", "Протекает");
    click("#do-refund");
    waitFor(
        () -> text("#refund-before-1").equals("уже возвращено: 2"), () -> text("#refund-result"));
    assertThat(text("#refund-result")).contains("T1-000003");
    assertThat(node("#refund-qty-1").isDisabled()).isTrue();
  }

  /**
   * The receipt found is said (when, how much, paid how), its money goes back the way it came by
   * default, and what goes back is shown as the quantities are typed, before any PIN is asked.
   */
  @Test
  void aRefundShowsTheSaleAndWhatGoesBackTheWayItWasPaid() {
    soldThenAtTheRefundScreen("SBT-001:3", "card:1350");
    findReceipt("T1-000001");
    String today =
        java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(OfficeFixture.today());
    assertThat(text("#refund-sale").replace('\u00a0', ' '))
        .startsWith("Продажа " + today)
        .endsWith(" · 1 350,00 KGS · Карта");
    var method = (javafx.scene.Parent) node("#refund-method");
    waitFor(() -> shown(method).contains("Карта"), () -> shown(method).toString());
    // The line takes the keyboard with its 0 chosen: typing replaces it.
    var qty = (TextField) node("#refund-qty-1");
    waitFor(qty::isFocused);
    assertThat(qty.getSelectedText()).isEqualTo("0");
    assertThat(text("#refund-due")).isEmpty();
    robot.write("2");
    waitFor(() -> !text("#refund-due").isEmpty());
    assertThat(text("#refund-due").replace('\u00a0', ' '))
        .isEqualTo("Вернуть покупателю: 900,00 KGS");
    // More than was sold, or not a number: nothing is promised.
    for (String wrong : new String[] {"4", "2x", "-1"}) {
      robot.interact(() -> qty.setText(wrong));
      assertThat(text("#refund-due")).as(wrong).isEmpty();
    }
    robot.interact(() -> qty.setText("3"));
    assertThat(text("#refund-due").replace('\u00a0', ' '))
        .isEqualTo("Вернуть покупателю: 1 350,00 KGS");
    robot.clickOn(node("#manager-pin")).write("2580");
    robot.clickOn(node("#refund-reason")).write("Не тот размер");
    click("#do-refund");
    waitFor(() -> text("#refund-result").contains("T1-000002"), () -> text("#refund-result"));
    assertThat(tendersOf("T1-000002")).containsExactly("card 135000");
    assertThat(text("#refund-due")).isEmpty();
  }

  /**
   * A sale paid partly by card goes back as it was paid by default: the card's part to the card
   * first, only the rest from the drawer, each part said before and after, so the cashier hands
   * over the cash and not the whole refund.
   */
  @Test
  void aSalePaidByCardAndCashGoesBackToTheCardFirstAndTheRestInCash() {
    CliHarness cli = new CliHarness(db);
    assertThat(
            cli.exit(
                "sell",
                "--by",
                "1470",
                "--item",
                "SBT-001:3",
                "--pay",
                "card:500",
                "--pay",
                "cash:900"))
        .as(cli.lastErr())
        .isZero();
    signIn("1470");
    openRefund();
    findReceipt("T1-000001");
    var method = (javafx.scene.Parent) node("#refund-method");
    waitFor(() -> shown(method).contains("Как оплачено"), () -> shown(method).toString());
    var qty = (TextField) node("#refund-qty-1");
    waitFor(qty::isFocused);
    robot.write("1");
    waitFor(() -> !text("#refund-due").isEmpty());
    // All of one bottle fits in what the card paid: it goes to the card, none from the drawer.
    assertThat(text("#refund-due").replace('\u00a0', ' '))
        .isEqualTo("Вернуть покупателю: 450,00 KGS (Карта)");
    robot.interact(() -> qty.setText("3"));
    assertThat(text("#refund-due").replace('\u00a0', ' '))
        .isEqualTo("Вернуть покупателю: 1 350,00 KGS (Карта 500,00 KGS, Наличные 850,00 KGS)");
    robot.interact(() -> qty.setText("2"));
    managerApproves("2580", "Не тот размер");
    click("#do-refund");
    waitFor(() -> text("#refund-result").contains("T1-000002"), () -> text("#refund-result"));
    assertThat(text("#refund-result").replace('\u00a0', ' '))
        .isEqualTo(
            "Возврат T1-000002: вернуть 900,00 KGS (Карта 500,00 KGS, Наличные 400,00 KGS).");
    assertThat(tendersOf("T1-000002")).containsExactly("card 50000", "cash 40000");
    // The last one: the card has had its 500,00 back, so all of it comes from the drawer.
    waitFor(() -> text("#refund-before-1").equals("уже возвращено: 2"));
    robot.interact(() -> ((TextField) node("#refund-qty-1")).setText("1"));
    assertThat(text("#refund-due").replace('\u00a0', ' '))
        .isEqualTo("Вернуть покупателю: 450,00 KGS");
    // Chosen by hand, one way still takes it all (here the card, as the customer asks).
    robot.interact(() -> ((javafx.scene.control.ComboBox<?>) method).getSelectionModel().select(2));
    waitFor(() -> shown(method).contains("Карта"), () -> shown(method).toString());
    managerApproves("2580", "Не тот размер");
    click("#do-refund");
    waitFor(() -> text("#refund-result").contains("T1-000003"), () -> text("#refund-result"));
    assertThat(tendersOf("T1-000003")).containsExactly("card 45000");
  }

  /**
   * How a receipt was paid, or a refund given back, as stored: "card 50000", method and minor
   * units.
   */
  private List<String> tendersOf(String receipt) {
    return window()
        .session()
        .services
        .database()
        .read(b -> b.sales().byNumber(receipt))
        .get()
        .tenders()
        .stream()
        .map(t -> t.method().code() + " " + t.amount())
        .toList();
  }

  /**
   * A manager's PIN approves the one refund it was typed for: left in its field, it let the cashier
   * refund again and again in the manager's name, each audited as approved by her.
   */
  @Test
  void aRefundNeedsTheManagersPinTypedAgainEveryTime() {
    CliHarness cli = new CliHarness(db);
    assertThat(cli.exit("sell", "--by", "1470", "--item", "SBT-001:2", "--pay", "cash:900"))
        .isZero();
    assertThat(cli.exit("sell", "--by", "1470", "--item", "SBT-001", "--pay", "cash:450")).isZero();
    signIn("1470");
    openRefund();
    findReceipt("T1-000001");
    robot.doubleClickOn(node("#refund-qty-1")).write("1");
    managerApproves("2580", "Протекает");
    robot.interact(() -> ((TextField) node("#refund-reference")).setText("MP-REF-1"));
    click("#do-refund");
    waitFor(() -> text("#refund-result").contains("T1-000003"), () -> text("#refund-result"));
    assertThat(text("#manager-pin")).isEmpty();
    assertThat(text("#refund-reason")).isEmpty();
    assertThat(text("#refund-reference")).as("a transfer's reference is one refund's").isEmpty();
    // The cashier alone asks for the other unit: refused, nothing refunded.
    waitFor(() -> text("#refund-before-1").equals("уже возвращено: 1"));
    robot.doubleClickOn(node("#refund-qty-1")).write("1");
    click("#do-refund");
    waitFor(() -> styles("#refund-result").contains("error-line"), () -> text("#refund-result"));
    assertThat(text("#refund-result")).isEqualTo("Нужны PIN-код менеджера и причина.");
    // A wrong PIN is not kept either: the next try starts from an empty field.
    managerApproves("1470", "Протекает");
    click("#do-refund");
    waitFor(
        () -> !text("#refund-result").equals("Нужны PIN-код менеджера и причина."),
        () -> text("#refund-result"));
    assertThat(text("#manager-pin")).isEmpty();
    assertThat(text("#refund-reason")).isEmpty();
    // Nor does a PIN typed for one receipt follow the cashier to another.
    managerApproves("2580", "Протекает");
    robot.interact(() -> ((TextField) node("#refund-receipt")).clear());
    findReceipt("T1-000002");
    waitFor(() -> text("#refund-sale").contains("450,00"), () -> text("#refund-sale"));
    assertThat(text("#manager-pin")).isEmpty();
    assertThat(text("#refund-reason")).isEmpty();
    robot.doubleClickOn(node("#refund-qty-1")).write("1");
    click("#do-refund");
    waitFor(() -> text("#refund-result").equals("Нужны PIN-код менеджера и причина."));
    var refunds =
        services.database().read(b -> b.audit().all()).stream()
            .filter(a -> a.action().equals("REFUND"))
            .map(a -> a.subject())
            .toList();
    assertThat(refunds).containsExactly("T1-000003 of T1-000001");
  }

  /**
   * The customer takes a slip for the money given back, as for a sale: it joins the print queue
   * once the refund is in the ledger, under the refund's number.
   */
  @Test
  void aRefundPrintsItsSlipThroughThePrintQueue() {
    soldThenAtTheRefundScreen("SBT-001:2", "cash:900");
    findReceipt("T1-000001");
    robot.doubleClickOn(node("#refund-qty-1")).write("1");
    managerApproves("2580", "Протекает");
    click("#do-refund");
    waitFor(() -> text("#refund-result").contains("T1-000002"), () -> text("#refund-result"));
    var slip = printed("T1-000002");
    // The bytes are the refund's own receipt, as `till receipt --number` renders it.
    byte[] expected =
        org.ovop.till.app.printing.Printing.receipt(
                services, "T1-000002", window().session().profile)
            .orElseThrow();
    assertThat(slip.bytes()).isEqualTo(expected);
    assertThat(window().session().paper.get()).isNotNull();
  }

  /** Receipt numbers are upper case, but a cashier types them as they come, spaces and all. */
  @Test
  void aRefundFindsTheReceiptTypedInLowerCaseOrWithStraySpaces() {
    soldThenAtTheRefundScreen("SBT-001:2", "cash:900");
    findReceipt("t1-000001");
    assertThat(text("#refund-result")).isEmpty();
    assertThat(text("#refund-receipt")).isEqualTo("T1-000001");
    click("#back");
    openRefund();
    robot.interact(() -> ((TextField) node("#refund-receipt")).setText("  t1- 000001 "));
    click("#load-receipt");
    waitFor(
        () -> robot.lookup("#refund-qty-1").match(TillScreenTest::uncovered).tryQuery().isPresent(),
        () -> text("#refund-result"));
    assertThat(text("#refund-receipt")).isEqualTo("T1-000001");
    assertThat(text("#refund-sale").replace('\u00a0', ' ')).contains("900,00 KGS");
  }

  /**
   * A discounted line shows what the customer paid for it, not its list price: what goes back (the
   * part of the line's amount, DOMAIN.md) then reads as the part of what was paid.
   */
  @Test
  void aRefundShowsADiscountedLineAtWhatWasPaidForIt() {
    CliHarness cli = new CliHarness(db);
    // 650.00 less 7.5 % (48.75) is 601.25.
    assertThat(
            cli.exit(
                "sell",
                "--by",
                "1470",
                "--item",
                "HONEY-01:1:7.5",
                "--item",
                "SBT-001:2",
                "--pay",
                "card:1501.25"))
        .isZero();
    signIn("1470");
    openRefund();
    findReceipt("T1-000001");
    assertThat(text("#refund-line-1").replace('\u00a0', ' '))
        .isEqualTo("1 × 650,00 KGS, скидка 7,5 % (−48,75 KGS) = 601,25 KGS");
    assertThat(text("#refund-line-2").replace('\u00a0', ' '))
        .isEqualTo("2 × 450,00 KGS = 900,00 KGS");
    robot.write("1");
    waitFor(() -> !text("#refund-due").isEmpty());
    assertThat(text("#refund-due").replace('\u00a0', ' '))
        .isEqualTo("Вернуть покупателю: 601,25 KGS");
  }

  @Test
  void closingTheShiftCountsTheDrawerByNotesAndPrintsTheZReport() {
    CliHarness cli = new CliHarness(db);
    assertThat(cli.exit("sell", "--by", "1470", "--item", "SBT-001", "--pay", "cash:500")).isZero();
    signIn("1470");
    click("#shift-button");
    // Expected 2000.00 + 450.00 = 2450.00.
    waitFor(() -> text("#expected").replace('\u00a0', ' ').contains("2 450,00"));
    // The count starts at the largest note, with nothing counted yet: no difference is shown, and
    // closing now is refused.
    waitFor(() -> node("#count-500000").isFocused());
    assertThat(text("#counted")).isEmpty();
    assertThat(text("#over-short")).isEmpty();
    click("#close-shift");
    waitFor(() -> !text("#shift-error").isEmpty());
    assertThat(text("#shift-error")).startsWith("Сначала пересчитайте кассу");
    assertThat(styles("#shift-error")).contains("error-line");
    // A total with a letter O for a zero is one sentence, and closes nothing (it closed on 0).
    robot.clickOn(node("#count-total")).write("12 5OO");
    assertThat(text("#counted")).isEqualTo("«12 5OO» — это не сумма.");
    assertThat(styles("#counted")).contains("error-line");
    assertThat(text("#over-short")).isEmpty();
    click("#close-shift");
    waitFor(() -> text("#shift-error").contains("12 5OO"));
    assertThat(cli.exit("shift", "x")).isZero();
    // The total as the screen writes it, with a space and a decimal comma.
    robot.interact(
        () -> ((javafx.scene.control.TextField) node("#count-total")).setText("2 400,50"));
    assertThat(text("#counted").replace('\u00a0', ' ')).contains("2 400,50");
    assertThat(text("#over-short").replace('\u00a0', ' ')).endsWith(": -49,50 KGS");
    assertThat(styles("#over-short")).contains("drawer-short");
    robot.interact(() -> ((javafx.scene.control.TextField) node("#count-total")).setText("2500"));
    assertThat(text("#over-short").replace('\u00a0', ' ')).endsWith(": +50,00 KGS");
    assertThat(styles("#over-short")).contains("drawer-over").doesNotContain("drawer-short");
    robot.interact(() -> ((javafx.scene.control.TextField) node("#count-total")).setText(""));
    // By notes: 2 × 1000, 2 × 200, 1 × 50; a minus sign in a count is refused, not read as 0.
    robot.clickOn(node("#count-100000")).write("2");
    robot.clickOn(node("#count-20000")).write("-2");
    assertThat(text("#counted")).isEqualTo("«-2» — это не количество.");
    robot.interact(() -> ((javafx.scene.control.TextField) node("#count-20000")).setText("2"));
    robot.clickOn(node("#count-5000")).write("1");
    waitFor(() -> text("#counted").replace('\u00a0', ' ').contains("2 450,00"));
    assertThat(styles("#counted")).doesNotContain("error-line");
    assertThat(text("#over-short").replace('\u00a0', ' ')).contains("0,00");
    assertThat(styles("#over-short")).contains("drawer-even").doesNotContain("drawer-over");
    click("#close-shift");
    waitFor(() -> robot.lookup("#z-report").queryAs(TextArea.class).getText().startsWith("Z"));
    assertThat(text("#shift-error")).isEqualTo("Смена закрыта. Z-отчёт печатается.");
    assertThat(text("#z-report").replace('\u00a0', ' ')).contains("\n  Наличные: 450,00 KGS\n");
    assertThat(styles("#shift-error")).contains("ok-line");
    assertThat(node("#close-shift").isDisabled()).isTrue();
    assertThat(node("#count-100000").isDisabled()).isTrue();
    // The Z report went through the print queue to the on-screen printer.
    // Named so a manager can tell it on the printer tab, not by the shift's id.
    printed("Z-отчёт · Бакыт Садыкова");
    assertThat(cli.exit("--json", "shift", "x")).isEqualTo(1);
    assertThat(cli.lastErr()).contains("No shift is open");
  }

  @Test
  void cashTakenOutMidShiftNeedsAManagerEachTimeAndTheDrawerExpectsLessAtOnce() {
    signIn("1470");
    click("#shift-button");
    waitFor(() -> text("#expected").replace('\u00a0', ' ').contains("2 000,00"));
    var amount = (TextField) node("#drawer-amount");
    var reason = (TextField) node("#drawer-reason");
    var pin = (TextField) node("#drawer-manager-pin");
    // The cashier's own PIN is no manager's: one sentence, and the drawer as it was.
    robot.interact(
        () -> {
          amount.setText("1 500");
          reason.setText("Выручка в банк");
          pin.setText("1470");
        });
    click("#cash-out");
    waitFor(() -> !text("#drawer-result").isEmpty());
    assertThat(styles("#drawer-result")).contains("error-line");
    assertThat(text("#expected").replace('\u00a0', ' ')).contains("2 000,00");
    assertThat(text("#drawer-amount")).isEqualTo("1 500");
    // The PIN is asked again every time: it was cleared with the refusal.
    assertThat(text("#drawer-manager-pin")).isEmpty();
    robot.interact(() -> pin.setText("2580"));
    click("#cash-out");
    waitFor(() -> text("#drawer-result").startsWith("Изъято"));
    assertThat(text("#drawer-result").replace('\u00a0', ' '))
        .isEqualTo("Изъято 1 500,00 KGS · разрешение: Нурлан Абдыкеримов.");
    waitFor(() -> text("#expected").replace('\u00a0', ' ').contains("500,00"));
    assertThat(text("#z-report").replace('\u00a0', ' ')).contains("-1 500,00");
    assertThat(text("#drawer-amount")).isEmpty();
    // The drawer opened through the printer it hangs on: ESC p went through the print queue.
    assertThat(printed("Денежный ящик").bytes()).containsSequence(0x1B, 'p');
    // More than the drawer should hold is refused with what it holds.
    robot.interact(
        () -> {
          amount.setText("600");
          reason.setText("Ещё в банк");
          pin.setText("2580");
        });
    click("#cash-out");
    waitFor(() -> text("#drawer-result").startsWith("В кассе"));
    assertThat(text("#drawer-result").replace('\u00a0', ' '))
        .isEqualTo("В кассе должно быть только 500,00 KGS, поэтому изъять 600,00 KGS нельзя.");
    CliHarness cli = new CliHarness(db);
    assertThat(cli.exit("--json", "shift", "x")).isZero();
    assertThat(cli.lastOut()).contains("\"cash_in_out\":\"-1500.00\"");
    assertThat(cli.exit("verify")).isZero();
  }

  @Test
  void withNoShiftOpenTheCloseScreenSaysSoAndOffersNothingToCount() {
    CliHarness cli = new CliHarness(db);
    assertThat(cli.exit("shift", "close", "--by", "1470", "--counted", "2000")).isZero();
    signIn("1470");
    click("#shift-button");
    waitFor(() -> !text("#shift-error").isEmpty());
    assertThat(text("#shift-error")).contains("смена не открыта");
    assertThat(styles("#shift-error")).contains("error-line");
    for (String id : List.of("#count-100000", "#count-total", "#close-shift", "#print-x")) {
      assertThat(robot.lookup(id).match(TillScreenTest::uncovered).tryQuery()).as(id).isEmpty();
    }
    assertThat(uncovered(node("#back"))).isTrue();
    // Said at the top, with the way back right under it, not halfway down an empty page.
    Bounds said = node("#shift-error").localToScene(node("#shift-error").getBoundsInLocal());
    Bounds back = node("#back").localToScene(node("#back").getBoundsInLocal());
    assertThat(said.getMinY()).as("the sentence's top").isLessThan(120);
    assertThat(back.getMinY() - said.getMaxY())
        .as("from the sentence to the button")
        .isBetween(0.0, 30.0);
  }

  @Test
  void escLeavesTheCloseScreenButNotOverAHalfTypedCount() {
    signIn("1470");
    click("#shift-button");
    waitFor(() -> node("#count-500000").isFocused());
    robot.write("2");
    robot.type(KeyCode.ESCAPE);
    waitFor(() -> !text("#shift-error").isEmpty());
    assertThat(text("#shift-error"))
        .isEqualTo("Пересчёт не сохранён: нажмите «Назад», чтобы выйти, не закрывая смену.");
    assertThat(text("#count-500000")).isEqualTo("2");
    robot.interact(() -> ((TextField) node("#count-500000")).clear());
    robot.type(KeyCode.ESCAPE);
    waitFor(() -> robot.lookup("#scan").tryQuery().isPresent());
    assertThat(new CliHarness(db).exit("shift", "x")).isZero(); // still open
  }

  @Test
  void aManagerPrintsTheXReportMidShiftAndTheShiftStaysOpen() {
    signIn("2580");
    click("#shift-button");
    waitFor(() -> text("#expected").replace('\u00a0', ' ').contains("2 000,00"));
    click("#print-x");
    waitFor(() -> text("#shift-error").equals("X-отчёт печатается."));
    printed("X-");
    assertThat(new CliHarness(db).exit("shift", "x")).isZero();
  }

  @Test
  void russianAndFrenchScreensHaveNoUntranslatedWords() {
    signIn("2580");
    for (String lang : List.of("fr", "ru", "sw", "en")) {
      click("#language-" + lang);
      waitFor(() -> robot.lookup("#cashier").tryQuery().isPresent());
      WaitForAsyncUtils.waitForFxEvents();
      assertThat(untranslated(robot.lookup("#scan").query().getScene().getRoot()))
          .as(lang)
          .isEmpty();
      click("#shift-button");
      waitFor(() -> robot.lookup("#expected").tryQuery().isPresent());
      assertThat(untranslated(robot.lookup("#expected").query().getScene().getRoot()))
          .as(lang)
          .isEmpty();
      click("#back");
      waitFor(() -> robot.lookup("#language").tryQuery().isPresent());
    }
  }

  @Test
  void everyKeyOnTheCounterShowsItsWholeLabelInEveryLanguage() {
    signIn("2580");
    for (String lang : List.of("ru", "fr", "sw", "en")) {
      click("#language-" + lang);
      waitFor(() -> node("#language-" + lang).getStyleClass().contains("accent"));
      WaitForAsyncUtils.waitForFxEvents();
      // What a key draws is its LabeledText; a key squeezed below its width draws "+ (…".
      List<String> cut =
          robot.lookup(".button").queryAllAs(javafx.scene.control.Button.class).stream()
              .filter(b -> b.getScene() != null && b.isVisible())
              .filter(
                  b ->
                      b.lookup(".text") instanceof javafx.scene.text.Text drawn
                          && !drawn.getText().equals(b.getText()))
              .map(b -> b.getText())
              .toList();
      assertThat(cut).as(lang).isEmpty();
    }
  }

  /**
   * No words or keys are drawn cut short ("…") at the counter, in its pay panel with a part taken,
   * on a refund with its receipt found, or at the shift's close with a count typed, in any language
   * the screens speak.
   */
  @Test
  void noWordsAreCutAtTheCounterItsPayPanelARefundOrTheShiftsCloseInAnyLanguage() {
    CliHarness cli = new CliHarness(db);
    // A discounted line too: the refund says its discount, the longest line it shows.
    assertThat(
            cli.exit(
                "sell",
                "--by",
                "1470",
                "--item",
                "SBT-001:2",
                "--item",
                "HONEY-01:1:7.5",
                "--pay",
                "card:1501.25"))
        .isZero();
    signIn("2580");
    List<String> cut = new java.util.ArrayList<>();
    for (String lang : Texts.LANGUAGES) {
      click("#language-" + lang);
      waitFor(() -> node("#language-" + lang).getStyleClass().contains("accent"));
      scan("SBT-001");
      waitFor(() -> !((javafx.scene.control.TableView<?>) node("#cart")).getItems().isEmpty());
      cut.addAll(wordsCut(lang + " counter", node("#scan").getScene().getRoot()));
      // The pay panel with a part taken: its method keys, the part said, the rest asked.
      click("#pay-card");
      waitFor(() -> robot.lookup("#tendered").tryQuery().isPresent());
      robot.interact(() -> ((TextField) node("#tendered")).setText("100"));
      click("#confirm-pay");
      waitFor(() -> !text("#pay-taken").isEmpty());
      cut.addAll(wordsCut(lang + " pay", node("#pay-panel")));
      cut.addAll(keysCut(lang + " pay", node("#pay-panel")));
      robot.type(KeyCode.ESCAPE).type(KeyCode.ESCAPE);
      waitFor(() -> robot.lookup("#pay-panel").tryQuery().isEmpty());
      openRefund();
      findReceipt("T1-000001");
      robot.write("1");
      waitFor(() -> !text("#refund-due").isEmpty());
      cut.addAll(wordsCut(lang + " refund", node("#refund-due").getScene().getRoot()));
      robot.type(KeyCode.ESCAPE);
      waitFor(() -> robot.lookup("#shift-button").tryQuery().isPresent());
      click("#shift-button");
      waitFor(() -> robot.lookup("#count-total").tryQuery().isPresent());
      robot.interact(() -> ((TextField) node("#count-total")).setText("2000"));
      waitFor(() -> !text("#over-short").isEmpty());
      cut.addAll(wordsCut(lang + " shift", node("#over-short").getScene().getRoot()));
      cut.addAll(keysCut(lang + " shift", node("#over-short").getScene().getRoot()));
      click("#back");
      waitFor(() -> robot.lookup("#scan").tryQuery().isPresent());
    }
    assertThat(cut).isEmpty();
  }

  @Test
  void aManagerSettlesAndPaysAGroupFromTheBackOffice() throws Exception {
    CliHarness cli = new CliHarness(db);
    rugSoldThenSettledInTheOffice();
    click("#pay-settlement");
    waitFor(() -> text("#office-status").contains("ST-T1-000001"));
    // 6800.00 at 20 % commission → 5440.00 share, 2 % levy 108.80 → 5331.20 paid from the drawer.
    assertThat(cli.exit("--json", "settlement", "show", "--settlement", "ST-T1-000001")).isZero();
    assertThat(cli.lastOut()).contains("\"payout\":\"5331.20\"").contains("\"paid\":\"cash\"");
    assertThat(dir.resolve("statements/ST-T1-000001.pdf")).exists();
  }

  /**
   * A rug (IK-01) sold by card, then its group settled to the end of today on the settlements tab
   * by the manager, its settlement ST-T1-000001 chosen in the table.
   */
  private void rugSoldThenSettledInTheOffice() {
    CliHarness cli = new CliHarness(db);
    assertThat(cli.exit("sell", "--by", "1470", "--item", "FELT-003", "--pay", "card:6800"))
        .isZero();
    signIn("2580");
    openOfficeTab(1, "#settle-until");
    var until = robot.lookup("#settle-until").queryAs(javafx.scene.control.DatePicker.class);
    robot.interact(
        () ->
            until.setValue(
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Bishkek")).plusDays(1)));
    click("#settle");
    var table = robot.lookup("#settlement-table").queryAs(javafx.scene.control.TableView.class);
    waitFor(() -> !table.getItems().isEmpty(), () -> text("#office-status"));
    robot.interact(() -> table.getSelectionModel().select(0));
  }

  @Test
  void aSettlementMadeEarlierAndNotYetPaidIsThereToPayWhenTheTabOpens() throws Exception {
    CliHarness cli = new CliHarness(db);
    assertThat(cli.exit("sell", "--by", "1470", "--item", "FELT-003", "--pay", "card:6800"))
        .isZero();
    String tomorrow =
        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Bishkek")).plusDays(1).toString();
    // Settled yesterday, say, and the group's people come today.
    assertThat(cli.exit("settle", "--by", "2580", "--until", tomorrow)).isZero();
    signIn("2580");
    openOfficeTab(1, "#settle-until");
    var table = robot.lookup("#settlement-table").queryAs(javafx.scene.control.TableView.class);
    waitFor(() -> !table.getItems().isEmpty(), () -> text("#settle-waiting"));
    assertThat(table.getItems().get(0).toString()).contains("ST-T1-000001");
    assertThat(text("#settle-waiting")).startsWith("Рассчитано и ещё не выплачено: 1.");
    robot.interact(() -> table.getSelectionModel().select(0));
    click("#pay-settlement");
    waitFor(() -> text("#office-status").startsWith("Выплачено"), () -> text("#office-status"));
    assertThat(cli.exit("--json", "settlement", "show", "--settlement", "ST-T1-000001")).isZero();
    assertThat(cli.lastOut()).contains("\"paid\":\"cash\"");
    // Nothing is owed any more, and the sentence that said so goes.
    waitFor(() -> text("#settle-waiting").isEmpty(), () -> text("#settle-waiting"));
    // Paid twice: refused in a long sentence, which wraps in the header beside the title.
    String paid = text("#office-status");
    click("#pay-settlement");
    waitFor(() -> !text("#office-status").equals(paid), () -> text("#office-status"));
    assertThat(text("#office-status")).contains("уже выплачен");
    assertThat(wordsCut("office", node("#office-status").getScene().getRoot())).isEmpty();
  }

  @Test
  void aGroupIsPaidByMobileMoneyWithItsReferenceFromTheBackOffice() throws Exception {
    CliHarness cli = new CliHarness(db);
    rugSoldThenSettledInTheOffice();
    // Cash needs no reference: the field waits until another way is chosen.
    assertThat(node("#payout-reference").isDisabled()).isTrue();
    var method = robot.lookup("#payout-method").queryAs(javafx.scene.control.ComboBox.class);
    robot.interact(() -> method.getSelectionModel().select(1));
    waitFor(() -> shown(method).contains("мобильными деньгами"), () -> shown(method).toString());
    assertThat(node("#payout-reference").isDisabled()).isFalse();
    // Without the transfer's reference: refused in one sentence, nothing paid.
    click("#pay-settlement");
    waitFor(() -> !text("#office-status").isEmpty());
    assertThat(styles("#office-status")).contains("error-line");
    assertThat(cli.exit("--json", "settlement", "show", "--settlement", "ST-T1-000001")).isZero();
    assertThat(cli.lastOut()).contains("\"paid\":null");
    robot.clickOn(node("#payout-reference")).write("QX99");
    click("#pay-settlement");
    waitFor(() -> text("#office-status").startsWith("Выплачено"), () -> text("#office-status"));
    assertThat(text("#payout-reference")).isEmpty();
    assertThat(cli.exit("--json", "settlement", "show", "--settlement", "ST-T1-000001")).isZero();
    assertThat(cli.lastOut()).contains("\"paid\":\"mobile\"");
    try (var doc =
        org.apache.pdfbox.Loader.loadPDF(dir.resolve("statements/ST-T1-000001.pdf").toFile())) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("QX99");
    }
  }

  @Test
  void aStoreTakingTwoWalletsPaysAGroupByTheOneTheManagerChooses() throws Exception {
    CliHarness cli = takingTwoWallets();
    rugSoldThenSettledInTheOffice();
    javafx.scene.control.ComboBox<?> method =
        robot.lookup("#payout-method").queryAs(javafx.scene.control.ComboBox.class);
    // Each wallet is a way of its own, named inside the sentence the manager reads.
    assertThat(
            method.getItems().stream().map(w -> method.getConverter().toString(cast(w))).toList())
        .containsExactly(
            "наличными",
            "мобильными деньгами (O!Деньги)",
            "мобильными деньгами (MBank)",
            "банковским переводом");
    robot.interact(() -> method.getSelectionModel().select(2));
    waitFor(
        () -> shown(method).contains("мобильными деньгами (MBank)"),
        () -> shown(method).toString());
    assertThat(node("#payout-reference").isDisabled()).isFalse();
    robot.clickOn(node("#payout-reference")).write("MB-PAY-5");
    click("#pay-settlement");
    waitFor(() -> text("#office-status").startsWith("Выплачено"), () -> text("#office-status"));
    assertThat(cli.exit("--json", "settlement", "show", "--settlement", "ST-T1-000001")).isZero();
    assertThat(cli.lastOut())
        .contains("\"paid\":\"mobile\"")
        .contains("\"paid_service\":\"MBank\"");
    try (var doc =
        org.apache.pdfbox.Loader.loadPDF(dir.resolve("statements/ST-T1-000001.pdf").toFile())) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc))
          .contains("мобильным платежом (MBank), номер MB-PAY-5")
          .doesNotContain("O!Деньги");
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object o) {
    return (T) o;
  }

  @Test
  void aDeliveryIsCheckedLineByLineThenReceivedWithItsNotePrintedAndLabels() throws Exception {
    signIn("2580");
    openOfficeTab(3, "#intake-group");
    // A line before the group is chosen: one sentence.
    robot.clickOn(node("#intake-sku")).write("SBT-001").type(KeyCode.ENTER);
    assertThat(node("#intake-qty").isFocused()).isTrue(); // a scanned code and Enter: quantity next
    robot.write("4").type(KeyCode.ENTER);
    waitFor(() -> !text("#intake-result").isEmpty());
    assertThat(text("#intake-result"))
        .isEqualTo("Сначала выберите группу, которая привезла поставку.");
    assertThat(styles("#intake-result")).contains("error-line");
    javafx.scene.control.ComboBox<String> group = robot.lookup("#intake-group").query();
    waitFor(() -> !group.getItems().isEmpty());
    robot.interact(() -> group.getSelectionModel().select("IK-03"));
    javafx.scene.control.ComboBox<String> member = robot.lookup("#intake-member").query();
    waitFor(() -> member.getItems().contains("Светлана Ким"));
    javafx.scene.control.TableView<IntakeViewModel.Line> table =
        robot.lookup("#intake-table").query();
    // A code no product has, another group's product and a quantity of 0 are refused as they are
    // added, each in one sentence, and add nothing.
    for (String[] wrong :
        new String[][] {
          {"", "4", "Нужно указать: Штрихкод или артикул."},
          {"NOPE-1", "4", "Нет товара со штрихкодом или артикулом NOPE-1."},
          {"HONEY-01", "4", "Товар HONEY-01 принадлежит группе IK-02, а не IK-03."},
          {"SBT-001", "0", "Количество должно быть целым числом больше нуля, а не «0»."}
        }) {
      robot.interact(() -> ((TextField) node("#intake-sku")).setText(wrong[0]));
      robot.interact(() -> ((TextField) node("#intake-qty")).setText(wrong[1]));
      click("#intake-add");
      waitFor(() -> text("#intake-result").equals(wrong[2]), () -> text("#intake-result"));
      assertThat(table.getItems()).isEmpty();
      // The wrong field has the keyboard with its text selected: the next scan replaces it.
      TextField wrongField = (TextField) node(wrong[1].equals("0") ? "#intake-qty" : "#intake-sku");
      assertThat(wrongField.isFocused()).as(wrong[0]).isTrue();
      assertThat(wrongField.getSelectedText()).isEqualTo(wrongField.getText());
    }
    // A refused line stays in its fields to be corrected; this one is typed afresh.
    robot.interact(() -> ((TextField) node("#intake-sku")).clear());
    robot.interact(() -> ((TextField) node("#intake-qty")).clear());
    // Four from Светлана Ким, then a line added by mistake and taken out again.
    robot.interact(() -> member.getSelectionModel().select("Светлана Ким"));
    robot.clickOn(node("#intake-sku")).write("SBT-001").type(KeyCode.ENTER);
    robot.write("4").type(KeyCode.ENTER);
    waitFor(() -> table.getItems().size() == 1);
    assertThat(text("#intake-result")).isEmpty();
    assertThat(node("#intake-sku").isFocused()).isTrue(); // ready for the next parcel
    // Her name does not stay for the next line, which comes from the group unless chosen again.
    assertThat(member.getSelectionModel().getSelectedIndex()).isZero();
    robot.write("SBT-001").type(KeyCode.ENTER).write("2").type(KeyCode.ENTER);
    waitFor(() -> table.getItems().size() == 2);
    assertThat(table.getItems().get(0).toString())
        .contains("Облепиховое масло 50 мл")
        .contains("quantity=4")
        .contains("Светлана Ким");
    assertThat(table.getItems().get(1).toString()).contains("member=null");
    robot.interact(() -> table.getSelectionModel().select(1));
    click("#intake-remove");
    waitFor(() -> table.getItems().size() == 1);
    click("#intake-receive");
    waitFor(() -> text("#intake-result").contains("CN-T1-000006"), () -> text("#intake-result"));
    assertThat(text("#intake-result"))
        .startsWith("Поставка CN-T1-000006: 4 шт. от группы IK-03; накладная печатается");
    assertThat(styles("#intake-result")).contains("ok-line");
    assertThat(table.getItems()).isEmpty();
    Path labels = dir.resolve("labels/CN-T1-000006.pdf");
    assertThat(labels).exists();
    try (var doc = org.apache.pdfbox.Loader.loadPDF(labels.toFile())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
      assertThat(text.split("Облепиховое масло 50 мл", -1)).hasSize(5); // four labels
    }
    // The consignment note went through the print queue to the on-screen printer.
    printed("CN-T1-000006");
    CliHarness cli = new CliHarness(db);
    assertThat(cli.exit("--json", "stock", "--group", "IK-03")).isZero();
    assertThat(cli.lastOut())
        .contains(
            "\"sku\":\"SBT-001\",\"name\":\"Облепиховое масло 50 мл\",\"group\":\"IK-03\",\"on_hand\":44");
  }

  @Test
  void aDeliveryTakesBestBeforeDaysAndAnUncertifiedProductOnlyWithAManagersPinAndReason()
      throws Exception {
    CliHarness cli = new CliHarness(db);
    assertThat(
            cli.exit(
                "product",
                "add",
                "--sku",
                "SBT-009",
                "--name",
                "Облепиховый чай",
                "--group",
                "IK-03",
                "--price",
                "300",
                "--terms",
                "consignment:20",
                "--by",
                "2580"))
        .as(cli.lastErr())
        .isZero();
    signIn("2580");
    openOfficeTab(3, "#intake-group");
    javafx.scene.control.ComboBox<String> group = robot.lookup("#intake-group").query();
    waitFor(() -> !group.getItems().isEmpty());
    robot.interact(() -> group.getSelectionModel().select("IK-03"));
    // The group is shown by its name too, as managers know it: in the box itself (its button
    // cell; the cells of its list live in the popup).
    waitFor(
        () -> shown(group).contains("IK-03 Облепиха Иссык-Куля"), () -> shown(group).toString());
    javafx.scene.control.TableView<IntakeViewModel.Line> table =
        robot.lookup("#intake-table").query();
    TextField day = ((javafx.scene.control.DatePicker) node("#intake-best-before")).getEditor();
    var ru = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");
    java.time.LocalDate later = java.time.LocalDate.now().plusMonths(6);
    // A day already past, and one that is no day, are refused with the day's field to correct.
    for (String[] wrong :
        new String[][] {
          {"01.01.2020", "Срок годности 01.01.2020 уже прошёл: такой товар не принимают."},
          {"1 марта", "«1 марта» — не дата."}
        }) {
      robot.interact(
          () -> {
            ((TextField) node("#intake-sku")).setText("SBT-001");
            ((TextField) node("#intake-qty")).setText("4");
            day.setText(wrong[0]);
          });
      click("#intake-add");
      waitFor(() -> text("#intake-result").equals(wrong[1]), () -> text("#intake-result"));
      assertThat(table.getItems()).isEmpty();
      assertThat(day.isFocused()).as(wrong[0]).isTrue();
      assertThat(day.getSelectedText()).isEqualTo(wrong[0]);
    }
    // Typed, and Enter in the day's field adds the line as the quantity's Enter does.
    robot.interact(day::clear);
    robot.clickOn(day).write(later.format(ru)).type(KeyCode.ENTER);
    waitFor(() -> table.getItems().size() == 1, () -> text("#intake-result"));
    assertThat(text("#intake-result")).isEmpty();
    assertThat(day.getText()).as("the next product does not inherit the day").isEmpty();
    assertThat(node("#intake-approval").isVisible()).isFalse();
    // A product with no brand certificate is added, marked, and said at once.
    robot.clickOn(node("#intake-sku")).write("SBT-009").type(KeyCode.ENTER);
    robot.write("3").type(KeyCode.ENTER);
    waitFor(() -> table.getItems().size() == 2, () -> text("#intake-result"));
    assertThat(text("#intake-result"))
        .isEqualTo(
            "У товара SBT-009 нет сертификата бренда; нужно разрешение менеджера с причиной.");
    assertThat(table.getItems().get(1).certificate()).isEqualTo("нет");
    assertThat(table.getItems().get(0).certificate()).isEmpty();
    assertThat(table.getItems().get(0).bestBefore()).isEqualTo(later);
    assertThat(node("#intake-approval").isVisible()).isTrue();
    // Without a PIN, then with a wrong one: refused, nothing received.
    click("#intake-receive");
    waitFor(
        () -> text("#intake-result").equals("Нужны PIN-код менеджера и причина."),
        () -> text("#intake-result"));
    assertThat(node("#intake-manager-pin").isFocused()).isTrue();
    var pin = (TextField) node("#intake-manager-pin");
    var why = (TextField) node("#intake-reason");
    robot.interact(
        () -> {
          pin.setText("9999");
          why.setText("Сертификат продлевается, письмо от OVOP");
        });
    click("#intake-receive");
    waitFor(() -> text("#intake-result").equals("Неверный PIN-код."), () -> text("#intake-result"));
    assertThat(table.getItems()).hasSize(2);
    assertThat(cli.exit("--json", "stock", "--group", "IK-03")).isZero();
    assertThat(cli.lastOut()).contains("\"sku\":\"SBT-001\"").contains("\"on_hand\":40");
    robot.interact(() -> pin.setText("2580"));
    // Pressed twice in a hurry: one delivery, and its green sentence stays.
    robot.doubleClickOn(node("#intake-receive"));
    waitFor(() -> text("#intake-result").contains("CN-T1-000006"), () -> text("#intake-result"));
    org.testfx.util.WaitForAsyncUtils.sleep(1500, java.util.concurrent.TimeUnit.MILLISECONDS);
    assertThat(text("#intake-result")).contains("CN-T1-000006");
    assertThat(styles("#intake-result")).contains("ok-line");
    assertThat(table.getItems()).isEmpty();
    assertThat(node("#intake-approval").isVisible()).isFalse();
    assertThat(pin.getText()).isEmpty();
    // The lots keep their day, the override is in the audit log with who and why, and the note
    // printed the day.
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
        var st = c.createStatement()) {
      var lots =
          st.executeQuery(
              "SELECT p.sku, l.quantity, l.best_before FROM lot l JOIN product p ON p.id ="
                  + " l.product_id WHERE l.note_number = 'CN-T1-000006' ORDER BY l.line_no");
      assertThat(lots.next()).isTrue();
      assertThat(lots.getString(1) + " " + lots.getLong(2) + " " + lots.getString(3))
          .isEqualTo("SBT-001 4 " + later);
      assertThat(lots.next()).isTrue();
      assertThat(lots.getString(1) + " " + lots.getLong(2) + " " + lots.getString(3))
          .isEqualTo("SBT-009 3 null");
      var audit =
          st.executeQuery(
              "SELECT a.subject, a.reason, u.name FROM audit_entry a JOIN app_user u ON u.id ="
                  + " a.approved_by WHERE a.action = 'OVERRIDE_UNCERTIFIED_INTAKE'");
      assertThat(audit.next()).isTrue();
      assertThat(audit.getString(1)).isEqualTo("CN-T1-000006 SBT-009");
      assertThat(audit.getString(2)).isEqualTo("Сертификат продлевается, письмо от OVOP");
      assertThat(audit.getString(3)).isEqualTo("Нурлан Абдыкеримов");
      assertThat(audit.next()).isFalse();
    }
    byte[] note = printed("CN-T1-000006").bytes();
    assertThat(new String(note, java.nio.charset.StandardCharsets.ISO_8859_1))
        // The day as Russians write it, as the screens and statements do.
        .contains(later.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
    assertThat(cli.exit("verify")).isZero();
  }

  @Test
  void aDatabaseHeldByAnotherTillIsSaidInTheCashiersLanguageAndTheSaleGoesThroughAfter()
      throws Exception {
    signIn("1470");
    scan("HONEY-01");
    waitFor(() -> text("#total").replace('\u00a0', ' ').contains("650,00"));
    click("#pay-cash");
    waitFor(() -> robot.lookup("#tendered").tryQuery().isPresent());
    // Another till on the same file holds the write lock longer than this one waits.
    try (var other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
        var st = other.createStatement()) {
      st.execute("BEGIN EXCLUSIVE");
      click("#confirm-pay");
      waitFor(() -> !text("#pay-error").isEmpty(), () -> text("#pay-error"));
      assertThat(text("#pay-error"))
          .isEqualTo(
              "База данных "
                  + db
                  + " занята другой кассой; ничего не изменено, попробуйте ещё раз.");
      assertThat(text("#change")).isEmpty();
      st.execute("ROLLBACK");
    }
    click("#confirm-pay");
    waitFor(() -> !text("#change").isEmpty(), () -> text("#pay-error"));
    CliHarness cli = new CliHarness(db);
    assertThat(
            cli.exit(
                "--json",
                "receipt",
                "--number",
                "T1-000001",
                "--out",
                dir.resolve("r.bin").toString()))
        .as(cli.lastErr())
        .isZero();
    assertThat(
            cli.exit("receipt", "--number", "T1-000002", "--out", dir.resolve("r2.bin").toString()))
        .as("one sale, not two")
        .isEqualTo(1);
  }

  @Test
  void aBigDiscountAsksForAManagerAtPayAndParkedSalesComeBack() {
    signIn("1470");
    scan("HONEY-01");
    click("#park");
    waitFor(() -> text("#total").replace('\u00a0', ' ').startsWith("0,00"));
    scan("мёд горный"); // by name: one product matches
    waitFor(() -> text("#total").replace('\u00a0', ' ').contains("380,00"));
    // The parked customer is back: the one on the counter waits in her place, never on one bill.
    click("#resume");
    waitFor(() -> text("#total").replace('\u00a0', ' ').startsWith("650,00"));
    assertThat(text("#message")).contains("ждут: 1");
    click("#resume");
    waitFor(() -> text("#total").replace('\u00a0', ' ').startsWith("380,00"));
    click("#resume");
    waitFor(() -> text("#total").replace('\u00a0', ' ').startsWith("650,00"));
    // 15 % off the honey (650.00 → 552.50): above the cashier's 10 % limit.
    var cart = robot.lookup("#cart").queryAs(javafx.scene.control.TableView.class);
    assertThat(cart.getItems()).hasSize(1);
    robot.interact(() -> cart.getSelectionModel().select(0));
    click("#discount");
    waitFor(() -> robot.lookup("#discount-percent").tryQuery().isPresent());
    // The dialog's keys in the screen's language, not the computer's "OK" and "Cancel".
    assertThat(
            onFx(
                () ->
                    robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                        .map(Button::getText)
                        .sorted()
                        .toList()))
        .containsExactly("Отмена", "Применить скидку");
    var percent = (javafx.scene.control.TextField) node("#discount-percent");
    robot.interact(() -> percent.setText("15"));
    robot.clickOn(percent).type(KeyCode.ENTER);
    waitFor(() -> text("#total").replace('\u00a0', ' ').contains("552,50"));
    click("#pay-cash");
    waitFor(() -> robot.lookup("#tendered").tryQuery().isPresent());
    var tendered = (javafx.scene.control.TextField) node("#tendered");
    robot.interact(() -> tendered.setText("1000"));
    click("#confirm-pay");
    waitFor(() -> !text("#pay-error").isEmpty() || !text("#change").isEmpty());
    assertThat(text("#change")).as("refused first: " + text("#pay-error")).isEmpty();
    // In the cashier's language (it once fell back to the English sentence).
    assertThat(text("#pay-error"))
        .startsWith("Скидка 15")
        .contains("больше предела кассира 10")
        .endsWith("нужно разрешение менеджера.");
    assertThat(uncovered(node("#pay-manager-pin"))).isTrue();
    var pin = (javafx.scene.control.TextField) node("#pay-manager-pin");
    var why = (javafx.scene.control.TextField) node("#pay-manager-reason");
    robot.interact(
        () -> {
          pin.setText("2580");
          why.setText("Помятая банка");
        });
    click("#confirm-pay");
    // 552.50 in cash rounds to 553.00: change 447.00.
    waitFor(() -> !text("#change").isEmpty());
    assertThat(text("#change").replace('\u00a0', ' ')).contains("447,00");
    // The refusal is gone with the payment that answered it.
    assertThat(text("#pay-error")).isEmpty();
    assertThat(uncovered(node("#pay-manager-pin"))).isFalse();
    CliHarness cli = new CliHarness(db);
    assertThat(cli.exit("verify")).isZero();
  }

  @Test
  void aPriceSetWithF2IsSoldOnlyWithAManagersPinAndTheReceiptSaysTheCataloguePrice() {
    signIn("1470");
    scan("SBT-001");
    waitFor(() -> text("#total").replace('\u00a0', ' ').startsWith("450,00"));
    var cart = robot.lookup("#cart").queryAs(javafx.scene.control.TableView.class);
    // Not a price: one sentence, and the line keeps the catalogue's.
    priceTyped("четыреста");
    assertThat(text("#message")).isEqualTo("«четыреста» — это не сумма.");
    priceTyped("0");
    assertThat(text("#message").replace('\u00a0', ' '))
        .isEqualTo("Цена должна быть больше нуля, а не 0,00 KGS.");
    assertThat(text("#total").replace('\u00a0', ' ')).startsWith("450,00");

    priceTyped("400");
    waitFor(() -> text("#total").replace('\u00a0', ' ').startsWith("400,00"));
    assertThat(text("#message")).contains("подтвердит менеджер");
    // The line says the catalogue's price beside its name, for the manager who is asked.
    var name = (javafx.scene.control.TableColumn<Object, String>) cart.getColumns().get(0);
    assertThat(onFx(() -> name.getCellData(0)).replace('\u00a0', ' '))
        .isEqualTo("Облепиховое масло 50 мл (по каталогу 450,00 KGS)");

    click("#pay-cash");
    waitFor(() -> robot.lookup("#tendered").tryQuery().isPresent());
    var tendered = (javafx.scene.control.TextField) node("#tendered");
    robot.interact(() -> tendered.setText("500"));
    click("#confirm-pay");
    waitFor(() -> !text("#pay-error").isEmpty() || !text("#change").isEmpty());
    assertThat(text("#change")).as("refused first: " + text("#pay-error")).isEmpty();
    assertThat(text("#pay-error").replace('\u00a0', ' '))
        .isEqualTo(
            "Продать SBT-001 по 400,00 KGS вместо цены 450,00 KGS можно только с разрешения"
                + " менеджера и с причиной.");
    CliHarness before = new CliHarness(db);
    assertThat(
            before.exit("--json", "report", "audit", "--from", "2026-01-01", "--to", "2030-12-31"))
        .isZero();
    assertThat(before.lastOut()).doesNotContain("OVERRIDE_PRICE");
    var pin = (javafx.scene.control.TextField) node("#pay-manager-pin");
    var why = (javafx.scene.control.TextField) node("#pay-manager-reason");
    robot.interact(
        () -> {
          pin.setText("2580");
          why.setText("Старый ценник на полке");
        });
    click("#confirm-pay");
    waitFor(() -> !text("#change").isEmpty());
    assertThat(text("#change").replace('\u00a0', ' ')).contains("100,00");
    assertThat(node("#paper").getAccessibleText().replace('\u00a0', ' '))
        .contains("1 × 400,00 KGS = 400,00 KGS\n  Цена по каталогу 450,00 KGS");

    CliHarness cli = new CliHarness(db);
    assertThat(cli.exit("--json", "report", "audit", "--from", "2026-01-01", "--to", "2030-12-31"))
        .isZero();
    assertThat(cli.lastOut())
        .contains("\"action\":\"OVERRIDE_PRICE\"")
        .contains("SBT-001 450.00 KGS -> 400.00 KGS")
        .contains("Старый ценник на полке");
    assertThat(cli.exit("verify")).isZero();
  }

  @Test
  void theSaleOnTheCounterOutlivesALanguageChangeAndAVisitToTheRefundScreen() {
    signIn("1470");
    scan("SBT-001");
    scan("HONEY-01");
    waitFor(() -> text("#total").replace('\u00a0', ' ').contains("1 100,00"));
    click("#language-fr");
    waitFor(() -> text("#office-button").equals("Gestion"));
    waitFor(() -> text("#total").replaceAll("[\u00a0\u202f]", " ").contains("1 100,00"));
    openRefund();
    robot.type(KeyCode.ESCAPE);
    waitFor(() -> robot.lookup("#scan").tryQuery().isPresent());
    waitFor(() -> text("#total").replaceAll("[\u00a0\u202f]", " ").contains("1 100,00"));
    assertThat(robot.lookup("#cart").queryAs(javafx.scene.control.TableView.class).getItems())
        .hasSize(2);
  }

  @Test
  void whileThePayPanelIsOpenTheBasketsKeysWaitAndDelErasesADigit() {
    signIn("1470");
    scan("SBT-001");
    scan("HONEY-01");
    waitFor(() -> text("#total").replace('\u00a0', ' ').contains("1 100,00"));
    robot.interact(node("#scan")::requestFocus);
    robot.type(KeyCode.F9);
    waitFor(() -> robot.lookup("#tendered").tryQuery().isPresent());
    robot.clickOn(node("#tendered")).write("20000");
    robot.type(KeyCode.HOME).type(KeyCode.DELETE); // the first digit goes, not a line
    for (KeyCode key : List.of(KeyCode.F3, KeyCode.F4, KeyCode.F6, KeyCode.F7, KeyCode.F8)) {
      robot.type(key);
    }
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(text("#tendered")).isEqualTo("0000");
    assertThat(robot.lookup("#cart").queryAs(javafx.scene.control.TableView.class).getItems())
        .hasSize(2);
    assertThat(text("#total").replace('\u00a0', ' ')).contains("1 100,00");
    assertThat(uncovered(node("#pay-panel"))).isTrue();
  }

  @Test
  void aTotalInMillionsAndItsLinesAreShownWhole() {
    signIn("1470");
    scan("FELT-003");
    scan("HONEY-03");
    waitFor(() -> text("#total").replace('\u00a0', ' ').startsWith("7 950,00"));
    // Growing by steps, as a cashier's F3 does: 1 501 jars of honey at 1 150,00 and a rug come to
    // 1 732 950,00 KGS, as long as a sale in sum often is.
    var session = window().session();
    robot.interact(node("#scan")::requestFocus);
    for (long n : new long[] {9, 99, 999, 1500}) {
      robot.interact(() -> session.cart.setQuantity(1, n));
      robot.type(KeyCode.F3);
      WaitForAsyncUtils.waitForFxEvents();
    }
    waitFor(() -> text("#total").replace('\u00a0', ' ').startsWith("1 732 950,00"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(wordsCut("counter", node("#total").getScene().getRoot())).isEmpty();
    assertThat(cellsCut(node("#cart"))).isEmpty();
    // Nor clipped by the table's edge: every column ends inside it.
    var cart = node("#cart");
    double edge =
        onFx(
            () ->
                cart.localToScene(cart.getLayoutBounds()).getMaxX()
                    - ((javafx.scene.layout.Region) cart).getInsets().getRight());
    assertThat(
            onFx(
                () ->
                    cart.lookupAll(".column-header").stream()
                        .filter(h -> h.isVisible())
                        .map(h -> h.localToScene(h.getLayoutBounds()).getMaxX())
                        .toList()))
        .allMatch(right -> right <= edge + 2, "ends inside the cart's edge at " + edge);
  }

  /** Cells of a table drawn cut short, unless a tooltip shows them whole. */
  private static List<String> cellsCut(Node table) {
    return onFx(
        () ->
            java.util.stream.Stream.concat(
                    table.lookupAll(".table-cell").stream(),
                    table.lookupAll(".column-header .label").stream())
                .filter(
                    c ->
                        c instanceof javafx.scene.control.Labeled l
                            && uncovered(l)
                            && l.getText() != null
                            && !l.getText().isEmpty()
                            && l.lookup(".text") instanceof javafx.scene.text.Text drawn
                            && !drawn.getText().equals(l.getText())
                            && (l.getTooltip() == null
                                || !l.getTooltip().getText().equals(l.getText())))
                .map(c -> ((javafx.scene.control.Labeled) c).getText())
                .toList());
  }

  @Test
  void theChangeAndEverySentenceOfThePayPanelAreShownWhole() {
    signIn("1470");
    click("#language-fr");
    waitFor(() -> text("#office-button").equals("Gestion"));
    scan("SBT-001");
    waitFor(() -> !text("#total").startsWith("0"));
    // Card for more than is due: the refusal is a long sentence.
    click("#pay-card");
    waitFor(() -> robot.lookup("#tendered").tryQuery().isPresent());
    var tendered = (javafx.scene.control.TextField) node("#tendered");
    robot.interact(() -> tendered.setText("9999"));
    click("#confirm-pay");
    waitFor(() -> !text("#pay-error").isEmpty());
    assertThat(wordsCut("card", node("#pay-panel"))).isEmpty();
    click("#cancel-pay");
    // Cash, with a large change: "Monnaie à rendre : 9 550,00 KGS" in the big type.
    click("#pay-cash");
    waitFor(() -> robot.lookup("#tendered").tryQuery().isPresent());
    var cash = (javafx.scene.control.TextField) node("#tendered");
    robot.interact(() -> cash.setText("10000"));
    click("#confirm-pay");
    waitFor(() -> !text("#change").isEmpty());
    assertThat(text("#change").replaceAll("[\u00a0\u202f]", " "))
        .isEqualTo("Monnaie à rendre : 9 550,00 KGS");
    assertThat(wordsCut("change", node("#pay-panel"))).isEmpty();
  }

  @Test
  void partByMobileMoneyAndTheRestInCashMakeOneSaleWithBothOnItsReceipt() {
    signIn("1470");
    scan("SBT-001");
    scan("HONEY-01");
    waitFor(() -> text("#total").replace('\u00a0', ' ').contains("1 100,00"));
    click("#pay-mobile");
    waitFor(() -> robot.lookup("#reference").tryQuery().isPresent());
    var tendered = (TextField) node("#tendered");
    var reference = (TextField) node("#reference");
    // The customer's M-Pesa limit covers only part of it.
    robot.interact(
        () -> {
          tendered.setText("500,50");
          reference.setText("QK7H2");
        });
    click("#confirm-pay");
    // The rest is asked in cash, rounded to the som on the cash share only (599,50 → 600,00).
    waitFor(() -> text("#pay-taken").replace('\u00a0', ' ').contains("500,50"));
    assertThat(text("#pay-taken").replace('\u00a0', ' '))
        .isEqualTo("Уже оплачено: Мобильный платёж 500,50 KGS (QK7H2)");
    assertThat(text("#pay-title").replace('\u00a0', ' '))
        .isEqualTo("Наличные: к оплате 600,00 KGS");
    assertThat(uncovered(node("#reference"))).isFalse();
    assertThat(((javafx.scene.control.ToggleButton) node("#pay-with-cash")).isSelected()).isTrue();
    // Nothing is in the books until the rest is taken.
    CliHarness cli = new CliHarness(db);
    assertThat(
            cli.exit("receipt", "--number", "T1-000001", "--out", dir.resolve("r.bin").toString()))
        .isEqualTo(1);
    robot.interact(() -> ((TextField) node("#tendered")).setText("1000"));
    click("#confirm-pay");
    waitFor(() -> !text("#change").isEmpty(), () -> text("#pay-error"));
    assertThat(text("#change").replace('\u00a0', ' ')).isEqualTo("Сдача: 400,00 KGS");
    assertThat(node("#paper").getAccessibleText().replace('\u00a0', ' '))
        .contains("T1-000001")
        .contains("Мобильный платёж 500,50 KGS (QK7H2)")
        .contains("Наличные 1 000,00 KGS")
        .contains("Сдача 400,00 KGS")
        .containsPattern("\\d\\d\\.\\d\\d\\.20\\d\\d, \\d\\d:\\d\\d"); // the Russian way, not ISO
    // One sale with both tenders, its cash rounding the store's, and the books still add up.
    var sale = services.database().read(b -> b.sales().byNumber("T1-000001")).orElseThrow();
    assertThat(sale.tenders())
        .extracting(t -> t.method().code() + " " + t.amount() + " " + t.reference())
        .containsExactly("mobile 50050 QK7H2", "cash 100000 null");
    assertThat(sale.rounding()).isEqualTo(50);
    assertThat(sale.change()).isEqualTo(40000);
    assertThat(cli.exit("verify")).isZero();
  }

  @Test
  void aStoreTakingTwoWalletsAsksWhichOneCarriedTheMoneyAndF12GoesFromOneToTheNext()
      throws Exception {
    CliHarness cli = takingTwoWallets();
    signIn("1470");
    scan("SBT-001");
    waitFor(() -> text("#total").replace('\u00a0', ' ').contains("450,00"));
    robot.interact(node("#scan")::requestFocus);
    robot.type(KeyCode.F12);
    waitFor(() -> robot.lookup("#reference").tryQuery().isPresent());
    assertThat(text("#pay-title").replace('\u00a0', ' ')).isEqualTo("O!Деньги / MBank: 450,00 KGS");
    assertThat(uncovered(node("#pay-service-1"))).isTrue();
    assertThat(((javafx.scene.control.ToggleButton) node("#pay-service-2")).getText())
        .isEqualTo("MBank");
    // The reference typed and Enter pressed, but no wallet said: nothing is sold.
    robot.clickOn(node("#reference")).write("MB-77").type(KeyCode.ENTER);
    waitFor(() -> !text("#pay-error").isEmpty());
    assertThat(text("#pay-error")).isEqualTo("Выберите, чем заплатил покупатель: O!Деньги, MBank.");
    java.util.Optional<org.ovop.till.core.sale.Sale> none =
        services.database().read(b -> b.sales().byNumber("T1-000001"));
    assertThat(none).isEmpty();
    // F12 again: the first wallet; once more: the next. The reference typed stays.
    robot.type(KeyCode.F12);
    waitFor(() -> ((javafx.scene.control.ToggleButton) node("#pay-service-1")).isSelected());
    assertThat(text("#pay-title").replace('\u00a0', ' ')).isEqualTo("O!Деньги: 450,00 KGS");
    assertThat(text("#pay-error")).isEmpty();
    robot.type(KeyCode.F12);
    waitFor(() -> ((javafx.scene.control.ToggleButton) node("#pay-service-2")).isSelected());
    assertThat(((javafx.scene.control.ToggleButton) node("#pay-service-1")).isSelected()).isFalse();
    assertThat(text("#reference")).isEqualTo("MB-77");
    robot.type(KeyCode.ENTER);
    waitFor(() -> text("#pay-title").contains("T1-000001"), () -> text("#pay-error"));
    assertThat(node("#paper").getAccessibleText().replace('\u00a0', ' '))
        .contains("MBank 450,00 KGS (MB-77)")
        .doesNotContain("O!Деньги / MBank");
    // Paid: the wallet keys go with the method keys, F12 changes nothing any more.
    assertThat(node("#pay-services").isVisible()).isFalse();
    robot.type(KeyCode.F12);
    assertThat(text("#pay-title")).contains("T1-000001");
    var sale = services.database().read(b -> b.sales().byNumber("T1-000001")).orElseThrow();
    assertThat(sale.tenders())
        .containsExactly(
            new org.ovop.till.core.sale.Tender(
                org.ovop.till.core.sale.TenderMethod.MOBILE, 45_000, "MB-77", "MBank"));
    assertThat(cli.exit("verify")).isZero();
  }

  @Test
  void aBarcodeScannedIntoTheCashAmountIsNoPaymentAndNothingIsSold() {
    signIn("1470");
    scan("SBT-001");
    waitFor(() -> text("#total").replace('\u00a0', ' ').contains("450,00"));
    robot.interact(node("#scan")::requestFocus);
    robot.type(KeyCode.F9);
    waitFor(() -> robot.lookup("#tendered").tryQuery().isPresent());
    // The next customer's item, scanned while the pay panel has the keyboard.
    robot.clickOn(node("#tendered")).write("4600000000017").type(KeyCode.ENTER);
    waitFor(() -> !text("#pay-error").isEmpty());
    assertThat(text("#pay-error").replaceAll("[\u00a0\u202f]", " "))
        .startsWith("Столько (4 600 000 000 017,00 KGS) за 450,00 KGS не дают");
    assertThat(text("#change")).isEmpty();
    java.util.Optional<org.ovop.till.core.sale.Sale> none =
        services.database().read(b -> b.sales().byNumber("T1-000001"));
    assertThat(none).isEmpty();
    // Ten of the largest notes above what is due is still money handed over.
    robot.interact(() -> ((TextField) node("#tendered")).setText("50450"));
    click("#confirm-pay");
    waitFor(() -> !text("#change").isEmpty(), () -> text("#pay-error"));
    assertThat(text("#change").replaceAll("[\u00a0\u202f]", " ")).isEqualTo("Сдача: 50 000,00 KGS");
  }

  @Test
  void givingUpAPaymentWithAPartTakenFirstSaysWhatItDropsAndTheBooksStayEmpty() {
    signIn("1470");
    scan("SBT-001");
    waitFor(() -> text("#total").replace('\u00a0', ' ').contains("450,00"));
    click("#pay-card");
    waitFor(() -> robot.lookup("#tendered").tryQuery().isPresent());
    robot.interact(() -> ((TextField) node("#tendered")).setText("200"));
    click("#confirm-pay");
    waitFor(() -> !text("#pay-taken").isEmpty());
    // F11 takes the rest by card too: what is left, ready to confirm.
    robot.type(KeyCode.F11);
    waitFor(() -> text("#tendered").replace('\u00a0', ' ').equals("250,00"));
    robot.type(KeyCode.ESCAPE);
    waitFor(() -> !text("#pay-error").isEmpty());
    assertThat(text("#pay-error").replace('\u00a0', ' '))
        .startsWith("Нажмите «Отмена» (Esc) ещё раз")
        .contains("(Карта 200,00 KGS)");
    assertThat(uncovered(node("#pay-panel"))).isTrue();
    robot.type(KeyCode.ESCAPE);
    waitFor(() -> robot.lookup("#pay-panel").tryQuery().isEmpty());
    assertThat(text("#total").replace('\u00a0', ' ')).contains("450,00");
    java.util.Optional<org.ovop.till.core.sale.Sale> none =
        services.database().read(b -> b.sales().byNumber("T1-000001"));
    assertThat(none).isEmpty();
    // A card sale paid whole has no change to count out.
    click("#pay-card");
    waitFor(() -> robot.lookup("#tendered").tryQuery().isPresent());
    click("#confirm-pay");
    waitFor(() -> text("#pay-title").startsWith("Оплачено"), () -> text("#pay-error"));
    assertThat(text("#change")).isEmpty();
    assertThat(uncovered(node("#change"))).isFalse();
  }

  @Test
  void thePrinterPanelShowsTheQueueAndATestPrintReachesThePaper() {
    signIn("2580");
    openOfficeTab(4, "#test-print");
    click("#test-print");
    var jobs = robot.lookup("#print-jobs").queryAs(javafx.scene.control.TableView.class);
    waitFor(
        () -> jobs.getItems().size() == 1 && jobs.getItems().get(0).toString().contains("PRINTED"));
    assertThat(window().session().paper.get()).isNotNull();
    assertThat(untranslated(robot.lookup("#print-jobs").query().getScene().getRoot())).isEmpty();
  }

  /**
   * The printer is not there when a receipt is sold: the cashier reads why in her language, the
   * receipt still waits after the till is closed and started again, and it prints when the manager
   * retries it once the printer is back. A paper nobody needs can be removed.
   */
  @Test
  void aReceiptThatDidNotPrintStillWaitsAfterARestartAndPrintsWhenAsked() throws Exception {
    Path lp0 = dir.resolve("lp0");
    var saved =
        services
            .setup()
            .configurePrinter(
                new org.ovop.till.core.store.PrinterSetting("generic-80", "file:" + lp0));
    assertThat(saved.isDone()).isTrue();
    services = restartTill(db);
    signIn("1470");
    assertThat(text("#printer-status")).isEqualTo("Принтер: file:" + lp0 + ".");
    scan("SBT-001");
    robot.type(KeyCode.F9);
    waitFor(() -> robot.lookup("#tendered").tryQuery().isPresent());
    robot.clickOn(node("#tendered")).write("500").type(KeyCode.ENTER);
    waitFor(() -> text("#printer-status").startsWith("Чек"), () -> text("#printer-status"));
    assertThat(text("#printer-status"))
        .isEqualTo(
            "Чек T1-000001 не напечатан: Принтера "
                + lp0
                + " нет: он подключён и включён? Он ждёт в очереди.");
    assertThat(styles("#printer-status")).contains("error-line");
    assertThat(wordsCut("counter", node("#printer-status").getParent())).isEmpty();

    // A kept file torn by the power cut cannot be read back: it is set aside and said.
    java.nio.file.Files.write(
        dir.resolve("print-queue").resolve("T1").resolve("torn.job"), new byte[] {0x4F});
    services = restartTill(db);
    signIn("2580");
    assertThat(text("#printer-status"))
        .as("said before the first customer")
        .isEqualTo("Принтер: file:" + lp0 + ". Ждут печати: 1 (Управление, Принтер).");
    assertThat(styles("#printer-status")).contains("error-line");
    openOfficeTab(4, "#print-jobs");
    assertThat(text("#printer-where"))
        .isEqualTo("Документы печатает принтер file:" + lp0 + " (профиль generic-80).");
    assertThat(text("#printer-unreadable"))
        .startsWith("Сохранённые документы, которые не удалось прочитать: 1; они отложены в ")
        .contains("print-queue");
    assertThat(styles("#printer-unreadable")).contains("error-line");
    var jobs = (javafx.scene.control.TableView<?>) node("#print-jobs");
    waitFor(() -> shown(jobs).contains("T1-000001"), () -> shown(jobs).toString());
    assertThat(shown(jobs)).contains("ошибка", "Принтера " + lp0 + " нет: он подключён и включён?");
    click("#retry-job");
    assertThat(text("#office-status"))
        .isEqualTo("Сначала выберите документы в списке (Ctrl+A выбирает все).");

    java.nio.file.Files.createFile(lp0); // plugged in again
    robot.interact(() -> jobs.getSelectionModel().select(0));
    click("#retry-job");
    printed("T1-000001");
    assertThat(text("#office-status")).isEqualTo("Снова отправлено на принтер: T1-000001.");
    assertThat(
            new String(
                java.nio.file.Files.readAllBytes(lp0),
                java.nio.charset.StandardCharsets.ISO_8859_1))
        .contains("T1-000001");
    waitFor(() -> shown(jobs).contains("напечатан"), () -> shown(jobs).toString());
    click("#drop-job");
    assertThat(text("#office-status"))
        .isEqualTo("Убрать можно только документы с ошибкой; не эти: T1-000001.");

    java.nio.file.Files.delete(lp0); // and out again: two test pages nobody needs
    click("#test-print");
    click("#test-print");
    waitFor(
        () -> shown(jobs).stream().filter(t -> t.equals("ошибка")).count() == 2,
        () -> shown(jobs).toString());
    // All chosen at once (Ctrl+A): the printed receipt is left as it is, the failed pages go.
    robot.clickOn(jobs).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
    waitFor(() -> jobs.getSelectionModel().getSelectedItems().size() == 3);
    click("#drop-job");
    assertThat(text("#office-status")).isEqualTo("Убрано из очереди: TEST, TEST.");
    waitFor(() -> !shown(jobs).contains("TEST"), () -> shown(jobs).toString());
    assertThat(shown(jobs)).contains("T1-000001", "напечатан");
    assertThat(untranslated(jobs.getScene().getRoot())).isEmpty();
    // Files are deleted on the queue's own thread, a moment after the table shows the change.
    waitFor(
        () -> {
          try (var kept = java.nio.file.Files.list(dir.resolve("print-queue").resolve("T1"))) {
            return kept.allMatch(f -> f.toString().endsWith(".unreadable"));
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        },
        () -> "papers still kept in print-queue/T1");
  }

  @Test
  void aManagerWritesOffABrokenJarWithWhatHappenedAndTheShelfShowsItGone() {
    signIn("2580");
    click("#office-button");
    waitFor(() -> robot.lookup("#stock-table").tryQuery().isPresent());
    var table = robot.lookup("#stock-table").queryAs(javafx.scene.control.TableView.class);
    waitFor(() -> !table.getItems().isEmpty());
    // Nothing chosen: it says what to do, and writes nothing off.
    click("#write-off");
    waitFor(() -> !text("#count-result").isEmpty());
    assertThat(text("#count-result"))
        .isEqualTo("Отсканируйте испорченный товар или выберите его в таблице.");
    robot.interact(() -> ((TextField) node("#stock-find")).setText("HONEY-01"));
    robot.clickOn(node("#stock-find")).type(KeyCode.ENTER);
    waitFor(() -> node("#counted-qty").isFocused());
    // No reason: one sentence, and the shelf as it was.
    robot.interact(() -> ((TextField) node("#damaged-qty")).setText("2"));
    click("#write-off");
    waitFor(() -> text("#count-result").startsWith("Укажите"), () -> text("#count-result"));
    assertThat(text("#count-result"))
        .isEqualTo("Укажите, что случилось с товаром: причина сохраняется.");
    robot.interact(() -> ((TextField) node("#damaged-reason")).setText("Банки разбились"));
    click("#write-off");
    waitFor(() -> text("#count-result").startsWith("DM-"), () -> text("#count-result"));
    assertThat(text("#count-result"))
        .isEqualTo(
            "DM-T1-000001: списано 2 × Мёд эспарцетовый 500 г (HONEY-01) (Банки разбились).");
    assertThat(styles("#count-result")).contains("ok-line");
    assertThat(text("#damaged-qty")).isEmpty();
    // 30 delivered, 2 broken: 28 on the shelf.
    waitFor(
        () ->
            onFx(
                () ->
                    shelf(table).stream()
                        .anyMatch(r -> r.product().sku().equals("HONEY-01") && r.onHand() == 28)),
        () -> shown(table).toString());
    CliHarness cli = new CliHarness(db);
    assertThat(cli.exit("verify")).isZero();
  }

  /** The stock tab's rows as the table holds them. */
  @SuppressWarnings("unchecked")
  private static List<org.ovop.till.core.stock.StockKeeping.OnHand> shelf(
      javafx.scene.control.TableView<?> table) {
    return List.copyOf(
        (List<org.ovop.till.core.stock.StockKeeping.OnHand>) (List<?>) table.getItems());
  }

  @Test
  void aManagerCountsAShelfInFrenchWithTheScannerInHand() {
    signIn("2580");
    click("#language-fr");
    waitFor(
        () -> text("#office-button").equals("Gestion"),
        () -> "(office button: " + text("#office-button") + ")");
    click("#office-button");
    waitFor(() -> robot.lookup("#stock-table").tryQuery().isPresent());
    var table = robot.lookup("#stock-table").queryAs(javafx.scene.control.TableView.class);
    waitFor(() -> !table.getItems().isEmpty());
    // Groups by their names too, not by codes alone.
    waitFor(() -> shown(table).contains("IK-04 Жемиш-Ата"), () -> shown(table).toString());
    int everything = table.getItems().size();
    // The scanner's first code goes into the find field, with no click first.
    waitFor(() -> node("#stock-find").isFocused());
    // Nothing chosen yet: it says what to do, and records nothing.
    robot.clickOn(node("#counted-qty")).write("5").type(KeyCode.ENTER);
    waitFor(() -> !text("#count-result").isEmpty());
    assertThat(text("#count-result"))
        .isEqualTo("Scannez le produit compté, ou choisissez-le dans le tableau.");
    assertThat(node("#stock-find").isFocused()).isTrue();
    // A few letters narrow the shelf list; words are found in any order and any case.
    var find = (javafx.scene.control.TextField) node("#stock-find");
    robot.interact(() -> find.setText("мёд ЭСПАРЦЕТ"));
    waitFor(() -> table.getItems().size() < everything);
    assertThat(shown(table).toString()).contains("HONEY-01").doesNotContain("SBT-001");
    // The scanner types the barcode and Enter: that product is chosen, the count field is next.
    robot.interact(find::clear);
    String barcode =
        window()
            .session()
            .services
            .database()
            .read(b -> b.catalog().productByCode("SBT-001"))
            .orElseThrow()
            .barcode();
    robot.write(barcode).type(KeyCode.ENTER);
    waitFor(() -> node("#counted-qty").isFocused());
    assertThat(text("#count-result")).isEqualTo("Облепиховое масло 50 мл : combien en rayon ?");
    // Enter on an empty count asks for it, rather than quoting "" back as no quantity.
    robot.type(KeyCode.ENTER);
    waitFor(() -> text("#count-result").startsWith("Saisissez"), () -> text("#count-result"));
    assertThat(text("#count-result"))
        .isEqualTo("Saisissez combien de « Облепиховое масло 50 мл » sont en rayon.");
    robot.write("37").type(KeyCode.ENTER);
    // 40 delivered, 37 on the shelf: three are missing.
    waitFor(() -> text("#count-result").startsWith("Comptage"));
    assertThat(text("#count-result"))
        .isEqualTo(
            "Comptage CT-T1-000001 : Облепиховое масло 50 мл (SBT-001), 37 en rayon contre 40"
                + " en stock, ajusté de -3.");
    assertThat(styles("#count-result")).contains("ok-line");
    // Ready for the next scan, the whole shelf listed again, the counted row still chosen.
    assertThat(node("#stock-find").isFocused()).isTrue();
    waitFor(() -> table.getItems().size() == everything);
    waitFor(
        () -> String.valueOf(table.getSelectionModel().getSelectedItem()).contains("sku=SBT-001"));
    waitFor(() -> shown(table).toString().contains("37"));
    // A code that is no product is said, and nothing is chosen for it.
    robot.write("4000000000006").type(KeyCode.ENTER);
    waitFor(() -> text("#count-result").contains("4000000000006"));
    assertThat(text("#count-result"))
        .isEqualTo("Rien dans la liste du stock ne correspond à « 4000000000006 ».");
    assertThat(styles("#count-result")).contains("error-line");
    assertThat(table.getItems()).isEmpty();
    assertThat(((javafx.scene.control.Label) table.getPlaceholder()).getText())
        .isEqualTo(text("#count-result"));
    assertThat(untranslated(robot.lookup("#stock-table").query().getScene().getRoot())).isEmpty();
    CliHarness cli = new CliHarness(db);
    assertThat(cli.exit("--json", "stock", "--group", "IK-03")).isZero();
    assertThat(cli.lastOut()).contains("\"sku\":\"SBT-001\"").contains("\"on_hand\":37");
  }

  /** F2 on the chosen line, as a cashier presses it from the scan field, and a price typed. */
  private void priceTyped(String typed) {
    robot.interact(() -> node("#scan").requestFocus());
    robot.type(KeyCode.F2);
    waitFor(() -> robot.lookup("#price-amount").tryQuery().isPresent());
    var amount = (TextField) node("#price-amount");
    robot.interact(() -> amount.setText(typed));
    robot.clickOn(amount).type(KeyCode.ENTER);
    waitFor(() -> robot.lookup("#price-amount").tryQuery().isEmpty());
  }

  /**
   * One sale made at the command line by the cashier (T1-000001), then the cashier signed in at the
   * window with the refund screen open.
   */
  /** The demo boutique taking two wallets, O!Деньги and MBank, with the till started again. */
  private CliHarness takingTwoWallets() throws Exception {
    services = demoTaking(db, "O!Деньги / MBank");
    return new CliHarness(db);
  }

  @Test
  void aCashSaleCanGoBackToTheWalletTheCustomerNames() throws Exception {
    CliHarness cli = takingTwoWallets();
    assertThat(cli.exit("sell", "--by", "1470", "--item", "SBT-001", "--pay", "cash:500"))
        .as(cli.lastErr())
        .isZero();
    signIn("1470");
    openRefund();
    findReceipt("T1-000001");
    @SuppressWarnings("unchecked")
    javafx.scene.control.ComboBox<String> method =
        robot.lookup("#refund-method").queryAs(javafx.scene.control.ComboBox.class);
    // Each wallet by its name, since the money must go back to one of them.
    assertThat(method.getItems().stream().map(w -> method.getConverter().toString(w)).toList())
        .containsExactly("Наличные", "Карта", "O!Деньги", "MBank");
    assertThat(method.getValue()).isEqualTo("cash"); // paid in cash: back in cash unless told
    robot.interact(() -> method.setValue("MBank"));
    robot.doubleClickOn(node("#refund-qty-1")).write("1");
    waitFor(() -> !text("#refund-due").isEmpty());
    assertThat(text("#refund-due").replace('\u00a0', ' '))
        .isEqualTo("Вернуть покупателю: 450,00 KGS"); // not rounded: no cash leaves the drawer
    robot.clickOn(node("#refund-reference")).write("MB-R-1");
    managerApproves("2580", "Треснула крышка");
    click("#do-refund");
    waitFor(() -> text("#refund-result").contains("T1-000002"), () -> text("#refund-result"));
    assertThat(text("#refund-result").replace('\u00a0', ' '))
        .isEqualTo("Возврат T1-000002: вернуть 450,00 KGS (MBank).");
    var back =
        window().session().services.database().read(b -> b.sales().byNumber("T1-000002")).get();
    assertThat(back.tenders())
        .containsExactly(
            new org.ovop.till.core.sale.Tender(
                org.ovop.till.core.sale.TenderMethod.MOBILE, 45_000, "MB-R-1", "MBank"));
  }

  private void soldThenAtTheRefundScreen(String item, String pay) {
    CliHarness cli = new CliHarness(db);
    assertThat(cli.exit("sell", "--by", "1470", "--item", item, "--pay", pay))
        .as(cli.lastErr())
        .isZero();
    signIn("1470");
    openRefund();
  }

  /** F8 at the counter, as a cashier opens a refund. */
  private void openRefund() {
    robot.interact(node("#scan")::requestFocus);
    robot.type(KeyCode.F8);
    waitFor(() -> robot.lookup("#refund-receipt").tryQuery().isPresent());
  }

  /** The manager types her PIN and the reason on the refund screen. */
  private void managerApproves(String pin, String why) {
    robot.clickOn(node("#manager-pin")).write(pin);
    robot.clickOn(node("#refund-reason")).write(why);
  }

  /** Types a receipt's number on the refund screen, Enter, and waits for its lines. */
  private void findReceipt(String number) {
    robot.clickOn(node("#refund-receipt")).write(number).type(KeyCode.ENTER);
    waitFor(() -> robot.lookup("#refund-qty-1").tryQuery().isPresent());
  }

  /** The scanner types into the field that always has the focus, then Enter. */
}
