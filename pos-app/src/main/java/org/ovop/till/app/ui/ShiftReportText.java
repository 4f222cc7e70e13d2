package org.ovop.till.app.ui;

import java.util.Currency;
import java.util.Map;
import org.ovop.till.core.money.Money;
import org.ovop.till.core.shift.ShiftReport;
import org.ovop.till.core.store.StoreProfile;

/**
 * The X or Z report as text on the close-shift screen's paper strip, in the screen's language, laid
 * out as the printed one: sales and refunds each with its breakdown by payment method under it,
 * then the drawer line by line, each figure with the sign it takes, so that float + cash sales −
 * cash refunds − cash payouts ± cash in/out reads as the cash expected against the count.
 */
final class ShiftReportText {
  private final Texts texts;
  private final StoreProfile store;
  private final Currency currency;
  private final StringBuilder b = new StringBuilder();

  private ShiftReportText(Texts texts, StoreProfile store) {
    this.texts = texts;
    this.store = store;
    this.currency = store.currency();
  }

  static String of(Texts texts, StoreProfile store, ShiftReport r) {
    return new ShiftReportText(texts, store).write(r);
  }

  private String write(ShiftReport r) {
    b.append(texts.get(r.closing() ? "shift.z" : "shift.x"))
        .append(" · ")
        .append(r.cashierName())
        .append('\n');
    line("shift.sales", r.sales(), money(r.salesTotal()));
    byMethod(r.salesByMethod(), r.mobileSalesByService());
    line("shift.refunds", r.refunds(), money(r.refundsTotal()));
    byMethod(r.refundsByMethod(), r.mobileRefundsByService());
    line("shift.rounding", signed(r.roundingTotal()));
    line("shift.float.line", money(r.shift().openingFloat()));
    line("shift.cashsales", money(r.cashSales()));
    // What left the drawer is written negative ("0,00", not "-0,00", when none).
    line("shift.cashrefunds", money(-r.cashRefunds()));
    line("shift.payouts", money(-r.payouts()));
    line("shift.cashinout", signed(r.cashInOut()));
    // Each under the total, with why and who said yes: a Z short by the bank's takings explains
    // itself on the paper the manager keeps.
    for (var m : r.drawerMoves()) {
      line(
          "shift.drawermove",
          texts.time(m.at()),
          m.reason() + (m.approvedBy().isEmpty() ? "" : " · " + m.approvedBy()),
          signed(m.amount()));
    }
    line("shift.expected", money(r.expected()));
    if (r.counted() != null) {
      line("shift.counted", money(r.counted()));
      line("shift.overshort", signed(r.overShort()));
    }
    return b.toString();
  }

  /**
   * Each method under its total, and under mobile money each wallet where the store takes several.
   */
  private void byMethod(Map<String, Long> amounts, Map<String, Long> mobileByService) {
    amounts.forEach(
        (m, v) -> {
          line("shift.bymethod", texts.method(store, m), money(v));
          if ("mobile".equals(m)) {
            ShiftReport.byServiceWorthShowing(mobileByService, store)
                .forEach(
                    (service, amount) ->
                        line(
                            "shift.byservice",
                            service.isEmpty() ? texts.get("shift.noservice") : service,
                            money(amount)));
          }
        });
  }

  private void line(String key, Object... args) {
    b.append(texts.get(key, args)).append('\n');
  }

  private String money(long minor) {
    return Money.of(minor, currency).format(texts.locale());
  }

  /** An over or an amount put in with its plus sign, as a shortage has its minus. */
  private String signed(long minor) {
    return (minor > 0 ? "+" : "") + money(minor);
  }
}
