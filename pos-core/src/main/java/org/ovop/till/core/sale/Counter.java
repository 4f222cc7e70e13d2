package org.ovop.till.core.sale;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ovop.till.core.Books;
import org.ovop.till.core.Outcome;
import org.ovop.till.core.Refusal.Reason;
import org.ovop.till.core.Transactions;
import org.ovop.till.core.audit.AuditEntry;
import org.ovop.till.core.catalog.Product;
import org.ovop.till.core.catalog.Terms;
import org.ovop.till.core.journal.JournalChain;
import org.ovop.till.core.money.Money;
import org.ovop.till.core.money.Percent;
import org.ovop.till.core.shift.CashKind;
import org.ovop.till.core.shift.CashMovement;
import org.ovop.till.core.shift.Shift;
import org.ovop.till.core.stock.Allocation;
import org.ovop.till.core.stock.Fifo;
import org.ovop.till.core.stock.MovementKind;
import org.ovop.till.core.stock.Shelf;
import org.ovop.till.core.stock.StockMovement;
import org.ovop.till.core.store.StoreProfile;
import org.ovop.till.core.user.Approval;
import org.ovop.till.core.user.Role;
import org.ovop.till.core.user.User;

/**
 * Selling at the counter. A sale, its lines, tenders, stock movements, drawer cash and journal link
 * are written in one transaction, committed before anything prints.
 */
public final class Counter {
  private final Transactions tx;
  private final Clock clock;
  private final String till;

  public Counter(Transactions tx, Clock clock, String till) {
    this.tx = tx;
    this.clock = clock;
    this.till = till;
  }

  /**
   * An item as scanned or typed: a barcode or SKU, a quantity, an optional discount and an optional
   * unit price set at the counter ({@code null}: the catalogue's price).
   */
  public record Item(String code, long quantity, Percent discount, Long price) {
    public Item(String code, long quantity, Percent discount) {
      this(code, quantity, discount, null);
    }
  }

  /**
   * A completed sale and what the cashier should know about it (stock that went negative and must
   * be counted).
   */
  public record Completed(Sale sale, List<String> notices) {}

  /**
   * Sells items for the tenders given. Discounts above the cashier limit, a price other than the
   * catalogue's and products without a valid certificate need a manager's approval; managers
   * selling themselves still give a reason.
   */
  public Outcome<Completed> sell(
      User cashier, List<Item> items, List<Tender> tenders, Approval approval) {
    if (items.isEmpty()) {
      return Outcome.refused(Reason.EMPTY_SALE);
    }
    for (Item i : items) {
      if (i.quantity() <= 0) {
        return Outcome.refused(Reason.BAD_QUANTITY, i.quantity());
      }
    }
    return tx.write(books -> sellIn(books, cashier, items, tenders, approval));
  }

  private Outcome<Completed> sellIn(
      Books books, User cashier, List<Item> items, List<Tender> tenders, Approval approval) {
    var storeOpt = books.store().profile();
    if (storeOpt.isEmpty()) {
      return Outcome.refused(Reason.STORE_NOT_SET_UP);
    }
    StoreProfile store = storeOpt.get();
    var shift = books.shifts().openShift(till);
    if (shift.isEmpty()) {
      return Outcome.refused(Reason.NO_OPEN_SHIFT, till);
    }
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, store.zone());
    long seq = books.sales().lastSeq(till) + 1;
    String number = Sale.number(till, seq);
    List<SaleLine> lines = new ArrayList<>();
    List<AuditEntry> overrides = new ArrayList<>();
    long total = 0;
    for (Item item : items) {
      if (item.price() != null && item.price() <= 0) {
        // A gift is not a sale at price zero: it would reach the producer as a sale that paid
        // her nothing. Goods given away are written off as damage instead.
        return Outcome.refused(Reason.BAD_PRICE, Money.of(item.price(), store.currency()));
      }
      var found = books.catalog().forSale(item.code().strip());
      if (found.isEmpty()) {
        return Outcome.refused(Reason.UNKNOWN_PRODUCT, item.code());
      }
      Product p = found.get().product();
      Percent discount = item.discount() == null ? Percent.ZERO : item.discount();
      long unitPrice = item.price() == null ? p.price() : item.price();
      if (unitPrice != p.price()) {
        // Always a manager's, whatever the cashier's discount limit: a price changes what the
        // producer earns on a consignment line, and DOMAIN names price overrides among the acts
        // that need a named manager.
        if (approval == null) {
          return Outcome.refused(
              Reason.PRICE_NEEDS_MANAGER,
              p.sku(),
              Money.of(unitPrice, store.currency()),
              Money.of(p.price(), store.currency()));
        }
        overrides.add(
            override(
                now,
                cashier,
                "OVERRIDE_PRICE",
                number
                    + " "
                    + p.sku()
                    + " "
                    + Money.of(p.price(), store.currency())
                    + " -> "
                    + Money.of(unitPrice, store.currency()),
                approval));
      }
      if (discount.basisPoints() > store.cashierDiscountLimit().basisPoints()) {
        if (approval == null) {
          return Outcome.refused(
              Reason.DISCOUNT_NEEDS_MANAGER, discount, store.cashierDiscountLimit());
        }
        overrides.add(
            override(
                now,
                cashier,
                "OVERRIDE_DISCOUNT",
                number + " " + p.sku() + " " + discount + "%",
                approval));
      }
      if (!p.isCertifiedOn(today)) {
        if (approval == null) {
          return p.certification().isEmpty()
              ? Outcome.refused(Reason.NOT_CERTIFIED, p.sku())
              : Outcome.refused(Reason.CERTIFICATE_EXPIRED, p.sku(), p.certificate().validUntil());
        }
        overrides.add(
            override(now, cashier, "OVERRIDE_UNCERTIFIED_SALE", number + " " + p.sku(), approval));
      }
      Terms terms =
          found
              .get()
              .terms()
              .at(now)
              .orElseThrow(() -> new IllegalStateException("product " + p.sku() + " has no terms"));
      PricedLine priced = PricedLine.price(unitPrice, item.quantity(), discount, terms);
      total = Math.addExact(total, priced.amount());
      lines.add(
          new SaleLine(
              UUID.randomUUID().toString(),
              lines.size() + 1,
              p.id(),
              p.groupId(),
              p.sku(),
              p.name(),
              item.quantity(),
              unitPrice,
              p.price(),
              discount,
              priced.gross(),
              priced.discount(),
              priced.amount(),
              p.taxRate(),
              terms,
              priced.producerShare(),
              priced.commission(),
              null));
    }
    var named = MobileServices.named(store, tenders);
    if (!named.isDone()) {
      return Outcome.refused(named.refusal());
    }
    tenders = named.value();
    var payment = Payment.settle(total, tenders, store.cashRounding(), store.currency());
    if (!payment.isDone()) {
      return Outcome.refused(payment.refusal());
    }
    Payment pay = payment.value();
    Sale sale =
        new Sale(
            number,
            till,
            seq,
            SaleKind.SALE,
            null,
            now,
            shift.get().id(),
            cashier.id(),
            approval == null ? null : approval.manager().id(),
            total,
            pay.due(),
            pay.paid(),
            pay.change(),
            pay.rounding(),
            List.copyOf(lines),
            List.copyOf(tenders));
    books.sales().save(sale);
    List<String> notices = takeFromShelf(books, sale, cashier, now);
    recordCash(books, shift.get(), sale, CashKind.SALE, cashier, now);
    JournalChain.append(books.journal(), "SALE", number, JournalChain.contentHash(sale), now);
    overrides.forEach(books.audit()::append);
    return Outcome.done(new Completed(sale, notices));
  }

  private List<String> takeFromShelf(Books books, Sale sale, User cashier, Instant now) {
    List<String> notices = new ArrayList<>();
    for (SaleLine line : sale.lines()) {
      Shelf shelf = books.stock().shelf(line.productId());
      List<Allocation> parts = Fifo.take(shelf.lotsOldestFirst(), line.quantity());
      books
          .stock()
          .append(
              parts.stream()
                  .map(
                      a ->
                          new StockMovement(
                              UUID.randomUUID().toString(),
                              now,
                              line.productId(),
                              a.lotId(),
                              MovementKind.SALE,
                              -a.quantity(),
                              sale.number(),
                              line.id(),
                              cashier.id()))
                  .toList());
      // FIFO takes the whole quantity (past zero it takes from the newest lot), so what is left
      // is the shelf before the line less the line: no second read of the ledger.
      long left = shelf.onHand() - line.quantity();
      if (left < 0) {
        notices.add(
            "Stock of " + line.sku() + " " + line.name() + " is now " + left + ": count it.");
      }
    }
    return notices;
  }

  static void recordCash(Books books, Shift shift, Sale sale, CashKind kind, User by, Instant now) {
    long cash = sale.cashIntoDrawer();
    if (cash != 0) {
      books
          .shifts()
          .addCash(
              new CashMovement(
                  UUID.randomUUID().toString(),
                  shift.id(),
                  now,
                  kind,
                  cash,
                  sale.number(),
                  by.id()));
    }
  }

  private AuditEntry override(
      Instant now, User cashier, String action, String subject, Approval approval) {
    return AuditEntry.of(
        now, till, cashier.id(), action, subject, approval.reason(), approval.manager().id());
  }

  /** Whether a user may approve their own overrides (managers and admins may, with a reason). */
  public static boolean canApprove(User user) {
    return user.role().atLeast(Role.MANAGER);
  }
}
