package org.ovop.till.db.books;

import static org.jooq.impl.DSL.sum;
import static org.ovop.till.db.generated.Tables.COUNT_LINE;
import static org.ovop.till.db.generated.Tables.LOT;
import static org.ovop.till.db.generated.Tables.STOCK_BALANCE;
import static org.ovop.till.db.generated.Tables.STOCK_DOCUMENT;
import static org.ovop.till.db.generated.Tables.STOCK_MOVEMENT;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.ovop.till.core.stock.Lot;
import org.ovop.till.core.stock.LotBalance;
import org.ovop.till.core.stock.MovementKind;
import org.ovop.till.core.stock.Shelf;
import org.ovop.till.core.stock.StockBook;
import org.ovop.till.core.stock.StockDocument;
import org.ovop.till.core.stock.StockMovement;
import org.ovop.till.db.generated.tables.records.StockMovementRecord;

/**
 * Lots and the append-only stock ledger. On-hand is read from stock_balance, which a trigger keeps
 * equal to the ledger's sum in the same transaction (V5); the till never writes it, and `till
 * verify` sums the ledger again to check it.
 */
final class JooqStockBook implements StockBook {
  private final Supplier<DSLContext> jooq;
  private final Statements statements;

  JooqStockBook(Supplier<DSLContext> jooq, Statements statements) {
    this.jooq = jooq;
    this.statements = statements;
  }

  private DSLContext db() {
    return jooq.get();
  }

  @Override
  public void addDocument(StockDocument d) {
    db().insertInto(STOCK_DOCUMENT)
        .set(STOCK_DOCUMENT.NUMBER, d.number())
        .set(STOCK_DOCUMENT.KIND, d.kind().name())
        .set(STOCK_DOCUMENT.GROUP_ID, d.groupId())
        .set(STOCK_DOCUMENT.TILL, d.till())
        .set(STOCK_DOCUMENT.AT, Columns.millis(d.at()))
        .set(STOCK_DOCUMENT.BY_USER, d.byUser())
        .set(STOCK_DOCUMENT.REASON, d.reason())
        .execute();
  }

  @Override
  public void addLot(Lot lot) {
    db().insertInto(LOT)
        .set(LOT.ID, lot.id())
        .set(LOT.NOTE_NUMBER, lot.noteNumber())
        .set(LOT.LINE_NO, lot.lineNo())
        .set(LOT.PRODUCT_ID, lot.productId())
        .set(LOT.MEMBER_ID, lot.memberId())
        .set(LOT.QUANTITY, lot.quantity())
        .set(LOT.RECEIVED_AT, Columns.millis(lot.receivedAt()))
        .set(LOT.BEST_BEFORE, Columns.day(lot.bestBefore()))
        .execute();
  }

  /**
   * Each lot with its balance from stock_balance, which a trigger moves with every ledger row (see
   * migration V5): the cost of a line sold no longer grows with the product's history.
   */
  @Override
  public List<LotBalance> lotsOldestFirst(String productId) {
    return statements.all(
        "SELECT id, note_number, line_no, lot.product_id, member_id, quantity, received_at,"
            + " best_before, COALESCE(b.on_hand, 0) FROM lot LEFT JOIN stock_balance b"
            + " ON b.product_id = lot.product_id AND b.lot_key = lot.id WHERE lot.product_id = ?"
            + " ORDER BY received_at, note_number, line_no",
        JooqStockBook::balance,
        productId);
  }

  private static LotBalance balance(java.sql.ResultSet r) throws java.sql.SQLException {
    return new LotBalance(
        new Lot(
            r.getString(1),
            r.getString(2),
            r.getInt(3),
            r.getString(4),
            r.getString(5),
            r.getLong(6),
            Instant.ofEpochMilli(r.getLong(7)),
            Columns.day(r.getString(8))),
        r.getLong(9));
  }

  /**
   * The lots and, on each row, the product's on-hand: one statement where a sale line would need
   * two. A product without lots (sold before any delivery) has no rows, and reads its on-hand
   * alone.
   */
  @Override
  public Shelf shelf(String productId) {
    long[] onHand = {Long.MIN_VALUE};
    List<LotBalance> lots =
        statements.all(
            "SELECT id, note_number, line_no, lot.product_id, member_id, quantity, received_at,"
                + " best_before, COALESCE(b.on_hand, 0), (SELECT COALESCE(SUM(p.on_hand), 0)"
                + " FROM stock_balance p WHERE p.product_id = ?) FROM lot LEFT JOIN stock_balance b"
                + " ON b.product_id = lot.product_id AND b.lot_key = lot.id WHERE lot.product_id = ?"
                + " ORDER BY received_at, note_number, line_no",
            r -> {
              onHand[0] = r.getLong(10);
              return balance(r);
            },
            productId,
            productId);
    return new Shelf(lots, lots.isEmpty() ? onHand(productId) : onHand[0]);
  }

  @Override
  public void append(List<StockMovement> movements) {
    for (StockMovement m : movements) {
      statements.run(
          "INSERT INTO stock_movement (id, at, product_id, lot_id, kind, quantity, document,"
              + " sale_line_id, by_user) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          m.id(),
          Columns.millis(m.at()),
          m.productId(),
          m.lotId(),
          m.kind().name(),
          m.quantity(),
          m.document(),
          m.saleLineId(),
          m.byUser());
    }
  }

  /** The product's lot balances added up (a lot or two, and goods sold before any lot). */
  @Override
  public long onHand(String productId) {
    return statements.number(
        "SELECT COALESCE(SUM(on_hand), 0) FROM stock_balance WHERE product_id = ?", productId);
  }

  @Override
  public Map<String, Long> onHandByProduct() {
    Map<String, Long> result = new LinkedHashMap<>();
    db().select(STOCK_BALANCE.PRODUCT_ID, sum(STOCK_BALANCE.ON_HAND))
        .from(STOCK_BALANCE)
        .groupBy(STOCK_BALANCE.PRODUCT_ID)
        .forEach(r -> result.put(r.value1(), r.value2().longValueExact()));
    return result;
  }

  @Override
  public List<StockMovement> movementsOfLine(String saleLineId) {
    return db().selectFrom(STOCK_MOVEMENT)
        .where(STOCK_MOVEMENT.SALE_LINE_ID.eq(saleLineId))
        .orderBy(STOCK_MOVEMENT.AT, STOCK_MOVEMENT.ID)
        .fetch(JooqStockBook::movement);
  }

  static StockMovement movement(StockMovementRecord r) {
    return new StockMovement(
        r.getId(),
        Columns.instant(r.getAt()),
        r.getProductId(),
        r.getLotId(),
        MovementKind.valueOf(r.getKind()),
        r.getQuantity(),
        r.getDocument(),
        r.getSaleLineId(),
        r.getByUser());
  }

  @Override
  public void addCountLine(String document, String productId, long expected, long counted) {
    db().insertInto(COUNT_LINE)
        .set(COUNT_LINE.DOCUMENT, document)
        .set(COUNT_LINE.PRODUCT_ID, productId)
        .set(COUNT_LINE.EXPECTED, expected)
        .set(COUNT_LINE.COUNTED, counted)
        .execute();
  }
}
