package org.ovop.till.core.sale;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ovop.till.core.money.CashRounding;

/**
 * Money back the way it came. A refund "as paid" goes first to the card and mobile wallet the sale
 * was paid with, each up to what it paid less what earlier refunds of the sale already sent back to
 * it, and the rest in cash, rounded to the store's cash step as any cash is. Card and mobile first
 * because that money returns to the account it came from and keeps the drawer's cash for the
 * counter; and so that a sale paid by card is never turned into cash by refunding it in parts.
 */
public final class AsPaid {
  private AsPaid() {}

  /**
   * The tenders of a refund of {@code total} against {@code sale}, after {@code earlierRefunds}
   * (the refunds already made against it). The reference, when given, goes with the mobile part,
   * which needs one, or else with the card part. Never empty: a refund of nothing still says how.
   */
  public static List<Tender> back(
      Sale sale,
      List<Sale> earlierRefunds,
      long total,
      CashRounding cashRounding,
      String reference) {
    // Each wallet apart: Wave's money goes back by Wave, Orange Money's by Orange Money.
    Map<Way, Long> left = new LinkedHashMap<>();
    for (Tender t : sale.tenders()) {
      if (t.method() != TenderMethod.CASH) {
        left.merge(Way.of(t), t.amount(), Long::sum);
      }
    }
    for (Sale r : earlierRefunds) {
      for (Tender t : r.tenders()) {
        left.computeIfPresent(Way.of(t), (w, paid) -> Math.max(0, paid - t.amount()));
      }
    }
    String ref = reference == null || reference.isBlank() ? null : reference.strip();
    boolean anyMobile = left.keySet().stream().anyMatch(w -> w.method() == TenderMethod.MOBILE);
    TenderMethod refGoesTo = anyMobile ? TenderMethod.MOBILE : TenderMethod.CARD;
    List<Tender> back = new ArrayList<>();
    long rest = total;
    for (var e : left.entrySet()) {
      long part = Math.min(rest, e.getValue());
      if (part > 0) {
        Way w = e.getKey();
        back.add(new Tender(w.method(), part, w.method() == refGoesTo ? ref : null, w.service()));
        rest -= part;
      }
    }
    if (rest > 0 || back.isEmpty()) {
      back.add(new Tender(TenderMethod.CASH, cashRounding.round(rest), null));
    }
    return List.copyOf(back);
  }

  /** A way money came in: a method, and for mobile money the service that carried it. */
  private record Way(TenderMethod method, String service) {
    static Way of(Tender t) {
      return new Way(t.method(), t.service());
    }
  }

  /**
   * Whether a sale was paid by more than one method or wallet (card and cash; Wave and Orange
   * Money), so that "as paid" is worth offering.
   */
  public static boolean isSplit(Sale sale) {
    return sale.tenders().stream().map(Way::of).distinct().count() > 1;
  }
}
