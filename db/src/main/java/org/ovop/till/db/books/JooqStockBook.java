package org.ovop.till.db.books;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.val;
import static org.ovop.till.db.generated.Tables.COUNT_LINE;
import static org.ovop.till.db.generated.Tables.LOT;
import static org.ovop.till.db.generated.Tables.STOCK_DOCUMENT;
import static org.ovop.till.db.generated.Tables.STOCK_MOVEMENT;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.ovop.till.core.stock.Lot;
import org.ovop.till.core.stock.LotBalance;
import org.ovop.till.core.stock.MovementKind;
import org.ovop.till.core.stock.StockBook;
import org.ovop.till.core.stock.StockDocument;
import org.ovop.till.core.stock.StockMovement;
import org.ovop.till.db.generated.tables.records.StockMovementRecord;

/** Lots and the append-only stock ledger. On-hand is always a sum, never a stored number. */
final class JooqStockBook implements StockBook {
  private static final Field<BigDecimal> LEFT =
      coalesce(sum(STOCK_MOVEMENT.QUANTITY), val(BigDecimal.ZERO)).as("left_on_lot");

  private final DSLContext db;

  JooqStockBook(DSLContext db) {
    this.db = db;
  }

  @Override
  public void addDocument(StockDocument d) {
    db.insertInto(STOCK_DOCUMENT)
        .set(STOCK_DOCUMENT.NUMBER, d.number())
        .set(STOCK_DOCUMENT.KIND, documentKind(d.kind()))
        .set(STOCK_DOCUMENT.GROUP_ID, d.groupId())
        .set(STOCK_DOCUMENT.TILL, d.till())
        .set(STOCK_DOCUMENT.AT, Columns.millis(d.at()))
        .set(STOCK_DOCUMENT.BY_USER, d.byUser())
        .set(STOCK_DOCUMENT.REASON, d.reason())
        .execute();
  }

  /**
   * The column names the paper, not the movement: the schema allows INTAKE, RETURN_TO_PRODUCER,
   * COUNT and DAMAGE. The core calls a count sheet's kind COUNT_ADJUSTMENT (the movements it
   * makes), which the CHECK constraint refused, so every count failed; the sheet is stored as
   * COUNT.
   */
  static String documentKind(MovementKind kind) {
    return kind == MovementKind.COUNT_ADJUSTMENT ? "COUNT" : kind.name();
  }

  @Override
  public void addLot(Lot lot) {
    db.insertInto(LOT)
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

  @Override
  public List<LotBalance> lotsOldestFirst(String productId) {
    return db.select(LOT.fields())
        .select(LEFT)
        .from(LOT)
        .leftJoin(STOCK_MOVEMENT)
        .on(STOCK_MOVEMENT.LOT_ID.eq(LOT.ID))
        .where(LOT.PRODUCT_ID.eq(productId))
        .groupBy(LOT.fields())
        .orderBy(LOT.RECEIVED_AT, LOT.NOTE_NUMBER, LOT.LINE_NO)
        .fetch(r -> new LotBalance(lot(r), r.get(LEFT).longValueExact()));
  }

  static Lot lot(Record r) {
    return new Lot(
        r.get(LOT.ID),
        r.get(LOT.NOTE_NUMBER),
        r.get(LOT.LINE_NO),
        r.get(LOT.PRODUCT_ID),
        r.get(LOT.MEMBER_ID),
        r.get(LOT.QUANTITY),
        Columns.instant(r.get(LOT.RECEIVED_AT)),
        Columns.day(r.get(LOT.BEST_BEFORE)));
  }

  @Override
  public void append(List<StockMovement> movements) {
    if (movements.isEmpty()) {
      return;
    }
    var insert =
        db.insertInto(
            STOCK_MOVEMENT,
            STOCK_MOVEMENT.ID,
            STOCK_MOVEMENT.AT,
            STOCK_MOVEMENT.PRODUCT_ID,
            STOCK_MOVEMENT.LOT_ID,
            STOCK_MOVEMENT.KIND,
            STOCK_MOVEMENT.QUANTITY,
            STOCK_MOVEMENT.DOCUMENT,
            STOCK_MOVEMENT.SALE_LINE_ID,
            STOCK_MOVEMENT.BY_USER);
    for (StockMovement m : movements) {
      insert =
          insert.values(
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
    insert.execute();
  }

  @Override
  public long onHand(String productId) {
    BigDecimal total =
        db.select(coalesce(sum(STOCK_MOVEMENT.QUANTITY), val(BigDecimal.ZERO)))
            .from(STOCK_MOVEMENT)
            .where(STOCK_MOVEMENT.PRODUCT_ID.eq(productId))
            .fetchOne(0, BigDecimal.class);
    return total.longValueExact();
  }

  @Override
  public Map<String, Long> onHandByProduct() {
    Map<String, Long> result = new LinkedHashMap<>();
    db.select(STOCK_MOVEMENT.PRODUCT_ID, sum(STOCK_MOVEMENT.QUANTITY))
        .from(STOCK_MOVEMENT)
        .groupBy(STOCK_MOVEMENT.PRODUCT_ID)
        .forEach(r -> result.put(r.value1(), r.value2().longValueExact()));
    return result;
  }

  @Override
  public List<StockMovement> movementsOfLine(String saleLineId) {
    return db.selectFrom(STOCK_MOVEMENT)
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
    db.insertInto(COUNT_LINE)
        .set(COUNT_LINE.DOCUMENT, document)
        .set(COUNT_LINE.PRODUCT_ID, productId)
        .set(COUNT_LINE.EXPECTED, expected)
        .set(COUNT_LINE.COUNTED, counted)
        .execute();
  }
}
