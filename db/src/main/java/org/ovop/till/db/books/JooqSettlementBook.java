package org.ovop.till.db.books;

import static org.jooq.impl.DSL.abs;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.select;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.ovop.till.core.sale.SaleKind;
import org.ovop.till.core.settle.Payout;
import org.ovop.till.core.settle.PayoutMethod;
import org.ovop.till.core.settle.Settlement;
import org.ovop.till.core.settle.SettlementBook;
import org.ovop.till.core.settle.UnsettledLine;
import org.ovop.till.core.settle.UnsettledTotals;
import org.ovop.till.db.generated.tables.records.PayoutRecord;
import org.ovop.till.db.generated.tables.records.SettlementRecord;

/** Settlements, the lines they claim, cancellations and payouts. */
final class JooqSettlementBook implements SettlementBook {
  private final Supplier<DSLContext> jooq;

  JooqSettlementBook(Supplier<DSLContext> jooq) {
    this.jooq = jooq;
  }

  private DSLContext db() {
    return jooq.get();
  }

  @Override
  public List<UnsettledLine> unsettled(String groupId, Instant cutoff) {
    return lines(SALE_LINE.GROUP_ID.eq(groupId).and(unsettledBefore(cutoff)));
  }

  /**
   * Lines sold or refunded before the cutoff that no settlement holds (sale_line joined to sale).
   */
  private static Condition unsettledBefore(Instant cutoff) {
    return SALE.AT
        .lt(Columns.millis(cutoff))
        .and(
            notExists(
                selectOne()
                    .from(SETTLEMENT_LINE)
                    .where(SETTLEMENT_LINE.SALE_LINE_ID.eq(SALE_LINE.ID))));
  }

  /**
   * Sales joined to their lines, sales first. The lines before a cutoff are those of the sales
   * before it, which the index on sale.at finds in the order they were rung up, and each sale's
   * lines sit together under the (sale_number, line_no) key. SQLite keeps the left side of a CROSS
   * JOIN as the outer loop; left to itself it walks the group index instead and jumps around the
   * whole ledger for every line. PostgreSQL plans it as the inner join it is.
   */
  private static org.jooq.Table<?> unsettledSource() {
    return SALE.crossJoin(SALE_LINE);
  }

  @Override
  public List<UnsettledTotals> unsettledTotals(String groupId, Instant cutoff) {
    Condition which = unsettledBefore(cutoff);
    if (groupId != null) {
      which = SALE_LINE.GROUP_ID.eq(groupId).and(which);
    }
    Field<BigDecimal> shares = sum(SALE_LINE.PRODUCER_SHARE).as("shares");
    Field<BigDecimal> commissions = sum(SALE_LINE.COMMISSION).as("commissions");
    Field<Integer> count = count().as("lines");
    // One pass over the lines, grouped by group and kind; sales and refunds are folded per group.
    Map<String, UnsettledTotals> totals = new LinkedHashMap<>();
    db().select(SALE_LINE.GROUP_ID, SALE.KIND, shares, commissions, count)
        .from(unsettledSource())
        .where(SALE_LINE.SALE_NUMBER.eq(SALE.NUMBER).and(which))
        .groupBy(SALE_LINE.GROUP_ID, SALE.KIND)
        .orderBy(SALE_LINE.GROUP_ID, SALE.KIND)
        .forEach(
            r -> {
              boolean sale = SaleKind.valueOf(r.value2()) == SaleKind.SALE;
              long share = r.value3().longValueExact();
              long commission = r.value4().longValueExact();
              totals.merge(
                  r.value1(),
                  new UnsettledTotals(
                      r.value1(),
                      sale ? share : 0,
                      sale ? 0 : share,
                      sale ? commission : -commission,
                      r.value5()),
                  (a, b) ->
                      new UnsettledTotals(
                          a.groupId(),
                          a.sales() + b.sales(),
                          a.refunds() + b.refunds(),
                          a.commission() + b.commission(),
                          a.lines() + b.lines()));
            });
    return List.copyOf(totals.values());
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
    db().select(STOCK_MOVEMENT.SALE_LINE_ID, LOT.MEMBER_ID, units)
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
    return db().select(
            SALE_LINE.ID,
            SALE.NUMBER,
            SALE.KIND,
            SALE.AT,
            SALE_LINE.SKU,
            SALE_LINE.NAME,
            SALE_LINE.QUANTITY,
            SALE_LINE.UNIT_PRICE,
            coalesce(SALE_LINE.LIST_PRICE, SALE_LINE.UNIT_PRICE),
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
                    r.value12(),
                    List.copyOf(members.getOrDefault(r.value1(), List.of()))));
  }

  @Override
  public int save(List<Settlement> settlements) {
    if (settlements.isEmpty()) {
      return 0;
    }
    Instant cutoff = settlements.get(0).cutoff();
    for (Settlement s : settlements) {
      if (!s.cutoff().equals(cutoff)) {
        throw new IllegalArgumentException("settlements saved together share one cutoff");
      }
      insert(s);
    }
    // The lines are claimed where they are, in one pass over the ledger for all groups: the same
    // condition the totals were made from, inside the same transaction. Each line goes to the new
    // settlement of its group.
    List<String> ids = settlements.stream().map(Settlement::id).toList();
    return db().insertInto(
            SETTLEMENT_LINE, SETTLEMENT_LINE.SALE_LINE_ID, SETTLEMENT_LINE.SETTLEMENT_ID)
        .select(
            select(SALE_LINE.ID, SETTLEMENT.ID)
                .from(unsettledSource().crossJoin(SETTLEMENT))
                .where(
                    SALE_LINE
                        .SALE_NUMBER
                        .eq(SALE.NUMBER)
                        .and(SETTLEMENT.GROUP_ID.eq(SALE_LINE.GROUP_ID))
                        .and(SETTLEMENT.ID.in(ids))
                        .and(unsettledBefore(cutoff))))
        .execute();
  }

  private void insert(Settlement s) {
    db().insertInto(SETTLEMENT)
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
  }

  @Override
  public Optional<Settlement> byId(String id) {
    return db().selectFrom(SETTLEMENT)
        .where(SETTLEMENT.ID.eq(id))
        .fetchOptional()
        .map(JooqSettlementBook::settlement);
  }

  @Override
  public List<Settlement> unpaid() {
    return db().selectFrom(SETTLEMENT)
        .whereNotExists(db().selectOne().from(PAYOUT).where(PAYOUT.SETTLEMENT_ID.eq(SETTLEMENT.ID)))
        .andNotExists(
            db().selectOne()
                .from(SETTLEMENT_CANCEL)
                .where(SETTLEMENT_CANCEL.SETTLEMENT_ID.eq(SETTLEMENT.ID)))
        .orderBy(SETTLEMENT.AT, SETTLEMENT.ID)
        .fetch(JooqSettlementBook::settlement);
  }

  @Override
  public void cancel(String settlementId, Instant at, String byUser, String reason) {
    int released =
        db().deleteFrom(SETTLEMENT_LINE)
            .where(SETTLEMENT_LINE.SETTLEMENT_ID.eq(settlementId))
            .execute();
    db().insertInto(SETTLEMENT_CANCEL)
        .set(SETTLEMENT_CANCEL.SETTLEMENT_ID, settlementId)
        .set(SETTLEMENT_CANCEL.AT, Columns.millis(at))
        .set(SETTLEMENT_CANCEL.BY_USER, byUser)
        .set(SETTLEMENT_CANCEL.REASON, reason)
        .set(SETTLEMENT_CANCEL.LINE_COUNT, released)
        .execute();
  }

  @Override
  public boolean isCancelled(String settlementId) {
    return db().fetchExists(SETTLEMENT_CANCEL, SETTLEMENT_CANCEL.SETTLEMENT_ID.eq(settlementId));
  }

  @Override
  public void pay(Payout p) {
    db().insertInto(PAYOUT)
        .set(PAYOUT.SETTLEMENT_ID, p.settlementId())
        .set(PAYOUT.AT, Columns.millis(p.at()))
        .set(PAYOUT.METHOD, p.method().code())
        .set(PAYOUT.REFERENCE, p.reference())
        .set(PAYOUT.AMOUNT, p.amount())
        .set(PAYOUT.PAID_BY, p.paidBy())
        .set(PAYOUT.SHIFT_ID, p.shiftId())
        .set(PAYOUT.SERVICE, p.service())
        .execute();
  }

  @Override
  public Optional<Payout> payoutOf(String settlementId) {
    return db().selectFrom(PAYOUT)
        .where(PAYOUT.SETTLEMENT_ID.eq(settlementId))
        .fetchOptional()
        .map(JooqSettlementBook::payout);
  }

  @Override
  public List<Payout> payoutsBetween(Instant from, Instant to) {
    return db().selectFrom(PAYOUT)
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
        r.getShiftId(),
        r.getService());
  }
}
