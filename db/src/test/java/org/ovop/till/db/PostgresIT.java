package org.ovop.till.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ovop.till.core.Outcome;
import org.ovop.till.core.Refusal.Reason;
import org.ovop.till.core.sale.Counter;
import org.ovop.till.core.sale.Sale;
import org.ovop.till.core.sale.SaleLine;
import org.ovop.till.core.sale.Tender;
import org.ovop.till.core.sale.TenderMethod;

/**
 * The same use cases on a real PostgreSQL server (binaries from a jar, no Docker): the queries are
 * portable, and the ledger a day makes there is figure for figure the one it makes in SQLite.
 */
class PostgresIT {
  static EmbeddedPostgres server;
  static final AtomicInteger DATABASES = new AtomicInteger();

  @TempDir Path dir;
  String url;
  TillDatabase db;

  @BeforeAll
  static void start() throws Exception {
    server = EmbeddedPostgres.start();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @BeforeEach
  void freshDatabase() throws Exception {
    String name = "till_" + DATABASES.incrementAndGet();
    try (Connection c = server.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    url = server.getJdbcUrl("postgres", name);
    db = TillDatabase.open(url, false);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private long count(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement();
        var rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private Map<String, Long> rowCounts() throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    for (String t :
        List.of(
            "store",
            "app_user",
            "pin_failure",
            "producer_group",
            "member",
            "product",
            "product_terms",
            "document_counter",
            "stock_document",
            "lot",
            "shift",
            "shift_close",
            "sale",
            "sale_line",
            "tender",
            "stock_movement",
            "count_line",
            "cash_movement",
            "audit_entry",
            "journal_entry")) {
      counts.put(t, count("SELECT COUNT(*) FROM " + t));
    }
    return counts;
  }

  /** A sale as figures only (ids are random per database). */
  private static String figures(Sale s) {
    return s.number()
        + " "
        + s.kind()
        + " "
        + s.refundOf()
        + " "
        + s.at()
        + " total="
        + s.total()
        + " due="
        + s.due()
        + " paid="
        + s.paid()
        + " change="
        + s.change()
        + " rounding="
        + s.rounding()
        + " lines="
        + s.lines().stream().map(PostgresIT::figures).collect(Collectors.joining(";"))
        + " tenders="
        + s.tenders().stream()
            .map(t -> t.method() + ":" + t.amount() + ":" + t.reference())
            .collect(Collectors.joining(";"));
  }

  private static String figures(SaleLine l) {
    return l.lineNo()
        + ":"
        + l.sku()
        + ":"
        + l.quantity()
        + "×"
        + l.unitPrice()
        + "-"
        + l.discountRate()
        + "%="
        + l.gross()
        + "/"
        + l.discount()
        + "/"
        + l.amount()
        + " share="
        + l.producerShare()
        + " commission="
        + l.commission()
        + " "
        + l.terms();
  }

  private static List<String> ledger(TillDatabase db) {
    List<Sale> sales =
        db.read(b -> b.sales().between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")));
    return sales.stream().map(PostgresIT::figures).toList();
  }

  @Test
  void aRealisticDayGivesTheSameLedgerAsOnSqlite() throws Exception {
    assertThat(db.dialect()).isEqualTo(SQLDialect.POSTGRES);
    Shop onServer = new Shop(db, new TestClock("2026-03-02T03:00:00Z"), "T1").realisticDay();

    try (TillDatabase file = TillDatabase.open(dir.resolve("till.db").toString(), true)) {
      Shop onFile = new Shop(file, new TestClock("2026-03-02T03:00:00Z"), "T1").realisticDay();
      List<String> expected = ledger(file);
      assertThat(expected).hasSize(4);
      assertThat(ledger(db)).containsExactlyElementsOf(expected);
      for (String sku : List.of("FELT-TOY", "HONEY-1", "SBT-OIL")) {
        assertThat(onServer.onHand(sku)).as(sku).isEqualTo(onFile.onHand(sku));
      }
      // The quick keys' query is plain SQL; both engines rank the same day alike.
      java.util.function.Function<TillDatabase, List<String>> keys =
          d ->
              d.read(b -> b.catalog().quickKeys(10, Instant.EPOCH)).stream()
                  .map(org.ovop.till.core.catalog.Product::sku)
                  .toList();
      assertThat(keys.apply(file)).hasSize(3);
      assertThat(keys.apply(db)).containsExactlyElementsOf(keys.apply(file));
    }
    assertThat(count("SELECT COUNT(*) FROM journal_entry"))
        .as("4 receipts and 1 payout")
        .isEqualTo(5);
  }

  @Test
  void theReceiptPrinterIsKeptWithTheStoreOnTheServer() {
    Shop shop = new Shop(db, new TestClock("2026-03-02T03:00:00Z"), "T1").setUpKarakol();
    assertThat(shop.setup.printer()).isEqualTo(org.ovop.till.core.store.PrinterSetting.ON_SCREEN);
    var usb = new org.ovop.till.core.store.PrinterSetting("xprinter-58", "usb:0416:5011");
    assertThat(shop.setup.configurePrinter(usb).isDone()).isTrue();
    assertThat(shop.setup.printer()).isEqualTo(usb);
  }

  @Test
  void aRefusedSaleWritesNothingOnTheServer() throws Exception {
    Shop shop = new Shop(db, new TestClock("2026-03-02T03:00:00Z"), "T1").setUpKarakol();
    shop.receive("IK-01", "FELT-TOY", 2);
    shop.openShift(0);
    Map<String, Long> before = rowCounts();
    Outcome<Counter.Completed> refused =
        shop.trySell(List.of(Shop.item("FELT-TOY", 3)), Shop.cash(100_000));
    assertThat(refused.refusal().reason()).isEqualTo(Reason.TOO_LITTLE_PAID);
    assertThat(rowCounts()).isEqualTo(before);

    // Selling beyond stock is not refused on the server either.
    Sale sale = shop.sell("FELT-TOY", 3, Shop.card(35_165), Shop.cash(100_000));
    assertThat(sale.number()).isEqualTo("T1-000001");
    assertThat(shop.onHand("FELT-TOY")).isEqualTo(-1);
    Map<String, Long> after = rowCounts();
    assertThat(after.get("sale") - before.get("sale")).isEqualTo(1);
    assertThat(after.get("tender") - before.get("tender")).isEqualTo(2);
    assertThat(after.get("journal_entry") - before.get("journal_entry")).isEqualTo(1);
    assertThat(shop.verify().problems()).isEmpty();
  }

  @Test
  void aRefundAsPaidFindsTheSalesEarlierRefundsOnTheServer() {
    Shop shop = new Shop(db, new TestClock("2026-03-02T03:00:00Z"), "T1").setUpKarakol();
    shop.receive("IK-01", "FELT-TOY", 3);
    shop.openShift(0);
    Sale sale = shop.sell("FELT-TOY", 3, Shop.card(50_000), Shop.cash(90_000));
    List<List<Tender>> back = new java.util.ArrayList<>();
    for (int toy = 1; toy <= 3; toy++) {
      back.add(
          shop.refundAsPaid(sale.number(), "wrong size", "FELT-TOY", 1, null).value().tenders());
    }
    // 450.55 a toy: the first to the card, the second the card's last 49.45 and the rest in cash
    // (401.10, paid as 401.00), the third all in cash (451.00): each step read the ones before.
    assertThat(back)
        .containsExactly(
            List.of(new Tender(TenderMethod.CARD, 45_055, null)),
            List.of(
                new Tender(TenderMethod.CARD, 4_945, null),
                new Tender(TenderMethod.CASH, 40_100, null)),
            List.of(new Tender(TenderMethod.CASH, 45_100, null)));
    List<Sale> earlier = db.read(b -> b.sales().refundsOfSale(sale.number()));
    assertThat(earlier)
        .extracting(Sale::number)
        .containsExactly("T1-000002", "T1-000003", "T1-000004");
    assertThat(shop.verify().problems()).isEmpty();
  }

  @Test
  void eachMobileWalletIsKeptAndCountedApartOnTheServer() {
    Shop shop = new Shop(db, new TestClock("2026-03-02T03:00:00Z"), "T1");
    shop.setUpDakar("Wave / Orange Money");
    shop.receive("SN-03", "BISSAP", 3);
    shop.openShift(0);
    Sale sale =
        shop.sell(
            "BISSAP",
            3,
            new Tender(TenderMethod.MOBILE, 3_000, "W-1", "WAVE"),
            new Tender(TenderMethod.MOBILE, 1_491, "OM-1", "orange money"));
    assertThat(db.read(b -> b.sales().byNumber(sale.number())).orElseThrow().tenders())
        .containsExactly(
            new Tender(TenderMethod.MOBILE, 3_000, "W-1", "Wave"),
            new Tender(TenderMethod.MOBILE, 1_491, "OM-1", "Orange Money"));
    assertThat(shop.shifts.xReport().value().mobileSalesByService())
        .containsOnly(
            java.util.Map.entry("Orange Money", 1_491L), java.util.Map.entry("Wave", 3_000L));
    // The group is paid by one of the wallets, kept as the store spells it.
    var manager = shop.signIn(Shop.MANAGER_PIN);
    var settlements = new org.ovop.till.core.settle.Settlements(db, shop.clock, "T1");
    String id =
        settlements
            .settle(manager, java.time.LocalDate.of(2026, 3, 3), null, false)
            .value()
            .made()
            .get(0)
            .settlement()
            .id();
    settlements
        .pay(manager, id, org.ovop.till.core.settle.PayoutMethod.MOBILE, "orange money", "OMP-1")
        .value();
    assertThat(db.read(b -> b.settlements().payoutOf(id)).orElseThrow().service())
        .isEqualTo("Orange Money");
    assertThat(shop.verify().problems()).isEmpty();
  }

  @Test
  void appendOnlyTablesRefuseChangesOnTheServer() throws Exception {
    new Shop(db, new TestClock("2026-03-02T03:00:00Z"), "T1").realisticDay();
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      for (String table : LedgerVerifier.APPEND_ONLY) {
        assertThat(count("SELECT COUNT(*) FROM " + table)).as(table).isPositive();
        assertThatThrownBy(() -> s.executeUpdate("DELETE FROM " + table))
            .as(table)
            .isInstanceOf(SQLException.class)
            .hasMessageContaining(table + " is append-only");
      }
      assertThatThrownBy(() -> s.executeUpdate("UPDATE sale_line SET amount = amount + 1"))
          .hasMessageContaining("sale_line is append-only");
    }
  }

  @Test
  void aGuardSwitchedOffIsNamedOnTheServer() throws Exception {
    Shop shop = new Shop(db, new TestClock("2026-03-02T03:00:00Z"), "T1").realisticDay();
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("ALTER TABLE stock_movement DISABLE TRIGGER stock_movement_append_only");
    }
    assertThat(shop.verify().problems())
        .containsExactly(
            "Table stock_movement has lost its guard against UPDATE.",
            "Table stock_movement has lost its guard against DELETE.");
  }

  @Test
  void twoTillsSellingAtOnceOnTheServer() throws Exception {
    Shop shop = new Shop(db, new TestClock("2026-03-02T03:00:00Z"), "T1").setUpKarakol();
    shop.staff
        .add(shop.signIn(Shop.MANAGER_PIN), "Айжан", org.ovop.till.core.user.Role.CASHIER, "4444")
        .value();
    shop.receive("IK-01", "FELT-TOY", 40);
    java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(2);
    java.util.concurrent.ConcurrentLinkedQueue<Throwable> failures =
        new java.util.concurrent.ConcurrentLinkedQueue<>();
    List<Thread> threads = new java.util.ArrayList<>();
    for (String[] till :
        List.of(new String[] {"T1", Shop.CASHIER_PIN}, new String[] {"T2", "4444"})) {
      Thread t =
          new Thread(
              () -> {
                try (TillDatabase own = TillDatabase.open(url, false)) {
                  Shop mine = new Shop(own, new TestClock("2026-03-02T04:00:00Z"), till[0]);
                  var cashier = mine.staff.signIn(till[1]).value();
                  mine.shifts.open(cashier, 0).value();
                  ready.countDown();
                  ready.await();
                  for (int i = 0; i < 15; i++) {
                    mine.clock.advance(java.time.Duration.ofSeconds(3));
                    mine.counter
                        .sell(
                            cashier,
                            List.of(Shop.item("FELT-TOY", 1)),
                            List.of(Shop.card(45_055)),
                            null)
                        .value();
                  }
                } catch (Throwable e) {
                  failures.add(e);
                }
              });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join(60_000);
    }
    assertThat(failures).isEmpty();
    assertThat(count("SELECT COUNT(*) FROM sale")).isEqualTo(30);
    for (String till : List.of("T1", "T2")) {
      assertThat(count("SELECT COUNT(DISTINCT seq) FROM sale WHERE till = '" + till + "'"))
          .isEqualTo(15);
      assertThat(count("SELECT MAX(seq) FROM sale WHERE till = '" + till + "'")).isEqualTo(15);
    }
    assertThat(shop.onHand("FELT-TOY")).isEqualTo(10);
    assertThat(shop.verify().problems()).isEmpty();
  }

  @Test
  void theVerifierNamesAnEditAndALostGuardOnTheServer() throws Exception {
    Shop shop = new Shop(db, new TestClock("2026-03-02T03:00:00Z"), "T1").realisticDay();
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("ALTER TABLE sale_line DISABLE TRIGGER sale_line_append_only");
      s.execute(
          "UPDATE sale_line SET producer_share = producer_share - 5000,"
              + " commission = commission + 5000 WHERE sale_number = 'T1-000001'");
      s.execute("ALTER TABLE sale_line ENABLE TRIGGER sale_line_append_only");
      s.execute("DROP TRIGGER journal_entry_append_only ON journal_entry");
    }
    assertThat(shop.verify().problems())
        .contains(
            "Receipt T1-000001 line 1 (FELT-TOY): its figures do not follow from price, quantity,"
                + " discount and terms.",
            "Receipt T1-000001 no longer matches its journal entry: it was changed after it was"
                + " recorded.",
            "Table journal_entry has lost its guard against UPDATE.",
            "Table journal_entry has lost its guard against DELETE.");
  }

  @Test
  void aServerIsNotBackedUpByTheTill() {
    assertThatThrownBy(() -> db.backup(dir.resolve("copy.db")))
        .isInstanceOf(org.ovop.till.core.LedgerUnavailableException.class)
        .hasMessage("Back up a PostgreSQL server with pg_dump; `till backup` copies SQLite files.");
    assertThat(dir.resolve("copy.db")).doesNotExist();
  }

  @Test
  void theServerLocationIsShownWithoutItsPassword() {
    try (TillDatabase withPassword = TillDatabase.open(url + "&password=anything", false)) {
      assertThat(withPassword.location()).endsWith("&password=***");
    }
  }
}
