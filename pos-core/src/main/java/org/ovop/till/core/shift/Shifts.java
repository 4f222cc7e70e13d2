package org.ovop.till.core.shift;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.ovop.till.core.Books;
import org.ovop.till.core.Outcome;
import org.ovop.till.core.Refusal.Reason;
import org.ovop.till.core.Transactions;
import org.ovop.till.core.audit.AuditEntry;
import org.ovop.till.core.sale.Sale;
import org.ovop.till.core.sale.SaleKind;
import org.ovop.till.core.sale.Tender;
import org.ovop.till.core.sale.TenderMethod;
import org.ovop.till.core.user.Role;
import org.ovop.till.core.user.User;

/** Opening and closing the drawer, with the X and Z figures. */
public final class Shifts {
  private final Transactions tx;
  private final Clock clock;
  private final String till;

  public Shifts(Transactions tx, Clock clock, String till) {
    this.tx = tx;
    this.clock = clock;
    this.till = till;
  }

  /**
   * Opens the drawer without a sale: a named manager approves it with a reason, and it is audited.
   * The caller then sends the drawer kick.
   */
  public Outcome<AuditEntry> noSale(User cashier, org.ovop.till.core.user.Approval approval) {
    if (approval == null) {
      return Outcome.refused(Reason.MANAGER_PIN_NEEDED);
    }
    return tx.write(
        books -> {
          var shift = books.shifts().openShift(till);
          if (shift.isEmpty()) {
            return Outcome.refused(Reason.NO_OPEN_SHIFT, till);
          }
          return Outcome.done(
              drawerOpened(
                  books,
                  clock.instant(),
                  cashier,
                  "NO_SALE",
                  "drawer of shift " + shift.get().id(),
                  approval));
        });
  }

  /** The audit line of a drawer opened without a sale: who, why, and which manager said yes. */
  private AuditEntry drawerOpened(
      Books books,
      Instant at,
      User cashier,
      String action,
      String subject,
      org.ovop.till.core.user.Approval approval) {
    AuditEntry entry =
        AuditEntry.of(
            at, till, cashier.id(), action, subject, approval.reason(), approval.manager().id());
    books.audit().append(entry);
    return entry;
  }

  /**
   * Cash put into the drawer (coins for change brought from the bank) or taken out of it (takings
   * to the bank, the water seller paid) while the shift is open. Like any opening of the drawer
   * without a sale, a named manager approves it with a reason, and it is audited; the X and Z
   * reports count it in the cash expected. No more can leave than the drawer should hold. The
   * caller then sends the drawer kick.
   */
  public Outcome<CashMovement> cashInOut(
      User cashier, CashKind kind, long amount, org.ovop.till.core.user.Approval approval) {
    if (kind != CashKind.CASH_IN && kind != CashKind.CASH_OUT) {
      throw new IllegalArgumentException("cash in or out, not " + kind);
    }
    if (amount <= 0) {
      return Outcome.refused(Reason.NO_CASH_AMOUNT, amount);
    }
    if (approval == null) {
      return Outcome.refused(Reason.MANAGER_PIN_NEEDED);
    }
    return tx.write(
        books -> {
          var shift = books.shifts().openShift(till);
          if (shift.isEmpty()) {
            return Outcome.refused(Reason.NO_OPEN_SHIFT, till);
          }
          Instant now = clock.instant();
          var currency = books.store().profile().orElseThrow().currency();
          if (kind == CashKind.CASH_OUT) {
            long holds = report(books, shift.get(), now, false, null).expected();
            if (amount > holds) {
              return Outcome.refused(
                  Reason.DRAWER_HOLDS_LESS,
                  org.ovop.till.core.money.Money.of(holds, currency),
                  org.ovop.till.core.money.Money.of(amount, currency));
            }
          }
          AuditEntry entry =
              drawerOpened(
                  books,
                  now,
                  cashier,
                  kind.name(),
                  // "1000.00 KGS", as people read the audit, not minor units.
                  "drawer of shift "
                      + shift.get().id()
                      + ": "
                      + org.ovop.till.core.money.Money.of(amount, currency),
                  approval);
          CashMovement m =
              new CashMovement(
                  UUID.randomUUID().toString(),
                  shift.get().id(),
                  now,
                  kind,
                  kind == CashKind.CASH_IN ? amount : -amount,
                  entry.id(),
                  cashier.id());
          books.shifts().addCash(m);
          return Outcome.done(m);
        });
  }

  public Outcome<Shift> open(User cashier, long openingFloat) {
    if (openingFloat < 0) {
      return Outcome.refused(Reason.BAD_AMOUNT, openingFloat, "the store's currency", "its");
    }
    return tx.write(
        books -> {
          if (books.store().profile().isEmpty()) {
            return Outcome.refused(Reason.STORE_NOT_SET_UP);
          }
          var open = books.shifts().openShift(till);
          if (open.isPresent()) {
            String who =
                books.users().all().stream()
                    .filter(u -> u.id().equals(open.get().cashierId()))
                    .map(User::name)
                    .findFirst()
                    .orElse("?");
            return Outcome.refused(Reason.SHIFT_ALREADY_OPEN, till, who);
          }
          Instant now = clock.instant();
          Shift shift =
              new Shift(UUID.randomUUID().toString(), till, cashier.id(), now, openingFloat);
          books.shifts().open(shift);
          books
              .audit()
              .append(AuditEntry.of(now, till, cashier.id(), "SHIFT_OPEN", shift.id(), null, null));
          return Outcome.done(shift);
        });
  }

  /** The X report of the open shift: figures so far, nothing closed. */
  public Outcome<ShiftReport> xReport() {
    return tx.read(
        books -> {
          var open = books.shifts().openShift(till);
          if (open.isEmpty()) {
            return Outcome.refused(Reason.NO_OPEN_SHIFT, till);
          }
          return Outcome.done(report(books, open.get(), clock.instant(), false, null));
        });
  }

  /** Closes the open shift with the cash counted and gives the Z report. */
  public Outcome<ShiftReport> close(User by, long counted) {
    if (counted < 0) {
      return Outcome.refused(Reason.BAD_AMOUNT, counted, "the store's currency", "its");
    }
    return tx.write(
        books -> {
          var open = books.shifts().openShift(till);
          if (open.isEmpty()) {
            return Outcome.refused(Reason.NO_OPEN_SHIFT, till);
          }
          Shift shift = open.get();
          if (!shift.cashierId().equals(by.id()) && !by.role().atLeast(Role.MANAGER)) {
            String who = nameOf(books, shift.cashierId());
            return Outcome.refused(Reason.NOT_YOUR_SHIFT, till, who);
          }
          Instant now = clock.instant();
          ShiftReport z = report(books, shift, now, true, counted);
          books.shifts().close(new ShiftClose(shift.id(), now, by.id(), z.expected(), counted));
          books
              .audit()
              .append(
                  AuditEntry.of(
                      now,
                      till,
                      by.id(),
                      "SHIFT_CLOSE",
                      shift.id(),
                      "over/short " + (counted - z.expected()),
                      null));
          return Outcome.done(z);
        });
  }

  /** Figures of any shift, from its sales and drawer movements. */
  public static ShiftReport report(
      Books books, Shift shift, Instant at, boolean closing, Long counted) {
    List<Sale> docs = books.sales().ofShift(shift.id());
    int sales = 0;
    int refunds = 0;
    long salesTotal = 0;
    long refundsTotal = 0;
    long rounding = 0;
    Map<String, Long> salesBy = new TreeMap<>();
    Map<String, Long> refundsBy = new TreeMap<>();
    Map<String, Long> mobileSalesBy = new TreeMap<>();
    Map<String, Long> mobileRefundsBy = new TreeMap<>();
    for (Sale s : docs) {
      boolean sale = s.kind() == SaleKind.SALE;
      if (sale) {
        sales++;
        salesTotal += s.total();
        rounding += s.rounding();
      } else {
        refunds++;
        refundsTotal += s.total();
        rounding -= s.rounding();
      }
      for (Tender t : s.tenders()) {
        (sale ? salesBy : refundsBy).merge(t.method().code(), t.amount(), Long::sum);
        if (t.method() == TenderMethod.MOBILE) {
          (sale ? mobileSalesBy : mobileRefundsBy)
              .merge(t.service() == null ? "" : t.service(), t.amount(), Long::sum);
        }
      }
      if (sale && s.change() > 0) {
        salesBy.merge("cash", -s.change(), Long::sum); // change only ever comes out of cash
      }
    }
    long cashSales = 0;
    long cashRefunds = 0;
    long payouts = 0;
    long inOut = 0;
    List<ShiftReport.DrawerMove> moves = new java.util.ArrayList<>();
    for (CashMovement m : books.shifts().cash(shift.id())) {
      switch (m.kind()) {
        case SALE -> cashSales += m.amount();
        case REFUND -> cashRefunds -= m.amount();
        case PAYOUT -> payouts -= m.amount();
        case CASH_IN, CASH_OUT -> {
          inOut += m.amount();
          var why = m.document() == null ? null : books.audit().byId(m.document()).orElse(null);
          moves.add(
              new ShiftReport.DrawerMove(
                  m.at(),
                  m.amount(),
                  why == null ? "" : why.reason(),
                  why == null || why.approvedBy() == null ? "" : nameOf(books, why.approvedBy())));
        }
      }
    }
    long expected = shift.openingFloat() + cashSales - cashRefunds - payouts + inOut;
    return new ShiftReport(
        shift,
        nameOf(books, shift.cashierId()),
        at,
        closing,
        sales,
        refunds,
        salesTotal,
        refundsTotal,
        rounding,
        salesBy,
        refundsBy,
        mobileSalesBy,
        mobileRefundsBy,
        cashSales,
        cashRefunds,
        payouts,
        inOut,
        expected,
        counted,
        List.copyOf(moves));
  }

  private static String nameOf(Books books, String userId) {
    return books.users().all().stream()
        .filter(u -> u.id().equals(userId))
        .map(User::name)
        .findFirst()
        .orElse("?");
  }
}
