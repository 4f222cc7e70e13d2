package org.ovop.till.printing.escpos;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ovop.till.core.catalog.Terms;
import org.ovop.till.core.money.CashRounding;
import org.ovop.till.core.money.Percent;
import org.ovop.till.core.sale.PricedLine;
import org.ovop.till.core.sale.Sale;
import org.ovop.till.core.sale.SaleKind;
import org.ovop.till.core.sale.SaleLine;
import org.ovop.till.core.sale.Tender;
import org.ovop.till.core.sale.TenderMethod;
import org.ovop.till.core.store.StoreProfile;
import org.ovop.till.printing.escpos.EscPosDecoder.Barcode;
import org.ovop.till.printing.escpos.EscPosDecoder.Cut;
import org.ovop.till.printing.escpos.EscPosDecoder.Drawer;
import org.ovop.till.printing.escpos.EscPosDecoder.Event;
import org.ovop.till.printing.escpos.EscPosDecoder.Init;
import org.ovop.till.printing.escpos.EscPosDecoder.KanjiOff;
import org.ovop.till.printing.escpos.EscPosDecoder.Line;
import org.ovop.till.printing.escpos.EscPosDecoder.Qr;
import org.ovop.till.printing.escpos.EscPosDecoder.Raster;
import org.ovop.till.printing.layout.Layouts;
import org.ovop.till.printing.virtual.VirtualPrinter;

/** Receipts encoded for each profile and read back as a printer would, in four languages. */
class ReceiptPrintingTest {
  static final StoreProfile KARAKOL =
      new StoreProfile(
          "OVOP+1 Каракол",
          Currency.getInstance("KGS"),
          new CashRounding(100),
          "ru",
          ZoneId.of("Asia/Bishkek"),
          0,
          new Percent(1000));
  static final StoreProfile DAKAR =
      new StoreProfile(
          "Boutique OVOP Dakar",
          Currency.getInstance("XOF"),
          new CashRounding(5),
          "fr",
          ZoneId.of("Africa/Dakar"),
          0,
          new Percent(1000));

  static List<PrinterProfile> profiles() {
    return PrinterProfile.ALL;
  }

  static SaleLine line(int no, String name, long price, long qty, int discountBp, int taxBp) {
    var p =
        PricedLine.price(
            price, qty, new Percent(discountBp), new Terms.Consignment(new Percent(2500)));
    return new SaleLine(
        "l" + no,
        no,
        "p" + no,
        "g",
        "SKU-" + no,
        name,
        qty,
        price,
        new Percent(discountBp),
        p.gross(),
        p.discount(),
        p.amount(),
        new Percent(taxBp),
        new Terms.Consignment(new Percent(2500)),
        p.producerShare(),
        p.commission(),
        null);
  }

  static Sale kyrgyzSale() {
    List<SaleLine> lines =
        List.of(
            line(1, "Облепиховое масло 50 мл", 450_00, 2, 500, 1200),
            line(2, "Кийиз «Түндүк» өрнөгү менен", 2_400_00, 1, 0, 1200),
            line(3, "Мёд эспарцетовый 500 г", 650_40, 1, 0, 0));
    long total = lines.stream().mapToLong(SaleLine::amount).sum(); // 855.00 + 2400.00 + 650.40
    long due = new CashRounding(100).round(total);
    return new Sale(
        "T1-000042",
        "T1",
        42,
        SaleKind.SALE,
        null,
        Instant.parse("2026-03-02T05:00:00Z"),
        "s",
        "c",
        null,
        total,
        due,
        5_000_00,
        5_000_00 - due,
        due - total,
        lines,
        List.of(new Tender(TenderMethod.CASH, 5_000_00, null)));
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void aKyrgyzReceiptDecodesOnEveryProfileAndNothingBecomesAQuestionMark(PrinterProfile profile)
      throws Exception {
    byte[] bytes = EscPosEncoder.encode(Layouts.receipt(kyrgyzSale(), KARAKOL, "Бакыт"), profile);
    List<Event> events = EscPosDecoder.decode(bytes, profile);
    assertThat(events.get(0)).isInstanceOf(Init.class);
    assertThat(events.get(1)).isInstanceOf(KanjiOff.class);
    List<String> lines = EscPosDecoder.lines(events);
    assertThat(lines).noneMatch(l -> l.contains("?"));
    assertThat(String.join("\n", lines))
        .contains("Чек T1-000042")
        .contains("Облепиховое масло 50 мл")
        .contains("скидка 5%")
        .contains("Мёд эспарцетовый 500 г")
        .contains("3905.40 KGS") // 855.00 + 2400.00 + 650.40
        .contains("-0.40") // cash rounds to 3905.00
        .contains("3905.00 KGS")
        .contains("1095.00 KGS"); // change from 5000
    // The Kyrgyz name (ү ө) is in no code page: it must come as a raster line as wide as the paper.
    assertThat(lines).noneMatch(l -> l.contains("Түндүк"));
    assertThat(events)
        .anyMatch(
            e ->
                e instanceof Raster r
                    && r.widthDots() == profile.widthDots()
                    && r.blackDots() > 200);
    // Cyrillic goes out in the profile's own CP866 number.
    assertThat(events)
        .filteredOn(e -> e instanceof Line l && l.text().contains("Облепиховое"))
        .allMatch(e -> ((Line) e).codePage() == 17);
    // VAT 12 % included in 855.00 + 2400.00 = 3255.00 → 3255 × 12 / 112 = 348.75.
    assertThat(String.join("\n", lines)).contains("348.75");
    for (String l : lines) {
      assertThat(l.length())
          .as("'%s' fits %d columns", l, profile.columns())
          .isLessThanOrEqualTo(profile.columns());
    }
    assertThat(events).anyMatch(e -> e instanceof Barcode b && b.data().equals("{BT1-000042"));
    if (profile.qr()) {
      assertThat(events).anyMatch(e -> e instanceof Qr q && q.data().startsWith("T1-000042"));
    } else {
      assertThat(events).noneMatch(e -> e instanceof Qr);
    }
    assertThat(events).anyMatch(e -> e instanceof Cut);
    assertThat(events).anyMatch(e -> e instanceof Drawer);
    BufferedImage paper = VirtualPrinter.render(bytes, profile);
    assertThat(paper.getWidth()).isEqualTo(profile.widthDots() + 32);
    File png = new File("target/receipt-" + profile.name() + ".png");
    ImageIO.write(paper, "png", png);
  }

  @Test
  void frenchWithTheEuroSignUsesACodePageThatHasIt() {
    var plain =
        org.ovop.till.printing.document.PrintDocument.builder("t")
            .text("Prix : 12,50 € à Thiès")
            .build();
    for (PrinterProfile p : PrinterProfile.ALL) {
      List<Event> events = EscPosDecoder.decode(EscPosEncoder.encode(plain, p), p);
      assertThat(EscPosDecoder.lines(events)).containsExactly("Prix : 12,50 € à Thiès");
      int page =
          ((Line) events.stream().filter(e -> e instanceof Line).findFirst().orElseThrow())
              .codePage();
      // CP858 (Epson 19) carries é, à and €; Xprinter has no CP858, so Windows-1252 (16).
      assertThat(page).isEqualTo(p.name().startsWith("xprinter") ? 16 : 19);
    }
  }

  @Test
  void xofAmountsHaveNoDecimals() {
    List<SaleLine> lines = List.of(line(1, "Bissap séché 250 g", 1_500, 3, 1000, 1800));
    long total = lines.get(0).amount(); // 4500 − 450 = 4050
    Sale sale =
        new Sale(
            "T1-000007",
            "T1",
            7,
            SaleKind.SALE,
            null,
            Instant.parse("2026-05-02T10:00:00Z"),
            "s",
            "c",
            null,
            total,
            4050,
            5000,
            950,
            0,
            lines,
            List.of(new Tender(TenderMethod.CASH, 5000, null)));
    PrinterProfile p = PrinterProfile.named("generic-58").orElseThrow();
    List<String> printed =
        EscPosDecoder.lines(
            EscPosDecoder.decode(EscPosEncoder.encode(Layouts.receipt(sale, DAKAR, "Awa"), p), p));
    String all = String.join("\n", printed);
    assertThat(all)
        .contains("Ticket T1-000007")
        .contains("4050 XOF")
        .contains("950 XOF")
        .contains("remise 10%");
    // VAT 18 % inside 4050: 4050 × 18 / 118 = 617.8 → 618.
    assertThat(all).contains("dont TVA 18%").contains("618");
    assertThat(all).doesNotContain("4050.00");
  }

  @Test
  void theConsignmentNoteListsEachLotWithItsMakerAndBestBeforeDayAndCarriesItsNumberAsABarcode() {
    var group =
        new org.ovop.till.core.catalog.ProducerGroup(
            "g3", "IK-03", "Облепиха Тамги", "Иссык-Куль", "Тамга", Percent.ZERO);
    var oil =
        new org.ovop.till.core.catalog.Product(
            "p1",
            "SBT-001",
            "2000000000015",
            "Облепиховое масло 50 мл",
            "g3",
            380_00,
            new Percent(1200),
            null);
    var svetlana =
        new org.ovop.till.core.catalog.Member(
            "m1", "g3", "Светлана Ким", org.ovop.till.core.catalog.Gender.F, null);
    Instant at = Instant.parse("2026-11-24T04:00:00Z");
    var note =
        new org.ovop.till.core.stock.StockKeeping.ConsignmentNote(
            "CN-T1-000006",
            group,
            at,
            List.of(
                new org.ovop.till.core.stock.StockKeeping.ReceivedLot(
                    new org.ovop.till.core.stock.Lot(
                        "l1",
                        "CN-T1-000006",
                        1,
                        "p1",
                        "m1",
                        4,
                        at,
                        java.time.LocalDate.of(2027, 3, 1)),
                    oil,
                    svetlana),
                new org.ovop.till.core.stock.StockKeeping.ReceivedLot(
                    new org.ovop.till.core.stock.Lot(
                        "l2", "CN-T1-000006", 2, "p1", null, 2, at, null),
                    oil,
                    null),
                new org.ovop.till.core.stock.StockKeeping.ReceivedLot(
                    new org.ovop.till.core.stock.Lot(
                        "l3",
                        "CN-T1-000006",
                        3,
                        "p1",
                        null,
                        1,
                        at,
                        java.time.LocalDate.of(2027, 4, 1)),
                    oil,
                    null)));
    PrinterProfile p = PrinterProfile.named("generic-58").orElseThrow();
    List<Event> events =
        EscPosDecoder.decode(EscPosEncoder.encode(Layouts.consignmentNote(note, KARAKOL), p), p);
    List<String> lines =
        EscPosDecoder.lines(events).stream().map(l -> l.replaceAll(" +", " ").strip()).toList();
    assertThat(lines)
        .contains("НАКЛАДНАЯ НА", "КОНСИГНАЦИЮ", "CN-T1-000006", "2026-11-24 10:00")
        .anyMatch(l -> l.matches("ИТОГО 7"));
    // Each lot ends with its quantity: a day comes before it, or beside it with no member named.
    assertThat(lines.subList(lines.indexOf("Годен до 2027-03-01"), lines.size()))
        .startsWith("Годен до 2027-03-01", "Светлана Ким 4", "SBT-001 Облепиховое масло 50 мл", "2")
        .contains("Годен до 2027-04-01 1");
    assertThat(lines.stream().filter(l -> l.startsWith("Годен до"))).hasSize(2);
    assertThat(String.join("\n", lines)).doesNotContain("?");
    assertThat(events).contains(new Barcode(73, "{BCN-T1-000006")).anyMatch(e -> e instanceof Cut);
  }

  @Test
  void theZReportSaysWhatTheDrawerShouldHoldWhatWasCountedAndTheDifferenceInRussian() {
    var shift =
        new org.ovop.till.core.shift.Shift(
            "SH-T1-7", "T1", "c", Instant.parse("2026-03-02T02:00:00Z"), 2_000_00);
    var z =
        new org.ovop.till.core.shift.ShiftReport(
            shift,
            "Гульнара Осмонова",
            Instant.parse("2026-03-02T12:30:00Z"),
            true,
            2,
            1,
            5_905_40,
            450_00,
            -40,
            java.util.Map.of("cash", 3_905_40L, "card", 2_000_00L),
            java.util.Map.of("cash", 450_00L),
            3_905_00,
            450_00,
            1_000_00,
            0,
            4_455_00,
            4_400_00L);
    PrinterProfile p = PrinterProfile.named("generic-80").orElseThrow();
    List<Event> events =
        EscPosDecoder.decode(EscPosEncoder.encode(Layouts.shiftReport(z, KARAKOL), p), p);
    String all = String.join("\n", EscPosDecoder.lines(events)).replace('\u00a0', ' ');
    assertThat(all)
        .contains("Z-ОТЧЁТ")
        .contains("OVOP+1 Каракол")
        .contains("Гульнара Осмонова")
        .contains("2026-03-02 18:30") // Bishkek time
        .doesNotContain("?");
    assertThat(EscPosDecoder.lines(events).stream().map(l -> l.replaceAll(" +", " ")))
        .contains("Должно быть 4455.00 KGS", "Излишек/недостача -55.00")
        .anyMatch(l -> l.matches("Продажи \\(2\\) 5905\\.40"))
        .anyMatch(l -> l.matches("Возвраты \\(1\\) 450\\.00"))
        .anyMatch(l -> l.matches("Выплаты производителям -1000\\.00"));
    assertThat(events).anyMatch(e -> e instanceof Cut);
    // A shift with no payouts prints 0.00 for them, not "-0.00".
    var noPayouts =
        new org.ovop.till.core.shift.ShiftReport(
            shift,
            z.cashierName(),
            z.at(),
            true,
            0,
            0,
            0,
            0,
            0,
            java.util.Map.of(),
            java.util.Map.of(),
            0,
            0,
            0,
            0,
            2_000_00,
            2_000_00L);
    assertThat(
            EscPosDecoder.lines(
                EscPosDecoder.decode(
                    EscPosEncoder.encode(Layouts.shiftReport(noPayouts, KARAKOL), p), p)))
        .anyMatch(l -> l.replaceAll(" +", " ").equals("Выплаты производителям 0.00"))
        .noneMatch(l -> l.contains("-0.00"));
  }

  @Test
  void includedTaxIsHalfUp() {
    assertThat(Layouts.includedTax(11_200, 1200)).isEqualTo(1_200);
    assertThat(Layouts.includedTax(4050, 1800)).isEqualTo(618);
    assertThat(Layouts.includedTax(0, 1600)).isZero();
  }
}
