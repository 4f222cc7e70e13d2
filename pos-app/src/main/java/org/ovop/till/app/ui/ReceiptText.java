package org.ovop.till.app.ui;

import org.ovop.till.core.sale.Sale;
import org.ovop.till.core.sale.SaleKind;
import org.ovop.till.core.sale.SaleLine;
import org.ovop.till.core.sale.Tender;

/** A receipt as text on the screen's paper strip, in the screen's language. */
final class ReceiptText {
  private ReceiptText() {}

  static String of(Session s, Sale sale) {
    StringBuilder b = new StringBuilder();
    b.append(s.store.name()).append('\n');
    b.append(s.t(sale.kind() == SaleKind.SALE ? "receipt.sale" : "receipt.refund", sale.number()))
        .append('\n');
    // The day and time as the screen writes them ("24.11.2026, 19:27"), as the paper prints them.
    b.append(Dates.moment(sale.at(), s.store.zone(), s.texts.locale())).append('\n');
    b.append("--------------------------------\n");
    for (SaleLine l : sale.lines()) {
      b.append(l.name()).append('\n');
      b.append(
          String.format(
              "  %d × %s = %s%n", l.quantity(), s.money(l.unitPrice()), s.money(l.amount())));
      if (l.priceOverridden()) {
        b.append("  ").append(s.t("receipt.listprice", s.money(l.listPrice()))).append('\n');
      }
      if (l.discount() != 0) {
        b.append(
            String.format(
                "  %s %s%% −%s%n",
                s.t("counter.discount"), l.discountRate(), s.money(l.discount())));
      }
    }
    b.append("--------------------------------\n");
    b.append(s.t("receipt.total", s.money(sale.total()))).append('\n');
    if (sale.rounding() != 0) {
      b.append(s.t("receipt.rounding", s.money(sale.rounding()))).append('\n');
    }
    for (Tender t : sale.tenders()) {
      // "Наличные 1 000,00 KGS", like the total and the change above and below it.
      b.append(s.method(t)).append(' ').append(s.money(t.amount()));
      if (t.reference() != null) {
        b.append(" (").append(t.reference()).append(')');
      }
      b.append('\n');
    }
    if (sale.change() != 0) {
      b.append(s.t("receipt.change", s.money(sale.change()))).append('\n');
    }
    return b.toString();
  }
}
