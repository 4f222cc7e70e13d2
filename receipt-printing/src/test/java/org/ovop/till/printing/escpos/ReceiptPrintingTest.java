package org.ovop.till.printing.escpos;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
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

  @Test
  void aKyrgyzStoresReceiptIsInRussianWithItsDaysAsRussianWritesThem() {
    for (String language : List.of("ky", "uz")) {
      StoreProfile store =
          new StoreProfile(
              "OVOP+1 Каракол",
              Currency.getInstance("KGS"),
              new CashRounding(100),
              language,
              ZoneId.of("Asia/Bishkek"),
              0,
              new Percent(1000));
      PrinterProfile p = PrinterProfile.standard();
      List<String> lines =
          EscPosDecoder.lines(
              EscPosDecoder.decode(
                  EscPosEncoder.encode(Layouts.receipt(kyrgyzSale(), store, "Бакыт"), p), p));
      // 05:00 UTC is 11:00 in Bishkek; Kyrgyz's and Uzbek's own short day would be 02/03/26.
      assertThat(String.join("\n", lines))
          .as(language)
          .contains("Чек T1-000042")
          .contains("02.03.2026 11:00")
          .contains("3 905,40 KGS")
          .doesNotContain("02/03/26");
    }
  }

  @Test
  void aLineSoldAtAManagersPriceShowsTheCataloguePriceUnderIt() throws Exception {
    Sale usual = kyrgyzSale();
    SaleLine oil = usual.lines().get(0);
    // The same oil, 2 × 400.00 where the catalogue says 450.00 (and still 5 % off).
    var p = PricedLine.price(400_00, 2, new Percent(500), new Terms.Consignment(new Percent(2500)));
    SaleLine set =
        new SaleLine(
            oil.id(),
            1,
            oil.productId(),
            oil.groupId(),
            oil.sku(),
            oil.name(),
            2,
            400_00,
            450_00,
            new Percent(500),
            p.gross(),
            p.discount(),
            p.amount(),
            oil.taxRate(),
            oil.terms(),
            p.producerShare(),
            p.commission(),
            null);
    List<SaleLine> lines = new java.util.ArrayList<>(usual.lines());
    lines.set(0, set);
    Sale sale =
        new Sale(
            usual.number(),
            usual.till(),
            usual.seq(),
            usual.kind(),
            null,
            usual.at(),
            usual.shiftId(),
            usual.cashierId(),
            "manager",
            usual.total(),
            usual.due(),
            usual.paid(),
            usual.change(),
            usual.rounding(),
            lines,
            usual.tenders());
    PrinterProfile epson = PrinterProfile.standard();
    List<String> printed =
        EscPosDecoder.lines(
            EscPosDecoder.decode(
                EscPosEncoder.encode(Layouts.receipt(sale, KARAKOL, "Бакыт"), epson), epson));
    int at = printed.indexOf("Облепиховое масло 50 мл");
    assertThat(printed.subList(at, at + 4))
        .containsExactly(
            "Облепиховое масло 50 мл",
            printed.get(at + 1),
            "  цена по каталогу 450,00",
            printed.get(at + 3));
    assertThat(printed.get(at + 1)).startsWith("  2 × 400,00").endsWith("800,00");
    assertThat(printed.get(at + 3)).startsWith("  скидка 5%").endsWith("-40,00");
    // The other lines, sold at their price, carry no such line.
    assertThat(printed.stream().filter(l -> l.contains("цена по каталогу"))).hasSize(1);
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
        // Amounts as Russian writes them, like the screens: grouped, with a decimal comma.
        .contains("3 905,40 KGS") // 855.00 + 2400.00 + 650.40
        .contains("-0,40") // cash rounds to 3905.00
        .contains("3 905,00 KGS")
        .contains("1 095,00 KGS"); // change from 5000
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
    assertThat(String.join("\n", lines)).contains("348,75");
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
  void aColumnLineWhoseFigureLeavesTheCurrentPageMovesWholeToAPageThatCarriesIt() {
    // The left part is in CP866, the page already selected; the figure's € is not. The encoder
    // writes a line's parts straight into its output and must drop what it wrote of it, and the
    // page command it tried, when a part misses: the line comes out whole in Windows-1251.
    var paper =
        org.ovop.till.printing.document.PrintDocument.builder("t")
            .text("Облепиха")
            .columns("Облепиха 50 мл", "12,50 €")
            .columns("Мёд", "650,00")
            .build();
    for (PrinterProfile p : PrinterProfile.ALL) {
      byte[] bytes = EscPosEncoder.encode(paper, p);
      List<Event> events = EscPosDecoder.decode(bytes, p);
      String padded = " ".repeat(p.columns() - "Облепиха 50 мл".length() - "12,50 €".length());
      String padded2 = " ".repeat(p.columns() - "Мёд".length() - "650,00".length());
      assertThat(EscPosDecoder.lines(events))
          .containsExactly(
              "Облепиха", "Облепиха 50 мл" + padded + "12,50 €", "Мёд" + padded2 + "650,00");
      List<Integer> pages =
          events.stream().filter(e -> e instanceof Line).map(e -> ((Line) e).codePage()).toList();
      // The next line stays in the page now selected, which carries it too.
      int windows = p.codePages().get(PrinterProfile.WPC1251);
      assertThat(pages).containsExactly(17, windows, windows);
      // Two page commands and no more: none left behind by a page tried and passed over.
      int switches = 0;
      for (int i = 0; i + 1 < bytes.length; i++) {
        if (bytes[i] == 0x1B && bytes[i + 1] == 't') {
          switches++;
        }
      }
      assertThat(switches).isEqualTo(2);
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
        .contains("4 050 XOF")
        .contains("950 XOF")
        .contains("remise 10%");
    // VAT 18 % inside 4050: 4050 × 18 / 118 = 617.8 → 618.
    assertThat(all).contains("dont TVA 18%").contains("618");
    assertThat(all).doesNotContain("4050.00");
  }

  /** The group and product of the stock papers' tests: a group's paper names both. */
  static final org.ovop.till.core.catalog.ProducerGroup TAMGA =
      new org.ovop.till.core.catalog.ProducerGroup(
          "g3", "IK-03", "Облепиха Тамги", "Иссык-Куль", "Тамга", Percent.ZERO);

  static final org.ovop.till.core.catalog.Product TAMGA_OIL =
      new org.ovop.till.core.catalog.Product(
          "p1",
          "SBT-001",
          "2000000000015",
          "Облепиховое масло 50 мл",
          "g3",
          380_00,
          new Percent(1200),
          null);

  @Test
  void theConsignmentNoteListsEachLotWithItsMakerAndBestBeforeDayAndCarriesItsNumberAsABarcode() {
    var group = TAMGA;
    var oil = TAMGA_OIL;
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
    List<String> lines = printed(Layouts.consignmentNote(note, KARAKOL), "generic-58");
    assertThat(lines)
        .contains(
            "НАКЛАДНАЯ НА",
            "КОНСИГНАЦИЮ",
            "CN-T1-000006",
            "24.11.2026 10:00") // as Russians write it, not ISO
        .anyMatch(l -> l.matches("ИТОГО 7"));
    // Each lot ends with its quantity: a day comes before it, or beside it with no member named.
    assertThat(lines.subList(lines.indexOf("Годен до 01.03.2027"), lines.size()))
        .startsWith("Годен до 01.03.2027", "Светлана Ким 4", "SBT-001 Облепиховое масло 50 мл", "2")
        .contains("Годен до 01.04.2027 1");
    assertThat(lines.stream().filter(l -> l.startsWith("Годен до"))).hasSize(2);
    assertThat(String.join("\n", lines)).doesNotContain("?");
    assertThat(events).contains(new Barcode(73, "{BCN-T1-000006")).anyMatch(e -> e instanceof Cut);
  }

  @Test
  void theReturnNoteListsWhatGoesBackAndHowManyUnitsInAllForTheGroupToCount() {
    var group = TAMGA;
    var oil = TAMGA_OIL;
    var jam =
        new org.ovop.till.core.catalog.Product(
            "p2", "JAM-002", "2000000000022", "Джем облепиховый", "g3", 250_00, Percent.ZERO, null);
    var note =
        new org.ovop.till.core.stock.StockKeeping.ReturnNote(
            "RN-T1-000002",
            group,
            Instant.parse("2026-11-24T04:00:00Z"),
            List.of(
                new org.ovop.till.core.stock.StockKeeping.ReturnedLine(oil, 3),
                new org.ovop.till.core.stock.StockKeeping.ReturnedLine(jam, 2)));
    PrinterProfile p = PrinterProfile.named("generic-58").orElseThrow();
    List<Event> events =
        EscPosDecoder.decode(EscPosEncoder.encode(Layouts.returnNote(note, KARAKOL), p), p);
    List<String> lines = printed(Layouts.returnNote(note, KARAKOL), "generic-58");
    assertThat(lines)
        .contains(
            "RN-T1-000002",
            "OVOP+1 Каракол",
            "24.11.2026 10:00",
            "Группа: IK-03 Облепиха Тамги",
            "SBT-001 Облепиховое масло 50", // 32 columns: the name wraps, the count ends it
            "мл 3",
            "JAM-002 Джем облепиховый 2",
            // The person taking the goods back counts them against one figure, as on delivery.
            "ИТОГО 5",
            "Подпись");
    assertThat(lines).anyMatch(l -> l.startsWith("Получил:"));
    assertThat(String.join("\n", lines)).doesNotContain("?");
    assertThat(events).contains(new Barcode(73, "{BRN-T1-000002")).anyMatch(e -> e instanceof Cut);
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
            java.util.Map.of(),
            java.util.Map.of(),
            3_905_00,
            450_00,
            1_000_00,
            -500_00,
            3_955_00,
            3_900_00L,
            List.of(
                new org.ovop.till.core.shift.ShiftReport.DrawerMove(
                    Instant.parse("2026-03-02T09:15:00Z"),
                    -500_00,
                    "Инкассация",
                    "Нурлан Абдыкеримов")));
    PrinterProfile p = PrinterProfile.named("generic-80").orElseThrow();
    List<Event> events =
        EscPosDecoder.decode(EscPosEncoder.encode(Layouts.shiftReport(z, KARAKOL), p), p);
    String all = String.join("\n", EscPosDecoder.lines(events)).replace('\u00a0', ' ');
    assertThat(all)
        .contains("Z-ОТЧЁТ")
        .contains("OVOP+1 Каракол")
        .contains("Гульнара Осмонова")
        .contains("02.03.2026 18:30") // Bishkek time, the Russian way
        .doesNotContain("?");
    assertThat(EscPosDecoder.lines(events).stream().map(l -> l.replaceAll(" +", " ")))
        .contains("Должно быть 3 955,00 KGS", "Излишек/недостача -55,00")
        // Cash taken out mid-shift, under its total, at Bishkek time, with why and who said yes.
        .containsSubsequence(
            "Внесение/изъятие -500,00", " 15:15 Инкассация · Нурлан Абдыкеримов -500,00")
        .anyMatch(l -> l.matches("Продажи \\(2\\) 5 905,40"))
        .anyMatch(l -> l.matches("Возвраты \\(1\\) 450,00"))
        .anyMatch(l -> l.matches("Выплаты производителям -1 000,00"));
    assertThat(events).anyMatch(e -> e instanceof Cut);
    // A shift with no payouts prints 0,00 for them, not "-0,00".
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
            java.util.Map.of(),
            java.util.Map.of(),
            0,
            0,
            0,
            0,
            2_000_00,
            2_000_00L,
            List.of());
    assertThat(
            EscPosDecoder.lines(
                EscPosDecoder.decode(
                    EscPosEncoder.encode(Layouts.shiftReport(noPayouts, KARAKOL), p), p)))
        .anyMatch(l -> l.replaceAll(" +", " ").equals("Выплаты производителям 0,00"))
        .noneMatch(l -> l.contains("-0,00"));
  }

  static StoreProfile kenyanShop(String language) {
    return new StoreProfile(
        "Duka la OVOP Nyeri",
        Currency.getInstance("KES"),
        new CashRounding(100),
        language,
        ZoneId.of("Africa/Nairobi"),
        0,
        new Percent(1000));
  }

  /** What a printer would print of this paper, runs of spaces made one. */
  static List<String> printed(org.ovop.till.printing.document.PrintDocument paper, String profile) {
    PrinterProfile p = PrinterProfile.named(profile).orElseThrow();
    return EscPosDecoder.lines(EscPosDecoder.decode(EscPosEncoder.encode(paper, p), p)).stream()
        .map(l -> l.replaceAll(" +", " ").strip())
        .toList();
  }

  /** Two pots of honey at 951.00 KES in a Kenyan shop, paid by one tender. */
  static Sale twoPotsOfHoney(Tender paid, long change) {
    return new Sale(
        "T1-000001",
        "T1",
        1,
        SaleKind.SALE,
        null,
        Instant.parse("2026-11-10T08:00:00Z"),
        "s",
        "c",
        null,
        1_902_00,
        1_902_00,
        paid.amount(),
        change,
        0,
        List.of(line(1, "Asali ya nyuki 500 g", 951_00, 2, 0, 1600)),
        List.of(paid));
  }

  /** A refund of one pot of honey at 450.55 KES, given back in cash rounded to 451. */
  static Sale honeyRefund() {
    List<SaleLine> lines = List.of(line(1, "Asali ya nyuki 500 g", 450_55, 1, 0, 1600));
    return new Sale(
        "T1-000003",
        "T1",
        3,
        SaleKind.REFUND,
        "T1-000001",
        Instant.parse("2026-11-10T08:00:00Z"),
        "s",
        "c",
        "m",
        450_55,
        451_00,
        451_00,
        0,
        45,
        lines,
        List.of(new Tender(TenderMethod.CASH, 451_00, null)));
  }

  @Test
  void aRefundSlipSaysWhatWasGivenBackNotWhatIsDue() {
    Map<String, String> givenBack =
        Map.of(
            "sw", "Imerudishwa 451.00 KES",
            "en", "Given back 451.00 KES",
            "fr", "Remboursé 451,00 KES",
            "ru", "Возвращено 451,00 KES");
    Map<String, String> due =
        Map.of("sw", "Inadaiwa", "en", "Due", "fr", "À payer", "ru", "К оплате");
    givenBack.forEach(
        (lang, line) -> {
          List<String> lines =
              printed(Layouts.receipt(honeyRefund(), kenyanShop(lang), "Achieng"), "generic-58");
          assertThat(lines).as(lang).contains(line).noneMatch(l -> l.startsWith(due.get(lang)));
        });
  }

  @Test
  void everyAmountOnAReceiptIsWrittenTheStoresWayAndEveryPaymentWithItsCurrency() {
    Sale sale = twoPotsOfHoney(new Tender(TenderMethod.CASH, 2_000_00, null), 98_00);
    assertThat(printed(Layouts.receipt(sale, kenyanShop("sw"), "Achieng"), "generic-80"))
        .contains(
            "2 × 951.00 1,902.00",
            "JUMLA 1,902.00 KES",
            "Taslimu 2,000.00 KES",
            "Chenji 98.00 KES");
    // A refund's tender reads like its total.
    assertThat(printed(Layouts.receipt(honeyRefund(), kenyanShop("sw"), "Achieng"), "generic-58"))
        .contains("JUMLA 450.55 KES", "Taslimu 451.00 KES");
  }

  /**
   * The tester's shift: float 5,000; sales 1,756 in cash (after change) and 805 by mobile money;
   * 951 given back in cash; nothing paid to producers or moved in or out.
   */
  static org.ovop.till.core.shift.ShiftReport nyeriShift() {
    var shift =
        new org.ovop.till.core.shift.Shift(
            "SH-T1-3", "T1", "c", Instant.parse("2026-11-10T05:00:00Z"), 5_000_00);
    return new org.ovop.till.core.shift.ShiftReport(
        shift,
        "Achieng Otieno",
        Instant.parse("2026-11-10T15:00:00Z"),
        true,
        3,
        1,
        2_561_00,
        951_00,
        0,
        new java.util.TreeMap<>(Map.of("cash", 1_756_00L, "mobile", 805_00L)),
        Map.of("cash", 951_00L),
        Map.of("", 805_00L),
        Map.of(),
        1_756_00,
        951_00,
        0,
        0,
        5_805_00,
        5_805_00L,
        List.of());
  }

  @Test
  void theZReportAddsUpFromTheFloatToTheCashExpectedWithEachMovementOnItsLine() {
    List<String> lines = printed(Layouts.shiftReport(nyeriShift(), kenyanShop("en")), "generic-58");
    assertThat(lines)
        .containsSubsequence(
            "Sales (3) 2,561.00",
            "Cash 1,756.00",
            "Mobile money 805.00",
            "Refunds (1) 951.00",
            "Cash 951.00",
            "Cash rounding 0.00",
            "Float 5,000.00",
            "Cash sales 1,756.00",
            "Cash refunds -951.00",
            "Producer payouts 0.00",
            "Cash in/out 0.00",
            "Expected cash 5,805.00 KES",
            "Counted 5,805.00",
            "Over/short 0.00");
    // The breakdown by method stands indented under its heading, not as lines of its own.
    PrinterProfile p58 = PrinterProfile.named("generic-58").orElseThrow();
    List<String> raw =
        EscPosDecoder.lines(
            EscPosDecoder.decode(
                EscPosEncoder.encode(Layouts.shiftReport(nyeriShift(), kenyanShop("en")), p58),
                p58));
    int sales = raw.indexOf(raw.stream().filter(l -> l.startsWith("Sales")).findFirst().get());
    assertThat(raw.subList(sales, sales + 5))
        .extracting(l -> l.replaceAll("(\\S) +", "$1 "))
        .containsExactly(
            "Sales (3) 2,561.00",
            "  Cash 1,756.00",
            "  Mobile money 805.00",
            "Refunds (1) 951.00",
            "  Cash 951.00");
    // Read off the paper: float, cash sales, refunds, payouts and in/out make the expected cash.
    int from = lines.indexOf("Float 5,000.00");
    int to = lines.indexOf("Expected cash 5,805.00 KES");
    long sum = 0;
    for (String l : lines.subList(from, to)) {
      sum +=
          new java.math.BigDecimal(l.substring(l.lastIndexOf(' ') + 1).replace(",", ""))
              .movePointRight(2)
              .longValueExact();
    }
    assertThat(sum).isEqualTo(5_805_00);
    // The same lines in Swahili, none in English.
    assertThat(printed(Layouts.shiftReport(nyeriShift(), kenyanShop("sw")), "generic-58"))
        .containsSubsequence(
            "Mauzo (3) 2,561.00",
            "Taslimu 1,756.00",
            "Pesa kwa simu 805.00",
            "Marejesho (1) 951.00",
            "Taslimu 951.00",
            "Chenji ya mwanzo 5,000.00",
            "Mauzo ya taslimu 1,756.00",
            "Marejesho ya taslimu -951.00",
            "Malipo kwa wazalishaji 0.00",
            "Inatarajiwa 5,805.00 KES");
  }

  @Test
  void aKenyanShopSaysMPesaOnTheReceiptTheZReportAndThePayoutSlip() {
    StoreProfile nyeri = kenyanShop("sw").withMobileMoney("M-Pesa");
    Sale sale = twoPotsOfHoney(new Tender(TenderMethod.MOBILE, 1_902_00, "SKL4Q9TX2B"), 0);
    assertThat(printed(Layouts.receipt(sale, nyeri, "Achieng"), "generic-80"))
        .contains("M-Pesa SKL4Q9TX2B 1,902.00 KES")
        .noneMatch(l -> l.contains("Pesa kwa simu"));
    assertThat(printed(Layouts.shiftReport(nyeriShift(), nyeri), "generic-58"))
        .containsSubsequence("Mauzo (3) 2,561.00", "Taslimu 1,756.00", "M-Pesa 805.00");
    assertThat(
            mobilePayoutSlip(
                nyeri, "ST-T1-000004", 1_200_00, "SKM1ZZ8Q0P", null, "Wanawake wa Tetu"))
        .contains("Njia M-Pesa", "Namba SKM1ZZ8Q0P");
    // A shop that names no service keeps the language's words.
    assertThat(printed(Layouts.shiftReport(nyeriShift(), kenyanShop("sw")), "generic-58"))
        .contains("Pesa kwa simu 805.00");
  }

  @Test
  void aDakarShopPrintsEachWalletOnTheReceiptAndUnderMobileMoneyOnTheZReport() {
    StoreProfile dakar = DAKAR.withMobileMoney("Wave / Orange Money");
    List<SaleLine> lines = List.of(line(1, "Sirop de bissap", 1_497, 2, 0, 1800));
    Sale sale =
        new Sale(
            "T1-000009",
            "T1",
            9,
            SaleKind.SALE,
            null,
            Instant.parse("2026-11-10T11:00:00Z"),
            "s",
            "c",
            null,
            2_994,
            2_994,
            2_994,
            0,
            0,
            lines,
            List.of(
                new Tender(TenderMethod.MOBILE, 2_000, "W-1", "Wave"),
                new Tender(TenderMethod.MOBILE, 994, "OM-1", "Orange Money")));
    assertThat(printed(Layouts.receipt(sale, dakar, "Fatou"), "generic-58"))
        .containsSubsequence("Wave W-1 2 000 XOF", "Orange Money OM-1 994 XOF")
        .noneMatch(l -> l.contains("Wave / Orange Money"));
    // A group paid by Orange Money signs a slip that says so, not the store's two wallets.
    assertThat(
            mobilePayoutSlip(
                dakar, "ST-T1-000005", 12_000, "OM-PAY-7", "Orange Money", "GIE Ndiaganiao"))
        .contains("Payé par Orange Money", "Référence OM-PAY-7")
        .noneMatch(l -> l.contains("Wave"));

    var shift =
        new org.ovop.till.core.shift.Shift(
            "SH-T1-9", "T1", "c", Instant.parse("2026-11-10T08:00:00Z"), 10_000);
    var z =
        new org.ovop.till.core.shift.ShiftReport(
            shift,
            "Fatou Diop",
            Instant.parse("2026-11-10T18:00:00Z"),
            true,
            3,
            1,
            5_988,
            1_497,
            0,
            new java.util.TreeMap<>(Map.of("cash", 1_500L, "mobile", 4_488L)),
            Map.of("mobile", 1_497L),
            new java.util.TreeMap<>(Map.of("", 1_497L, "Orange Money", 994L, "Wave", 1_997L)),
            Map.of("Wave", 1_497L),
            1_500,
            0,
            0,
            0,
            11_500,
            11_500L,
            List.of());
    List<String> raw =
        printed(Layouts.shiftReport(z, dakar), "generic-58").stream()
            .filter(l -> !l.isBlank())
            .toList();
    assertThat(raw)
        .containsSubsequence(
            "Ventes (3) 5 988",
            "Espèces 1 500",
            "Wave / Orange Money 4 488",
            "service non précisé 1 497",
            "Orange Money 994",
            "Wave 1 997",
            "Remboursements (1) 1 497",
            "Wave / Orange Money 1 497",
            "Wave 1 497");
  }

  @Test
  void discountPercentsArePrintedAsTheScreensWriteThem() {
    int[] rates = {500, 750, 75, 5, 1000, 1250};
    for (StoreProfile store : List.of(KARAKOL, kenyanShop("en"))) {
      List<SaleLine> lines = new java.util.ArrayList<>();
      for (int i = 0; i < rates.length; i++) {
        lines.add(line(i + 1, "Item " + i, 100_00, 1, rates[i], 0));
      }
      Sale sale =
          new Sale(
              "T1-000009",
              "T1",
              9,
              SaleKind.SALE,
              null,
              Instant.parse("2026-11-10T08:00:00Z"),
              "s",
              "c",
              "m",
              0,
              0,
              0,
              0,
              0,
              lines,
              List.of());
      String paper = String.join("\n", printed(Layouts.receipt(sale, store, "A"), "generic-80"));
      for (int bp : rates) {
        // The core's own way of writing a percent for people is the oracle.
        assertThat(paper)
            .as(store.language() + " " + bp)
            .contains(" " + new Percent(bp).figure(store.locale()) + "% -");
      }
    }
  }

  @Test
  void includedTaxIsHalfUp() {
    assertThat(Layouts.includedTax(11_200, 1200)).isEqualTo(1_200);
    assertThat(Layouts.includedTax(4050, 1800)).isEqualTo(618);
    assertThat(Layouts.includedTax(0, 1600)).isZero();
  }

  /**
   * The slip a group signs for a settlement of {@code payout} made on 10 November and paid by
   * mobile money, carried by {@code service} where one was recorded, as printed on a 58 mm printer.
   */
  private static List<String> mobilePayoutSlip(
      StoreProfile store, String id, long payout, String reference, String service, String group) {
    Instant cutoff = java.time.LocalDate.of(2026, 11, 10).atStartOfDay(store.zone()).toInstant();
    var settlement =
        new org.ovop.till.core.settle.Settlement(
            id,
            "g1",
            java.time.LocalDate.of(2026, 11, 10),
            cutoff,
            Instant.parse("2026-11-10T09:00:00Z"),
            "m",
            payout,
            0,
            0,
            0,
            payout / 4,
            payout,
            2);
    var paid =
        new org.ovop.till.core.settle.Payout(
            id,
            Instant.parse("2026-11-10T10:00:00Z"),
            org.ovop.till.core.settle.PayoutMethod.MOBILE,
            reference,
            payout,
            "m",
            null,
            service);
    return printed(Layouts.payoutSlip(settlement, paid, group, store, "Mary"), "generic-58");
  }
}
