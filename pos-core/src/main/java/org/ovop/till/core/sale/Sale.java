package org.ovop.till.core.sale;

import java.time.Instant;
import java.util.List;

/**
 * An immutable document: a sale or a refund, numbered per till without gaps ({@code T1-000123}).
 * Amounts in minor units and positive for both kinds; the kind says which way money went.
 */
public record Sale(
    String number,
    String till,
    long seq,
    SaleKind kind,
    String refundOf,
    Instant at,
    String shiftId,
    String cashierId,
    String approvedBy,
    long total,
    long due,
    long paid,
    long change,
    long rounding,
    List<SaleLine> lines,
    List<Tender> tenders) {

  /**
   * The receipt number for a till's sequence number: the till, a dash and at least six digits
   * ({@code T1-000042}). Built by hand: String.format was a noticeable part of a sale's own work.
   */
  public static String number(String till, long seq) {
    if (seq < 0) {
      return String.format(java.util.Locale.ROOT, "%s-%06d", till, seq);
    }
    String digits = Long.toString(seq);
    return till + "-" + "0".repeat(Math.max(0, 6 - digits.length())) + digits;
  }

  /** Cash that stayed in the drawer: cash tendered less change (negative for a cash refund). */
  public long cashIntoDrawer() {
    long cash =
        tenders.stream()
            .filter(t -> t.method() == TenderMethod.CASH)
            .mapToLong(Tender::amount)
            .sum();
    return kind == SaleKind.SALE ? cash - change : -cash;
  }
}
