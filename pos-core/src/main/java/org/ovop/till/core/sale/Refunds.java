package org.ovop.till.core.sale;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ovop.till.core.Books;
import org.ovop.till.core.Outcome;
import org.ovop.till.core.Refusal.Reason;
import org.ovop.till.core.Transactions;
import org.ovop.till.core.audit.AuditEntry;
import org.ovop.till.core.journal.JournalChain;
import org.ovop.till.core.shift.CashKind;
import org.ovop.till.core.stock.MovementKind;
import org.ovop.till.core.stock.StockMovement;
import org.ovop.till.core.store.StoreProfile;
import org.ovop.till.core.user.Approval;
import org.ovop.till.core.user.User;

/**
 * Refunds against a receipt, always with a manager's approval. Amounts and producer shares come
 * back by the cumulative rule, so a line refunded in steps gives back exactly what it took.
 */
public final class Refunds {
  private final Transactions tx;
  private final Clock clock;
  private final String till;

  public Refunds(Transactions tx, Clock clock, String till) {
    this.tx = tx;
    this.clock = clock;
    this.till = till;
  }

  /** Units of a product (barcode or SKU) to refund. */
  public record Item(String code, long quantity) {}

  /** A refund given back wholly by one method, whatever the sale was paid with. */
  public Outcome<Sale> refund(
      User cashier,
      Approval approval,
      String receipt,
      List<Item> items,
      TenderMethod method,
      String reference) {
    return refundBy(cashier, approval, receipt, items, method, null, reference);
  }

  /**
   * A refund given back wholly by mobile money to the wallet named ("Orange Money"): a customer who
   * paid in cash may want the money on a wallet, and a Dakar shop takes two. With no wallet named
   * it goes back as {@link #refund(User, Approval, String, List, TenderMethod, String)} sends it.
   */
  public Outcome<Sale> refundToWallet(
      User cashier,
      Approval approval,
      String receipt,
      List<Item> items,
      String service,
      String reference) {
    return refundBy(cashier, approval, receipt, items, TenderMethod.MOBILE, service, reference);
  }

  /**
   * A refund given back the way the sale was paid ({@link AsPaid}): card and mobile first, each up
   * to what it paid, the rest in cash. The reference is the mobile transfer's, needed when a part
   * goes back to a mobile wallet.
   */
  public Outcome<Sale> refundAsPaid(
      User cashier, Approval approval, String receipt, List<Item> items, String reference) {
    return refundBy(cashier, approval, receipt, items, null, null, reference);
  }

  /** {@code method} null: as paid; {@code service} null: the wallet the money came from. */
  private Outcome<Sale> refundBy(
      User cashier,
      Approval approval,
      String receipt,
      List<Item> items,
      TenderMethod method,
      String service,
      String reference) {
    if (approval == null) {
      return Outcome.refused(Reason.MANAGER_PIN_NEEDED);
    }
    if (items.isEmpty()) {
      return Outcome.refused(Reason.EMPTY_SALE);
    }
    for (Item i : items) {
      if (i.quantity() <= 0) {
        return Outcome.refused(Reason.BAD_QUANTITY, i.quantity());
      }
    }
    if (method == TenderMethod.MOBILE && (reference == null || reference.isBlank())) {
      return Outcome.refused(Reason.MOBILE_NEEDS_REFERENCE);
    }
    return tx.write(
        books -> refundIn(books, cashier, approval, receipt, items, method, service, reference));
  }

  private Outcome<Sale> refundIn(
      Books books,
      User cashier,
      Approval approval,
      String receipt,
      List<Item> items,
      TenderMethod method,
      String service,
      String reference) {
    StoreProfile store = books.store().profile().orElse(null);
    if (store == null) {
      return Outcome.refused(Reason.STORE_NOT_SET_UP);
    }
    String wallet = null;
    if (service != null && !service.isBlank()) {
      var named = MobileServices.service(store, service);
      if (!named.isDone()) {
        return Outcome.refused(named.refusal());
      }
      wallet = named.value().orElse(null);
    }
    var original = books.sales().byNumber(receipt == null ? "" : receipt.strip());
    if (original.isEmpty()) {
      return Outcome.refused(Reason.UNKNOWN_RECEIPT, receipt);
    }
    Sale sale = original.get();
    if (sale.kind() != SaleKind.SALE) {
      return Outcome.refused(Reason.NOT_A_SALE, receipt);
    }
    var shift = books.shifts().openShift(till);
    if (shift.isEmpty()) {
      return Outcome.refused(Reason.NO_OPEN_SHIFT, till);
    }
    // What each line still has to give back, then the requested units spread over matching lines.
    Map<String, Long> refundable = new HashMap<>();
    for (SaleLine l : sale.lines()) {
      refundable.put(l.id(), l.quantity() - books.sales().refundedQuantity(l.id()));
    }
    Map<SaleLine, Long> wanted = new LinkedHashMap<>();
    for (Item item : items) {
      String code = item.code().strip();
      var product = books.catalog().productByCode(code);
      List<SaleLine> matching =
          sale.lines().stream()
              .filter(
                  l ->
                      l.sku().equals(code)
                          || product.map(p -> p.id().equals(l.productId())).orElse(false))
              .toList();
      if (matching.isEmpty()) {
        return Outcome.refused(Reason.NOT_ON_RECEIPT, receipt, code);
      }
      long left = item.quantity();
      long available = matching.stream().mapToLong(l -> refundable.get(l.id())).sum();
      if (left > available) {
        return Outcome.refused(Reason.REFUND_TOO_MANY, available, code, receipt);
      }
      for (SaleLine l : matching) {
        long take = Math.min(left, refundable.get(l.id()));
        if (take > 0) {
          wanted.merge(l, take, Long::sum);
          refundable.merge(l.id(), -take, Long::sum);
          left -= take;
        }
      }
    }
    Instant now = clock.instant();
    long seq = books.sales().lastSeq(till) + 1;
    String number = Sale.number(till, seq);
    List<SaleLine> lines = new ArrayList<>();
    long total = 0;
    for (var e : wanted.entrySet()) {
      SaleLine l = e.getKey();
      long k = e.getValue();
      long before = books.sales().refundedQuantity(l.id());
      long amount = RefundMath.refundedPart(l.amount(), l.quantity(), before, k);
      long share = RefundMath.refundedPart(l.producerShare(), l.quantity(), before, k);
      long gross = RefundMath.refundedPart(l.gross(), l.quantity(), before, k);
      total += amount;
      lines.add(
          new SaleLine(
              UUID.randomUUID().toString(),
              lines.size() + 1,
              l.productId(),
              l.groupId(),
              l.sku(),
              l.name(),
              k,
              l.unitPrice(),
              l.listPrice(),
              l.discountRate(),
              gross,
              gross - amount,
              amount,
              l.taxRate(),
              l.terms(),
              share,
              amount - share,
              l.id()));
    }
    List<Tender> back =
        method != null
            ? List.of(
                new Tender(
                    method,
                    method == TenderMethod.CASH ? store.cashRounding().round(total) : total,
                    reference == null || reference.isBlank() ? null : reference.strip(),
                    method != TenderMethod.MOBILE
                        ? null
                        : wallet != null ? wallet : serviceBack(store, sale)))
            : AsPaid.back(
                sale,
                books.sales().refundsOfSale(sale.number()),
                total,
                store.cashRounding(),
                reference);
    if (back.stream().anyMatch(t -> t.method() == TenderMethod.MOBILE && t.reference() == null)) {
      return Outcome.refused(Reason.MOBILE_NEEDS_REFERENCE);
    }
    long due = back.stream().mapToLong(Tender::amount).sum();
    Sale refund =
        new Sale(
            number,
            till,
            seq,
            SaleKind.REFUND,
            sale.number(),
            now,
            shift.get().id(),
            cashier.id(),
            approval.manager().id(),
            total,
            due,
            due,
            0,
            due - total,
            List.copyOf(lines),
            back);
    books.sales().save(refund);
    for (SaleLine line : lines) {
      putBackOnShelf(books, refund, line, cashier, now);
    }
    Counter.recordCash(books, shift.get(), refund, CashKind.REFUND, cashier, now);
    JournalChain.append(books.journal(), "REFUND", number, JournalChain.contentHash(refund), now);
    books
        .audit()
        .append(
            AuditEntry.of(
                now,
                till,
                cashier.id(),
                "REFUND",
                number + " of " + sale.number(),
                approval.reason(),
                approval.manager().id()));
    return Outcome.done(refund);
  }

  /** Refunded units go back to the lots the sale took them from, so lot balances stay true. */
  private void putBackOnShelf(Books books, Sale refund, SaleLine line, User cashier, Instant now) {
    Map<String, Long> takenByLot = new LinkedHashMap<>();
    for (StockMovement m : books.stock().movementsOfLine(line.refundOfLine())) {
      takenByLot.merge(m.lotId() == null ? "" : m.lotId(), -m.quantity(), Long::sum);
    }
    for (SaleLine earlier : books.sales().refundsOf(line.refundOfLine())) {
      if (earlier.id().equals(line.id())) {
        continue;
      }
      for (StockMovement m : books.stock().movementsOfLine(earlier.id())) {
        takenByLot.merge(m.lotId() == null ? "" : m.lotId(), -m.quantity(), Long::sum);
      }
    }
    long left = line.quantity();
    List<StockMovement> back = new ArrayList<>();
    for (var e : takenByLot.entrySet()) {
      long put = Math.min(left, e.getValue());
      if (put > 0) {
        back.add(
            new StockMovement(
                UUID.randomUUID().toString(),
                now,
                line.productId(),
                e.getKey().isEmpty() ? null : e.getKey(),
                MovementKind.REFUND,
                put,
                refund.number(),
                line.id(),
                cashier.id()));
        left -= put;
      }
    }
    if (left > 0) {
      back.add(
          new StockMovement(
              UUID.randomUUID().toString(),
              now,
              line.productId(),
              null,
              MovementKind.REFUND,
              left,
              refund.number(),
              line.id(),
              cashier.id()));
    }
    books.stock().append(back);
  }

  /**
   * The wallet a mobile refund goes back to: the one the sale's mobile money came from, when it
   * came from one; else the store's only service; else none named.
   */
  private static String serviceBack(StoreProfile store, Sale sale) {
    List<String> paidBy =
        sale.tenders().stream()
            .filter(t -> t.method() == TenderMethod.MOBILE && t.service() != null)
            .map(Tender::service)
            .distinct()
            .toList();
    if (paidBy.size() == 1) {
      return paidBy.get(0);
    }
    List<String> services = store.mobileServices();
    return services.size() == 1 ? services.get(0) : null;
  }
}
