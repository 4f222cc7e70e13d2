package org.ovop.till.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ovop.till.core.sale.Sale;
import org.ovop.till.core.user.Role;
import org.ovop.till.core.user.User;

/**
 * Two tills of one shop on one SQLite file, each its own process-like {@link TillDatabase} with its
 * own connection, selling at the same time: no sale lost, receipt numbers per till without gaps,
 * stock equal to what was taken in less what was sold, and one unbroken journal.
 */
class TwoTillsIT {
  static final int SALES_PER_TILL = 30;

  @TempDir Path dir;

  private Path prepare(String... tills) {
    Path file = dir.resolve("till.db");
    try (TillDatabase db = TillDatabase.open(file.toString(), true)) {
      Shop shop = new Shop(db, new TestClock("2026-03-02T03:00:00Z"), "T1").setUpKarakol();
      User manager = shop.signIn(Shop.MANAGER_PIN);
      shop.staff.add(manager, "Айжан", Role.CASHIER, "4444").value();
      shop.receive("IK-01", "FELT-TOY", 40);
      shop.receive("IK-02", "HONEY-1", 20);
    }
    return file;
  }

  /** One till's day: its own database object, clock, shift and cashier. */
  private static List<String> sellAll(Path file, String till, String pin, CountDownLatch start)
      throws Exception {
    TestClock clock = new TestClock("2026-03-02T04:00:00Z");
    List<String> receipts = new ArrayList<>();
    try (TillDatabase db = TillDatabase.open(file.toString(), false)) {
      Shop shop = new Shop(db, clock, till);
      User cashier = shop.staff.signIn(pin).value();
      shop.shifts.open(cashier, 100_000).value();
      start.countDown();
      start.await();
      for (int i = 0; i < SALES_PER_TILL; i++) {
        clock.advance(Duration.ofSeconds(7));
        String sku = i % 3 == 2 ? "HONEY-1" : "FELT-TOY";
        long price = sku.equals("HONEY-1") ? 62_000 : 45_055;
        Sale s =
            shop.counter
                .sell(
                    shop.staff.signIn(pin).value(),
                    List.of(Shop.item(sku, 1)),
                    List.of(Shop.cash(price + 45)),
                    null)
                .value()
                .sale();
        receipts.add(s.number());
      }
    }
    return receipts;
  }

  @Test
  void twoTillsSellingAtOnceLoseNothingAndKeepTheirOwnNumbers() throws Exception {
    Path file = prepare();
    CountDownLatch start = new CountDownLatch(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<List<String>> t1 = pool.submit(() -> sellAll(file, "T1", Shop.CASHIER_PIN, start));
      Future<List<String>> t2 = pool.submit(() -> sellAll(file, "T2", "4444", start));
      List<String> r1 = t1.get(120, TimeUnit.SECONDS);
      List<String> r2 = t2.get(120, TimeUnit.SECONDS);

      assertThat(r1).containsExactlyElementsOf(numbers("T1"));
      assertThat(r2).containsExactlyElementsOf(numbers("T2"));
    } finally {
      pool.shutdownNow();
    }

    long honeySold = IntStream.range(0, SALES_PER_TILL).filter(i -> i % 3 == 2).count() * 2;
    long feltSold = 2L * SALES_PER_TILL - honeySold;
    assertThat(Jdbc.longValue(file, "SELECT COUNT(*) FROM sale")).isEqualTo(2L * SALES_PER_TILL);
    assertThat(Jdbc.longValue(file, "SELECT COUNT(*) FROM journal_entry"))
        .isEqualTo(2L * SALES_PER_TILL);
    try (TillDatabase db = TillDatabase.open(file.toString(), false)) {
      Shop shop = new Shop(db, new TestClock("2026-03-02T12:00:00Z"), "T1");
      assertThat(shop.onHand("FELT-TOY")).isEqualTo(40 - feltSold);
      assertThat(shop.onHand("HONEY-1")).isEqualTo(20 - honeySold);
      assertThat(shop.verify().problems()).isEmpty();
      // Each drawer holds its float and exactly its own cash.
      for (String till : List.of("T1", "T2")) {
        var x = new org.ovop.till.core.shift.Shifts(db, shop.clock, till).xReport().value();
        assertThat(x.sales()).isEqualTo(SALES_PER_TILL);
        assertThat(x.expected())
            .isEqualTo(100_000 + (honeySold / 2) * 62_000 + (feltSold / 2) * 45_100);
      }
    }
  }

  @Test
  void twoTillsSellingTheLastItemsBothSellAndTheShelfGoesNegative() throws Exception {
    Path file = prepare();
    // Leave 3 felt toys; both tills sell 5 each at the same moment.
    try (TillDatabase db = TillDatabase.open(file.toString(), false)) {
      Shop shop = new Shop(db, new TestClock("2026-03-02T03:30:00Z"), "T1");
      shop.stock
          .returnToProducer(
              shop.signIn(Shop.MANAGER_PIN),
              "IK-01",
              List.of(new org.ovop.till.core.stock.StockKeeping.ReturnItem("FELT-TOY", 37)))
          .value();
    }
    CountDownLatch start = new CountDownLatch(2);
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    List<Thread> threads = new ArrayList<>();
    for (String[] till :
        List.of(new String[] {"T1", Shop.CASHIER_PIN}, new String[] {"T2", "4444"})) {
      Thread t =
          new Thread(
              () -> {
                try (TillDatabase db = TillDatabase.open(file.toString(), false)) {
                  Shop shop = new Shop(db, new TestClock("2026-03-02T04:00:00Z"), till[0]);
                  User cashier = shop.staff.signIn(till[1]).value();
                  shop.shifts.open(cashier, 0).value();
                  start.countDown();
                  start.await();
                  for (int i = 0; i < 5; i++) {
                    shop.counter
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
    try (TillDatabase db = TillDatabase.open(file.toString(), false)) {
      Shop shop = new Shop(db, new TestClock("2026-03-02T12:00:00Z"), "T1");
      assertThat(shop.onHand("FELT-TOY")).isEqualTo(3 - 10);
      assertThat(shop.verify().problems()).isEmpty();
    }
  }

  @Test
  void twoThreadsOnOneDatabaseObjectShareTheTillsNumbers() throws Exception {
    Path file = prepare();
    try (TillDatabase db = TillDatabase.open(file.toString(), false)) {
      Shop shop = new Shop(db, new TestClock("2026-03-02T04:00:00Z"), "T1");
      shop.openShift(0);
      User cashier = shop.signIn(Shop.CASHIER_PIN);
      List<String> numbers = Collections.synchronizedList(new ArrayList<>());
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        done.add(
            pool.submit(
                () ->
                    numbers.add(
                        shop.counter
                            .sell(
                                cashier,
                                List.of(Shop.item("HONEY-1", 1)),
                                List.of(Shop.card(62_000)),
                                null)
                            .value()
                            .sale()
                            .number())));
      }
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
      pool.shutdown();
      assertThat(numbers).containsExactlyInAnyOrderElementsOf(numbers("T1", 40));
      assertThat(shop.onHand("HONEY-1")).isEqualTo(20 - 40);
      assertThat(shop.verify().problems()).isEmpty();
    }
  }

  @Test
  void tillsWhoseClocksDisagreeStillVerifyClean() {
    Path file = prepare();
    try (TillDatabase db = TillDatabase.open(file.toString(), false)) {
      // T2's old laptop runs ten minutes behind T1.
      Shop t1 = new Shop(db, new TestClock("2026-03-02T04:00:00Z"), "T1");
      Shop t2 = new Shop(db, new TestClock("2026-03-02T03:50:00Z"), "T2");
      t1.openShift(0);
      t2.shifts.open(t2.staff.signIn("4444").value(), 0).value();
      // 3 felt toys, 10 % off: amount 1216.48, share 973.18 (see UseCasesIT).
      Sale sale =
          t1.trySell(List.of(Shop.item("FELT-TOY", 3, 10)), Shop.card(121_648)).value().sale();
      t1.clock.advance(Duration.ofMinutes(1));
      t2.clock.advance(Duration.ofMinutes(1));
      // First T1 gives back one toy, then T2 (whose clock says earlier) another one. By the
      // cumulative rule the first gets round(1216.48 / 3) = 405.49 and the second
      // round(1216.48 × 2 / 3) − 405.49 = 810.99 − 405.49 = 405.50.
      Sale first = refund(t1, sale, 1);
      t2.clock.advance(Duration.ofMinutes(1));
      Sale second = refund(t2, sale, 1);
      assertThat(second.at()).isBefore(first.at());
      assertThat(first.lines().get(0).amount()).isEqualTo(40_549);
      assertThat(second.lines().get(0).amount()).isEqualTo(40_550);

      assertThat(t1.verify().problems()).isEmpty();
    }
  }

  private static Sale refund(Shop at, Sale sale, long quantity) {
    return at.refunds
        .refund(
            at.staff.signIn(at.till.equals("T1") ? Shop.CASHIER_PIN : "4444").value(),
            at.managerApproval("changed her mind"),
            sale.number(),
            List.of(new org.ovop.till.core.sale.Refunds.Item("FELT-TOY", quantity)),
            org.ovop.till.core.sale.TenderMethod.CARD,
            null)
        .value();
  }

  private static List<String> numbers(String till) {
    return numbers(till, SALES_PER_TILL);
  }

  private static List<String> numbers(String till, int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> Sale.number(till, i)).toList();
  }
}
