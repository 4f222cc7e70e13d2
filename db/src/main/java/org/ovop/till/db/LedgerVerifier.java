package org.ovop.till.db;

import static org.ovop.till.db.generated.Tables.CASH_MOVEMENT;
import static org.ovop.till.db.generated.Tables.COUNT_LINE;
import static org.ovop.till.db.generated.Tables.LOT;
import static org.ovop.till.db.generated.Tables.PRODUCT;
import static org.ovop.till.db.generated.Tables.SETTLEMENT;
import static org.ovop.till.db.generated.Tables.STOCK_MOVEMENT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.ovop.till.core.journal.JournalChain;
import org.ovop.till.core.journal.JournalEntry;
import org.ovop.till.core.money.Money;
import org.ovop.till.core.sale.PricedLine;
import org.ovop.till.core.sale.RefundMath;
import org.ovop.till.core.sale.Sale;
import org.ovop.till.core.sale.SaleKind;
import org.ovop.till.core.sale.SaleLine;
import org.ovop.till.core.sale.Tender;
import org.ovop.till.core.store.StoreProfile;

/**
 * Checks the whole ledger as an auditor would: the file itself, the append-only guards, every
 * figure of every receipt against the money rules, receipt numbers without gaps, stock and cash
 * movements against the receipts, and the journal's hash chain against the receipts as stored now.
 * A row edited behind the program's back breaks at least one of these.
 */
public final class LedgerVerifier {
  /** Tables whose rows are never changed; each has triggers refusing UPDATE and DELETE. */
  static final List<String> APPEND_ONLY =
      List.of(
          "product_terms",
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
          "journal_entry",
          "settlement",
          "settlement_cancel",
          "payout");

  private final TillDatabase database;

  public LedgerVerifier(TillDatabase database) {
    this.database = database;
  }

  public LedgerCheck check() {
    List<String> problems = new ArrayList<>();
    database.readDsl(
        db -> {
          fileChecks(db, problems);
          guardChecks(db, problems);
          ledgerChecks(db, problems);
          stockPaperChecks(db, problems);
          balanceChecks(db, problems);
          return null;
        });
    return new LedgerCheck(List.copyOf(problems));
  }

  private void fileChecks(DSLContext db, List<String> problems) {
    if (database.dialect() != SQLDialect.SQLITE) {
      return;
    }
    for (Record r : db.fetch("PRAGMA integrity_check")) {
      String said = String.valueOf(r.get(0));
      if (!"ok".equalsIgnoreCase(said)) {
        problems.add("SQLite integrity check: " + said);
      }
    }
    for (Record r : db.fetch("PRAGMA foreign_key_check")) {
      problems.add(
          "Table "
              + r.get(0)
              + " row "
              + r.get(1)
              + " points to a missing row of "
              + r.get(2)
              + ".");
    }
  }

  private void guardChecks(DSLContext db, List<String> problems) {
    Set<String> guarded = new HashSet<>();
    if (database.dialect() == SQLDialect.SQLITE) {
      for (Record r : db.fetch("SELECT tbl_name, sql FROM sqlite_master WHERE type = 'trigger'")) {
        String sql = String.valueOf(r.get(1)).toUpperCase();
        if (sql.contains("BEFORE UPDATE")) {
          guarded.add(r.get(0) + ":update");
        }
        if (sql.contains("BEFORE DELETE")) {
          guarded.add(r.get(0) + ":delete");
        }
      }
    } else {
      for (Record r :
          db.fetch(
              // A trigger switched off with ALTER TABLE … DISABLE TRIGGER guards nothing.
              "SELECT t.event_object_table, t.event_manipulation FROM information_schema.triggers t"
                  + " WHERE NOT EXISTS (SELECT 1 FROM pg_trigger p"
                  + " JOIN pg_class c ON c.oid = p.tgrelid"
                  + " WHERE p.tgname = t.trigger_name AND c.relname = t.event_object_table"
                  + " AND p.tgenabled = 'D')")) {
        guarded.add(r.get(0) + ":" + String.valueOf(r.get(1)).toLowerCase());
      }
    }
    for (String table : APPEND_ONLY) {
      for (String change : List.of("update", "delete")) {
        if (!guarded.contains(table + ":" + change)) {
          problems.add(
              "Table " + table + " has lost its guard against " + change.toUpperCase() + ".");
        }
      }
    }
  }

  private void ledgerChecks(DSLContext db, List<String> problems) {
    var books = database.books();
    StoreProfile store = books.store().profile().orElse(null);
    if (store == null) {
      return;
    }
    List<JournalEntry> journal = books.journal().all();
    Map<String, Long> committedAs = new HashMap<>();
    journal.forEach(e -> committedAs.put(e.document(), e.seq()));
    // Refunds are checked in the order they were committed (the journal's order), not by the time
    // their till's clock gave them: with two tills whose clocks disagree, the order by time put a
    // later refund of a line before an earlier one and reported both as breaking the cumulative
    // rule. Documents without a journal entry (reported below) come last, by time.
    List<Sale> sales =
        new ArrayList<>(
            books
                .sales()
                .between(java.time.Instant.EPOCH, java.time.Instant.parse("9999-12-31T00:00:00Z")));
    sales.sort(
        java.util.Comparator.comparing(
            (Sale s) -> committedAs.getOrDefault(s.number(), Long.MAX_VALUE)));
    Map<String, SaleLine> soldLines = new HashMap<>();
    Map<String, Sale> byNumber = new HashMap<>();
    for (Sale s : sales) {
      byNumber.put(s.number(), s);
      if (s.kind() == SaleKind.SALE) {
        s.lines().forEach(l -> soldLines.put(l.id(), l));
      }
    }
    Map<String, Long> stockByLine = new HashMap<>();
    db.select(STOCK_MOVEMENT.SALE_LINE_ID, STOCK_MOVEMENT.QUANTITY)
        .from(STOCK_MOVEMENT)
        .where(STOCK_MOVEMENT.SALE_LINE_ID.isNotNull())
        .forEach(r -> stockByLine.merge(r.value1(), r.value2(), Long::sum));
    Map<String, Long> cashByDocument = new HashMap<>();
    db.select(CASH_MOVEMENT.DOCUMENT, CASH_MOVEMENT.AMOUNT)
        .from(CASH_MOVEMENT)
        .where(CASH_MOVEMENT.DOCUMENT.isNotNull())
        .forEach(r -> cashByDocument.merge(r.value1(), r.value2(), Long::sum));

    Map<String, TreeMap<Long, String>> seqByTill = new HashMap<>();
    Map<String, Long> refundedSoFar = new HashMap<>();
    for (Sale s : sales) {
      seqByTill.computeIfAbsent(s.till(), t -> new TreeMap<>()).put(s.seq(), s.number());
      if (!s.number().equals(Sale.number(s.till(), s.seq()))) {
        problems.add("Receipt " + s.number() + " does not carry its till and sequence number.");
      }
      checkFigures(store, s, problems);
      for (SaleLine l : s.lines()) {
        if (s.kind() == SaleKind.SALE) {
          PricedLine p = PricedLine.price(l.unitPrice(), l.quantity(), l.discountRate(), l.terms());
          if (p.gross() != l.gross()
              || p.discount() != l.discount()
              || p.amount() != l.amount()
              || p.producerShare() != l.producerShare()
              || p.commission() != l.commission()) {
            problems.add(
                saleLine(s, l)
                    + ": its figures do not follow from price, quantity, discount and terms.");
          }
          if (l.priceOverridden() && s.approvedBy() == null) {
            problems.add(
                saleLine(s, l)
                    + " sold at another price than its list price with no manager named.");
          }
        } else {
          SaleLine original = soldLines.get(l.refundOfLine());
          if (original == null) {
            problems.add(
                "Refund " + s.number() + " line " + l.lineNo() + " refunds no recorded sale line.");
            continue;
          }
          long before = refundedSoFar.getOrDefault(original.id(), 0L);
          if (before + l.quantity() > original.quantity()) {
            problems.add(
                "Refund "
                    + s.number()
                    + " gives back more "
                    + l.sku()
                    + " than receipt "
                    + s.refundOf()
                    + " sold.");
          } else {
            long amount =
                RefundMath.refundedPart(
                    original.amount(), original.quantity(), before, l.quantity());
            long share =
                RefundMath.refundedPart(
                    original.producerShare(), original.quantity(), before, l.quantity());
            if (amount != l.amount()
                || share != l.producerShare()
                || l.amount() - l.producerShare() != l.commission()) {
              problems.add(
                  "Refund "
                      + s.number()
                      + " line "
                      + l.lineNo()
                      + " ("
                      + l.sku()
                      + "): the refunded amount or share breaks the cumulative rule.");
            }
          }
          refundedSoFar.merge(original.id(), l.quantity(), Long::sum);
        }
        long expectedStock = s.kind() == SaleKind.SALE ? -l.quantity() : l.quantity();
        long stock = stockByLine.getOrDefault(l.id(), 0L);
        if (stock != expectedStock) {
          problems.add(
              "Receipt "
                  + s.number()
                  + " line "
                  + l.lineNo()
                  + " moved "
                  + stock
                  + " units of "
                  + l.sku()
                  + " instead of "
                  + expectedStock
                  + ".");
        }
      }
      long drawer = s.cashIntoDrawer();
      long recorded = cashByDocument.getOrDefault(s.number(), 0L);
      if (drawer != recorded) {
        problems.add(
            "Receipt "
                + s.number()
                + " put "
                + money(store, recorded)
                + " in the drawer instead of "
                + money(store, drawer)
                + ".");
      }
    }
    seqByTill.forEach(
        (till, seqs) -> {
          long expected = 1;
          for (long seq : seqs.keySet()) {
            if (seq != expected) {
              problems.add(
                  "Receipt numbers of till "
                      + till
                      + " jump from "
                      + Sale.number(till, expected - 1)
                      + " to "
                      + seqs.get(seq)
                      + ".");
            }
            expected = seq + 1;
          }
        });
    Map<String, org.ovop.till.core.settle.Payout> payouts = new HashMap<>();
    books
        .settlements()
        .payoutsBetween(java.time.Instant.EPOCH, java.time.Instant.parse("9999-12-31T00:00:00Z"))
        .forEach(p -> payouts.put(p.settlementId(), p));
    checkSettlements(db, books, payouts, problems);
    checkJournal(journal, byNumber, payouts, problems);
  }

  /** Each settlement still holds exactly the lines whose shares make its figures. */
  private void checkSettlements(
      DSLContext db,
      org.ovop.till.db.books.JooqBooks books,
      Map<String, org.ovop.till.core.settle.Payout> payouts,
      List<String> problems) {
    for (Record r : db.select(SETTLEMENT.ID).from(SETTLEMENT).orderBy(SETTLEMENT.ID).fetch()) {
      String id = r.get(SETTLEMENT.ID);
      var s = books.settlements().byId(id).orElseThrow();
      var lines = books.settlements().linesOf(id);
      if (books.settlements().isCancelled(id)) {
        if (!lines.isEmpty()) {
          problems.add("Cancelled settlement " + id + " still holds " + lines.size() + " line(s).");
        }
        continue;
      }
      var f =
          org.ovop.till.core.settle.Settlements.Figures.of(
              lines, new org.ovop.till.core.money.Percent(s.levyBasisPoints()));
      if (lines.size() != s.lines()
          || f.sales() != s.sales()
          || f.refunds() != s.refunds()
          || f.deductions() != s.deductions()
          || f.payout() != s.payout()) {
        problems.add(
            "Settlement "
                + id
                + " no longer adds up: its lines make a payout of "
                + f.payout()
                + " minor units, it says "
                + s.payout()
                + ".");
      }
      var p = payouts.get(id);
      if (p != null && p.amount() != s.payout()) {
        problems.add("The payout of settlement " + id + " is not the settlement's payout.");
      }
    }
  }

  /** Products are named in problems by SKU, as on the shelf label. */
  private static Map<String, String> skuById(DSLContext db) {
    Map<String, String> skuById = new HashMap<>();
    db.select(PRODUCT.ID, PRODUCT.SKU)
        .from(PRODUCT)
        .forEach(r -> skuById.put(r.value1(), r.value2()));
    return skuById;
  }

  /**
   * The balances a sale reads (stock_balance) against the ledger summed again: a trigger keeps them
   * equal, so a difference means a row written or a trigger dropped behind the till's back.
   */
  private static void balanceChecks(DSLContext db, List<String> problems) {
    Map<String, String> skuById = skuById(db);
    // A lot is named as the manager knows it: by its consignment note and line.
    Map<String, String> lotName = new HashMap<>();
    db.select(LOT.ID, LOT.NOTE_NUMBER, LOT.LINE_NO)
        .from(LOT)
        .forEach(r -> lotName.put(r.value1(), r.value2() + " line " + r.value3()));
    // Ledger and balances side by side per (product, lot): only the pairs that differ come back.
    for (Record r :
        db.fetch(
            "SELECT product_id, lot_key, SUM(summed), SUM(kept) FROM ("
                + " SELECT product_id, COALESCE(lot_id, '') AS lot_key, quantity AS summed,"
                + " 0 AS kept FROM stock_movement"
                + " UNION ALL SELECT product_id, lot_key, 0, on_hand FROM stock_balance) both_sides"
                + " GROUP BY product_id, lot_key HAVING SUM(summed) <> SUM(kept)"
                + " ORDER BY product_id, lot_key")) {
      String product = r.get(0, String.class);
      String lot = r.get(1, String.class);
      problems.add(
          "Stock of "
              + skuById.getOrDefault(product, product)
              + (lot.isEmpty()
                  ? " outside any lot"
                  : " from " + lotName.getOrDefault(lot, "lot " + lot))
              + ": the ledger holds "
              + r.get(2, Long.class)
              + ", the balance a sale reads says "
              + r.get(3, Long.class)
              + ".");
    }
  }

  /**
   * Stock that moved on papers other than receipts: every lot of a consignment note must have put
   * exactly its quantity on the shelf, and every count sheet must have adjusted each product by
   * counted − expected. Without this, a deleted or added intake or count movement changed on-hand
   * unnoticed, since only receipts were checked against their movements.
   */
  private static void stockPaperChecks(DSLContext db, List<String> problems) {
    Map<String, String> skuById = skuById(db);
    Map<String, Long> intakeByLot = new HashMap<>();
    Map<String, Long> adjustedByLine = new TreeMap<>();
    db.select(
            STOCK_MOVEMENT.KIND,
            STOCK_MOVEMENT.LOT_ID,
            STOCK_MOVEMENT.DOCUMENT,
            STOCK_MOVEMENT.PRODUCT_ID,
            STOCK_MOVEMENT.QUANTITY)
        .from(STOCK_MOVEMENT)
        .where(STOCK_MOVEMENT.KIND.in("INTAKE", "COUNT_ADJUSTMENT"))
        .forEach(
            r -> {
              if ("INTAKE".equals(r.value1())) {
                intakeByLot.merge(String.valueOf(r.value2()), r.value5(), Long::sum);
              } else {
                adjustedByLine.merge(r.value3() + "\n" + r.value4(), r.value5(), Long::sum);
              }
            });
    Set<String> lots = new HashSet<>();
    db.select(LOT.ID, LOT.NOTE_NUMBER, LOT.LINE_NO, LOT.PRODUCT_ID, LOT.QUANTITY)
        .from(LOT)
        .orderBy(LOT.NOTE_NUMBER, LOT.LINE_NO)
        .forEach(
            r -> {
              lots.add(r.value1());
              long in = intakeByLot.getOrDefault(r.value1(), 0L);
              if (in != r.value5()) {
                problems.add(
                    "Consignment note "
                        + r.value2()
                        + " line "
                        + r.value3()
                        + " ("
                        + skuById.get(r.value4())
                        + ") put "
                        + in
                        + " units on the shelf instead of "
                        + r.value5()
                        + ".");
              }
            });
    intakeByLot.keySet().stream()
        .filter(lot -> !lots.contains(lot))
        .sorted()
        .forEach(
            lot -> problems.add("Stock was taken in for lot " + lot + ", which no note lists."));
    Map<String, Long> countedByLine = new TreeMap<>();
    db.select(COUNT_LINE.DOCUMENT, COUNT_LINE.PRODUCT_ID, COUNT_LINE.EXPECTED, COUNT_LINE.COUNTED)
        .from(COUNT_LINE)
        .forEach(r -> countedByLine.put(r.value1() + "\n" + r.value2(), r.value4() - r.value3()));
    Set<String> keys = new java.util.TreeSet<>(countedByLine.keySet());
    keys.addAll(adjustedByLine.keySet());
    for (String key : keys) {
      long should = countedByLine.getOrDefault(key, 0L);
      long moved = adjustedByLine.getOrDefault(key, 0L);
      if (should != moved) {
        String[] docAndProduct = key.split("\n", 2);
        problems.add(
            "Count sheet "
                + docAndProduct[0]
                + " moved "
                + moved
                + " units of "
                + skuById.get(docAndProduct[1])
                + " instead of "
                + should
                + ".");
      }
    }
  }

  private void checkFigures(StoreProfile store, Sale s, List<String> problems) {
    long lines = s.lines().stream().mapToLong(SaleLine::amount).sum();
    long tendered = s.tenders().stream().mapToLong(Tender::amount).sum();
    List<String> wrong = new ArrayList<>();
    if (lines != s.total()) {
      wrong.add(
          "total "
              + money(store, s.total())
              + " is not the sum of its lines "
              + money(store, lines));
    }
    if (s.rounding() != s.due() - s.total()) {
      wrong.add("rounding is not due − total");
    }
    // The cash step in force at each sale is not stored (a store may change it), so a receipt's
    // rounding is not compared with today's step; the journal catches an edited rounding.
    if (tendered != s.paid()) {
      wrong.add(
          "paid "
              + money(store, s.paid())
              + " is not the sum of its tenders "
              + money(store, tendered));
    }
    if (s.kind() == SaleKind.SALE && s.change() != s.paid() - s.due()) {
      wrong.add("change is not paid − due");
    }
    if (!wrong.isEmpty()) {
      problems.add("Receipt " + s.number() + ": " + String.join("; ", wrong) + ".");
    }
  }

  private static void checkJournal(
      List<JournalEntry> entries,
      Map<String, Sale> sales,
      Map<String, org.ovop.till.core.settle.Payout> payouts,
      List<String> problems) {
    String prev = JournalChain.GENESIS;
    long seq = 1;
    Set<String> journalled = new HashSet<>();
    for (JournalEntry e : entries) {
      if (e.seq() != seq) {
        problems.add("Journal entry " + seq + " is missing (the chain jumps to " + e.seq() + ").");
      }
      if (!e.prevHash().equals(prev)) {
        problems.add(
            "Journal entry "
                + e.seq()
                + " ("
                + e.document()
                + ") does not follow the one before it.");
      }
      if (!e.hash().equals(JournalChain.link(e.prevHash(), e.contentHash()))) {
        problems.add("Journal entry " + e.seq() + " (" + e.document() + ") has a wrong hash.");
      }
      Sale s = sales.get(e.document());
      if (s != null && !JournalChain.contentHash(s).equals(e.contentHash())) {
        problems.add(
            "Receipt "
                + e.document()
                + " no longer matches its journal entry: it was changed after it was recorded.");
      }
      var payout = "PAYOUT".equals(e.kind()) ? payouts.get(e.document()) : null;
      if (payout != null && !JournalChain.contentHash(payout).equals(e.contentHash())) {
        problems.add(
            "The payout of settlement "
                + e.document()
                + " no longer matches its journal entry: it was changed after it was recorded.");
      }
      if ("PAYOUT".equals(e.kind()) && payout == null) {
        problems.add(
            "Journal entry " + e.seq() + " names a payout of " + e.document() + " that is gone.");
      }
      journalled.add(e.document());
      prev = e.hash();
      seq = e.seq() + 1;
    }
    for (String settlement : payouts.keySet()) {
      if (!journalled.contains(settlement)) {
        problems.add("The payout of settlement " + settlement + " has no journal entry.");
      }
    }
    List<String> missing =
        sales.keySet().stream()
            .filter(n -> !journalled.contains(n))
            .sorted()
            .collect(Collectors.toList());
    for (String n : missing) {
      problems.add("Receipt " + n + " has no journal entry.");
    }
  }

  private static String money(StoreProfile store, long minor) {
    return Money.of(minor, store.currency()).toPlainString()
        + " "
        + store.currency().getCurrencyCode();
  }

  /** A sale line as a problem names it: "Receipt T1-000002 line 1 (HONEY-1)". */
  private static String saleLine(Sale s, SaleLine l) {
    return "Receipt " + s.number() + " line " + l.lineNo() + " (" + l.sku() + ")";
  }
}
