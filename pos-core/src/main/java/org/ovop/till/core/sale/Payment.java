package org.ovop.till.core.sale;

import java.util.Currency;
import java.util.List;
import org.ovop.till.core.Outcome;
import org.ovop.till.core.Refusal.Reason;
import org.ovop.till.core.money.CashRounding;
import org.ovop.till.core.money.Money;

/**
 * What the customer owes and gets back. Card and mobile pay exact amounts; the rest, when any cash
 * is tendered, is rounded to the store's cash increment. {@code rounding = due − total} is the
 * store's, never a line's; {@code change = paid − due} comes only out of cash.
 */
public record Payment(long total, long due, long paid, long change, long rounding) {

  public static Outcome<Payment> settle(
      long total, List<Tender> tenders, CashRounding cashRounding, Currency currency) {
    if (tenders.isEmpty()) {
      return Outcome.refused(Reason.NO_TENDER);
    }
    long nonCash = 0;
    long cash = 0;
    boolean anyCash = false;
    for (Tender t : tenders) {
      if (t.method() == TenderMethod.MOBILE && (t.reference() == null || t.reference().isBlank())) {
        return Outcome.refused(Reason.MOBILE_NEEDS_REFERENCE);
      }
      if (t.method() == TenderMethod.CASH) {
        anyCash = true;
        cash = Math.addExact(cash, t.amount());
      } else {
        nonCash = Math.addExact(nonCash, t.amount());
      }
    }
    if (nonCash > total) {
      return Outcome.refused(Reason.NON_CASH_OVERPAID, Money.of(total, currency));
    }
    long cashPart = total - nonCash;
    long due = nonCash + (anyCash ? cashRounding.round(cashPart) : cashPart);
    long paid = nonCash + cash;
    if (paid < due) {
      return Outcome.refused(
          Reason.TOO_LITTLE_PAID, Money.of(due, currency), Money.of(paid, currency));
    }
    return Outcome.done(new Payment(total, due, paid, paid - due, due - total));
  }
}
