package org.ovop.till.db.books;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.val;
import static org.ovop.till.db.generated.Tables.SALE;
import static org.ovop.till.db.generated.Tables.SALE_LINE;
import static org.ovop.till.db.generated.Tables.TENDER;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.ovop.till.core.sale.Sale;
import org.ovop.till.core.sale.SaleKind;
import org.ovop.till.core.sale.SaleLine;
import org.ovop.till.core.sale.SalesBook;
import org.ovop.till.core.sale.Tender;
import org.ovop.till.core.sale.TenderMethod;
import org.ovop.till.db.generated.tables.records.SaleLineRecord;
import org.ovop.till.db.generated.tables.records.SaleRecord;

/** Sales and refunds: written once with their lines and tenders, read back whole. */
final class JooqSalesBook implements SalesBook {
  private final DSLContext db;

  JooqSalesBook(DSLContext db) {
    this.db = db;
  }

  @Override
  public long lastSeq(String till) {
    Long last =
        db.select(max(SALE.SEQ)).from(SALE).where(SALE.TILL.eq(till)).fetchOne(0, Long.class);
    return last == null ? 0 : last;
  }

  @Override
  public void save(Sale s) {
    db.insertInto(SALE)
        .set(SALE.NUMBER, s.number())
        .set(SALE.TILL, s.till())
        .set(SALE.SEQ, s.seq())
        .set(SALE.KIND, s.kind().name())
        .set(SALE.REFUND_OF, s.refundOf())
        .set(SALE.AT, Columns.millis(s.at()))
        .set(SALE.SHIFT_ID, s.shiftId())
        .set(SALE.CASHIER_ID, s.cashierId())
        .set(SALE.APPROVED_BY, s.approvedBy())
        .set(SALE.TOTAL, s.total())
        .set(SALE.DUE, s.due())
        .set(SALE.PAID, s.paid())
        .set(SALE.CHANGE_GIVEN, s.change())
        .set(SALE.ROUNDING, s.rounding())
        .execute();
    var lines = db.insertInto(SALE_LINE).columns(SALE_LINE.fields());
    for (SaleLine l : s.lines()) {
      SaleLineRecord r = db.newRecord(SALE_LINE);
      r.setId(l.id());
      r.setSaleNumber(s.number());
      r.setLineNo(l.lineNo());
      r.setProductId(l.productId());
      r.setGroupId(l.groupId());
      r.setSku(l.sku());
      r.setName(l.name());
      r.setQuantity(l.quantity());
      r.setUnitPrice(l.unitPrice());
      r.setDiscountBp(l.discountRate().basisPoints());
      r.setGross(l.gross());
      r.setDiscount(l.discount());
      r.setAmount(l.amount());
      r.setTaxRateBp(l.taxRate().basisPoints());
      r.setTermsKind(Columns.termsKind(l.terms()));
      r.setCommissionBp(Columns.termsRate(l.terms()));
      r.setBuybackPrice(Columns.termsPrice(l.terms()));
      r.setProducerShare(l.producerShare());
      r.setCommission(l.commission());
      r.setRefundOfLine(l.refundOfLine());
      lines = lines.values(r.intoArray());
    }
    lines.execute();
    int no = 1;
    for (Tender t : s.tenders()) {
      db.insertInto(TENDER)
          .set(TENDER.ID, UUID.randomUUID().toString())
          .set(TENDER.SALE_NUMBER, s.number())
          .set(TENDER.LINE_NO, no++)
          .set(TENDER.METHOD, t.method().code())
          .set(TENDER.AMOUNT, t.amount())
          .set(TENDER.REFERENCE, t.reference())
          .execute();
    }
  }

  @Override
  public Optional<Sale> byNumber(String number) {
    return load(SALE.NUMBER.eq(number)).stream().findFirst();
  }

  @Override
  public long refundedQuantity(String saleLineId) {
    BigDecimal q =
        db.select(coalesce(sum(SALE_LINE.QUANTITY), val(BigDecimal.ZERO)))
            .from(SALE_LINE)
            .where(SALE_LINE.REFUND_OF_LINE.eq(saleLineId))
            .fetchOne(0, BigDecimal.class);
    return q.longValueExact();
  }

  @Override
  public List<SaleLine> refundsOf(String saleLineId) {
    return db.select(SALE_LINE.fields())
        .from(SALE_LINE)
        .join(SALE)
        .on(SALE.NUMBER.eq(SALE_LINE.SALE_NUMBER))
        .where(SALE_LINE.REFUND_OF_LINE.eq(saleLineId))
        .orderBy(SALE.AT, SALE.SEQ)
        .fetch(r -> line(r.into(SALE_LINE)));
  }

  @Override
  public List<Sale> ofShift(String shiftId) {
    return load(SALE.SHIFT_ID.eq(shiftId));
  }

  @Override
  public List<Sale> between(Instant from, Instant to) {
    return load(SALE.AT.ge(Columns.millis(from)).and(SALE.AT.lt(Columns.millis(to))));
  }

  /** Sales matching a condition with their lines and tenders, in three queries. */
  List<Sale> load(Condition which) {
    List<SaleRecord> heads =
        db.selectFrom(SALE).where(which).orderBy(SALE.AT, SALE.TILL, SALE.SEQ).fetch();
    if (heads.isEmpty()) {
      return List.of();
    }
    Map<String, List<SaleLine>> lines = new LinkedHashMap<>();
    db.select(SALE_LINE.fields())
        .from(SALE_LINE)
        .join(SALE)
        .on(SALE.NUMBER.eq(SALE_LINE.SALE_NUMBER))
        .where(which)
        .orderBy(SALE_LINE.SALE_NUMBER, SALE_LINE.LINE_NO)
        .forEach(
            r -> {
              SaleLineRecord l = r.into(SALE_LINE);
              lines.computeIfAbsent(l.getSaleNumber(), k -> new ArrayList<>()).add(line(l));
            });
    Map<String, List<Tender>> tenders = new LinkedHashMap<>();
    db.select(TENDER.fields())
        .from(TENDER)
        .join(SALE)
        .on(SALE.NUMBER.eq(TENDER.SALE_NUMBER))
        .where(which)
        .orderBy(TENDER.SALE_NUMBER, TENDER.LINE_NO)
        .forEach(
            r ->
                tenders
                    .computeIfAbsent(r.get(TENDER.SALE_NUMBER), k -> new ArrayList<>())
                    .add(
                        new Tender(
                            TenderMethod.parse(r.get(TENDER.METHOD)).orElseThrow(),
                            r.get(TENDER.AMOUNT),
                            r.get(TENDER.REFERENCE))));
    List<Sale> sales = new ArrayList<>(heads.size());
    for (SaleRecord h : heads) {
      sales.add(
          new Sale(
              h.getNumber(),
              h.getTill(),
              h.getSeq(),
              SaleKind.valueOf(h.getKind()),
              h.getRefundOf(),
              Columns.instant(h.getAt()),
              h.getShiftId(),
              h.getCashierId(),
              h.getApprovedBy(),
              h.getTotal(),
              h.getDue(),
              h.getPaid(),
              h.getChangeGiven(),
              h.getRounding(),
              List.copyOf(lines.getOrDefault(h.getNumber(), List.of())),
              List.copyOf(tenders.getOrDefault(h.getNumber(), List.of()))));
    }
    return sales;
  }

  static SaleLine line(SaleLineRecord r) {
    return new SaleLine(
        r.getId(),
        r.getLineNo(),
        r.getProductId(),
        r.getGroupId(),
        r.getSku(),
        r.getName(),
        r.getQuantity(),
        r.getUnitPrice(),
        Columns.percent(r.getDiscountBp()),
        r.getGross(),
        r.getDiscount(),
        r.getAmount(),
        Columns.percent(r.getTaxRateBp()),
        Columns.terms(r.getTermsKind(), r.getCommissionBp(), r.getBuybackPrice()),
        r.getProducerShare(),
        r.getCommission(),
        r.getRefundOfLine());
  }
}
