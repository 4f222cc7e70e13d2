package org.ovop.till.app.settle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ovop.till.app.TillServices;
import org.ovop.till.core.catalog.Gender;
import org.ovop.till.core.catalog.NewProduct;
import org.ovop.till.core.catalog.Terms;
import org.ovop.till.core.money.CashRounding;
import org.ovop.till.core.money.Percent;
import org.ovop.till.core.sale.Counter;
import org.ovop.till.core.sale.Refunds;
import org.ovop.till.core.sale.Sale;
import org.ovop.till.core.sale.SaleKind;
import org.ovop.till.core.sale.SaleLine;
import org.ovop.till.core.sale.Tender;
import org.ovop.till.core.sale.TenderMethod;
import org.ovop.till.core.settle.PayoutMethod;
import org.ovop.till.core.store.StoreProfile;
import org.ovop.till.core.user.Approval;
import org.ovop.till.core.user.Role;
import org.ovop.till.core.user.User;

/**
 * Random histories of sales and partial refunds (cash and card), settled at successive cutoffs, on
 * a real SQLite file. Every line splits into share + commission; Σ amounts = Σ shares + Σ
 * commissions; the drawer holds the cash of the receipts; and at every cutoff, Σ payouts + Σ levies
 * + what is still unsettled = Σ shares − Σ refunded shares, to the minor unit, in a 2-digit and a
 * 0-digit currency.
 */
class SettlementConservationIT {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0}, seed {1}")
  @CsvSource({"KGS, 1", "KGS, 2", "XOF, 3", "XOF, 4", "KES, 5"})
  void everyShareIsPaidOnceOrStillWaits(String currency, long seed) {
    Random random = new Random(seed);
    Currency cur = Currency.getInstance(currency);
    long unit = cur.getDefaultFractionDigits() == 0 ? 1 : 100;
    AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-05T06:00:00Z"));
    Clock clock =
        new Clock() {
          public ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          public Clock withZone(ZoneId zone) {
            return this;
          }

          public Instant instant() {
            return now.get();
          }
        };
    try (TillServices till =
        TillServices.open(dir.resolve(currency + seed + ".db").toString(), "T1", clock, true)) {
      till.setup()
          .configure(
              new StoreProfile(
                  "Test",
                  cur,
                  new CashRounding(unit == 1 ? 5 : 100),
                  "en",
                  ZoneId.of("Africa/Nairobi"),
                  0,
                  new Percent(10_000)))
          .value();
      User admin = till.staff().add(null, "Admin", Role.ADMIN, "9630").value();
      List<String> skus = new ArrayList<>();
      for (int g = 0; g < 3; g++) {
        String code = "G-" + g;
        till.catalog()
            .addGroup(admin, code, "Group " + g, null, null, new Percent(g * 150))
            .value();
        till.catalog().addMember(admin, code, "Woman " + g, Gender.F, null).value();
        till.catalog().addMember(admin, code, "Man " + g, Gender.M, null).value();
        for (int p = 0; p < 3; p++) {
          String sku = code + "-P" + p;
          long price = (50 + random.nextInt(2000)) * unit + (unit == 1 ? 0 : random.nextInt(100));
          Terms terms =
              random.nextBoolean()
                  ? new Terms.Consignment(new Percent(random.nextInt(4000)))
                  : new Terms.Buyback(price * (40 + random.nextInt(50)) / 100);
          till.catalog()
              .addProduct(
                  admin,
                  new NewProduct(
                      sku,
                      "Item " + sku,
                      code,
                      price,
                      terms,
                      null,
                      null,
                      LocalDate.of(2030, 1, 1),
                      Percent.ZERO))
              .value();
          String member =
              random.nextBoolean() ? "Woman " + g : (random.nextBoolean() ? "Man " + g : null);
          till.stock()
              .receive(
                  admin,
                  code,
                  List.of(
                      new org.ovop.till.core.stock.StockKeeping.IntakeItem(
                          sku, 5 + random.nextInt(20), member, null)),
                  null)
              .value();
          skus.add(sku);
        }
      }
      till.shifts().open(admin, 0).value();
      Approval approval = new Approval(admin, "test refund");
      List<Sale> sales = new ArrayList<>();
      long paidOut = 0;
      long levies = 0;
      for (int month = 1; month <= 3; month++) {
        for (int i = 0; i < 15; i++) {
          now.set(now.get().plus(Duration.ofHours(7 + random.nextInt(30))));
          if (!sales.isEmpty() && random.nextInt(4) == 0) {
            Sale s = sales.get(random.nextInt(sales.size()));
            SaleLine l = s.lines().get(random.nextInt(s.lines().size()));
            long left = l.quantity() - refunded(till, l);
            if (left > 0) {
              till.refunds()
                  .refund(
                      admin,
                      approval,
                      s.number(),
                      List.of(new Refunds.Item(l.sku(), 1 + random.nextInt((int) left))),
                      TenderMethod.CARD,
                      null)
                  .value();
            }
            continue;
          }
          List<Counter.Item> items = new ArrayList<>();
          int n = 1 + random.nextInt(3);
          for (int k = 0; k < n; k++) {
            String sku = skus.get(random.nextInt(skus.size()));
            if (items.stream().noneMatch(it -> it.code().equals(sku))) {
              items.add(
                  new Counter.Item(
                      sku, 1 + random.nextInt(4), new Percent(random.nextInt(5) * 500)));
            }
          }
          sales.add(
              till.counter()
                  .sell(
                      admin,
                      items,
                      List.of(new Tender(TenderMethod.CASH, 10_000_000L * unit, null)),
                      null)
                  .value()
                  .sale());
        }
        // Settle up to the start of today, then pay what was made.
        LocalDate until = now.get().atZone(ZoneId.of("Africa/Nairobi")).toLocalDate();
        var run = till.settlements().settle(admin, until, null, false).value();
        for (var made : run.made()) {
          var p =
              till.settlements()
                  .pay(
                      admin,
                      made.settlement().id(),
                      PayoutMethod.BANK,
                      "B-" + made.settlement().id())
                  .value();
          paidOut += p.amount();
          levies += made.settlement().deductions();
        }
        Instant cutoff = until.atStartOfDay(ZoneId.of("Africa/Nairobi")).toInstant();
        long netShares = 0;
        long unsettled = 0;
        for (var g : till.database().read(b -> b.catalog().groups())) {
          for (var l :
              till.database()
                  .read(
                      b ->
                          b.settlements()
                              .unsettled(g.id(), Instant.parse("9999-01-01T00:00:00Z")))) {
            unsettled += l.signedShare();
          }
        }
        for (Sale s :
            till.database()
                .read(
                    b -> b.sales().between(Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z")))) {
          for (SaleLine l : s.lines()) {
            netShares += s.kind() == SaleKind.SALE ? l.producerShare() : -l.producerShare();
          }
        }
        // DOMAIN.md conservation: amounts = shares + commissions, sales less refunds, every line.
        long amounts = 0;
        long shares = 0;
        long commissions = 0;
        long drawer = 0;
        for (Sale s :
            till.database()
                .read(
                    b -> b.sales().between(Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z")))) {
          int sign = s.kind() == SaleKind.SALE ? 1 : -1;
          drawer += s.cashIntoDrawer();
          for (SaleLine l : s.lines()) {
            assertThat(l.producerShare() + l.commission()).isEqualTo(l.amount());
            amounts += sign * l.amount();
            shares += sign * l.producerShare();
            commissions += sign * l.commission();
          }
        }
        assertThat(amounts).isEqualTo(shares + commissions);
        // The drawer: float (0) + cash taken for sales after change − cash refunds.
        assertThat(till.shifts().xReport().value().expected()).isEqualTo(drawer);
        assertThat(paidOut + levies + unsettled)
            .as(
                "month %d, cutoff %s: paid %d + levies %d + unsettled %d",
                month, cutoff, paidOut, levies, unsettled)
            .isEqualTo(netShares);
        // Settling again at the same cutoff makes nothing new.
        assertThat(till.settlements().settle(admin, until, null, false).value().made()).isEmpty();
      }
      assertThat(till.verify().problems()).isEmpty();
    }
  }

  private static long refunded(TillServices till, SaleLine l) {
    return till.database().read(b -> b.sales().refundedQuantity(l.id()));
  }
}
