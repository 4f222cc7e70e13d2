package org.ovop.till.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.ovop.till.core.Outcome;
import org.ovop.till.core.catalog.CatalogService;
import org.ovop.till.core.catalog.Gender;
import org.ovop.till.core.catalog.NewProduct;
import org.ovop.till.core.catalog.Product;
import org.ovop.till.core.catalog.Terms;
import org.ovop.till.core.money.CashRounding;
import org.ovop.till.core.money.Percent;
import org.ovop.till.core.sale.Counter;
import org.ovop.till.core.sale.Refunds;
import org.ovop.till.core.sale.Sale;
import org.ovop.till.core.sale.Tender;
import org.ovop.till.core.sale.TenderMethod;
import org.ovop.till.core.shift.Shifts;
import org.ovop.till.core.stock.StockKeeping;
import org.ovop.till.core.store.StoreProfile;
import org.ovop.till.core.store.StoreSetup;
import org.ovop.till.core.user.Approval;
import org.ovop.till.core.user.PinHasher;
import org.ovop.till.core.user.Role;
import org.ovop.till.core.user.Staff;
import org.ovop.till.core.user.User;

/**
 * The core's services wired over one {@link TillDatabase} for one till, as the application's
 * composition root does, with a fast PIN hasher and a hand-moved clock.
 */
final class Shop {
  static final PinHasher FAST_PINS = new PinHasher(1000);
  static final String ADMIN_PIN = "1111";
  static final String MANAGER_PIN = "2222";
  static final String CASHIER_PIN = "3333";

  /** Far enough ahead that every test day is inside it. */
  static final LocalDate CERTIFIED_UNTIL = LocalDate.parse("2030-12-31");

  final TillDatabase db;
  final TestClock clock;
  final String till;
  final StoreSetup setup;
  final Staff staff;
  final CatalogService catalog;
  final StockKeeping stock;
  final Counter counter;
  final Refunds refunds;
  final Shifts shifts;

  Shop(TillDatabase db, TestClock clock, String till) {
    this.db = db;
    this.clock = clock;
    this.till = till;
    this.setup = new StoreSetup(db, clock);
    this.staff = new Staff(db, clock, till, FAST_PINS);
    this.catalog = new CatalogService(db, clock, till);
    this.stock = new StockKeeping(db, clock, till);
    this.counter = new Counter(db, clock, till);
    this.refunds = new Refunds(db, clock, till);
    this.shifts = new Shifts(db, clock, till);
  }

  /**
   * An Issyk-Kul boutique: KGS, cash rounded to 1 som (100 tyiyn), cashier discounts up to 10 %.
   */
  static StoreProfile karakol() {
    return new StoreProfile(
        "OVOP+1 Каракол",
        Currency.getInstance("KGS"),
        new CashRounding(100),
        "ru",
        ZoneId.of("Asia/Bishkek"),
        0,
        new Percent(1000));
  }

  /** The Dakar boutique: XOF (no minor digits), cash rounded to 5 francs. */
  static StoreProfile dakar() {
    return new StoreProfile(
        "Boutique OVOP Dakar",
        Currency.getInstance("XOF"),
        new CashRounding(5),
        "fr",
        ZoneId.of("Africa/Dakar"),
        0,
        new Percent(1000));
  }

  User signIn(String pin) {
    return staff.signIn(pin).value();
  }

  Approval managerApproval(String reason) {
    return staff.approve(MANAGER_PIN, reason).value();
  }

  /**
   * Store, three users, two groups with members, and three products: felt toy (consignment 20 %),
   * honey (buy-back 350.00), sea-buckthorn oil (consignment 25 %).
   */
  Shop setUpKarakol() {
    setup.configure(karakol()).value();
    User admin = staff.add(null, "Айгуль", Role.ADMIN, ADMIN_PIN).value();
    User manager = staff.add(admin, "Бакыт", Role.MANAGER, MANAGER_PIN).value();
    staff.add(manager, "Нурлан", Role.CASHIER, CASHIER_PIN).value();
    catalog.addGroup(manager, "IK-01", "Алтын Кол", "Issyk-Kul", "Kochkor", null).value();
    catalog.addGroup(manager, "IK-02", "Бал Ата", "Issyk-Kul", "Tamga", null).value();
    catalog.addMember(manager, "IK-01", "Гульнара", Gender.F, "+996555000111").value();
    catalog.addMember(manager, "IK-02", "Эрмек", Gender.M, null).value();
    addProduct(manager, "FELT-TOY", "Войлочная игрушка", "IK-01", 45_055, consignment(20));
    addProduct(manager, "HONEY-1", "Мёд горный", "IK-02", 62_000, new Terms.Buyback(35_000));
    addProduct(manager, "SBT-OIL", "Облепиховое масло", "IK-02", 89_990, consignment(25));
    return this;
  }

  /**
   * The Dakar boutique with its three users and one group selling bissap syrup at 1497 F under 30 %
   * consignment, its customers paying by the mobile money services named (may be empty).
   */
  Shop setUpDakar(String mobileMoney) {
    setup.configure(dakar().withMobileMoney(mobileMoney)).value();
    User admin = staff.add(null, "Awa", Role.ADMIN, ADMIN_PIN).value();
    staff.add(admin, "Moussa", Role.MANAGER, MANAGER_PIN).value();
    staff.add(admin, "Fatou", Role.CASHIER, CASHIER_PIN).value();
    User manager = signIn(MANAGER_PIN);
    catalog.addGroup(manager, "SN-03", "GIE Jappo", "Thiès", "Mbour", null).value();
    addProduct(manager, "BISSAP", "Sirop de bissap", "SN-03", 1_497, consignment(30));
    return this;
  }

  Product addProduct(User by, String sku, String name, String group, long price, Terms terms) {
    return catalog
        .addProduct(
            by,
            new NewProduct(
                sku, name, group, price, terms, null, "OVOP-KG-" + sku, CERTIFIED_UNTIL, null))
        .value();
  }

  static Terms consignment(int pct) {
    return new Terms.Consignment(new Percent(pct * 100));
  }

  StockKeeping.ConsignmentNote receive(String group, String sku, long quantity) {
    User manager = signIn(MANAGER_PIN);
    return stock
        .receive(
            manager, group, List.of(new StockKeeping.IntakeItem(sku, quantity, null, null)), null)
        .value();
  }

  void openShift(long openingFloat) {
    shifts.open(signIn(CASHIER_PIN), openingFloat).value();
  }

  Outcome<Counter.Completed> trySell(List<Counter.Item> items, Tender... tenders) {
    return counter.sell(signIn(CASHIER_PIN), items, Arrays.asList(tenders), null);
  }

  Sale sell(String sku, long quantity, Tender... tenders) {
    return trySell(List.of(item(sku, quantity)), tenders).value().sale();
  }

  /**
   * Units of one product of a receipt given back by the cashier, the manager approving for the
   * reason given, all by one method (or as paid, below).
   */
  Outcome<Sale> refund(
      String receipt, String why, String sku, long quantity, TenderMethod method, String ref) {
    return refunds.refund(
        signIn(CASHIER_PIN),
        managerApproval(why),
        receipt,
        List.of(new Refunds.Item(sku, quantity)),
        method,
        ref);
  }

  /** As {@link #refund}, the money going back the way the sale was paid. */
  Outcome<Sale> refundAsPaid(String receipt, String why, String sku, long quantity, String ref) {
    return refunds.refundAsPaid(
        signIn(CASHIER_PIN),
        managerApproval(why),
        receipt,
        List.of(new Refunds.Item(sku, quantity)),
        ref);
  }

  /** As {@link #refund}, the money going back by mobile money to the wallet named. */
  Outcome<Sale> refundToWallet(
      String receipt, String why, String sku, long quantity, String wallet, String ref) {
    return refunds.refundToWallet(
        signIn(CASHIER_PIN),
        managerApproval(why),
        receipt,
        List.of(new Refunds.Item(sku, quantity)),
        wallet,
        ref);
  }

  static Counter.Item item(String sku, long quantity) {
    return new Counter.Item(sku, quantity, null);
  }

  static Counter.Item item(String sku, long quantity, int discountPct) {
    return new Counter.Item(sku, quantity, new Percent(discountPct * 100));
  }

  static Tender cash(long amount) {
    return new Tender(TenderMethod.CASH, amount, null);
  }

  static Tender card(long amount) {
    return new Tender(TenderMethod.CARD, amount, null);
  }

  long onHand(String sku) {
    return db.read(b -> b.stock().onHand(b.catalog().productBySku(sku).orElseThrow().id()));
  }

  Product product(String sku) {
    return db.read(b -> b.catalog().productBySku(sku).orElseThrow());
  }

  LedgerCheck verify() {
    return new LedgerVerifier(db).check();
  }

  /** A believable day: two deliveries, sales in cash and card, a refund, a count, a close. */
  Shop realisticDay() {
    setUpKarakol();
    receive("IK-01", "FELT-TOY", 10);
    receive("IK-02", "HONEY-1", 6);
    receive("IK-02", "SBT-OIL", 4);
    openShift(500_000);
    clock.advance(java.time.Duration.ofMinutes(5));
    sell("FELT-TOY", 3, cash(140_000));
    clock.advance(java.time.Duration.ofMinutes(5));
    trySell(List.of(item("HONEY-1", 2), item("SBT-OIL", 1, 10)), card(62_000 * 2 + 80_991)).value();
    clock.advance(java.time.Duration.ofMinutes(5));
    sell("SBT-OIL", 1, cash(90_000));
    User cashier = signIn(CASHIER_PIN);
    refunds
        .refund(
            cashier,
            managerApproval("шов распорот"),
            Sale.number(till, 1),
            List.of(new Refunds.Item("FELT-TOY", 1)),
            TenderMethod.CASH,
            null)
        .value();
    User manager = signIn(MANAGER_PIN);
    stock.count(manager, List.of(new StockKeeping.CountItem("HONEY-1", 3))).value();
    stock
        .returnToProducer(manager, "IK-01", List.of(new StockKeeping.ReturnItem("FELT-TOY", 2)))
        .value();
    // Settle both groups to the end of today: pay one from the drawer, cancel the other.
    var settlements = new org.ovop.till.core.settle.Settlements(db, clock, till);
    java.time.LocalDate tomorrow =
        clock.instant().atZone(java.time.ZoneId.of("Asia/Bishkek")).toLocalDate().plusDays(1);
    var run = settlements.settle(manager, tomorrow, null, false).value();
    assertThat(run.made()).as("both groups are owed more than the minimum").hasSize(2);
    assertThat(settlements.unpaid())
        .as("made and owed, oldest first")
        .extracting(p -> p.settlement().id())
        .containsExactly(run.made().get(0).settlement().id(), run.made().get(1).settlement().id());
    settlements
        .pay(
            manager,
            run.made().get(0).settlement().id(),
            org.ovop.till.core.settle.PayoutMethod.CASH,
            null)
        .value();
    settlements.cancel(manager, run.made().get(1).settlement().id(), "recount first").value();
    assertThat(settlements.unpaid()).as("one paid, one cancelled: nothing owed").isEmpty();
    var x = shifts.xReport().value();
    shifts.close(cashier, x.expected()).value();
    LedgerCheck check = verify();
    assertThat(check.problems()).as("a realistic day verifies clean").isEmpty();
    return this;
  }
}
