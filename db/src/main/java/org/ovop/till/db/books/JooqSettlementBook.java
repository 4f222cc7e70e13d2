package org.ovop.till.db.books;

import static org.jooq.impl.DSL.abs;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;
import static org.ovop.till.db.generated.Tables.LOT;
import static org.ovop.till.db.generated.Tables.PAYOUT;
import static org.ovop.till.db.generated.Tables.SALE;
import static org.ovop.till.db.generated.Tables.SALE_LINE;
import static org.ovop.till.db.generated.Tables.SETTLEMENT;
import static org.ovop.till.db.generated.Tables.SETTLEMENT_CANCEL;
import static org.ovop.till.db.generated.Tables.SETTLEMENT_LINE;
import static org.ovop.till.db.generated.Tables.STOCK_MOVEMENT;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.ovop.till.core.sale.SaleKind;
import org.ovop.till.core.settle.Payout;
import org.ovop.till.core.settle.PayoutMethod;
import org.ovop.till.core.settle.Settlement;
import org.ovop.till.core.settle.SettlementBook;
import org.ovop.till.core.settle.UnsettledLine;
import org.ovop.till.db.generated.tables.records.PayoutRecord;
import org.ovop.till.db.generated.tables.records.SettlementRecord;

/** Settlements, the lines they claim, cancellations and payouts. */
final class JooqSettlementBook implements SettlementBook {
  private final DSLContext db;

  JooqSettlementBook(DSLContext db) {
    this.db = db;
  }

  @Override
  public List<UnsettledLine> unsettled(String groupId, Instant cutoff) {
    Condition which =
        SALE_LINE
            .GROUP_ID
            .eq(groupId)
            .and(SALE.AT.lt(Columns.millis(cutoff)))
            .and(
                notExists(
                    selectOne()
                        .from(SETTLEMENT_LINE)
                        .where(SETTLEMENT_LINE.SALE_LINE_ID.eq(SALE_LINE.ID))));
    return lines(which);
  }

  @Override
  public List<UnsettledLine> linesOf(String settlementId) {
    return lines(
        org.jooq.impl.DSL.exists(
            selectOne()
                .from(SETTLEMENT_LINE)
                .where(
                    SETTLEMENT_LINE
                        .SALE_LINE_ID
                        .eq(SALE_LINE.ID)
                        .and(SETTLEMENT_LINE.SETTLEMENT_ID.eq(settlementId)))));
  }

  /** Lines matching a condition on sale_line and sale, with the members their units came from. */
  private List<UnsettledLine> lines(Condition which) {
    Map<String, List<UnsettledLine.MemberUnits>> members = new HashMap<>();
    Field<BigDecimal> units = sum(abs(STOCK_MOVEMENT.QUANTITY)).as("units");
    db.select(STOCK_MOVEMENT.SALE_LINE_ID, LOT.MEMBER_ID, units)
        .from(STOCK_MOVEMENT)
        .join(LOT)
        .on(LOT.ID.eq(STOCK_MOVEMENT.LOT_ID))
        .join(SALE_LINE)
        .on(SALE_LINE.ID.eq(STOCK_MOVEMENT.SALE_LINE_ID))
        .join(SALE)
        .on(SALE.NUMBER.eq(SALE_LINE.SALE_NUMBER))
        .where(which)
        .groupBy(STOCK_MOVEMENT.SALE_LINE_ID, LOT.MEMBER_ID)
        .orderBy(STOCK_MOVEMENT.SALE_LINE_ID, LOT.MEMBER_ID)
        .forEach(
            r ->
                members
                    .computeIfAbsent(r.value1(), k -> new ArrayList<>())
                    .add(new UnsettledLine.MemberUnits(r.value2(), r.value3().longValueExact())));
    return db.select(
            SALE_LINE.ID,
            SALE.NUMBER,
            SALE.KIND,
            SALE.AT,
            SALE_LINE.SKU,
            SALE_LINE.NAME,
            SALE_LINE.QUANTITY,
            SALE_LINE.UNIT_PRICE,
            SALE_LINE.AMOUNT,
            SALE_LINE.PRODUCER_SHARE,
            SALE_LINE.COMMISSION)
        .from(SALE_LINE)
        .join(SALE)
        .on(SALE.NUMBER.eq(SALE_LINE.SALE_NUMBER))
        .where(which)
        .orderBy(SALE.AT, SALE.TILL, SALE.SEQ, SALE_LINE.LINE_NO)
        .fetch(
            r ->
                new UnsettledLine(
                    r.value1(),
                    r.value2(),
                    SaleKind.valueOf(r.value3()),
                    Columns.instant(r.value4()),
                    r.value5(),
                    r.value6(),
                    r.value7(),
                    r.value8(),
                    r.value9(),
                    r.value10(),
                    r.value11(),
                    List.copyOf(members.getOrDefault(r.value1(), List.of()))));
  }

  @Override
  public void save(Settlement s, List<String> saleLineIds) {
    db.insertInto(SETTLEMENT)
        .set(SETTLEMENT.ID, s.id())
        .set(SETTLEMENT.GROUP_ID, s.groupId())
        .set(SETTLEMENT.UNTIL_DAY, s.until().toString())
        .set(SETTLEMENT.CUTOFF, Columns.millis(s.cutoff()))
        .set(SETTLEMENT.AT, Columns.millis(s.at()))
        .set(SETTLEMENT.BY_USER, s.byUser())
        .set(SETTLEMENT.SALES, s.sales())
        .set(SETTLEMENT.REFUNDS, s.refunds())
        .set(SETTLEMENT.LEVY_BP, s.levyBasisPoints())
        .set(SETTLEMENT.DEDUCTIONS, s.deductions())
        .set(SETTLEMENT.COMMISSION, s.commission())
        .set(SETTLEMENT.PAYOUT, s.payout())
        .set(SETTLEMENT.LINE_COUNT, s.lines())
        .execute();
    // Batches of rows keep a month of lines to a few statements on both databases.
    for (int from = 0; from < saleLineIds.size(); from += 500) {
      var insert =
          db.insertInto(
              SETTLEMENT_LINE, SETTLEMENT_LINE.SALE_LINE_ID, SETTLEMENT_LINE.SETTLEMENT_ID);
      for (String id : saleLineIds.subList(from, Math.min(saleLineIds.size(), from + 500))) {
        insert = insert.values(id, s.id());
      }
      insert.execute();
    }
  }

  @Override
  public Optional<Settlement> byId(String id) {
    return db.selectFrom(SETTLEMENT)
        .where(SETTLEMENT.ID.eq(id))
        .fetchOptional()
        .map(JooqSettlementBook::settlement);
  }

  @Override
  public void cancel(String settlementId, Instant at, String byUser, String reason) {
    int released =
        db.deleteFrom(SETTLEMENT_LINE)
            .where(SETTLEMENT_LINE.SETTLEMENT_ID.eq(settlementId))
            .execute();
    db.insertInto(SETTLEMENT_CANCEL)
        .set(SETTLEMENT_CANCEL.SETTLEMENT_ID, settlementId)
        .set(SETTLEMENT_CANCEL.AT, Columns.millis(at))
        .set(SETTLEMENT_CANCEL.BY_USER, byUser)
        .set(SETTLEMENT_CANCEL.REASON, reason)
        .set(SETTLEMENT_CANCEL.LINE_COUNT, released)
        .execute();
  }

  @Override
  public boolean isCancelled(String settlementId) {
    return db.fetchExists(SETTLEMENT_CANCEL, SETTLEMENT_CANCEL.SETTLEMENT_ID.eq(settlementId));
  }

  @Override
  public void pay(Payout p) {
    db.insertInto(PAYOUT)
        .set(PAYOUT.SETTLEMENT_ID, p.settlementId())
        .set(PAYOUT.AT, Columns.millis(p.at()))
        .set(PAYOUT.METHOD, p.method().code())
        .set(PAYOUT.REFERENCE, p.reference())
        .set(PAYOUT.AMOUNT, p.amount())
        .set(PAYOUT.PAID_BY, p.paidBy())
        .set(PAYOUT.SHIFT_ID, p.shiftId())
        .execute();
  }

  @Override
  public Optional<Payout> payoutOf(String settlementId) {
    return db.selectFrom(PAYOUT)
        .where(PAYOUT.SETTLEMENT_ID.eq(settlementId))
        .fetchOptional()
        .map(JooqSettlementBook::payout);
  }

  @Override
  public List<Payout> payoutsBetween(Instant from, Instant to) {
    return db.selectFrom(PAYOUT)
        .where(PAYOUT.AT.ge(Columns.millis(from)).and(PAYOUT.AT.lt(Columns.millis(to))))
        .orderBy(PAYOUT.AT, PAYOUT.SETTLEMENT_ID)
        .fetch(JooqSettlementBook::payout);
  }

  private static Settlement settlement(SettlementRecord r) {
    return new Settlement(
        r.getId(),
        r.getGroupId(),
        LocalDate.parse(r.getUntilDay()),
        Columns.instant(r.getCutoff()),
        Columns.instant(r.getAt()),
        r.getByUser(),
        r.getSales(),
        r.getRefunds(),
        r.getLevyBp(),
        r.getDeductions(),
        r.getCommission(),
        r.getPayout(),
        r.getLineCount());
  }

  private static Payout payout(PayoutRecord r) {
    return new Payout(
        r.getSettlementId(),
        Columns.instant(r.getAt()),
        PayoutMethod.parse(r.getMethod()).orElseThrow(),
        r.getReference(),
        r.getAmount(),
        r.getPaidBy(),
        r.getShiftId());
  }
}
