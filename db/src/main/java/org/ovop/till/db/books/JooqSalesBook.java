package org.ovop.till.db.books;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.select;
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
import java.util.function.Supplier;
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
  private final Supplier<DSLContext> jooq;
  private final Statements statements;

  JooqSalesBook(Supplier<DSLContext> jooq, Statements statements) {
    this.jooq = jooq;
    this.statements = statements;
  }

  private DSLContext db() {
    return jooq.get();
  }

  @Override
  public long lastSeq(String till) {
    return statements.number("SELECT MAX(seq) FROM sale WHERE till = ?", till);
  }

  /** One prepared statement per table, run once per row: the same SQL for any number of lines. */
  @Override
  public void save(Sale s) {
    statements.run(
        "INSERT INTO sale (number, till, seq, kind, refund_of, at, shift_id, cashier_id,"
            + " approved_by, total, due, paid, change_given, rounding)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        s.number(),
        s.till(),
        s.seq(),
        s.kind().name(),
        s.refundOf(),
        Columns.millis(s.at()),
        s.shiftId(),
        s.cashierId(),
        s.approvedBy(),
        s.total(),
        s.due(),
        s.paid(),
        s.change(),
        s.rounding());
    for (SaleLine l : s.lines()) {
      statements.run(
          "INSERT INTO sale_line (id, sale_number, line_no, product_id, group_id, sku, name,"
              + " quantity, unit_price, discount_bp, gross, discount, amount, tax_rate_bp,"
              + " terms_kind, commission_bp, buyback_price, producer_share, commission,"
              + " refund_of_line, list_price)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          l.id(),
          s.number(),
          l.lineNo(),
          l.productId(),
          l.groupId(),
          l.sku(),
          l.name(),
          l.quantity(),
          l.unitPrice(),
          l.discountRate().basisPoints(),
          l.gross(),
          l.discount(),
          l.amount(),
          l.taxRate().basisPoints(),
          Columns.termsKind(l.terms()),
          Columns.termsRate(l.terms()),
          Columns.termsPrice(l.terms()),
          l.producerShare(),
          l.commission(),
          l.refundOfLine(),
          // Kept only where it differs: NULL is "sold at its list price", as on older lines.
          l.priceOverridden() ? l.listPrice() : null);
    }
    int no = 1;
    for (Tender t : s.tenders()) {
      statements.run(
          "INSERT INTO tender (id, sale_number, line_no, method, amount, reference, service)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?)",
          UUID.randomUUID().toString(),
          s.number(),
          no++,
          t.method().code(),
          t.amount(),
          t.reference(),
          t.service());
    }
  }

  @Override
  public Optional<Sale> byNumber(String number) {
    return load(SALE.NUMBER.eq(number)).stream().findFirst();
  }

  @Override
  public long refundedQuantity(String saleLineId) {
    BigDecimal q =
        db().select(coalesce(sum(SALE_LINE.QUANTITY), val(BigDecimal.ZERO)))
            .from(SALE_LINE)
            .where(SALE_LINE.REFUND_OF_LINE.eq(saleLineId))
            .fetchOne(0, BigDecimal.class);
    return q.longValueExact();
  }

  @Override
  public List<SaleLine> refundsOf(String saleLineId) {
    return db().select(SALE_LINE.fields())
        .from(SALE_LINE)
        .join(SALE)
        .on(SALE.NUMBER.eq(SALE_LINE.SALE_NUMBER))
        .where(SALE_LINE.REFUND_OF_LINE.eq(saleLineId))
        .orderBy(SALE.AT, SALE.SEQ)
        .fetch(r -> line(r.into(SALE_LINE)));
  }

  @Override
  public List<Sale> refundsOfSale(String saleNumber) {
    // Through the refunded lines, whose column is indexed, rather than the head's refund_of.
    var refunded = SALE_LINE.as("refunded");
    var refunding = SALE_LINE.as("refunding");
    return load(
        SALE.NUMBER.in(
            select(refunding.SALE_NUMBER)
                .from(refunding)
                .join(refunded)
                .on(refunded.ID.eq(refunding.REFUND_OF_LINE))
                .where(refunded.SALE_NUMBER.eq(saleNumber))));
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
        db().selectFrom(SALE).where(which).orderBy(SALE.AT, SALE.TILL, SALE.SEQ).fetch();
    if (heads.isEmpty()) {
      return List.of();
    }
    Map<String, List<SaleLine>> lines = new LinkedHashMap<>();
    db().select(SALE_LINE.fields())
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
    db().select(TENDER.fields())
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
                            r.get(TENDER.REFERENCE),
                            r.get(TENDER.SERVICE))));
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
        r.getListPrice() == null ? r.getUnitPrice() : r.getListPrice(),
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
