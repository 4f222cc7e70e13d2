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
  /**
   * A moment on paper as the shop's people write it ("24.11.2026 16:37" in Russian, "24/11/2026
   * 16:37" in French), the day as statements and screens write it: receipts printed ISO days that
   * nobody at the counter writes.
   */
  /** Day and time per language, built once: a receipt is laid out in microseconds. */
  private static final java.util.concurrent.ConcurrentMap<Locale, DateTimeFormatter> WHEN =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static DateTimeFormatter when(StoreProfile store) {
    return WHEN.computeIfAbsent(
        locale(store),
        locale ->
            new java.time.format.DateTimeFormatterBuilder()
                .append(day(store))
                .appendLiteral(' ')
                .appendPattern("HH:mm")
                .toFormatter(locale));
  }

  private static DateTimeFormatter day(StoreProfile store) {
    return DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.SHORT)
        .withLocale(locale(store));
  }

  private Layouts() {}

  /** A way of paying as this store's customers name it: "M-Pesa" rather than "Mobile money". */
  private static String method(Words w, StoreProfile store, String code) {
    return store.methodName(code, w.get(code));
  }

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
        sale.at().atZone(store.zone()).format(when(store))
            + "  "
            + w.get("till")
            + " "
            + sale.till());
    d.centered(w.label("cashier") + " " + cashierName);
    d.rule();
    Figures f = Figures.of(store);
    Map<Integer, Long> byRate = new TreeMap<>();
    for (SaleLine l : sale.lines()) {
      d.text(l.name());
      d.columns("  " + l.quantity() + " × " + f.plain(l.unitPrice()), f.plain(l.gross()));
      if (l.priceOverridden()) {
        // A manager set this price: the customer sees it was not the shelf's by mistake.
        d.text("  " + w.get("listprice") + " " + f.plain(l.listPrice()));
      }
      if (l.discount() != 0) {
        d.columns(
            "  " + w.get("discount") + " " + f.percent(l.discountRate()) + "%",
            "-" + f.plain(l.discount()));
      }
      byRate.merge(l.taxRate().basisPoints(), l.amount(), Long::sum);
    }
    d.rule();
    d.add(new PrintDocument.Columns(w.get("total"), f.money(sale.total()), true));
    byRate.forEach(
        (bp, amount) -> {
          if (bp > 0) {
            d.columns(
                "  " + w.get("vat") + " " + f.percent(new Percent(bp)) + "%",
                f.plain(includedTax(amount, bp)));
          }
        });
    if (sale.rounding() != 0) {
      d.columns(w.get("rounding"), f.signed(sale.rounding()));
      // On a refund the rounded amount is what the customer got back, not what they owe.
      d.add(new PrintDocument.Columns(w.get(refund ? "given" : "due"), f.money(sale.due()), true));
    }
    // Payments are money lines like the total and the change: with the currency.
    for (Tender t : sale.tenders()) {
      d.columns(
          store.methodName(t.method().code(), t.service(), w.get(t.method().code()))
              + (t.reference() == null ? "" : " " + t.reference()),
          f.money(t.amount()));
    }
    if (!refund && sale.change() != 0) {
      d.add(new PrintDocument.Columns(w.get("change"), f.money(sale.change()), true));
    }
    d.feed(1);
    d.barcode(Symbology.CODE128, sale.number());
    // Read by a phone, not a person: the plain figure of the JSON ("3905.40 KGS").
    d.qr(sale.number() + " " + Money.of(sale.total(), store.currency()));
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

  /**
   * The X or Z report of a shift. Sales and refunds come with their breakdown by payment method
   * under each; then the drawer adds up line by line, each figure with the sign it takes: float,
   * cash sales, cash refunds, cash payouts to producers and cash put in or taken out make the cash
   * expected, against what was counted.
   */
  public static PrintDocument shiftReport(ShiftReport r, StoreProfile store) {
    Words w = new Words(store.language());
    Figures f = Figures.of(store);
    var d = PrintDocument.builder((r.closing() ? "Z-" : "X-") + r.shift().id());
    d.title(w.get(r.closing() ? "z" : "x"));
    d.centered(store.name());
    d.centered(w.get("till") + " " + r.shift().till() + " · " + r.cashierName());
    d.centered(r.at().atZone(store.zone()).format(when(store)));
    d.rule();
    d.columns(w.get("sales") + " (" + r.sales() + ")", f.plain(r.salesTotal()));
    byMethod(d, w, f, store, r.salesByMethod(), r.mobileSalesByService());
    d.columns(w.get("refunds") + " (" + r.refunds() + ")", f.plain(r.refundsTotal()));
    byMethod(d, w, f, store, r.refundsByMethod(), r.mobileRefundsByService());
    d.columns(w.get("rounding"), f.signed(r.roundingTotal()));
    d.rule();
    d.columns(w.get("float"), f.plain(r.shift().openingFloat()));
    d.columns(w.get("cashsales"), f.plain(r.cashSales()));
    // What left the drawer is written negative ("0.00", not "-0.00", when none).
    d.columns(w.get("cashrefunds"), f.plain(-r.cashRefunds()));
    d.columns(w.get("payouts"), f.plain(-r.payouts()));
    d.columns(w.get("cashinout"), f.signed(r.cashInOut()));
    // Each under the total, with why and who approved it, so the kept paper explains the drawer.
    for (var m : r.drawerMoves()) {
      d.columns(
          "  "
              + m.at().atZone(store.zone()).format(DateTimeFormatter.ofPattern("HH:mm"))
              + " "
              + m.reason()
              + (m.approvedBy().isEmpty() ? "" : " · " + m.approvedBy()),
          f.signed(m.amount()));
    }
    d.add(new PrintDocument.Columns(w.get("expected"), f.money(r.expected()), true));
    if (r.counted() != null) {
      d.columns(w.get("counted"), f.plain(r.counted()));
      d.add(new PrintDocument.Columns(w.get("overshort"), f.signed(r.overShort()), true));
    }
    d.feed(2);
    d.cut();
    return d.build();
  }

  /**
   * Takings by method, and under mobile money each wallet apart (Wave, Orange Money), so the
   * manager can hold the paper against each wallet's own statement.
   */
  private static void byMethod(
      PrintDocument.Builder d,
      Words w,
      Figures f,
      StoreProfile store,
      java.util.Map<String, Long> byMethod,
      java.util.Map<String, Long> mobileByService) {
    byMethod.forEach(
        (m, v) -> {
          d.columns("  " + method(w, store, m), f.plain(v));
          if ("mobile".equals(m)) {
            ShiftReport.byServiceWorthShowing(mobileByService, store)
                .forEach(
                    (service, amount) ->
                        d.columns(
                            "    " + (service.isEmpty() ? w.get("noservice") : service),
                            f.plain(amount)));
          }
        });
  }

  /** The slip a producer signs when a settlement is paid out. */
  public static PrintDocument payoutSlip(
      Settlement s, Payout p, String groupName, StoreProfile store, String paidBy) {
    Words w = new Words(store.language());
    // Named by its settlement, as a receipt is by its number: "Расписка ST-T1-000001" on screen.
    var d = PrintDocument.builder(s.id());
    d.title(w.get("payout"));
    d.centered(store.name());
    d.centered(p.at().atZone(store.zone()).format(when(store)));
    d.rule();
    d.text(w.get("settlement") + " " + s.id());
    d.text(w.label("group") + " " + groupName);
    Figures f = Figures.of(store);
    d.columns(w.get("sales"), f.plain(s.sales()));
    d.columns(w.get("refunds"), f.plain(-s.refunds())); // "0.00", not "-0.00", when none
    if (s.deductions() != 0) {
      d.columns(
          "- " + f.percent(new Percent(s.levyBasisPoints())) + "%", "-" + f.plain(s.deductions()));
    }
    d.add(new PrintDocument.Columns(w.get("total"), f.money(s.payout()), true));
    // Each way has its word ("cash", "mobile", "bank"); a bank payout was printed as "card".
    d.columns(
        w.get("method"),
        store.methodName(p.method().code(), p.service(), w.get(p.method().code())));
    if (p.reference() != null) {
      d.columns(w.get("reference"), p.reference());
    }
    d.text(w.label("cashier") + " " + paidBy);
    d.feed(2);
    d.text(w.label("received"));
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
    var d = groupPaper(w.get("note"), note.number(), note.at(), note.group(), store);
    long units = 0;
    for (var lot : note.lots()) {
      d.text(lot.product().sku() + " " + lot.product().name());
      // Each lot ends with its quantity line, so a best-before day printed under the quantity
      // would read as the next lot's: it goes before it, or beside it when no member is named.
      String who = lot.member() == null ? "" : lot.member().name();
      String day =
          lot.lot().bestBefore() == null
              ? ""
              : w.get("bestbefore") + " " + lot.lot().bestBefore().format(day(store));
      if (!who.isEmpty() && !day.isEmpty()) {
        d.text("  " + day);
      }
      d.columns("  " + (who.isEmpty() ? day : who), Long.toString(lot.lot().quantity()));
      units += lot.lot().quantity();
    }
    return signedByTheGroup(d, units, note.number(), w);
  }

  /** The note that goes back with unsold goods. */
  public static PrintDocument returnNote(
      org.ovop.till.core.stock.StockKeeping.ReturnNote note, StoreProfile store) {
    Words w = new Words(store.language());
    var d = groupPaper(w.get("return"), note.number(), note.at(), note.group(), store);
    long units = 0;
    for (var l : note.lines()) {
      d.columns(l.product().sku() + " " + l.product().name(), Long.toString(l.quantity()));
      units += l.quantity();
    }
    return signedByTheGroup(d, units, note.number(), w);
  }

  /** The head of a paper between the store and a group: what it is, its number, when, who. */
  private static PrintDocument.Builder groupPaper(
      String title,
      String number,
      java.time.Instant at,
      org.ovop.till.core.catalog.ProducerGroup group,
      StoreProfile store) {
    Words w = new Words(store.language());
    var d = PrintDocument.builder(number);
    d.title(title);
    d.centered(number);
    d.centered(store.name());
    d.centered(at.atZone(store.zone()).format(when(store)));
    d.text(w.label("group") + " " + group.code() + " " + group.name());
    d.rule();
    return d;
  }

  /**
   * The foot of a group's paper: the units in all, which the person handing over or taking back the
   * goods counts against, the paper's number as a barcode, and where they sign.
   */
  private static PrintDocument signedByTheGroup(
      PrintDocument.Builder d, long units, String number, Words w) {
    d.rule();
    d.add(new PrintDocument.Columns(w.get("total"), Long.toString(units), true));
    d.barcode(Symbology.CODE128, number);
    d.feed(2);
    d.text(w.label("received") + " ________________");
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

  /**
   * Amounts as the store's language writes them, like the screens and the statement ("1,902.00" in
   * English and Swahili, "1 902,00" in Russian and French), the currency's code on money lines.
   * Groups are set off with a plain space where the language uses a no-break one: U+00A0 and U+202F
   * are in no printer code page and would print the whole line as an image.
   */
  private record Figures(String code, int digits, char decimal, char grouping, Locale locale) {
    private static final java.util.concurrent.ConcurrentMap<Locale, char[]> SIGNS =
        new java.util.concurrent.ConcurrentHashMap<>();

    static Figures of(StoreProfile store) {
      Locale locale = Layouts.locale(store);
      // Read once per language: receipts are laid out in microseconds.
      char[] signs =
          SIGNS.computeIfAbsent(
              locale,
              l -> {
                var symbols = java.text.DecimalFormatSymbols.getInstance(l);
                char grouping = symbols.getGroupingSeparator();
                return new char[] {
                  symbols.getDecimalSeparator(), Character.isSpaceChar(grouping) ? ' ' : grouping
                };
              });
      return new Figures(
          store.currency().getCurrencyCode(),
          Money.digits(store.currency()),
          signs[0],
          signs[1],
          locale);
    }

    /** The figure alone: a column of line amounts and counts. */
    String plain(long minor) {
      String units = Long.toString(Math.abs(minor));
      if (units.length() <= digits) {
        units = "0".repeat(digits - units.length() + 1) + units;
      }
      int whole = units.length() - digits;
      StringBuilder b = new StringBuilder(units.length() + units.length() / 3 + 2);
      if (minor < 0) {
        b.append('-');
      }
      for (int i = 0; i < whole; i++) {
        if (i > 0 && (whole - i) % 3 == 0) {
          b.append(grouping);
        }
        b.append(units.charAt(i));
      }
      if (digits > 0) {
        b.append(decimal).append(units, whole, units.length());
      }
      return b.toString();
    }

    /** A money line: the figure and the currency's code. */
    String money(long minor) {
      return plain(minor) + " " + code;
    }

    /** A difference, with its plus sign as a shortage has its minus. */
    String signed(long minor) {
      return minor > 0 ? "+" + plain(minor) : plain(minor);
    }

    /** "12", "7,5", "0,75": as {@link Percent#figure} writes it, without asking the locale. */
    String percent(Percent p) {
      int bp = p.basisPoints();
      String whole = Integer.toString(bp / 100);
      int hundredths = bp % 100;
      if (hundredths == 0) {
        return whole;
      }
      return hundredths % 10 == 0
          ? whole + decimal + (hundredths / 10)
          : whole + decimal + (hundredths < 10 ? "0" : "") + hundredths;
    }
  }

  static ZoneId zone(StoreProfile s) {
    return s.zone();
  }

  /**
   * The locale of a store's papers: days and figures written as their words are, so a Kyrgyz
   * store's Russian receipt says "24.11.2026", not Kyrgyz's "24/11/26".
   */
  static Locale locale(StoreProfile s) {
    return StoreProfile.localeOf(Words.printedIn(s.language()));
  }
}
