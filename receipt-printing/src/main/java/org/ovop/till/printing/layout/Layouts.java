package org.ovop.till.printing.layout;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.ovop.till.core.money.Money;
import org.ovop.till.core.money.Percent;
import org.ovop.till.core.sale.Sale;
import org.ovop.till.core.sale.SaleKind;
import org.ovop.till.core.sale.SaleLine;
import org.ovop.till.core.sale.Tender;
import org.ovop.till.core.sale.TenderMethod;
import org.ovop.till.core.settle.Payout;
import org.ovop.till.core.settle.Settlement;
import org.ovop.till.core.shift.ShiftReport;
import org.ovop.till.core.store.StoreProfile;
import org.ovop.till.printing.document.PrintDocument;
import org.ovop.till.printing.document.PrintDocument.Symbology;

/** The printed papers of the shop, as documents in the store's language. */
public final class Layouts {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private Layouts() {}

  /**
   * A sale or refund receipt: store, lines with discounts, VAT included per rate, totals, cash
   * rounding, tenders, change, the receipt number as a barcode and a QR code. Cash opens the
   * drawer.
   */
  public static PrintDocument receipt(Sale sale, StoreProfile store, String cashierName) {
    Words w = new Words(store.language());
    boolean refund = sale.kind() == SaleKind.REFUND;
    var d = PrintDocument.builder(sale.number());
    d.title(store.name());
    d.centered(w.get(refund ? "refund" : "receipt") + " " + sale.number());
    if (refund) {
      d.centered(w.get("of") + " " + sale.refundOf());
    }
    d.centered(
        sale.at().atZone(store.zone()).format(WHEN) + "  " + w.get("till") + " " + sale.till());
    d.centered(w.get("cashier") + ": " + cashierName);
    d.rule();
    Map<Integer, Long> byRate = new TreeMap<>();
    for (SaleLine l : sale.lines()) {
      d.text(l.name());
      d.columns("  " + l.quantity() + " × " + plain(store, l.unitPrice()), plain(store, l.gross()));
      if (l.discount() != 0) {
        d.columns(
            "  " + w.get("discount") + " " + l.discountRate() + "%",
            "-" + plain(store, l.discount()));
      }
      byRate.merge(l.taxRate().basisPoints(), l.amount(), Long::sum);
    }
    d.rule();
    d.add(new PrintDocument.Columns(w.get("total"), money(store, sale.total()), true));
    byRate.forEach(
        (bp, amount) -> {
          if (bp > 0) {
            d.columns(
                "  " + w.get("vat") + " " + new Percent(bp) + "%",
                plain(store, includedTax(amount, bp)));
          }
        });
    if (sale.rounding() != 0) {
      d.columns(w.get("rounding"), signed(store, sale.rounding()));
      d.add(new PrintDocument.Columns(w.get("due"), money(store, sale.due()), true));
    }
    for (Tender t : sale.tenders()) {
      d.columns(
          w.get(t.method().code()) + (t.reference() == null ? "" : " " + t.reference()),
          plain(store, t.amount()));
    }
    if (!refund && sale.change() != 0) {
      d.add(new PrintDocument.Columns(w.get("change"), money(store, sale.change()), true));
    }
    d.feed(1);
    d.barcode(Symbology.CODE128, sale.number());
    d.qr(sale.number() + " " + money(store, sale.total()));
    d.centered(w.get("thanks"));
    d.feed(2);
    d.cut();
    if (sale.tenders().stream().anyMatch(t -> t.method() == TenderMethod.CASH)) {
      d.drawer();
    }
    return d.build();
  }

  /** The VAT inside a tax-inclusive amount: amount × rate / (100 % + rate), half up. */
  public static long includedTax(long amount, int basisPoints) {
    long denominator = 10_000L + basisPoints;
    long numerator = Math.multiplyExact(amount, (long) basisPoints);
    return Math.floorDiv(Math.addExact(numerator, denominator / 2), denominator);
  }

  /** The X or Z report of a shift. */
  public static PrintDocument shiftReport(ShiftReport r, StoreProfile store) {
    Words w = new Words(store.language());
    var d = PrintDocument.builder((r.closing() ? "Z-" : "X-") + r.shift().id());
    d.title(w.get(r.closing() ? "z" : "x"));
    d.centered(store.name());
    d.centered(w.get("till") + " " + r.shift().till() + " · " + r.cashierName());
    d.centered(r.at().atZone(store.zone()).format(WHEN));
    d.rule();
    d.columns(w.get("sales") + " (" + r.sales() + ")", plain(store, r.salesTotal()));
    r.salesByMethod().forEach((m, v) -> d.columns("  " + w.get(m), plain(store, v)));
    d.columns(w.get("refunds") + " (" + r.refunds() + ")", plain(store, r.refundsTotal()));
    d.columns(w.get("rounding"), signed(store, r.roundingTotal()));
    d.rule();
    d.columns(w.get("float"), plain(store, r.shift().openingFloat()));
    d.columns(w.get("payouts"), plain(store, -r.payouts())); // "0.00", not "-0.00", when none
    d.add(new PrintDocument.Columns(w.get("expected"), money(store, r.expected()), true));
    if (r.counted() != null) {
      d.columns(w.get("counted"), plain(store, r.counted()));
      d.add(new PrintDocument.Columns(w.get("overshort"), signed(store, r.overShort()), true));
    }
    d.feed(2);
    d.cut();
    return d.build();
  }

  /** The slip a producer signs when a settlement is paid out. */
  public static PrintDocument payoutSlip(
      Settlement s, Payout p, String groupName, StoreProfile store, String paidBy) {
    Words w = new Words(store.language());
    var d = PrintDocument.builder("PAYOUT-" + s.id());
    d.title(w.get("payout"));
    d.centered(store.name());
    d.centered(p.at().atZone(store.zone()).format(WHEN));
    d.rule();
    d.text(w.get("settlement") + " " + s.id());
    d.text(w.get("group") + ": " + groupName);
    d.columns(w.get("sales"), plain(store, s.sales()));
    d.columns(w.get("refunds"), "-" + plain(store, s.refunds()));
    if (s.deductions() != 0) {
      d.columns("- " + new Percent(s.levyBasisPoints()) + "%", "-" + plain(store, s.deductions()));
    }
    d.add(new PrintDocument.Columns(w.get("total"), money(store, s.payout()), true));
    d.columns(
        w.get("method"),
        w.get(
            p.method() == org.ovop.till.core.settle.PayoutMethod.CASH
                ? "cash"
                : p.method() == org.ovop.till.core.settle.PayoutMethod.MOBILE ? "mobile" : "card"));
    if (p.reference() != null) {
      d.columns(w.get("reference"), p.reference());
    }
    d.text(w.get("cashier") + ": " + paidBy);
    d.feed(2);
    d.text(w.get("received") + ":");
    d.feed(2);
    d.text("________________________________");
    d.text(w.get("signature"));
    d.feed(2);
    d.cut();
    return d.build();
  }

  /** The consignment note of a delivery, for the group to keep: what came in, from whom. */
  public static PrintDocument consignmentNote(
      org.ovop.till.core.stock.StockKeeping.ConsignmentNote note, StoreProfile store) {
    Words w = new Words(store.language());
    var d = PrintDocument.builder(note.number());
    d.title(w.get("note"));
    d.centered(note.number());
    d.centered(store.name());
    d.centered(note.at().atZone(store.zone()).format(WHEN));
    d.text(w.get("group") + ": " + note.group().code() + " " + note.group().name());
    d.rule();
    long units = 0;
    for (var lot : note.lots()) {
      d.text(lot.product().sku() + " " + lot.product().name());
      // Each lot ends with its quantity line, so a best-before day printed under the quantity
      // would read as the next lot's: it goes before it, or beside it when no member is named.
      String who = lot.member() == null ? "" : lot.member().name();
      String day =
          lot.lot().bestBefore() == null ? "" : w.get("bestbefore") + " " + lot.lot().bestBefore();
      if (!who.isEmpty() && !day.isEmpty()) {
        d.text("  " + day);
      }
      d.columns("  " + (who.isEmpty() ? day : who), Long.toString(lot.lot().quantity()));
      units += lot.lot().quantity();
    }
    d.rule();
    d.add(new PrintDocument.Columns(w.get("total"), Long.toString(units), true));
    d.barcode(Symbology.CODE128, note.number());
    d.feed(2);
    d.text(w.get("received") + ": ________________");
    d.text(w.get("signature"));
    d.feed(2);
    d.cut();
    return d.build();
  }

  /** The note that goes back with unsold goods. */
  public static PrintDocument returnNote(
      org.ovop.till.core.stock.StockKeeping.ReturnNote note, StoreProfile store) {
    Words w = new Words(store.language());
    var d = PrintDocument.builder(note.number());
    d.title(w.get("return"));
    d.centered(note.number());
    d.centered(store.name());
    d.centered(note.at().atZone(store.zone()).format(WHEN));
    d.text(w.get("group") + ": " + note.group().code() + " " + note.group().name());
    d.rule();
    for (var l : note.lines()) {
      d.columns(l.product().sku() + " " + l.product().name(), Long.toString(l.quantity()));
    }
    d.rule();
    d.barcode(Symbology.CODE128, note.number());
    d.feed(2);
    d.text(w.get("received") + ": ________________");
    d.text(w.get("signature"));
    d.feed(2);
    d.cut();
    return d.build();
  }

  /** The drawer kick alone, for a manager-approved no-sale opening. */
  public static PrintDocument drawerKick() {
    return PrintDocument.builder("DRAWER").drawer().build();
  }

  /** A price label on the thermal printer, one per cut: name, price, group and the barcode. */
  public static PrintDocument priceLabel(String name, String price, String group, String code) {
    boolean ean = code.matches("\\d{13}") && org.ovop.till.core.catalog.Barcodes.isValidGs1(code);
    return PrintDocument.builder("LABEL-" + code)
        .bold(name)
        .add(new PrintDocument.Columns(price, group, true))
        .barcode(ean ? Symbology.EAN13 : Symbology.CODE128, code)
        .feed(1)
        .cut()
        .build();
  }

  private static String money(StoreProfile store, long minor) {
    return plain(store, minor) + " " + store.currency().getCurrencyCode();
  }

  /** Receipts use '.' and no grouping, so figures line up and read the same in every language. */
  private static String plain(StoreProfile store, long minor) {
    return Money.of(minor, store.currency()).toPlainString();
  }

  private static String signed(StoreProfile store, long minor) {
    return minor > 0 ? "+" + plain(store, minor) : plain(store, minor);
  }

  static ZoneId zone(StoreProfile s) {
    return s.zone();
  }

  static Locale locale(StoreProfile s) {
    return s.locale();
  }
}
