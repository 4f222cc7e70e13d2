package org.ovop.till.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ovop.till.core.sale.Sale;
import org.ovop.till.core.sale.SaleKind;
import org.ovop.till.core.sale.SaleLine;
import org.ovop.till.core.sale.Tender;

/** A sale or refund as JSON (CONTRACT.md's shape) and as a short text receipt. */
final class SaleOutput {
  private SaleOutput() {}

  static Map<String, Object> json(TillCommand c, Sale s, List<String> notices) {
    List<Object> lines = new ArrayList<>();
    for (SaleLine l : s.lines()) {
      lines.add(
          Json.object(
              "line", l.lineNo(),
              "sku", l.sku(),
              "name", l.name(),
              "group", c.groupCode(l.groupId()),
              "qty", l.quantity(),
              "unit_price", c.money(l.unitPrice()),
              "list_price", c.money(l.listPrice()),
              "discount_pct", l.discountRate().toString(),
              "discount", c.money(l.discount()),
              "amount", c.money(l.amount()),
              "producer_share", c.money(l.producerShare()),
              "commission", c.money(l.commission())));
    }
    List<Object> tenders = new ArrayList<>();
    for (Tender t : s.tenders()) {
      tenders.add(
          Json.object(
              "method",
              t.method().code(),
              "amount",
              c.money(t.amount()),
              "reference",
              t.reference(),
              "service",
              t.service()));
    }
    return Json.object(
        "receipt", s.number(),
        "kind", s.kind() == SaleKind.SALE ? "sale" : "refund",
        "refund_of", s.refundOf(),
        "at", s.at().toString(),
        "till", s.till(),
        "currency", c.store().currency().getCurrencyCode(),
        "total", c.money(s.total()),
        "due", c.money(s.due()),
        "paid", c.money(s.paid()),
        "change", c.money(s.change()),
        "rounding", c.money(s.rounding()),
        "lines", lines,
        "tenders", tenders,
        "notices", notices);
  }

  static String text(TillCommand c, Sale s, List<String> notices) {
    StringBuilder t = new StringBuilder();
    t.append(s.kind() == SaleKind.SALE ? "Receipt " : "Refund ")
        .append(s.number())
        .append(s.refundOf() == null ? "" : " (of " + s.refundOf() + ")")
        .append("  ")
        .append(c.time(s.at()))
        .append('\n');
    for (SaleLine l : s.lines()) {
      t.append(
          String.format(
              "  %-34s %3d x %10s %12s%n",
              l.name(), l.quantity(), c.money(l.unitPrice()), c.money(l.amount())));
      if (l.priceOverridden()) {
        t.append(String.format("      catalogue price %s%n", c.money(l.listPrice())));
      }
      if (l.discount() != 0) {
        t.append(
            String.format(
                "      discount %s%% %31s%n", l.discountRate(), "-" + c.money(l.discount())));
      }
    }
    t.append(
        String.format(
            "  %-50s %12s%n",
            "TOTAL " + c.store().currency().getCurrencyCode(), c.money(s.total())));
    if (s.rounding() != 0) {
      t.append(String.format("  %-50s %12s%n", "cash rounding", c.money(s.rounding())));
      t.append(String.format("  %-50s %12s%n", "due", c.money(s.due())));
    }
    for (Tender tn : s.tenders()) {
      t.append(
          String.format(
              "  %-50s %12s%n",
              tn.method().code()
                  + (tn.service() == null ? "" : " " + tn.service())
                  + (tn.reference() == null ? "" : " " + tn.reference()),
              c.money(tn.amount())));
    }
    if (s.change() != 0) {
      t.append(String.format("  %-50s %12s%n", "CHANGE", c.money(s.change())));
    }
    for (String n : notices) {
      t.append("  note: ").append(n).append('\n');
    }
    return t.toString();
  }
}
