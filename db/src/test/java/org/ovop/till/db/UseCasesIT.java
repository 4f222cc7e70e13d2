package org.ovop.till.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ovop.till.db.Shop.CASHIER_PIN;
import static org.ovop.till.db.Shop.MANAGER_PIN;
import static org.ovop.till.db.Shop.card;
import static org.ovop.till.db.Shop.cash;
import static org.ovop.till.db.Shop.item;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ovop.till.core.Outcome;
import org.ovop.till.core.Refusal;
import org.ovop.till.core.Refusal.Reason;
import org.ovop.till.core.catalog.CatalogService.ImportRow;
import org.ovop.till.core.catalog.NewProduct;
import org.ovop.till.core.catalog.Terms;
import org.ovop.till.core.catalog.TermsHistory;
import org.ovop.till.core.money.Percent;
import org.ovop.till.core.sale.Counter;
import org.ovop.till.core.sale.Refunds;
import org.ovop.till.core.sale.Sale;
import org.ovop.till.core.sale.SaleLine;
import org.ovop.till.core.sale.Tender;
import org.ovop.till.core.sale.TenderMethod;
import org.ovop.till.core.settle.PayoutMethod;
import org.ovop.till.core.shift.CashKind;
import org.ovop.till.core.shift.ShiftReport;
import org.ovop.till.core.stock.LotBalance;
import org.ovop.till.core.stock.StockKeeping;
import org.ovop.till.core.stock.StockKeeping.CountItem;
import org.ovop.till.core.stock.StockKeeping.IntakeItem;
import org.ovop.till.core.stock.StockKeeping.ReturnItem;
import org.ovop.till.core.store.StoreProfile;
import org.ovop.till.core.store.StoreSetup;
import org.ovop.till.core.user.Role;
import org.ovop.till.core.user.User;

/** Every use case of the ledger, end to end through the core's services, on a real SQLite file. */
class UseCasesIT {
  @TempDir Path dir;
  Path file;
  TillDatabase db;
  Shop shop;

  @BeforeEach
  void open() {
    file = dir.resolve("till.db");
    db = TillDatabase.open(file.toString(), true);
    shop = new Shop(db, new TestClock("2026-03-02T03:00:00Z"), "T1");
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void storeSettingsAreKeptAndTheCurrencyLocksOnceMoneyHasMoved() throws Exception {
    shop.setup.configure(Shop.karakol()).value();
    assertThat(shop.setup.profile()).contains(Shop.karakol());
    assertThat(Jdbc.text(file, "SELECT currency || ' ' || cash_rounding FROM store"))
        .isEqualTo("KGS 100");

    // Before any sale the currency may still change.
    shop.setup.configure(Shop.dakar()).value();
    assertThat(shop.setup.profile().orElseThrow().currency().getCurrencyCode()).isEqualTo("XOF");
    shop.setup.configure(Shop.karakol()).value();

    shop.setUpKarakol();
    shop.receive("IK-01", "FELT-TOY", 1);
    shop.openShift(0);
    shop.sell("FELT-TOY", 1, cash(45_100));

    Outcome<StoreProfile> change = shop.setup.configure(Shop.dakar());
    assertThat(change.isDone()).isFalse();
    assertThat(change.refusal().reason()).isEqualTo(Reason.CURRENCY_LOCKED);
    assertThat(shop.setup.profile()).contains(Shop.karakol());
  }

  @Test
  void reportsOverABackwardsPeriodOrBeforeTheStoreIsSetUpAreRefusedWithASentence() {
    var reports = new org.ovop.till.core.report.Reports(db, shop.clock);
    LocalDate march = LocalDate.parse("2026-03-01");
    LocalDate april = LocalDate.parse("2026-04-01");
    // No store yet: nothing to say which days the dates are.
    assertThat(reports.payouts(march, april).refusal().reason()).isEqualTo(Reason.STORE_NOT_SET_UP);
    assertThat(reports.audit(march, april).refusal().reason()).isEqualTo(Reason.STORE_NOT_SET_UP);
    shop.setUpKarakol();
    for (var backwards :
        List.of(
            reports.payouts(april, march),
            reports.audit(april, march),
            reports.gender(april, march))) {
      assertThat(backwards.refusal().message())
          .isEqualTo("The period ends (2026-03-01) before it starts (2026-04-01).");
    }
    // The same day as first and last is a period of one day, and the setting up is in it.
    assertThat(reports.audit(march, march).value()).isEmpty();
    LocalDate today = LocalDate.parse("2026-03-02");
    assertThat(reports.audit(today, today).value()).isNotEmpty();
    assertThat(reports.payouts(today, today).value()).isEmpty();
  }

  @Test
  void kgsCashIsRoundedToOneSomAndTheDifferenceIsTheStores() throws Exception {
    shop.setUpKarakol();
    shop.receive("IK-01", "FELT-TOY", 5);
    shop.openShift(0);
    // 2 × 450.55 = 901.10 som; cash due rounds half-up to 901.00; 1000.00 paid, 99.00 change.
    Sale s = shop.sell("FELT-TOY", 2, cash(100_000));
    assertThat(s.total()).isEqualTo(90_110);
    assertThat(s.due()).isEqualTo(90_100);
    assertThat(s.rounding()).isEqualTo(-10);
    assertThat(s.change()).isEqualTo(9_900);
    // The line keeps its exact amount; the rounding never touches a producer share.
    assertThat(s.lines().get(0).amount()).isEqualTo(90_110);
    assertThat(Jdbc.longValue(file, "SELECT amount FROM cash_movement")).isEqualTo(90_100);
    // 3 × 450.55 = 1351.65 som: rounds up to 1352.00.
    Sale up = shop.sell("FELT-TOY", 3, cash(135_200));
    assertThat(up.due()).isEqualTo(135_200);
    assertThat(up.rounding()).isEqualTo(35);
    assertThat(up.change()).isZero();
  }

  @Test
  void xofCashIsRoundedToFiveFrancs() {
    shop.setUpDakar("");
    shop.receive("SN-03", "BISSAP", 10);
    shop.openShift(10_000);

    // 1497 F: cash due 1495 (…7 rounds down to …5), 2000 paid, 505 back.
    Sale one = shop.sell("BISSAP", 1, cash(2_000));
    assertThat(one.total()).isEqualTo(1_497);
    assertThat(one.due()).isEqualTo(1_495);
    assertThat(one.change()).isEqualTo(505);
    // 2 × 1497 = 2994 F: cash due 2995 (…4 rounds up to …5).
    Sale two = shop.sell("BISSAP", 2, cash(3_000));
    assertThat(two.due()).isEqualTo(2_995);
    assertThat(two.rounding()).isEqualTo(1);
    // Paid by card: no rounding at all.
    Sale byCard = shop.sell("BISSAP", 2, card(2_994));
    assertThat(byCard.due()).isEqualTo(2_994);
    // Share of 1497 under 30 % consignment: commission round(449.1) = 449, share 1048.
    assertThat(one.lines().get(0).producerShare()).isEqualTo(1_048);
    assertThat(one.lines().get(0).commission()).isEqualTo(449);
    assertThat(shop.shifts.xReport().value().expected()).isEqualTo(10_000 + 1_495 + 2_995);
    assertThat(shop.verify().problems()).isEmpty();
  }

  @Test
  void theFirstUserNeedsNobodyAndLaterOnesAManager() throws Exception {
    shop.setup.configure(Shop.karakol()).value();
    User admin = shop.staff.add(null, "Айгуль", Role.ADMIN, "1111").value();

    Outcome<User> nobody = shop.staff.add(null, "Бакыт", Role.MANAGER, "2222");
    assertThat(nobody.refusal().reason()).isEqualTo(Reason.FIRST_USER_ONLY);

    User manager = shop.staff.add(admin, "Бакыт", Role.MANAGER, "2222").value();
    User cashier = shop.staff.add(manager, "Нурлан", Role.CASHIER, "3333").value();
    assertThat(shop.staff.add(cashier, "Эркин", Role.CASHIER, "4444").refusal().reason())
        .isEqualTo(Reason.NEEDS_ROLE);
    assertThat(shop.staff.add(manager, "Эркин", Role.CASHIER, "3333").refusal().reason())
        .isEqualTo(Reason.PIN_TAKEN);
    assertThat(shop.staff.add(manager, "нурлан", Role.CASHIER, "5555").refusal().reason())
        .isEqualTo(Reason.DUPLICATE_USER);

    assertThat(shop.staff.users())
        .extracting(User::name)
        .containsExactly("Айгуль", "Бакыт", "Нурлан");
    assertThat(shop.signIn("3333").id()).isEqualTo(cashier.id());
    // PINs are stored only as salted slow hashes: two users, two different salts.
    List<String> hashes = Jdbc.texts(file, "SELECT pin_hash FROM app_user ORDER BY created_at");
    assertThat(hashes).allMatch(h -> h.startsWith("pbkdf2-sha256$1000$"));
    assertThat(hashes).noneMatch(h -> h.contains("1111") || h.contains("3333"));
    assertThat(Jdbc.longValue(file, "SELECT COUNT(*) FROM audit_entry WHERE action = 'USER_ADD'"))
        .isEqualTo(3);
  }

  @Test
  void fiveWrongPinsLockTheTillAndTheLockIsOnTheFile() {
    shop.setUpKarakol();
    for (int i = 0; i < 4; i++) {
      assertThat(shop.staff.signIn("9999").refusal().reason()).isEqualTo(Reason.WRONG_PIN);
    }
    // The fifth wrong PIN locks, and says so at once: "wrong PIN" there sent the cashier to try
    // again, into a lock she was not told of.
    assertThat(shop.staff.signIn("9999").refusal().reason()).isEqualTo(Reason.LOCKED_OUT);
    assertThat(shop.staff.signIn(CASHIER_PIN).refusal().reason()).isEqualTo(Reason.LOCKED_OUT);
    assertThat(shop.staff.pinEntryLockedUntil())
        .contains(shop.clock.instant().plus(java.time.Duration.ofMinutes(5)));

    // Another process on the same file sees the same lock.
    db.close();
    db = TillDatabase.open(file.toString(), false);
    Shop again = new Shop(db, shop.clock, "T1");
    assertThat(again.staff.signIn(CASHIER_PIN).refusal().reason()).isEqualTo(Reason.LOCKED_OUT);
    shop.clock.advance(Duration.ofMinutes(5).plusSeconds(1));
    assertThat(again.staff.pinEntryLockedUntil()).isEmpty();
    assertThat(again.staff.signIn(CASHIER_PIN).isDone()).isTrue();
  }

  @Test
  void groupsMembersAndProductsWithTheirTerms() throws Exception {
    shop.setUpKarakol();
    User manager = shop.signIn(MANAGER_PIN);
    User cashier = shop.signIn(CASHIER_PIN);

    assertThat(shop.catalog.addGroup(cashier, "IK-09", "x", null, null, null).refusal().reason())
        .isEqualTo(Reason.NEEDS_ROLE);
    assertThat(
            shop.catalog.addGroup(manager, "IK-01", "again", null, null, null).refusal().reason())
        .isEqualTo(Reason.DUPLICATE_GROUP);
    assertThat(
            shop.catalog
                .addMember(manager, "IK-01", "Гульнара", org.ovop.till.core.catalog.Gender.F, null)
                .refusal()
                .reason())
        .isEqualTo(Reason.DUPLICATE_MEMBER);

    assertThat(Jdbc.texts(file, "SELECT code || ':' || name FROM producer_group ORDER BY code"))
        .containsExactly("IK-01:Алтын Кол", "IK-02:Бал Ата");
    assertThat(Jdbc.texts(file, "SELECT name || ':' || gender FROM member ORDER BY name"))
        .containsExactly("Гульнара:F", "Эрмек:M");
    assertThat(
            Jdbc.texts(
                file,
                "SELECT p.sku || ':' || t.kind || ':' || t.commission_bp || ':' || t.buyback_price"
                    + " FROM product p JOIN product_terms t ON t.product_id = p.id ORDER BY p.sku"))
        .containsExactly(
            "FELT-TOY:consignment:2000:0", "HONEY-1:buyback:0:35000", "SBT-OIL:consignment:2500:0");

    // Terms read back as the core sees them, at the moment of a sale.
    String honey = shop.product("HONEY-1").id();
    TermsHistory history = db.read(b -> b.catalog().terms(honey));
    assertThat(history.at(shop.clock.instant())).contains(new Terms.Buyback(35_000));
    assertThat(shop.product("FELT-TOY").certificate().validUntil()).isEqualTo(Shop.CERTIFIED_UNTIL);
    // Products without a barcode get in-store EAN-13 codes with prefix 2, each one different.
    List<String> barcodes = Jdbc.texts(file, "SELECT barcode FROM product ORDER BY sku");
    assertThat(barcodes).hasSize(3).doesNotHaveDuplicates().allMatch(b -> b.matches("2\\d{12}"));
    assertThat(barcodes)
        .allMatch(org.ovop.till.core.catalog.Barcodes::isEan13, "a correct EAN-13 check digit");
  }

  @Test
  void newTermsApplyFromTheirDayOnAndTheOldOnesStayForEarlierSales() throws Exception {
    shop.setUpKarakol();
    User manager = shop.signIn(MANAGER_PIN);
    User cashier = shop.signIn(CASHIER_PIN);
    String honey = shop.product("HONEY-1").id();
    var before = shop.clock.instant();
    shop.clock.advance(Duration.ofDays(1));

    assertThat(shop.catalog.changeTerms(cashier, "HONEY-1", new Terms.Buyback(40_000)).refusal())
        .extracting(Refusal::reason)
        .isEqualTo(Reason.NEEDS_ROLE);
    assertThat(shop.catalog.changeTerms(manager, "NOPE", new Terms.Buyback(1)).refusal().reason())
        .isEqualTo(Reason.UNKNOWN_PRODUCT);
    var changed =
        shop.catalog.changeTerms(manager, "HONEY-1", new Terms.Consignment(new Percent(3000)));
    assertThat(changed.isDone()).isTrue();

    TermsHistory history = db.read(b -> b.catalog().terms(honey));
    assertThat(history.at(before)).contains(new Terms.Buyback(35_000));
    assertThat(history.at(shop.clock.instant())).contains(new Terms.Consignment(new Percent(3000)));
    assertThat(Jdbc.texts(file, "SELECT action || ' ' || subject FROM audit_entry"))
        .anyMatch(a -> a.startsWith("TERMS_CHANGE HONEY-1"));
  }

  @Test
  void anImportWithOneBadRowWritesNothing() throws Exception {
    shop.setUpKarakol();
    User manager = shop.signIn(MANAGER_PIN);
    Map<String, List<String>> before = Jdbc.dump(file);

    List<ImportRow> rows =
        List.of(
            new ImportRow(2, newProduct("JAM-1", "Джем", "IK-02", 30_000), null),
            new ImportRow(3, newProduct("JAM-2", "Джем абрикос", "IK-77", 32_000), null),
            new ImportRow(4, null, Refusal.of(Reason.BAD_AMOUNT, "12.345", "KGS", 2)),
            new ImportRow(5, newProduct("JAM-3", "Джем малина", "IK-02", 33_000), null),
            new ImportRow(6, newProduct("JAM-3", "Джем малина", "IK-02", 33_000), null));
    var refused = shop.catalog.importProducts(manager, rows);

    assertThat(refused.isDone()).isFalse();
    assertThat(refused.refusal().reason()).isEqualTo(Reason.IMPORT_REJECTED);
    String message = refused.refusal().message();
    assertThat(message)
        .startsWith("Nothing was imported: 3 row(s) are wrong.")
        .contains("line 3: There is no producer group with code IK-77.")
        .contains("line 4: '12.345' is not an amount in KGS")
        .contains("line 6: A product with SKU JAM-3 already exists.")
        .doesNotContain("line 2")
        .doesNotContain("line 5");
    // Good rows 2 and 5 were inserted inside the transaction before the refusal, then rolled back.
    assertThat(Jdbc.dump(file)).isEqualTo(before);

    var good =
        shop.catalog.importProducts(
            manager,
            List.of(
                new ImportRow(2, newProduct("JAM-1", "Джем", "IK-02", 30_000), null),
                new ImportRow(3, newProduct("JAM-3", "Джем малина", "IK-02", 33_000), null)));
    assertThat(good.value()).hasSize(2);
    assertThat(Jdbc.longValue(file, "SELECT COUNT(*) FROM product")).isEqualTo(5);
    assertThat(Jdbc.longValue(file, "SELECT COUNT(*) FROM product_terms")).isEqualTo(5);
  }

  private static NewProduct newProduct(String sku, String name, String group, long price) {
    return new NewProduct(
        sku, name, group, price, Shop.consignment(20), null, null, Shop.CERTIFIED_UNTIL, null);
  }

  @Test
  void intakeMakesNumberedNotesAndLotsWithMembersAndBestBefore() throws Exception {
    shop.setUpKarakol();
    User manager = shop.signIn(MANAGER_PIN);
    LocalDate bestBefore = LocalDate.parse("2027-06-30");
    var note =
        shop.stock
            .receive(
                manager,
                "IK-02",
                List.of(
                    new IntakeItem("HONEY-1", 12, "Эрмек", bestBefore),
                    new IntakeItem("SBT-OIL", 5, null, null)),
                null)
            .value();
    assertThat(note.number()).isEqualTo("CN-T1-000001");
    assertThat(note.lots()).hasSize(2);

    assertThat(
            Jdbc.texts(
                file,
                "SELECT l.note_number || '/' || l.line_no || ':' || p.sku || ':' || l.quantity"
                    + " || ':' || coalesce(m.name, '-') || ':' || coalesce(l.best_before, '-')"
                    + " FROM lot l JOIN product p ON p.id = l.product_id"
                    + " LEFT JOIN member m ON m.id = l.member_id ORDER BY l.line_no"))
        .containsExactly(
            "CN-T1-000001/1:HONEY-1:12:Эрмек:2027-06-30", "CN-T1-000001/2:SBT-OIL:5:-:-");
    assertThat(
            Jdbc.texts(
                file,
                "SELECT kind || ':' || quantity || ':' || document FROM stock_movement"
                    + " ORDER BY quantity DESC"))
        .containsExactly("INTAKE:12:CN-T1-000001", "INTAKE:5:CN-T1-000001");
    assertThat(Jdbc.text(file, "SELECT kind || ':' || till FROM stock_document"))
        .isEqualTo("INTAKE:T1");
    assertThat(shop.onHand("HONEY-1")).isEqualTo(12);

    // A delivery whose second item is unknown: the first item's lot and movement are rolled back,
    // and the note number is not used up.
    Map<String, List<String>> before = Jdbc.dump(file);
    var refused =
        shop.stock.receive(
            manager,
            "IK-02",
            List.of(
                new IntakeItem("HONEY-1", 3, null, null), new IntakeItem("NOPE", 1, null, null)),
            null);
    assertThat(refused.refusal().message()).isEqualTo("No product has the barcode or SKU NOPE.");
    assertThat(Jdbc.dump(file)).isEqualTo(before);
    // A product of another group, and a member of nobody, are refused the same way.
    assertThat(
            shop.stock
                .receive(manager, "IK-01", List.of(new IntakeItem("HONEY-1", 1, null, null)), null)
                .refusal()
                .message())
        .isEqualTo("Product HONEY-1 belongs to group IK-02, not IK-01.");
    assertThat(
            shop.stock
                .receive(
                    manager, "IK-02", List.of(new IntakeItem("HONEY-1", 1, "Никто", null)), null)
                .refusal()
                .reason())
        .isEqualTo(Reason.UNKNOWN_MEMBER);
    assertThat(Jdbc.dump(file)).isEqualTo(before);

    assertThat(shop.receive("IK-02", "HONEY-1", 1).number()).isEqualTo("CN-T1-000002");
  }

  @Test
  void anExpiredCertificateIsRefusedAtIntakeUnlessAManagerApprovesWithAReason() throws Exception {
    shop.setUpKarakol();
    User manager = shop.signIn(MANAGER_PIN);
    shop.catalog
        .addProduct(
            manager,
            new NewProduct(
                "OLD-JAM",
                "Старый джем",
                "IK-02",
                20_000,
                Shop.consignment(20),
                null,
                "C-1",
                LocalDate.parse("2026-03-01"),
                null))
        .value();
    Map<String, List<String>> before = Jdbc.dump(file);
    var refused =
        shop.stock.receive(
            manager, "IK-02", List.of(new IntakeItem("OLD-JAM", 2, null, null)), null);
    assertThat(refused.refusal().message())
        .isEqualTo(
            "The brand certificate of OLD-JAM expired on 2026-03-01; a manager must approve it,"
                + " with a reason.");
    assertThat(Jdbc.dump(file)).isEqualTo(before);

    shop.stock
        .receive(
            manager,
            "IK-02",
            List.of(new IntakeItem("OLD-JAM", 2, null, null)),
            shop.managerApproval("renewal on its way"))
        .value();
    assertThat(
            Jdbc.text(
                file,
                "SELECT reason FROM audit_entry WHERE action = 'OVERRIDE_UNCERTIFIED_INTAKE'"))
        .isEqualTo("renewal on its way");
  }

  @Test
  void salesTakeTheOldestLotFirstAndNeverRefuseAnItemBeyondStock() throws Exception {
    shop.setUpKarakol();
    String lotA = shop.receive("IK-01", "FELT-TOY", 3).lots().get(0).lot().id();
    shop.clock.advance(Duration.ofDays(1));
    String lotB = shop.receive("IK-01", "FELT-TOY", 5).lots().get(0).lot().id();
    shop.openShift(0);

    Sale first = shop.sell("FELT-TOY", 4, card(4 * 45_055));
    assertThat(
            Jdbc.texts(
                file,
                "SELECT lot_id || ':' || quantity FROM stock_movement WHERE document = '"
                    + first.number()
                    + "' ORDER BY quantity"))
        .containsExactlyInAnyOrder(lotA + ":-3", lotB + ":-1");
    String productId = shop.product("FELT-TOY").id();
    List<LotBalance> lots = db.read(b -> b.stock().lotsOldestFirst(productId));
    assertThat(lots).extracting(l -> l.lot().id()).containsExactly(lotA, lotB);
    assertThat(lots).extracting(LotBalance::onHand).containsExactly(0L, 4L);

    // Six more than the four left: sold anyway, the newest lot goes negative, the cashier is told.
    var beyond = shop.trySell(List.of(item("FELT-TOY", 6)), card(6 * 45_055));
    assertThat(beyond.isDone()).isTrue();
    assertThat(beyond.value().notices())
        .containsExactly("Stock of FELT-TOY Войлочная игрушка is now -2: count it.");
    assertThat(shop.onHand("FELT-TOY")).isEqualTo(-2);
    List<LotBalance> afterOversell = db.read(b -> b.stock().lotsOldestFirst(productId));
    assertThat(afterOversell).extracting(LotBalance::onHand).containsExactly(0L, -2L);

    // A product never received at all still sells; its movement has no lot.
    shop.sell("SBT-OIL", 1, card(89_990));
    assertThat(shop.onHand("SBT-OIL")).isEqualTo(-1);
    assertThat(
            Jdbc.longValue(
                file,
                "SELECT COUNT(*) FROM stock_movement m JOIN product p ON p.id = m.product_id"
                    + " WHERE p.sku = 'SBT-OIL' AND m.lot_id IS NULL"))
        .isEqualTo(1);
    assertThat(shop.verify().problems()).isEmpty();
  }

  @Test
  void refundsInStepsGiveBackExactlyTheLineAndNeverMoreThanWasSold() throws Exception {
    shop.setUpKarakol();
    shop.receive("IK-01", "FELT-TOY", 10);
    shop.openShift(0);
    // 3 × 450.55 = 1351.65; 10 % off = round(135.165) = 135.17; amount 1216.48.
    // Consignment 20 %: commission round(243.296) = 243.30; share 973.18.
    Sale sale = shop.trySell(List.of(item("FELT-TOY", 3, 10)), card(121_648)).value().sale();
    SaleLine line = sale.lines().get(0);
    assertThat(line.gross()).isEqualTo(135_165);
    assertThat(line.discount()).isEqualTo(13_517);
    assertThat(line.amount()).isEqualTo(121_648);
    assertThat(line.commission()).isEqualTo(24_330);
    assertThat(line.producerShare()).isEqualTo(97_318);

    User cashier = shop.signIn(CASHIER_PIN);
    Map<String, List<String>> before = Jdbc.dump(file);
    var tooMany =
        shop.refund(sale.number(), "wrong colour", "FELT-TOY", 4, TenderMethod.CASH, null);
    assertThat(tooMany.refusal().message())
        .isEqualTo("Only 3 of FELT-TOY on receipt T1-000001 can still be refunded.");
    assertThat(Jdbc.dump(file)).isEqualTo(before);
    assertThat(
            shop.refunds
                .refund(
                    cashier,
                    null,
                    sale.number(),
                    List.of(new Refunds.Item("FELT-TOY", 1)),
                    TenderMethod.CASH,
                    null)
                .refusal()
                .reason())
        .isEqualTo(Reason.MANAGER_PIN_NEEDED);

    // 1 of 3: round(1216.48 / 3) = round(405.4933) = 405.49; share round(973.18 / 3) = 324.39.
    Sale r1 =
        shop.refund(sale.number(), "wrong colour", "FELT-TOY", 1, TenderMethod.CASH, null).value();
    assertThat(r1.number()).isEqualTo("T1-000002");
    assertThat(r1.lines().get(0).amount()).isEqualTo(40_549);
    assertThat(r1.lines().get(0).producerShare()).isEqualTo(32_439);
    // Cash back is rounded to the som like any cash: 405.49 → 405.00.
    assertThat(r1.due()).isEqualTo(40_500);

    // 2 more of 3: the rest of the line, exactly: 1216.48 − 405.49 and 973.18 − 324.39.
    Sale r2 =
        shop.refunds
            .refund(
                cashier,
                shop.managerApproval("wrong colour"),
                sale.number(),
                List.of(new Refunds.Item(shop.product("FELT-TOY").barcode(), 2)),
                TenderMethod.CARD,
                null)
            .value();
    assertThat(r2.lines().get(0).amount()).isEqualTo(81_099);
    assertThat(r2.lines().get(0).producerShare()).isEqualTo(64_879);
    assertThat(r2.due()).isEqualTo(81_099);

    assertThat(
            Jdbc.longValue(
                file,
                "SELECT SUM(amount) FROM sale_line WHERE refund_of_line = '" + line.id() + "'"))
        .isEqualTo(line.amount());
    assertThat(
            Jdbc.longValue(
                file,
                "SELECT SUM(producer_share) FROM sale_line WHERE refund_of_line = '"
                    + line.id()
                    + "'"))
        .isEqualTo(line.producerShare());
    // The units came back to the lot they were sold from.
    assertThat(shop.onHand("FELT-TOY")).isEqualTo(10);
    assertThat(Jdbc.longValue(file, "SELECT COUNT(*) FROM stock_movement WHERE lot_id IS NULL"))
        .isZero();

    before = Jdbc.dump(file);
    var oneMore = shop.refund(sale.number(), "again", "FELT-TOY", 1, TenderMethod.CASH, null);
    assertThat(oneMore.refusal().message())
        .isEqualTo("Only 0 of FELT-TOY on receipt T1-000001 can still be refunded.");
    assertThat(
            shop.refund(r1.number(), "x", "FELT-TOY", 1, TenderMethod.CASH, null)
                .refusal()
                .reason())
        .isEqualTo(Reason.NOT_A_SALE);
    assertThat(Jdbc.dump(file)).isEqualTo(before);
    assertThat(Jdbc.longValue(file, "SELECT COUNT(*) FROM audit_entry WHERE action = 'REFUND'"))
        .isEqualTo(2);
    assertThat(shop.verify().problems()).isEmpty();
  }

  @Test
  void aCountAdjustsTheBooksToWhatIsOnTheShelf() throws Exception {
    shop.setUpKarakol();
    shop.receive("IK-02", "HONEY-1", 6);
    shop.receive("IK-02", "SBT-OIL", 2);
    shop.openShift(0);
    shop.sell("HONEY-1", 2, card(124_000));
    User manager = shop.signIn(MANAGER_PIN);

    var sheet =
        shop.stock
            .count(manager, List.of(new CountItem("HONEY-1", 3), new CountItem("SBT-OIL", 5)))
            .value();
    assertThat(sheet.number()).isEqualTo("CT-T1-000001");
    assertThat(sheet.lines())
        .extracting(StockKeeping.CountedLine::variance)
        .containsExactly(-1L, 3L);
    assertThat(shop.onHand("HONEY-1")).isEqualTo(3);
    assertThat(shop.onHand("SBT-OIL")).isEqualTo(5);
    assertThat(
            Jdbc.texts(
                file,
                "SELECT p.sku || ':' || c.expected || ':' || c.counted FROM count_line c"
                    + " JOIN product p ON p.id = c.product_id ORDER BY p.sku"))
        .containsExactly("HONEY-1:4:3", "SBT-OIL:2:5");
    assertThat(
            Jdbc.texts(
                file,
                "SELECT quantity FROM stock_movement WHERE kind = 'COUNT_ADJUSTMENT'"
                    + " ORDER BY quantity"))
        .containsExactly("-1", "3");

    Map<String, List<String>> before = Jdbc.dump(file);
    assertThat(
            shop.stock
                .count(manager, List.of(new CountItem("HONEY-1", 3), new CountItem("HONEY-1", 4)))
                .refusal()
                .reason())
        .isEqualTo(Reason.DUPLICATE_ITEM);
    assertThat(
            shop.stock
                .count(shop.signIn(CASHIER_PIN), List.of(new CountItem("HONEY-1", 3)))
                .refusal()
                .reason())
        .isEqualTo(Reason.NEEDS_ROLE);
    assertThat(Jdbc.dump(file)).isEqualTo(before);
    assertThat(shop.verify().problems()).isEmpty();
  }

  @Test
  void unsoldGoodsGoBackToTheProducerOnAReturnNote() throws Exception {
    shop.setUpKarakol();
    shop.receive("IK-01", "FELT-TOY", 10);
    User manager = shop.signIn(MANAGER_PIN);

    var note =
        shop.stock
            .returnToProducer(manager, "IK-01", List.of(new ReturnItem("FELT-TOY", 4)))
            .value();
    assertThat(note.number()).isEqualTo("RN-T1-000001");
    assertThat(shop.onHand("FELT-TOY")).isEqualTo(6);
    assertThat(
            Jdbc.text(
                file,
                "SELECT kind || ':' || quantity || ':' || document FROM stock_movement"
                    + " WHERE kind = 'RETURN_TO_PRODUCER'"))
        .isEqualTo("RETURN_TO_PRODUCER:-4:RN-T1-000001");

    Map<String, List<String>> before = Jdbc.dump(file);
    assertThat(
            shop.stock
                .returnToProducer(manager, "IK-01", List.of(new ReturnItem("FELT-TOY", 7)))
                .refusal()
                .message())
        .isEqualTo("Only 6 of FELT-TOY are on hand to return to the producer.");
    assertThat(
            shop.stock
                .returnToProducer(manager, "IK-02", List.of(new ReturnItem("FELT-TOY", 1)))
                .refusal()
                .reason())
        .isEqualTo(Reason.NOT_IN_GROUP);
    assertThat(Jdbc.dump(file)).isEqualTo(before);
  }

  @Test
  void aShiftAddsUpItsDrawerAndClosesWithOverShort() throws Exception {
    shop.setUpKarakol();
    shop.receive("IK-01", "FELT-TOY", 10);
    shop.receive("IK-02", "HONEY-1", 10);
    shop.openShift(500_000);
    assertThat(shop.shifts.open(shop.signIn(CASHIER_PIN), 0).refusal().message())
        .isEqualTo("A shift is already open on till T1, opened by Нурлан.");

    // Cash: 3 × 450.55 = 1351.65 → due 1352.00, paid 1400.00, change 48.00.
    Sale cashSale = shop.sell("FELT-TOY", 3, cash(140_000));
    assertThat(cashSale.due()).isEqualTo(135_200);
    // Mixed: 620.00 of honey, 200.00 by card and 420.00 in cash: no change, nothing rounded.
    shop.sell("HONEY-1", 1, card(20_000), cash(42_000));
    // A cash refund of one felt toy: 450.55 → 451.00 back from the drawer.
    User cashier = shop.signIn(CASHIER_PIN);
    Sale refund =
        shop.refund(cashSale.number(), "gift", "FELT-TOY", 1, TenderMethod.CASH, null).value();
    assertThat(refund.due()).isEqualTo(45_100);

    long expected = 500_000 + 135_200 + 42_000 - 45_100;
    ShiftReport x = shop.shifts.xReport().value();
    assertThat(x.expected()).isEqualTo(expected);
    assertThat(x.sales()).isEqualTo(2);
    assertThat(x.refunds()).isEqualTo(1);
    assertThat(x.salesTotal()).isEqualTo(135_165 + 62_000);
    assertThat(x.cashSales()).isEqualTo(135_200 + 42_000);
    assertThat(x.cashRefunds()).isEqualTo(45_100);
    assertThat(x.counted()).isNull();
    assertThat(Jdbc.longValue(file, "SELECT COUNT(*) FROM shift_close")).isZero();

    shop.clock.advance(Duration.ofHours(8));
    ShiftReport z = shop.shifts.close(cashier, expected - 100).value();
    assertThat(z.expected()).isEqualTo(expected);
    assertThat(z.overShort()).isEqualTo(-100);
    assertThat(Jdbc.text(file, "SELECT expected || ':' || counted FROM shift_close"))
        .isEqualTo(expected + ":" + (expected - 100));
    assertThat(Jdbc.longValue(file, "SELECT SUM(amount) FROM cash_movement"))
        .isEqualTo(expected - 500_000);

    // With the shift closed, the till sells nothing until a new one opens.
    Map<String, List<String>> before = Jdbc.dump(file);
    assertThat(shop.trySell(List.of(item("FELT-TOY", 1)), cash(50_000)).refusal().message())
        .isEqualTo("No shift is open on till T1: open one first.");
    assertThat(shop.shifts.xReport().refusal().reason()).isEqualTo(Reason.NO_OPEN_SHIFT);
    assertThat(Jdbc.dump(file)).isEqualTo(before);
    shop.openShift(expected - 100);
    assertThat(shop.sell("FELT-TOY", 1, cash(45_100)).number()).isEqualTo("T1-000004");
  }

  @Test
  void damagedGoodsAreWrittenOffOldestLotFirstWithTheirReasonAndNeverSettled() throws Exception {
    shop.setUpKarakol();
    shop.receive("IK-02", "HONEY-1", 3);
    shop.clock.advance(Duration.ofDays(1));
    shop.receive("IK-02", "HONEY-1", 5);
    User manager = shop.signIn(MANAGER_PIN);
    var sheet =
        shop.stock.writeOffDamaged(
            manager,
            List.of(new StockKeeping.DamagedItem("HONEY-1", 4)),
            "  Полка упала, банки разбиты ");
    assertThat(sheet.isDone()).as(String.valueOf(sheet)).isTrue();
    assertThat(sheet.value().number()).isEqualTo("DM-T1-000001");
    assertThat(sheet.value().reason()).isEqualTo("Полка упала, банки разбиты");
    // Three from the older lot, one from the newer: 4 left on the shelf.
    assertThat(
            Jdbc.text(
                file,
                "SELECT group_concat(quantity, ',') FROM (SELECT m.quantity FROM stock_movement m"
                    + " JOIN lot l ON l.id = m.lot_id WHERE m.kind = 'DAMAGE' ORDER BY l.received_at)"))
        .isEqualTo("-3,-1");
    assertThat(shop.stock.onHand("IK-02").value())
        .filteredOn(o -> o.product().sku().equals("HONEY-1"))
        .extracting(StockKeeping.OnHand::onHand)
        .containsExactly(4L);
    assertThat(Jdbc.text(file, "SELECT reason FROM stock_document WHERE kind = 'DAMAGE'"))
        .isEqualTo("Полка упала, банки разбиты");
    assertThat(
            Jdbc.text(
                file, "SELECT action || ' ' || subject FROM audit_entry WHERE action = 'DAMAGE'"))
        .isEqualTo("DAMAGE DM-T1-000001");
    assertThat(shop.verify().problems()).isEmpty();

    // Refused, each in one sentence, and nothing written.
    Map<String, List<String>> before = Jdbc.dump(file);
    var damaged = List.of(new StockKeeping.DamagedItem("HONEY-1", 5));
    assertThat(shop.stock.writeOffDamaged(manager, damaged, "bank").refusal().message())
        .isEqualTo("Only 4 of HONEY-1 are on hand to write off.");
    var one = List.of(new StockKeeping.DamagedItem("HONEY-1", 1));
    assertThat(shop.stock.writeOffDamaged(manager, one, " ").refusal().reason())
        .isEqualTo(Reason.DAMAGE_NEEDS_REASON);
    assertThat(
            shop.stock.writeOffDamaged(shop.signIn(CASHIER_PIN), one, "dropped").refusal().reason())
        .isEqualTo(Reason.NEEDS_ROLE);
    assertThat(Jdbc.dump(file)).isEqualTo(before);
  }

  @Test
  void cashPutInAndTakenOutMidShiftIsApprovedAuditedAndCountedInTheDrawer() throws Exception {
    shop.setUpKarakol();
    shop.receive("IK-01", "FELT-TOY", 10);
    shop.openShift(100_000);
    shop.sell("FELT-TOY", 2, cash(100_000)); // 901.10 → 901.00 in cash
    User cashier = shop.signIn(CASHIER_PIN);
    var in =
        shop.shifts.cashInOut(
            cashier, CashKind.CASH_IN, 20_000, shop.managerApproval("coins for change"));
    assertThat(in.isDone()).as(String.valueOf(in)).isTrue();
    var out =
        shop.shifts.cashInOut(
            cashier, CashKind.CASH_OUT, 150_000, shop.managerApproval("takings to the bank"));
    assertThat(out.isDone()).as(String.valueOf(out)).isTrue();
    ShiftReport x = shop.shifts.xReport().value();
    assertThat(x.cashInOut()).isEqualTo(20_000 - 150_000);
    assertThat(x.expected()).isEqualTo(100_000 + 90_100 + 20_000 - 150_000);
    // Each approved by its manager, with its reason, in the audit trail.
    assertThat(
            Jdbc.text(
                file,
                "SELECT group_concat(action || ':' || reason, ',') FROM (SELECT * FROM audit_entry"
                    + " WHERE action LIKE 'CASH_%' ORDER BY at)"))
        .isEqualTo("CASH_IN:coins for change,CASH_OUT:takings to the bank");
    assertThat(Jdbc.text(file, "SELECT subject FROM audit_entry WHERE action = 'CASH_IN'"))
        .endsWith(": 200.00 KGS");

    // Refused, and nothing written: more than the drawer holds, nothing at all, no manager.
    Map<String, List<String>> before = Jdbc.dump(file);
    var tooMuch =
        shop.shifts.cashInOut(cashier, CashKind.CASH_OUT, 60_101, shop.managerApproval("bank"));
    assertThat(tooMuch.refusal().message())
        .isEqualTo(
            "The drawer should hold only 601.00 KGS, so 601.01 KGS cannot be taken out of it.");
    assertThat(
            shop.shifts
                .cashInOut(cashier, CashKind.CASH_IN, 0, shop.managerApproval("nothing"))
                .refusal()
                .reason())
        .isEqualTo(Reason.NO_CASH_AMOUNT);
    assertThat(shop.shifts.cashInOut(cashier, CashKind.CASH_IN, 500, null).refusal().reason())
        .isEqualTo(Reason.MANAGER_PIN_NEEDED);
    assertThat(Jdbc.dump(file)).isEqualTo(before);

    // The Z report closes on the drawer as it really is.
    ShiftReport z = shop.shifts.close(cashier, 60_100).value();
    assertThat(z.overShort()).isZero();
  }

  @Test
  void aSaleWritesEverythingAtOnceAndARefusedOneWritesNothing() throws Exception {
    shop.setUpKarakol();
    shop.receive("IK-02", "HONEY-1", 1);
    shop.clock.advance(Duration.ofHours(1));
    shop.receive("IK-02", "HONEY-1", 5);
    shop.openShift(100_000);

    Map<String, Long> before = Jdbc.rowCounts(file);
    // Honey 2 × 620.00 (spans two lots) + oil 899.90 = 2139.90: 1000.00 card, 1139.90 in cash →
    // cash due 1140.00, 1200.00 given, 60.00 back.
    Sale sale =
        shop.trySell(List.of(item("HONEY-1", 2), item("SBT-OIL", 1)), card(100_000), cash(120_000))
            .value()
            .sale();
    assertThat(sale.total()).isEqualTo(213_990);
    assertThat(sale.due()).isEqualTo(214_000);
    assertThat(sale.change()).isEqualTo(6_000);
    Map<String, Long> after = Jdbc.rowCounts(file);

    Map<String, Long> added = new HashMap<>();
    after.forEach((t, n) -> added.put(t, n - before.get(t)));
    assertThat(added)
        .containsEntry("sale", 1L)
        .containsEntry("sale_line", 2L)
        .containsEntry("tender", 2L)
        .containsEntry("stock_movement", 3L) // two lots of honey, oil without a lot
        .containsEntry("cash_movement", 1L)
        .containsEntry("journal_entry", 1L)
        // The oil, sold before any lot of it arrived, starts its balance outside a lot; the honey's
        // two lots already had theirs.
        .containsEntry("stock_balance", 1L);
    added
        .keySet()
        .removeAll(
            List.of(
                "sale",
                "sale_line",
                "tender",
                "stock_movement",
                "cash_movement",
                "journal_entry",
                "stock_balance"));
    assertThat(added.values()).as("nothing else is written by a sale").containsOnly(0L);
    assertThat(Jdbc.longValue(file, "SELECT amount FROM cash_movement")).isEqualTo(114_000);
    assertThat(Jdbc.text(file, "SELECT document FROM journal_entry")).isEqualTo(sale.number());
    // Read back whole, the sale is the one the counter made.
    java.util.Optional<Sale> readBack = db.read(b -> b.sales().byNumber(sale.number()));
    assertThat(readBack).contains(sale);

    // Refused sales, for every reason a counter can give, write nothing at all.
    Map<String, List<String>> snapshot = Jdbc.dump(file);
    List<Outcome<Counter.Completed>> refused =
        List.of(
            shop.trySell(List.of(item("HONEY-1", 1)), cash(61_000)),
            shop.trySell(List.of(item("HONEY-1", 1), item("NO-SUCH", 1)), cash(100_000)),
            shop.trySell(List.of(item("HONEY-1", 1, 30)), cash(100_000)),
            shop.trySell(List.of(item("HONEY-1", 0)), cash(100_000)),
            shop.trySell(List.of(item("HONEY-1", 1)), new Tender(TenderMethod.MOBILE, 62_000, "")),
            shop.trySell(List.of(item("HONEY-1", 1)), card(70_000)),
            shop.trySell(List.of(item("HONEY-1", 1))));
    assertThat(refused).allMatch(o -> !o.isDone());
    assertThat(refused)
        .extracting(o -> o.refusal().reason())
        .containsExactly(
            Reason.TOO_LITTLE_PAID,
            Reason.UNKNOWN_PRODUCT,
            Reason.DISCOUNT_NEEDS_MANAGER,
            Reason.BAD_QUANTITY,
            Reason.MOBILE_NEEDS_REFERENCE,
            Reason.NON_CASH_OVERPAID,
            Reason.NO_TENDER);
    assertThat(refused.get(0).refusal().message())
        .isEqualTo("620.00 KGS is due but only 610.00 KGS was paid.");
    assertThat(Jdbc.dump(file)).isEqualTo(snapshot);

    // The next good sale takes the very next receipt number: refusals leave no gap.
    assertThat(shop.sell("HONEY-1", 1, card(62_000)).number()).isEqualTo("T1-000002");
    assertThat(shop.verify().problems()).isEmpty();
  }

  @Test
  void aPriceSetAtTheCounterNeedsAManagerAndTheProducerIsPaidOnWhatItSoldFor() throws Exception {
    shop.setUpKarakol();
    shop.receive("IK-02", "SBT-OIL", 5);
    shop.receive("IK-02", "HONEY-1", 5);
    shop.openShift(0);
    User cashier = shop.signIn(CASHIER_PIN);
    // The shelf label still says 800.00 for the oil the catalogue now sells at 899.90.
    Counter.Item oilAt800 = new Counter.Item("SBT-OIL", 2, null, 80_000L);

    Map<String, List<String>> before = Jdbc.dump(file);
    var alone = shop.counter.sell(cashier, List.of(oilAt800), List.of(card(160_000)), null);
    assertThat(alone.refusal().message())
        .isEqualTo(
            "Selling SBT-OIL at 800.00 KGS instead of its price of 899.90 KGS needs a manager's"
                + " approval, with a reason.");
    var free =
        shop.counter.sell(
            cashier,
            List.of(new Counter.Item("SBT-OIL", 1, null, 0L)),
            List.of(cash(100)),
            shop.managerApproval("gift"));
    assertThat(free.refusal().message()).isEqualTo("A price must be more than zero, not 0.00 KGS.");
    // The catalogue's own price typed again is no override and needs no one.
    assertThat(
            shop.counter
                .sell(
                    cashier,
                    List.of(new Counter.Item("HONEY-1", 1, null, 62_000L)),
                    List.of(card(70_000)),
                    null)
                .refusal()
                .reason())
        .isEqualTo(Reason.NON_CASH_OVERPAID);
    assertThat(Jdbc.dump(file)).isEqualTo(before);

    // With the manager: 2 × 800.00 = 1600.00; consignment 25 %: commission 400.00, share 1200.00.
    // Honey on buy-back at 500.00 instead of 620.00: the producer still gets 350.00.
    Sale sale =
        shop.counter
            .sell(
                cashier,
                List.of(oilAt800, new Counter.Item("HONEY-1", 1, null, 50_000L)),
                List.of(card(210_000)),
                shop.managerApproval("old shelf label"))
            .value()
            .sale();
    SaleLine oil = sale.lines().get(0);
    assertThat(oil.unitPrice()).isEqualTo(80_000);
    assertThat(oil.listPrice()).isEqualTo(89_990);
    assertThat(oil.priceOverridden()).isTrue();
    assertThat(oil.amount()).isEqualTo(160_000);
    assertThat(oil.producerShare()).isEqualTo(120_000);
    assertThat(oil.commission()).isEqualTo(40_000);
    SaleLine honey = sale.lines().get(1);
    assertThat(honey.producerShare()).isEqualTo(35_000);
    assertThat(honey.commission()).isEqualTo(15_000);
    assertThat(sale.total()).isEqualTo(210_000);
    assertThat(Jdbc.texts(file, "SELECT sku || ':' || list_price FROM sale_line ORDER BY line_no"))
        .containsExactly("SBT-OIL:89990", "HONEY-1:62000");
    assertThat(
            Jdbc.texts(
                file,
                "SELECT a.action || ':' || a.subject || ':' || a.reason || ':' || m.name"
                    + " FROM audit_entry a JOIN app_user m ON m.id = a.approved_by"
                    + " ORDER BY a.subject"))
        .containsExactly(
            "OVERRIDE_PRICE:T1-000001 HONEY-1 620.00 KGS -> 500.00 KGS:old shelf label:Бакыт",
            "OVERRIDE_PRICE:T1-000001 SBT-OIL 899.90 KGS -> 800.00 KGS:old shelf label:Бакыт");
    java.util.Optional<Sale> readBack = db.read(b -> b.sales().byNumber(sale.number()));
    assertThat(readBack).contains(sale);

    // A line sold at its price keeps no list price of its own (NULL is "its price").
    shop.sell("SBT-OIL", 1, card(89_990));
    assertThat(Jdbc.longValue(file, "SELECT COUNT(*) FROM sale_line WHERE list_price IS NULL"))
        .isEqualTo(1);

    // One oil back: half the line, at the price it sold for, with the list price still known.
    Sale back =
        shop.refund(sale.number(), "leaking", "SBT-OIL", 1, TenderMethod.CARD, null).value();
    assertThat(back.lines().get(0).amount()).isEqualTo(80_000);
    assertThat(back.lines().get(0).producerShare()).isEqualTo(60_000);
    assertThat(back.lines().get(0).listPrice()).isEqualTo(89_990);
    assertThat(shop.verify().problems()).isEmpty();
  }

  @Test
  void theStoreKeepsWhatItsCustomersCallMobileMoneyAndRefusesAName() throws Exception {
    shop.setup.configure(Shop.karakol().withMobileMoney("  O!Деньги ")).value();
    assertThat(shop.setup.profile().orElseThrow().mobileMoney()).isEqualTo("O!Деньги");
    // Read afresh by another program on the same file.
    try (TillDatabase other = TillDatabase.open(file.toString(), false)) {
      assertThat(new StoreSetup(other, shop.clock).profile().orElseThrow().mobileMoney())
          .isEqualTo("O!Деньги");
    }
    Map<String, List<String>> before = Jdbc.dump(file);
    for (String bad : List.of("M-Pesa, Airtel Money, T-Kash", "M-Pesa\nWave")) {
      var refused = shop.setup.configure(Shop.karakol().withMobileMoney(bad));
      assertThat(refused.refusal().reason()).isEqualTo(Reason.BAD_MOBILE_MONEY);
    }
    assertThat(Jdbc.dump(file)).isEqualTo(before);
    // Settings saved without a name put the language's own words back.
    shop.setup.configure(Shop.karakol()).value();
    assertThat(shop.setup.profile().orElseThrow().mobileMoney()).isEmpty();
  }

  @Test
  void buybackTermsPayTheFixedPriceWhateverTheDiscount() {
    shop.setUpKarakol();
    shop.receive("IK-02", "HONEY-1", 10);
    shop.openShift(0);
    // 2 × 620.00 with 10 %: amount 1116.00; share 2 × 350.00 = 700.00; commission 416.00.
    SaleLine light =
        shop.trySell(List.of(item("HONEY-1", 2, 10)), card(111_600)).value().sale().lines().get(0);
    assertThat(light.producerShare()).isEqualTo(70_000);
    assertThat(light.commission()).isEqualTo(41_600);
    // 50 % off needs a manager: amount 310.00, share still 350.00, the store absorbs −40.00.
    var heavy =
        shop.counter
            .sell(
                shop.signIn(CASHIER_PIN),
                List.of(item("HONEY-1", 1, 50)),
                List.of(card(31_000)),
                shop.managerApproval("damaged label"))
            .value()
            .sale()
            .lines()
            .get(0);
    assertThat(heavy.producerShare()).isEqualTo(35_000);
    assertThat(heavy.commission()).isEqualTo(-4_000);
    assertThat(shop.verify().problems()).isEmpty();
  }

  @Test
  void theLedgerSurvivesClosingAndReopeningTheFile() {
    shop.realisticDay();
    long sales = db.read(b -> b.sales().lastSeq("T1"));
    db.close();
    db = TillDatabase.open(file.toString(), false);
    Shop again = new Shop(db, shop.clock, "T1");
    long reopened = db.read(b -> b.sales().lastSeq("T1"));
    assertThat(reopened).isEqualTo(sales);
    assertThat(again.verify().problems()).isEmpty();
    assertThat(again.onHand("FELT-TOY")).isEqualTo(10 - 3 + 1 - 2);
  }

  @Test
  void percentFieldsSurviveTheRoundTrip() {
    shop.setup.configure(Shop.karakol()).value();
    assertThat(shop.setup.profile().orElseThrow().cashierDiscountLimit())
        .isEqualTo(new Percent(1000));
  }

  @Test
  void aCashiersPinIsNoManagersApprovalAndRefundsNothing() throws Exception {
    shop.setUpKarakol();
    shop.receive("IK-01", "FELT-TOY", 3);
    shop.openShift(0);
    Sale sale = shop.sell("FELT-TOY", 1, card(45_055));
    Map<String, List<String>> before = Jdbc.dump(file);
    var approval = shop.staff.approve(CASHIER_PIN, "customer insists");
    assertThat(approval.refusal().message())
        .isEqualTo("This needs a manager; Нурлан is a cashier.");
    assertThat(shop.staff.approve(MANAGER_PIN, " ").refusal().reason())
        .isEqualTo(Reason.REASON_NEEDED);
    assertThat(Jdbc.dump(file)).isEqualTo(before);
    assertThat(sale.number()).isEqualTo("T1-000001");
  }

  @Test
  void oneProductOnTwoLinesIsRefundedLineByLine() {
    shop.setUpKarakol();
    shop.receive("IK-01", "FELT-TOY", 5);
    shop.openShift(0);
    // Line 1: one toy at 10 % off = 450.55 − 45.06 = 405.49; line 2: two toys at full price.
    Sale sale =
        shop.trySell(List.of(item("FELT-TOY", 1, 10), item("FELT-TOY", 2)), card(40_549 + 90_110))
            .value()
            .sale();
    Sale refund =
        shop.refunds
            .refund(
                shop.signIn(CASHIER_PIN),
                shop.managerApproval("two were enough"),
                sale.number(),
                List.of(new Refunds.Item("FELT-TOY", 2)),
                TenderMethod.CARD,
                null)
            .value();
    // The first line gives back its whole 405.49, the second one toy of two: 450.55.
    assertThat(refund.lines()).extracting(SaleLine::amount).containsExactly(40_549L, 45_055L);
    assertThat(refund.total()).isEqualTo(85_604);
    assertThat(shop.onHand("FELT-TOY")).isEqualTo(5 - 3 + 2);
    assertThat(shop.verify().problems()).isEmpty();
  }

  @Test
  void aSalePaidByCashAndCardIsRefundedAsPaidCardFirstAndTheDrawerGivesOnlyTheRest()
      throws Exception {
    shop.setUpKarakol();
    shop.receive("IK-01", "FELT-TOY", 5);
    shop.openShift(100_000);
    // 3 toys: 1351.65, paid 500.00 by card and 900.00 in cash; due in cash 851.65 → 852.00.
    Sale sale =
        shop.trySell(List.of(item("FELT-TOY", 3)), card(50_000), cash(90_000)).value().sale();
    assertThat(sale.change()).isEqualTo(4_800);

    // One toy back, 450.55: within what the card paid, so all of it goes to the card.
    Sale first = shop.refundAsPaid(sale.number(), "wrong size", "FELT-TOY", 1, "AUTH-77").value();
    assertThat(first.tenders()).containsExactly(new Tender(TenderMethod.CARD, 45_055, "AUTH-77"));
    assertThat(first.due()).isEqualTo(45_055);
    assertThat(first.rounding()).isZero();

    // The other two, 901.10: the card has 49.45 left of its 500.00, the rest 851.65 is cash,
    // which the drawer pays rounded to the som: 852.00.
    Sale rest = shop.refundAsPaid(sale.number(), "wrong size", "FELT-TOY", 2, null).value();
    assertThat(rest.tenders())
        .containsExactly(
            new Tender(TenderMethod.CARD, 4_945, null),
            new Tender(TenderMethod.CASH, 85_200, null));
    assertThat(rest.total()).isEqualTo(90_110);
    assertThat(rest.due()).isEqualTo(90_145);
    assertThat(rest.rounding()).isEqualTo(35);

    // Every tyiyn of the card went back to the card, and the drawer is where it started.
    var x = shop.shifts.xReport().value();
    assertThat(x.refundsByMethod()).containsEntry("card", 50_000L).containsEntry("cash", 85_200L);
    assertThat(x.expected()).isEqualTo(100_000 + (90_000 - 4_800) - 85_200);
    assertThat(shop.onHand("FELT-TOY")).isEqualTo(5);
    assertThat(shop.verify().problems()).isEmpty();
  }

  @Test
  void aRefundAsPaidThatSendsMoneyToAMobileWalletNeedsTheTransfersReference() throws Exception {
    shop.setUpKarakol();
    shop.receive("IK-01", "FELT-TOY", 5);
    shop.openShift(0);
    Sale sale =
        shop.trySell(List.of(item("FELT-TOY", 1)), new Tender(TenderMethod.MOBILE, 45_055, "MB-1"))
            .value()
            .sale();
    Map<String, List<String>> before = Jdbc.dump(file);
    var refused = shop.refundAsPaid(sale.number(), "broken", "FELT-TOY", 1, " ");
    assertThat(refused.refusal().reason()).isEqualTo(Reason.MOBILE_NEEDS_REFERENCE);
    assertThat(Jdbc.dump(file)).isEqualTo(before);
    Sale back = shop.refundAsPaid(sale.number(), "broken", "FELT-TOY", 1, "MB-BACK-9").value();
    assertThat(back.tenders())
        .containsExactly(new Tender(TenderMethod.MOBILE, 45_055, "MB-BACK-9"));
    assertThat(shop.verify().problems()).isEmpty();
  }

  @Test
  void aDakarShopTakesWaveAndOrangeMoneyApartFromTheSaleToTheRefundToTheShiftReport()
      throws Exception {
    shop.setUpDakar("Wave / Orange Money");
    shop.receive("SN-03", "BISSAP", 10);
    shop.openShift(10_000);
    // 2 × 1497 = 2994 F: 2000 by Wave, 994 by Orange Money, typed as a script might type them.
    Sale both =
        shop.sell(
            "BISSAP",
            2,
            new Tender(TenderMethod.MOBILE, 2_000, "W-1", "wave"),
            new Tender(TenderMethod.MOBILE, 994, "OM-1", "orange-money"));
    Sale byOrange =
        shop.sell("BISSAP", 1, new Tender(TenderMethod.MOBILE, 1_497, "OM-2", "Orange Money"));
    // "mobile" alone, as the command line has always taken it: kept, with no wallet named.
    Sale unnamed = shop.sell("BISSAP", 1, new Tender(TenderMethod.MOBILE, 1_497, "M-3"));
    assertThat(unnamed.tenders()).containsExactly(new Tender(TenderMethod.MOBILE, 1_497, "M-3"));

    Map<String, List<String>> before = Jdbc.dump(file);
    var refused =
        shop.trySell(
            List.of(item("BISSAP", 1)),
            new Tender(TenderMethod.MOBILE, 1_497, "F-1", "Free Money"));
    assertThat(refused.refusal().message())
        .isEqualTo(
            "'Free Money' is not a mobile money service this store takes: Wave, Orange Money.");
    assertThat(Jdbc.dump(file)).isEqualTo(before);

    // Read back through another connection to the file: each payment keeps its wallet, spelled as
    // the store spells it.
    try (TillDatabase again = TillDatabase.open(file.toString(), false)) {
      assertThat(again.read(b -> b.sales().byNumber(both.number())).orElseThrow().tenders())
          .containsExactly(
              new Tender(TenderMethod.MOBILE, 2_000, "W-1", "Wave"),
              new Tender(TenderMethod.MOBILE, 994, "OM-1", "Orange Money"));
    }

    // One bottle of the two back as paid: all of it fits in what Wave carried, so Wave gets it.
    Sale asPaid = shop.refundAsPaid(both.number(), "cassé", "BISSAP", 1, "WR-1").value();
    assertThat(asPaid.tenders())
        .containsExactly(new Tender(TenderMethod.MOBILE, 1_497, "WR-1", "Wave"));
    // Mobile money chosen by hand goes back to the one wallet the sale was paid with.
    Sale byHand =
        shop.refund(byOrange.number(), "cassé", "BISSAP", 1, TenderMethod.MOBILE, "OMR-1").value();
    assertThat(byHand.tenders())
        .containsExactly(new Tender(TenderMethod.MOBILE, 1_497, "OMR-1", "Orange Money"));

    var x = shop.shifts.xReport().value();
    assertThat(x.salesByMethod()).containsExactly(Map.entry("mobile", 2_994L + 1_497 + 1_497));
    assertThat(x.mobileSalesByService())
        .containsOnly(
            Map.entry("", 1_497L),
            Map.entry("Orange Money", 994L + 1_497),
            Map.entry("Wave", 2_000L));
    assertThat(x.mobileRefundsByService())
        .containsOnly(Map.entry("Orange Money", 1_497L), Map.entry("Wave", 1_497L));

    // A customer who paid cash takes the money back on the wallet the cashier names.
    Sale byCash = shop.sell("BISSAP", 1, cash(1_500));
    Map<String, List<String>> beforeRefund = Jdbc.dump(file);
    assertThat(
            shop.refundToWallet(byCash.number(), "cassé", "BISSAP", 1, "Free Money", "FR-1")
                .refusal()
                .message())
        .isEqualTo(
            "'Free Money' is not a mobile money service this store takes: Wave, Orange Money.");
    assertThat(Jdbc.dump(file)).isEqualTo(beforeRefund);
    Sale toOrange =
        shop.refundToWallet(byCash.number(), "cassé", "BISSAP", 1, "orange money", "OMR-2").value();
    assertThat(toOrange.tenders())
        .containsExactly(new Tender(TenderMethod.MOBILE, 1_497, "OMR-2", "Orange Money"));
    assertThat(shop.shifts.xReport().value().mobileRefundsByService())
        .containsOnly(Map.entry("Orange Money", 1_497L * 2), Map.entry("Wave", 1_497L));
    // The journal covers each wallet's name, read back from the file.
    assertThat(shop.verify().problems()).isEmpty();
  }

  @Test
  void aDakarGroupPaidByWaveHasWaveOnItsPayoutAndTheChainCoversIt() throws Exception {
    shop.setUpDakar("Wave / Orange Money");
    User manager = shop.signIn(MANAGER_PIN);
    shop.catalog.addGroup(manager, "SN-04", "GIE Bokk Jom", "Kaolack", "Ndoffane", null).value();
    shop.addProduct(manager, "ARACHIDE", "Pâte d'arachide", "SN-04", 2_000, Shop.consignment(20));
    shop.receive("SN-03", "BISSAP", 10);
    shop.receive("SN-04", "ARACHIDE", 10);
    shop.openShift(10_000);
    shop.sell("BISSAP", 4, cash(5_990));
    shop.sell("ARACHIDE", 3, cash(6_000));
    var settlements = new org.ovop.till.core.settle.Settlements(db, shop.clock, "T1");
    LocalDate tomorrow =
        shop.clock.instant().atZone(java.time.ZoneId.of("Africa/Dakar")).toLocalDate().plusDays(1);
    var made = settlements.settle(manager, tomorrow, null, false).value().made();
    assertThat(made).hasSize(2);
    String first = made.get(0).settlement().id();
    String second = made.get(1).settlement().id();

    // A wallet the shop does not take: one sentence, and the file is as it was.
    Map<String, List<String>> before = Jdbc.dump(file);
    var refused = settlements.pay(manager, first, PayoutMethod.MOBILE, "Free Money", "F-9");
    assertThat(refused.refusal().message())
        .isEqualTo(
            "'Free Money' is not a mobile money service this store takes: Wave, Orange Money.");
    assertThat(Jdbc.dump(file)).isEqualTo(before);

    // Typed as a script might type it, written as the store spells it.
    var byWave = settlements.pay(manager, first, PayoutMethod.MOBILE, "WAVE", "WP-1").value();
    assertThat(byWave.service()).isEqualTo("Wave");
    // "--method mobile" alone, as the command line always took it: paid, with no wallet named.
    var unnamed = settlements.pay(manager, second, PayoutMethod.MOBILE, null, "MP-2").value();
    assertThat(unnamed.service()).isNull();

    // Read back through another connection to the file.
    try (TillDatabase again = TillDatabase.open(file.toString(), false)) {
      assertThat(again.read(b -> b.settlements().payoutOf(first)).orElseThrow()).isEqualTo(byWave);
      assertThat(again.read(b -> b.settlements().payoutOf(second)).orElseThrow().service())
          .isNull();
    }
    // Paying again is refused naming the wallet the money went by.
    assertThat(settlements.pay(manager, first, PayoutMethod.CASH, null).refusal().message())
        .endsWith("by Moussa (Wave); a payout is recorded once.");
    // Mobile payouts leave no cash drawer: the shift expects what it did.
    assertThat(shop.shifts.xReport().value().expected()).isEqualTo(10_000 + 5_990 + 6_000);
    assertThat(shop.verify().problems()).isEmpty();
  }

  @Test
  void aShopTakingOneWalletHasItWrittenOnEveryMobilePayout() throws Exception {
    shop.setUpDakar("Wave");
    shop.receive("SN-03", "BISSAP", 10);
    shop.openShift(0);
    shop.sell("BISSAP", 2, cash(2_995));
    User manager = shop.signIn(MANAGER_PIN);
    var settlements = new org.ovop.till.core.settle.Settlements(db, shop.clock, "T1");
    LocalDate tomorrow =
        shop.clock.instant().atZone(java.time.ZoneId.of("Africa/Dakar")).toLocalDate().plusDays(1);
    String id =
        settlements.settle(manager, tomorrow, null, false).value().made().get(0).settlement().id();
    assertThat(settlements.pay(manager, id, PayoutMethod.MOBILE, "WP-3").value().service())
        .isEqualTo("Wave");
    assertThat(shop.verify().problems()).isEmpty();
  }

  @Test
  void aTillWhoseClockIsBehindSellsAProductAddedOnAnotherTillAMomentAgo() throws Exception {
    shop.setUpKarakol(); // the products are added at 03:00 on T1's clock
    // T2's clock is five minutes behind T1's: to it, the products were added in its future.
    Shop behind = new Shop(db, new TestClock("2026-03-02T02:55:00Z"), "T2");
    behind.shifts.open(behind.signIn(CASHIER_PIN), 0).value();
    Sale sale = behind.sell("FELT-TOY", 1, card(45_055));
    // Sold on the only terms the toy has had: 20 % consignment.
    assertThat(sale.lines().get(0).producerShare()).isEqualTo(36_044);
    assertThat(shop.verify().problems()).isEmpty();
  }
}
