package org.ovop.till.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.ovop.till.app.TillServices;
import org.ovop.till.app.demo.DemoBoutique;
import org.ovop.till.core.catalog.Terms;
import org.ovop.till.core.money.CashRounding;
import org.ovop.till.core.money.Percent;
import org.ovop.till.core.sale.Counter;
import org.ovop.till.core.sale.PricedLine;
import org.ovop.till.core.sale.Sale;
import org.ovop.till.core.sale.SaleKind;
import org.ovop.till.core.sale.SaleLine;
import org.ovop.till.core.sale.Tender;
import org.ovop.till.core.sale.TenderMethod;
import org.ovop.till.core.store.StoreProfile;
import org.ovop.till.core.user.User;
import org.ovop.till.db.TillDatabase;
import org.ovop.till.printing.escpos.EscPosEncoder;
import org.ovop.till.printing.escpos.PrinterProfile;
import org.ovop.till.printing.layout.Layouts;

/**
 * bench/run: each figure of the till against a floor measured in the same run on the same machine,
 * so the ratio says how much the till's own code costs on top of the unavoidable work.
 */
public final class Bench {
  private final Size size;
  private final Path dir;

  /** A bench of the given size whose generated databases go into {@code dir}. */
  Bench(Size size, Path dir) {
    this.size = size;
    this.dir = dir;
  }

  public static void main(String[] args) throws Exception {
    List<String> flags = Arrays.asList(args);
    Size size = flags.contains("--quick") ? Size.QUICK : Size.FULL;
    List<String> only = flags.stream().filter(a -> !a.startsWith("--")).toList();
    Path dir = Files.createTempDirectory("till-bench");
    // The generated databases take hundreds of MB at full size. A shutdown hook deletes them
    // whether the run ends, fails or is stopped with Ctrl-C (a finally block would miss Ctrl-C).
    Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
    List<Result> results = new Bench(size, dir).run(name -> only.isEmpty() || only.contains(name));
    System.out.print(flags.contains("--json") ? json(results) : table(results));
  }

  /** Runs the wanted benchmarks in bench/run's order. */
  List<Result> run(Predicate<String> wanted) throws Exception {
    List<Result> results = new ArrayList<>();
    if (wanted.test("sale-commit")) {
      results.add(saleCommit());
    }
    if (wanted.test("barcode-lookup")) {
      results.add(barcodeLookup());
    }
    if (wanted.test("receipt-encode")) {
      results.add(receiptEncode());
    }
    if (wanted.test("settlement") || wanted.test("memory")) {
      results.addAll(settlementAndMemory());
    }
    if (wanted.test("startup")) {
      results.add(startup());
    }
    return results;
  }

  /** bench/run --json: one JSON list, one object per result. */
  static String json(List<Result> results) {
    return "["
        + String.join(",", results.stream().map(Result::json).toList())
        + "]"
        + System.lineSeparator();
  }

  /** bench/run: one line per result under a header. */
  static String table(List<Result> results) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%-16s %12s %12s %8s %6s  %s%n",
            "benchmark",
            "value",
            "floor",
            "ratio",
            "goal",
            ""));
    for (Result r : results) {
      out.append(
          String.format(
              Locale.ROOT,
              "%-16s %9.3f %-3s %9.3f %-3s %7.2fx %5.1fx  %s %s%n",
              r.name(),
              r.value(),
              r.unit(),
              r.floor(),
              r.unit(),
              r.ratio(),
              r.goalRatio(),
              r.met() ? "ok" : "MISSED",
              r.note()));
    }
    return out.toString();
  }

  /**
   * Deletes a folder and all in it, deepest first. Best effort: what cannot be deleted is named on
   * stderr, since the figures are still good.
   */
  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | UncheckedIOException e) {
      System.err.println("bench: could not delete all of " + dir + ": " + e);
    }
  }

  private static final String HASH = "0123456789abcdef".repeat(4);

  /**
   * One 3-line cash sale through the real service vs the same rows by plain JDBC. The two take
   * turns sale by sale, so both meet the same load and the same disk on a shared machine.
   */
  Result saleCommit() throws Exception {
    int n = size.sales();
    Path file = dir.resolve("sales.db");
    Path plain = dir.resolve("plain.db");
    TillDatabase.open(plain.toString(), true).close();
    long[] t = new long[n];
    long[] f = new long[n];
    try (TillServices till = TillServices.open(file.toString(), "T1", Clock.systemUTC(), true);
        Connection c = Data.open(plain)) {
      DemoBoutique.seed(till).value();
      User cashier = till.staff().signIn("1470").value();
      till.shifts().open(cashier, 0).value();
      try (var s = c.createStatement()) {
        s.execute(
            "INSERT INTO store (id, name, currency, cash_rounding, language, time_zone, min_payout,"
                + " cashier_discount_limit_bp, created_at)"
                + " VALUES (1,'B','KGS',100,'ru','Asia/Bishkek',0,1000,0)");
        s.execute(
            "INSERT INTO app_user (id, name, role, pin_hash, created_at)"
                + " VALUES ('u1','A','cashier','x',0)");
        s.execute(
            "INSERT INTO producer_group (id, code, name, region, village, levy_bp, "
                + "created_at) VALUES ('g','G','G',NULL,NULL,0,0)");
        s.execute(
            "INSERT INTO product (id, sku, barcode, name, group_id, price, "
                + "tax_rate_bp, certificate_no, certified_until, created_at)"
                + " VALUES ('p','S','2000000000015','P','g',100,0,NULL,NULL,0)");
        s.execute(
            "INSERT INTO shift (id, till, cashier_id, opened_at, opening_float)"
                + " VALUES ('s1','T1','u1',0,0)");
        // The till takes each line from a lot (FIFO), so its movements name one; so do these.
        s.execute(
            "INSERT INTO stock_document (number, kind, group_id, till, at, by_user, "
                + "reason) VALUES ('CN-1','INTAKE','g','T1',0,'u1',NULL)");
        s.execute(
            "INSERT INTO lot (id, note_number, line_no, product_id, member_id, "
                + "quantity, received_at, best_before)"
                + " VALUES ('l1','CN-1',1,'p',NULL,10,0,NULL)");
      }
      c.setAutoCommit(false);
      c.commit();
      List<String> codes = List.of("SBT-001", "HONEY-02", "DRY-002", "FELT-005", "JAM-001");
      // A till sells all day: both sides first sell unmeasured until the JIT has compiled their
      // code, so the medians compare steady selling, not the interpreter.
      int warm = size.warmUpSales();
      for (int i = -warm; i < n; i++) {
        var items =
            List.of(
                new Counter.Item(codes.get((i + warm) % 5), 1, Percent.ZERO),
                new Counter.Item(codes.get((i + warm + 1) % 5), 2, Percent.ZERO),
                new Counter.Item(codes.get((i + warm + 2) % 5), 1, Percent.ZERO));
        long s = System.nanoTime();
        till.counter()
            .sell(cashier, items, List.of(new Tender(TenderMethod.CASH, 10_000_00, null)), null)
            .value();
        long took = System.nanoTime() - s;
        long floorTook = plainSale(c, i + warm);
        if (i >= 0) {
          t[i] = took;
          f[i] = floorTook;
        }
      }
    }
    return new Result(
        "sale-commit",
        "ms",
        median(t, n / 10) / 1e6,
        median(f, n / 10) / 1e6,
        1.5,
        "median per sale, WAL + synchronous=FULL");
  }

  /** The floor's sale: the rows the till writes for it, by plain JDBC in one transaction. */
  private static long plainSale(Connection c, int i) throws Exception {
    long s = System.nanoTime();
    String number = String.format("T1-%06d", i + 1);
    try (PreparedStatement sale =
            c.prepareStatement(
                "INSERT INTO sale (number, till, seq, kind, refund_of, at, shift_id, "
                    + "cashier_id, approved_by, total, due, paid, change_given, rounding)"
                    + " VALUES (?,'T1',?,'SALE',NULL,?,'s1','u1',NULL,300,300,1000,700,0)");
        PreparedStatement line =
            c.prepareStatement(
                "INSERT INTO sale_line (id, sale_number, line_no, product_id, group_id, "
                    + "sku, name, quantity, unit_price, discount_bp, gross, discount, amount, "
                    + "tax_rate_bp, terms_kind, commission_bp, buyback_price, producer_share, "
                    + "commission, refund_of_line)"
                    + " VALUES (?,?,?,'p','g','S','P',1,100,0,100,0,100,0,'consignment',2500,0,75,25,NULL)");
        PreparedStatement tender =
            c.prepareStatement(
                "INSERT INTO tender (id, sale_number, line_no, method, amount, reference)"
                    + " VALUES (?,?,1,'cash',1000,NULL)");
        PreparedStatement move =
            c.prepareStatement(
                "INSERT INTO stock_movement (id, at, product_id, lot_id, kind, quantity, "
                    + "document, sale_line_id, by_user)"
                    + " VALUES (?,?,'p','l1','SALE',-1,?,?,'u1')");
        PreparedStatement cash =
            c.prepareStatement(
                "INSERT INTO cash_movement (id, shift_id, at, kind, amount, document, "
                    + "by_user) VALUES (?,'s1',?,'SALE',300,?,'u1')");
        PreparedStatement journal =
            c.prepareStatement(
                "INSERT INTO journal_entry (seq, at, kind, document, content_hash, "
                    + "prev_hash, hash) VALUES (?,?,'SALE',?,?,?,?)")) {
      sale.setString(1, number);
      sale.setLong(2, i + 1);
      sale.setLong(3, System.currentTimeMillis());
      sale.executeUpdate();
      for (int k = 1; k <= 3; k++) {
        String id = UUID.randomUUID().toString();
        line.setString(1, id);
        line.setString(2, number);
        line.setInt(3, k);
        line.executeUpdate();
        move.setString(1, UUID.randomUUID().toString());
        move.setLong(2, System.currentTimeMillis());
        move.setString(3, number);
        move.setString(4, id);
        move.executeUpdate();
      }
      tender.setString(1, UUID.randomUUID().toString());
      tender.setString(2, number);
      tender.executeUpdate();
      cash.setString(1, UUID.randomUUID().toString());
      cash.setLong(2, System.currentTimeMillis());
      cash.setString(3, number);
      cash.executeUpdate();
      journal.setLong(1, i + 1);
      journal.setLong(2, System.currentTimeMillis());
      journal.setString(3, number);
      // SHA-256 hex, as wide as the till's links.
      journal.setString(4, HASH);
      journal.setString(5, HASH);
      journal.setString(6, HASH);
      journal.executeUpdate();
    }
    c.commit();
    return System.nanoTime() - s;
  }

  /**
   * A product by barcode among 100,000 (bench/run) through the catalogue vs a prepared statement.
   */
  Result barcodeLookup() throws Exception {
    int products = size.products();
    Path file = dir.resolve("catalogue.db");
    TillDatabase.open(file.toString(), true).close();
    Data.catalogue(file, 200, products);
    Random r = new Random(7);
    int n = size.lookups();
    String[] codes = new String[n];
    for (int i = 0; i < n; i++) {
      codes[i] = org.ovop.till.core.catalog.Barcodes.inStoreEan13(1 + r.nextInt(products));
    }
    long[] t = new long[n];
    try (TillDatabase db = TillDatabase.open(file.toString(), false)) {
      for (int i = 0; i < n; i++) {
        String code = codes[i];
        long s = System.nanoTime();
        if (db.read(b -> b.catalog().productByBarcode(code)).isEmpty()) {
          throw new IllegalStateException("lost " + code);
        }
        t[i] = System.nanoTime() - s;
      }
    }
    long[] f = new long[n];
    try (Connection c = Data.open(file);
        PreparedStatement q =
            c.prepareStatement(
                "SELECT id, sku, barcode, name, group_id, price, tax_rate_bp, certificate_no,"
                    + " certified_until FROM product WHERE barcode = ?")) {
      for (int i = 0; i < n; i++) {
        long s = System.nanoTime();
        q.setString(1, codes[i]);
        try (ResultSet rs = q.executeQuery()) {
          if (!rs.next()) {
            throw new IllegalStateException("lost " + codes[i]);
          }
          // Every column the till's Product holds, as the counter needs them.
          for (int col = 1; col <= 9; col++) {
            if (col == 6) {
              rs.getLong(col);
            } else if (col == 7) {
              rs.getInt(col);
            } else {
              rs.getString(col);
            }
          }
        }
        f[i] = System.nanoTime() - s;
      }
    }
    return new Result(
        "barcode-lookup",
        "µs",
        median(t, n / 5) / 1e3,
        median(f, n / 5) / 1e3,
        1.5,
        String.format(Locale.ROOT, "median, %,d products", products));
  }

  /** A 20-line Cyrillic receipt to ESC/POS bytes vs escpos-coffee writing the same receipt. */
  Result receiptEncode() throws Exception {
    StoreProfile store = receiptStore();
    Sale sale = receiptSale(store);
    PrinterProfile profile = PrinterProfile.standard();
    int n = size.receipts();
    long[] t = new long[n];
    long[] f = new long[n];
    // Both sides write the same number of unmeasured receipts first, taking turns as in the
    // measured part. With too few (six rounds of 3,000, until 2026-11-24) both were still being
    // compiled and the ratio read anything from 0.9 to 1.1 by which of them the JIT had reached.
    int warmUp = size.warmUpReceipts();
    for (int i = 0; i < warmUp + n; i++) {
      long s = System.nanoTime();
      byte[] ours = EscPosEncoder.encode(Layouts.receipt(sale, store, "Бакыт"), profile);
      long ourTime = System.nanoTime() - s;
      if (ours.length < 500) {
        throw new IllegalStateException();
      }
      s = System.nanoTime();
      byte[] floor = CoffeeReceipt.write(sale, store, "Бакыт");
      long floorTime = System.nanoTime() - s;
      if (floor.length < 500) {
        throw new IllegalStateException();
      }
      if (i >= warmUp) {
        t[i - warmUp] = ourTime;
        f[i - warmUp] = floorTime;
      }
    }
    return new Result(
        "receipt-encode",
        "µs",
        median(t, 0) / 1e3,
        median(f, 0) / 1e3,
        1.0,
        "the same receipt laid out and written by escpos-coffee");
  }

  /** A Kyrgyz store printing in Russian. */
  static StoreProfile receiptStore() {
    return new StoreProfile(
        "OVOP+1 Каракол",
        java.util.Currency.getInstance("KGS"),
        new CashRounding(100),
        "ru",
        java.time.ZoneId.of("Asia/Bishkek"),
        0,
        Percent.ZERO);
  }

  /** 20 Cyrillic lines with VAT, paid in cash. */
  static Sale receiptSale(StoreProfile store) {
    List<SaleLine> lines = new ArrayList<>();
    long total = 0;
    for (int i = 1; i <= 20; i++) {
      var p =
          PricedLine.price(
              100_00 + i * 1_50, 1 + i % 3, Percent.ZERO, new Terms.Consignment(new Percent(2500)));
      lines.add(
          new SaleLine(
              "l" + i,
              i,
              "p",
              "g",
              "S" + i,
              "Облепиховое масло, партия " + i,
              1 + i % 3,
              100_00 + i * 1_50,
              100_00 + i * 1_50,
              Percent.ZERO,
              p.gross(),
              0,
              p.amount(),
              new Percent(1200),
              new Terms.Consignment(new Percent(2500)),
              p.producerShare(),
              p.commission(),
              null));
      total += p.amount();
    }
    // Paid in cash with a round note: VAT, cash rounding, change and the drawer kick all print.
    long due = store.cashRounding().round(total);
    long given = (due / 1000_00 + 1) * 1000_00;
    return new Sale(
        "T1-000001",
        "T1",
        1,
        SaleKind.SALE,
        null,
        Instant.now(),
        "s",
        "c",
        null,
        total,
        due,
        given,
        given - due,
        due - total,
        lines,
        List.of(new Tender(TenderMethod.CASH, given, null)));
  }

  /**
   * A month for many groups over many lines vs one SQL GROUP BY, each on a fresh copy of the same
   * generated month, several times (one run writes a million claims through the WAL, and the disk
   * makes a single figure wander); then peak heap in a child JVM.
   */
  List<Result> settlementAndMemory() throws Exception {
    int groups = size.groups();
    int lines = size.lines();
    int products = size.products();
    Path file = dir.resolve("month.db");
    TillDatabase.open(file.toString(), true).close();
    Data.catalogue(file, groups, products);
    Data.sales(file, lines, products, groups, 11);
    int runs = size.settlements();
    long[] floors = new long[runs];
    long[] ours = new long[runs];
    Path month = dir.resolve("month-settled.db");
    for (int i = 0; i < runs; i++) {
      // A WAL left by the previous run would be replayed into the fresh copy: never keep one.
      Files.deleteIfExists(Path.of(month + "-wal"));
      Files.deleteIfExists(Path.of(month + "-shm"));
      Files.copy(file, month, StandardCopyOption.REPLACE_EXISTING);
      long[] run = settleOnce(month);
      floors[i] = run[0];
      ours[i] = run[1];
    }
    double floor = median(floors, 0) / 1e6;
    double value = median(ours, 0) / 1e6;
    Result settle =
        new Result(
            "settlement",
            "ms",
            value,
            floor,
            3.0,
            groups + " groups, " + lines + " lines, median of " + runs + " fresh copies");
    Path copy = dir.resolve("month-copy.db");
    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
    // Peak heap of a till that opens the big month and settles it, in its own JVM.
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // The budget as a hard limit: a till that needed more would fail here, not pass.
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                MemoryProbe.class.getName(),
                copy.toString())
            .redirectErrorStream(true)
            .start();
    String last = null;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
      for (String l; (l = in.readLine()) != null; ) {
        last = l;
      }
    }
    int exit = p.waitFor();
    if (exit != 0 || last == null || !last.startsWith("PEAK ")) {
      throw new IllegalStateException(
          "the memory probe ended with status " + exit + ", last saying: " + last);
    }
    double peakMb = Double.parseDouble(last.substring("PEAK ".length()));
    Result memory =
        new Result(
            "memory",
            "MB",
            peakMb,
            256,
            1.0,
            "peak heap after settling "
                + lines
                + " lines in a JVM held to -Xmx256m (floor = that budget)");
    return List.of(settle, memory);
  }

  /**
   * One GROUP BY (the floor) and one real settlement of the whole month on {@code month}, in
   * nanoseconds; refuses to count a settlement that paid other than the lines hold.
   */
  private static long[] settleOnce(Path month) throws Exception {
    long f0 = System.nanoTime();
    long sum = 0;
    try (Connection c = Data.open(month);
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT l.group_id, SUM(l.producer_share), COUNT(*) FROM sale_line l JOIN sale s ON s.number = l.sale_number"
                        + " WHERE s.at < "
                        + Instant.parse("2026-11-01T00:00:00Z").toEpochMilli()
                        + " GROUP BY l.group_id")) {
      while (rs.next()) {
        sum += rs.getLong(2);
      }
    }
    long floor = System.nanoTime() - f0;
    try (TillServices till =
        TillServices.open(
            month.toString(),
            "T1",
            Clock.fixed(Instant.parse("2026-11-02T05:00:00Z"), ZoneOffset.UTC),
            false)) {
      User admin = till.staff().users().get(0);
      long s0 = System.nanoTime();
      var run = till.settlements().settle(admin, LocalDate.of(2026, 11, 1), null, false).value();
      long ours = System.nanoTime() - s0;
      long paid = run.made().stream().mapToLong(m -> m.settlement().sales()).sum();
      if (paid != sum) {
        throw new IllegalStateException("settled " + paid + " but the lines hold " + sum);
      }
      return new long[] {floor, ours};
    }
  }

  /** From process start to the first screen ready, headless, vs a bare JavaFX window. */
  Result startup() throws Exception {
    int runs = size.startups();
    Path file = dir.resolve("startup.db");
    try (TillServices till = TillServices.open(file.toString(), "T1", Clock.systemUTC(), true)) {
      DemoBoutique.seed(till).value();
    }
    long[] ours = new long[runs];
    long[] signInShown = new long[runs];
    long[] bare = new long[runs];
    for (int i = 0; i < runs; i++) {
      long[] till = child("till", file.toString());
      signInShown[i] = till[0];
      ours[i] = till[1];
      bare[i] = child("bare", "")[1];
    }
    return new Result(
        "startup",
        "ms",
        median(ours, 0),
        median(bare, 0),
        2.0,
        String.format(
            Locale.ROOT,
            "to the counter, signed in by PIN (sign-in screen at %.0f ms), Monocle headless",
            median(signInShown, 0)));
  }

  /** Milliseconds from starting the process to its SIGNIN line (0 if none) and its READY line. */
  private long[] child(String what, String db) throws Exception {
    List<String> cmd =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Dglass.platform=Monocle",
            "-Dmonocle.platform=Headless",
            "-Dprism.order=sw",
            "-cp",
            what.equals("bare") ? bareClassPath() : tillClassPath(),
            StartupProbe.class.getName(),
            what,
            db);
    long start = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    long signIn = 0;
    StringBuilder said = new StringBuilder();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
      for (String l; (l = in.readLine()) != null; ) {
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (l.startsWith("SIGNIN")) {
          signIn = ms;
        } else if (l.startsWith("READY")) {
          // Gone before the next run starts, so that run does not share the cores with it.
          p.destroy();
          p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
          return new long[] {signIn, ms};
        } else {
          said.append(l).append('\n');
        }
      }
    }
    throw new IllegalStateException(what + " never got ready:\n" + said);
  }

  /**
   * The till's side starts from the jar `./till` runs, whose manifest lists the till's own
   * libraries in the till's order. The bench's class path would not do: it holds the bench's and
   * the tests' libraries too, and class folders ahead of the jars, which every class the JVM loads
   * is looked for in. That slowed both sides by about a seventh of a second and made the ratio look
   * better than the till is. Monocle (the headless screen) and the probe come last, so they change
   * no lookup.
   */
  static String tillClassPath() {
    Path classes = codeSource(org.ovop.till.app.cli.TillCli.class);
    Path jar =
        Files.isDirectory(classes) ? classes.resolveSibling("pos-app.jar") : classes; // target/
    if (!Files.isRegularFile(jar) || !Files.isDirectory(jar.resolveSibling("lib"))) {
      throw new IllegalStateException(
          "The startup benchmark runs the till's jar with its libraries beside it, and there is no"
              + " such jar at "
              + jar
              + "; bench/run builds it (./mvnw package does too).");
    }
    return String.join(java.io.File.pathSeparator, jar.toString(), probeClassPath());
  }

  /** The floor's side: JavaFX alone (base, graphics, controls), then Monocle and the probe. */
  static String bareClassPath() {
    return String.join(
        java.io.File.pathSeparator,
        codeSource(javafx.beans.Observable.class).toString(),
        codeSource(javafx.application.Application.class).toString(),
        codeSource(javafx.scene.control.Control.class).toString(),
        probeClassPath());
  }

  private static String probeClassPath() {
    return String.join(
        java.io.File.pathSeparator,
        codeSource(com.sun.glass.ui.monocle.MonoclePlatformFactory.class).toString(),
        codeSource(StartupProbe.class).toString());
  }

  /** The jar or class folder a class was loaded from. */
  private static Path codeSource(Class<?> c) {
    try {
      return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException("cannot tell where " + c.getName() + " comes from", e);
    }
  }

  /** Median after dropping the first {@code warmup} measurements. */
  private static double median(long[] values, int warmup) {
    long[] v = Arrays.copyOfRange(values, warmup, values.length);
    Arrays.sort(v);
    return v[v.length / 2];
  }
}
