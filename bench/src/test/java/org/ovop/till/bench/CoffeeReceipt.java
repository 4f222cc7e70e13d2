package org.ovop.till.bench;

import com.github.anastaciocintra.escpos.EscPos;
import com.github.anastaciocintra.escpos.EscPos.CharacterCodeTable;
import com.github.anastaciocintra.escpos.EscPosConst.Justification;
import com.github.anastaciocintra.escpos.Style;
import com.github.anastaciocintra.escpos.barcode.BarCode;
import com.github.anastaciocintra.escpos.barcode.QRCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;
import org.ovop.till.core.sale.Sale;
import org.ovop.till.core.sale.SaleLine;
import org.ovop.till.core.sale.Tender;
import org.ovop.till.core.sale.TenderMethod;
import org.ovop.till.core.store.StoreProfile;

/**
 * The floor of receipt-encode: the receipt the till prints for a Russian-language store on an 80 mm
 * printer, laid out from the sale here (plain string building, amounts through BigDecimal) and
 * written with escpos-coffee alone (its styles, code tables, CODE128 and QR commands). Same texts,
 * styles, code pages, barcode, QR, feeds and cut as the till's receipt, so the ratio measures the
 * till's own layout and encoding cost.
 */
final class CoffeeReceipt {
  private static final int COLUMNS = 48;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final Style PLAIN = new Style();
  private static final Style CENTERED = new Style().setJustification(Justification.Center);
  private static final Style BOLD = new Style().setBold(true);
  private static final Style TITLE =
      new Style()
          .setJustification(Justification.Center)
          .setBold(true)
          .setFontSize(Style.FontSize._2, Style.FontSize._2);
  private static final BarCode NUMBER_BARCODE =
      new BarCode()
          .setSystem(BarCode.BarCodeSystem.CODE128)
          .setBarCodeSize(2, 80)
          .setHRIPosition(BarCode.BarCodeHRIPosition.BelowBarCode)
          .setJustification(Justification.Center);
  private static final QRCode QR =
      new QRCode()
          .setModel(QRCode.QRModel._2)
          .setSize(6)
          .setErrorCorrectionLevel(QRCode.QRErrorCorrectionLevel.QR_ECLEVEL_M_Default)
          .setJustification(Justification.Center);

  private CoffeeReceipt() {}

  static byte[] write(Sale sale, StoreProfile store, String cashierName) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (EscPos p = new EscPos(out)) {
      p.initializePrinter();
      p.write(0x1C).write('.'); // Kanji off, as the till sends
      p.setCharacterCodeTable(CharacterCodeTable.CP866_Cyrillic_2);
      p.writeLF(TITLE, store.name());
      p.writeLF(CENTERED, "Чек " + sale.number());
      p.writeLF(CENTERED, sale.at().atZone(store.zone()).format(WHEN) + "  Касса " + sale.till());
      p.writeLF(CENTERED, "Кассир: " + cashierName);
      p.writeLF(PLAIN, "-".repeat(COLUMNS));
      Map<Integer, Long> byRate = new TreeMap<>();
      for (SaleLine l : sale.lines()) {
        p.writeLF(PLAIN, l.name());
        // '×' is not in CP866: the quantity line goes out in CP858, as the till does.
        p.setCharacterCodeTable(CharacterCodeTable.CP858_Euro);
        p.writeLF(
            PLAIN, columns("  " + l.quantity() + " × " + amount(l.unitPrice()), amount(l.gross())));
        p.setCharacterCodeTable(CharacterCodeTable.CP866_Cyrillic_2);
        if (l.discount() != 0) {
          p.writeLF(
              PLAIN,
              columns(
                  "  скидка " + percent(l.discountRate().basisPoints()) + "%",
                  "-" + amount(l.discount())));
        }
        byRate.merge(l.taxRate().basisPoints(), l.amount(), Long::sum);
      }
      p.writeLF(PLAIN, "-".repeat(COLUMNS));
      p.writeLF(BOLD, columns("ИТОГО", money(sale.total(), store)));
      for (Map.Entry<Integer, Long> rate : byRate.entrySet()) {
        int bp = rate.getKey();
        if (bp > 0) {
          long tax = Math.floorDiv(rate.getValue() * bp + (10_000L + bp) / 2, 10_000L + bp);
          p.writeLF(PLAIN, columns("  в т.ч. НДС " + percent(bp) + "%", amount(tax)));
        }
      }
      if (sale.rounding() != 0) {
        p.writeLF(
            PLAIN,
            columns("Округление", (sale.rounding() > 0 ? "+" : "") + amount(sale.rounding())));
        p.writeLF(BOLD, columns("К оплате", money(sale.due(), store)));
      }
      for (Tender t : sale.tenders()) {
        String method =
            switch (t.method()) {
              case CASH -> "Наличные";
              case CARD -> "Карта";
              case MOBILE -> "Мобильный платёж";
            };
        p.writeLF(
            PLAIN,
            columns(
                t.reference() == null ? method : method + " " + t.reference(), amount(t.amount())));
      }
      if (sale.change() != 0) {
        p.writeLF(BOLD, columns("Сдача", money(sale.change(), store)));
      }
      p.feed(1);
      p.write(NUMBER_BARCODE, "{B" + sale.number());
      p.write(QR, sale.number() + " " + money(sale.total(), store));
      p.writeLF(CENTERED, "Спасибо, что поддерживаете сельских мастеров!");
      p.feed(2);
      p.cut(EscPos.CutMode.PART);
      if (sale.tenders().stream().anyMatch(t -> t.method() == TenderMethod.CASH)) {
        p.pulsePin(EscPos.PinConnector.Pin_2, 25, 250); // open the cash drawer
      }
    }
    return out.toByteArray();
  }

  private static String columns(String left, String right) {
    return left + " ".repeat(Math.max(1, COLUMNS - left.length() - right.length())) + right;
  }

  private static String amount(long minor) {
    return BigDecimal.valueOf(minor, 2).toPlainString();
  }

  private static String percent(int basisPoints) {
    return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString();
  }

  private static String money(long minor, StoreProfile store) {
    return amount(minor) + " " + store.currency().getCurrencyCode();
  }
}
