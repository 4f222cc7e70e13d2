package org.ovop.till.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ovop.till.core.Outcome;
import org.ovop.till.core.catalog.TermsHistory;
import org.ovop.till.core.journal.JournalChain;
import org.ovop.till.core.journal.JournalEntry;
import org.ovop.till.core.sale.Refunds;
import org.ovop.till.core.sale.Sale;
import org.ovop.till.core.sale.SaleLine;
import org.ovop.till.core.sale.TenderMethod;
import org.ovop.till.core.stock.StockKeeping;

/** The jOOQ adapters of the core's ports, read back from the file as the core expects them. */
class BooksIT {
  @TempDir Path dir;
  Path file;
  TillDatabase db;
  Shop shop;

  @BeforeEach
  void open() {
    file = dir.resolve("till.db");
    db = TillDatabase.open(file.toString(), true);
    shop = new Shop(db, new TestClock("2026-03-02T03:00:00Z"), "T1").setUpKarakol();
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void theReceiptPrinterIsOnScreenUntilOneIsSavedAndSurvivesAStoreChange() {
    assertThat(shop.setup.printer()).isEqualTo(org.ovop.till.core.store.PrinterSetting.ON_SCREEN);
    var tcp = new org.ovop.till.core.store.PrinterSetting("generic-58", " tcp://10.0.0.7:9100 ");
    assertThat(shop.setup.configurePrinter(tcp).value().uri()).isEqualTo("tcp://10.0.0.7:9100");
    assertThat(shop.setup.configure(shop.setup.profile().orElseThrow()).isDone()).isTrue();
    assertThat(shop.setup.printer())
        .isEqualTo(
            new org.ovop.till.core.store.PrinterSetting("generic-58", "tcp://10.0.0.7:9100"));
    assertThat(
            shop.setup
                .configurePrinter(new org.ovop.till.core.store.PrinterSetting("generic-58", " "))
                .refusal()
                .reason())
        .isEqualTo(org.ovop.till.core.Refusal.Reason.MISSING);
  }

  @Test
  void aSaleLineKeepsTheTermsInForceWhenItWasSold() throws Exception {
    String felt = shop.product("FELT-TOY").id();
    Instant from = shop.clock.instant().plus(Duration.ofDays(1));
    // New terms from tomorrow: the store keeps 30 % instead of 20 %.
    db.write(
        b -> {
          b.catalog().addTerms(felt, new TermsHistory.Dated(from, Shop.consignment(30)));
          return Outcome.done(null);
        });
    shop.receive("IK-01", "FELT-TOY", 5);
    shop.openShift(0);
    Sale today = shop.sell("FELT-TOY", 1, Shop.card(45_055));
    shop.clock.advance(Duration.ofDays(1));
    Sale tomorrow = shop.sell("FELT-TOY", 1, Shop.card(45_055));

    // 20 % of 450.55 = round(90.11) = 90.11 → share 360.44; 30 % = round(135.165) = 135.17.
    assertThat(today.lines().get(0).terms()).isEqualTo(Shop.consignment(20));
    assertThat(today.lines().get(0).producerShare()).isEqualTo(36_044);
    assertThat(tomorrow.lines().get(0).terms()).isEqualTo(Shop.consignment(30));
    assertThat(tomorrow.lines().get(0).commission()).isEqualTo(13_517);
    // Read back, yesterday's line still carries yesterday's terms.
    Sale readBack = db.read(b -> b.sales().byNumber(today.number()).orElseThrow());
    assertThat(readBack).isEqualTo(today);
    assertThat(Jdbc.texts(file, "SELECT commission_bp FROM sale_line ORDER BY sale_number"))
        .containsExactly("2000", "3000");
    assertThat(shop.verify().problems()).isEmpty();
  }

  @Test
  void salesBetweenTwoInstantsIncludeTheStartAndExcludeTheEnd() {
    shop.receive("IK-02", "HONEY-1", 5);
    shop.openShift(0);
    Instant first = shop.clock.instant();
    shop.sell("HONEY-1", 1, Shop.card(62_000));
    shop.clock.advance(Duration.ofMinutes(1));
    Instant second = shop.clock.instant();
    shop.sell("HONEY-1", 1, Shop.card(62_000));

    List<Sale> onlyFirst = db.read(b -> b.sales().between(first, second));
    assertThat(onlyFirst).extracting(Sale::number).containsExactly("T1-000001");
    List<Sale> both = db.read(b -> b.sales().between(first, second.plusMillis(1)));
    assertThat(both).extracting(Sale::number).containsExactly("T1-000001", "T1-000002");
  }

  @Test
  void documentNumbersAreKeptPerTillAndReceiptsNeverCollide() {
    Shop t2 = new Shop(db, shop.clock, "T2");
    assertThat(shop.receive("IK-01", "FELT-TOY", 1).number()).isEqualTo("CN-T1-000001");
    assertThat(t2.receive("IK-01", "FELT-TOY", 1).number()).isEqualTo("CN-T2-000001");
    assertThat(shop.receive("IK-01", "FELT-TOY", 1).number()).isEqualTo("CN-T1-000002");
    shop.openShift(0);
    t2.openShift(0);
    assertThat(shop.sell("FELT-TOY", 1, Shop.card(45_055)).number()).isEqualTo("T1-000001");
    assertThat(t2.sell("FELT-TOY", 1, Shop.card(45_055)).number()).isEqualTo("T2-000001");
    assertThat(shop.sell("FELT-TOY", 1, Shop.card(45_055)).number()).isEqualTo("T1-000002");
    // One journal over both tills, each link on the one before.
    List<JournalEntry> journal = db.read(b -> b.journal().all());
    assertThat(journal)
        .extracting(JournalEntry::document)
        .containsExactly("T1-000001", "T2-000001", "T1-000002");
    assertThat(journal.get(0).prevHash()).isEqualTo(JournalChain.GENESIS);
    for (int i = 1; i < journal.size(); i++) {
      assertThat(journal.get(i).prevHash()).isEqualTo(journal.get(i - 1).hash());
    }
    assertThat(shop.verify().problems()).isEmpty();
  }

  /**
   * The counter's quick keys are what sold most in the last days, then the rest by SKU: honey was
   * the favourite last season, felt toys and oil sell now, and refunds do not make a favourite.
   */
  @Test
  void quickKeysAreWhatSoldMostLatelyThenTheRestBySku() throws Exception {
    shop.openShift(0);
    java.util.function.BiFunction<Integer, Instant, List<String>> keys =
        (count, since) ->
            db.read(b -> b.catalog().quickKeys(count, since)).stream()
                .map(org.ovop.till.core.catalog.Product::sku)
                .toList();
    assertThat(keys.apply(10, Instant.EPOCH))
        .as("no sales yet: by SKU")
        .containsExactly("FELT-TOY", "HONEY-1", "SBT-OIL");
    shop.sell("HONEY-1", 5, Shop.card(310_000));
    shop.clock.advance(Duration.ofDays(40));
    Instant monthAgo = shop.clock.instant().minus(Duration.ofDays(30));
    shop.sell("FELT-TOY", 3, Shop.card(135_165));
    Sale oil = shop.sell("SBT-OIL", 2, Shop.card(179_980));
    shop.refunds
        .refund(
            shop.signIn(Shop.CASHIER_PIN),
            shop.managerApproval("leaking bottle"),
            oil.number(),
            List.of(new Refunds.Item("SBT-OIL", 2)),
            TenderMethod.CARD,
            null)
        .value();
    assertThat(keys.apply(10, monthAgo)).containsExactly("FELT-TOY", "SBT-OIL", "HONEY-1");
    assertThat(keys.apply(2, monthAgo)).containsExactly("FELT-TOY", "SBT-OIL");
    assertThat(keys.apply(10, Instant.EPOCH))
        .as("over all time honey sold most")
        .containsExactly("HONEY-1", "FELT-TOY", "SBT-OIL");
  }

  @Test
  void aRefundOfGoodsSoldBeforeAnyDeliveryAndInMobileMoney() throws Exception {
    shop.openShift(0);
    // Sold before it was ever received: the movement has no lot.
    Sale sale = shop.sell("SBT-OIL", 2, Shop.card(179_980));
    Sale refund =
        shop.refunds
            .refund(
                shop.signIn(Shop.CASHIER_PIN),
                shop.managerApproval("leaking bottle"),
                sale.number(),
                List.of(new Refunds.Item("SBT-OIL", 1)),
                TenderMethod.MOBILE,
                "MB-7781234")
            .value();
    assertThat(refund.tenders()).hasSize(1);
    assertThat(refund.tenders().get(0).reference()).isEqualTo("MB-7781234");
    // Mobile money is not rounded: 899.90 back exactly.
    assertThat(refund.due()).isEqualTo(89_990);
    assertThat(Jdbc.text(file, "SELECT reference FROM tender WHERE sale_number = 'T1-000002'"))
        .isEqualTo("MB-7781234");
    assertThat(
            Jdbc.texts(
                file,
                "SELECT kind || ':' || quantity || ':' || coalesce(lot_id, 'no lot')"
                    + " FROM stock_movement ORDER BY kind DESC"))
        .containsExactly("SALE:-2:no lot", "REFUND:1:no lot");
    assertThat(shop.onHand("SBT-OIL")).isEqualTo(-1);
    // The refund reads back against its line.
    String lineId = sale.lines().get(0).id();
    List<SaleLine> refunded = db.read(b -> b.sales().refundsOf(lineId));
    assertThat(refunded).extracting(SaleLine::refundOfLine).containsExactly(lineId);
    long refundedQuantity = db.read(b -> b.sales().refundedQuantity(lineId));
    assertThat(refundedQuantity).isEqualTo(1);
    // No cash moved, so the drawer holds only its float.
    assertThat(Jdbc.longValue(file, "SELECT COUNT(*) FROM cash_movement")).isZero();
    assertThat(shop.verify().problems()).isEmpty();
  }

  @Test
  void theShelfListShowsEveryProductOfAGroupWithItsOnHand() {
    shop.receive("IK-02", "HONEY-1", 7);
    List<StockKeeping.OnHand> shelf = shop.stock.onHand("IK-02").value();
    assertThat(shelf)
        .extracting(o -> o.product().sku() + "=" + o.onHand())
        .containsExactly("HONEY-1=7", "SBT-OIL=0");
    assertThat(shop.stock.onHand(null).value()).hasSize(3);
    assertThat(shop.stock.onHand("IK-99").refusal().message())
        .isEqualTo("There is no producer group with code IK-99.");
  }

  @Test
  void aManagersOverrideIsAuditedWithTheNamedManager() throws Exception {
    shop.receive("IK-02", "HONEY-1", 2);
    shop.openShift(0);
    var approval = shop.managerApproval("regular customer");
    shop.counter
        .sell(
            shop.signIn(Shop.CASHIER_PIN),
            List.of(Shop.item("HONEY-1", 1, 25)),
            List.of(Shop.card(46_500)),
            approval)
        .value();
    assertThat(
            Jdbc.text(
                file,
                "SELECT a.action || ':' || a.subject || ':' || a.reason || ':' || m.name"
                    + " FROM audit_entry a JOIN app_user m ON m.id = a.approved_by"))
        .isEqualTo("OVERRIDE_DISCOUNT:T1-000001 HONEY-1 25%:regular customer:Бакыт");
    assertThat(Jdbc.text(file, "SELECT approved_by FROM sale")).isEqualTo(approval.manager().id());
  }
}
