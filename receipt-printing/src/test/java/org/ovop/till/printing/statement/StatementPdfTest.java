package org.ovop.till.printing.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.ovop.till.core.catalog.Gender;
import org.ovop.till.core.catalog.Member;
import org.ovop.till.core.catalog.ProducerGroup;
import org.ovop.till.core.money.CashRounding;
import org.ovop.till.core.money.Percent;
import org.ovop.till.core.sale.SaleKind;
import org.ovop.till.core.settle.Payout;
import org.ovop.till.core.settle.PayoutMethod;
import org.ovop.till.core.settle.Settlement;
import org.ovop.till.core.settle.Statement;
import org.ovop.till.core.settle.UnsettledLine;
import org.ovop.till.core.store.StoreProfile;

class StatementPdfTest {
  static final StoreProfile DAKAR =
      new StoreProfile(
          "Boutique OVOP Dakar",
          Currency.getInstance("XOF"),
          new CashRounding(5),
          "fr",
          ZoneId.of("Africa/Dakar"),
          5000,
          new Percent(1000));

  @Test
  void aFrenchStatementInFrancsSpansPagesAndEveryLineIsThere() throws Exception {
    var group =
        new ProducerGroup(
            "g1", "SN-01", "GIE Femmes de Ndiaganiao", "Thiès", "Ndiaganiao", new Percent(200));
    Map<String, Member> members = new LinkedHashMap<>();
    members.put("m1", new Member("m1", "g1", "Aïssatou Diop", Gender.F, null));
    members.put("m2", new Member("m2", "g1", "Mamadou Faye", Gender.M, null));
    List<UnsettledLine> lines = new ArrayList<>();
    long sales = 0;
    for (int i = 1; i <= 70; i++) {
      long share = 1500L * i;
      lines.add(
          new UnsettledLine(
              "l" + i,
              String.format("T1-%06d", i),
              SaleKind.SALE,
              Instant.parse("2026-10-01T10:00:00Z").plusSeconds(3600L * i),
              "BIS-" + i,
              "Bissap séché 250 g, récolte n° " + i,
              1,
              2000L * i,
              2000L * i,
              2000L * i,
              share,
              500L * i,
              List.of(new UnsettledLine.MemberUnits(i % 2 == 0 ? "m1" : "m2", 1))));
      sales += share;
    }
    long levy = Math.round(sales * 0.02);
    var s =
        new Settlement(
            "ST-T1-000007",
            "g1",
            LocalDate.of(2026, 11, 1),
            Instant.parse("2026-11-01T00:00:00Z"),
            Instant.parse("2026-11-02T09:00:00Z"),
            "u1",
            sales,
            0,
            200,
            levy,
            0,
            sales - levy,
            lines.size());
    var payout =
        new Payout(
            "ST-T1-000007",
            Instant.parse("2026-11-03T09:00:00Z"),
            PayoutMethod.MOBILE,
            "WAVE-4411",
            sales - levy,
            "u1",
            null,
            "Wave");
    byte[] pdf =
        StatementPdf.render(
            new Statement(
                // Paid by Wave in a shop that takes two wallets: the statement names the one the
                // producer was paid through, not both.
                DAKAR.withMobileMoney("Wave / Orange Money"),
                group,
                s,
                lines,
                members,
                "Fatou Sarr",
                Optional.of(payout),
                "Fatou Sarr",
                false));

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).as("70 lines do not fit one page").isGreaterThan(1);
      String text = new PDFTextStripper().getText(doc);
      assertThat(text)
          .contains("Relevé du producteur")
          .contains("GIE Femmes de Ndiaganiao")
          .contains("Aïssatou Diop")
          .contains("Mamadou Faye")
          .contains("Cotisation coopérative 2 %")
          .contains("par mobile money (Wave), référence WAVE-4411")
          .doesNotContain("Wave / Orange Money")
          .contains("Page 1 sur " + doc.getNumberOfPages());
      for (int i = 1; i <= 70; i++) {
        assertThat(text).contains(String.format("T1-%06d", i));
      }
      // XOF has no decimals: amounts are whole francs.
      assertThat(text).doesNotContain(",00");
      BufferedImage img = new PDFRenderer(doc).renderImageWithDPI(0, 72);
      assertThat(img.getHeight()).isBetween(835, 845); // A4 is 842 points high
    }
  }

  /**
   * A statement of one member's sale and refund and a group sale at a manager's price with a
   * discount, in a store of this language: the refund's name is the long one a Senegalese shop
   * stocks.
   */
  static Statement smallStatement(String language, String currency, String itemName) {
    StoreProfile store =
        new StoreProfile(
            "Boutique OVOP",
            Currency.getInstance(currency),
            new CashRounding(1),
            language,
            ZoneId.of("Africa/Nairobi"),
            0,
            new Percent(1000));
    var group =
        new ProducerGroup(
            "g1", "SN-01", "GIE Femmes de Ndiaganiao", "Thiès", "Ndiaganiao", new Percent(250));
    Map<String, Member> members = new LinkedHashMap<>();
    members.put("m1", new Member("m1", "g1", "Aïssatou Diop", Gender.F, null));
    Instant at = Instant.parse("2026-11-10T10:00:00Z");
    var sale =
        new UnsettledLine(
            "l1",
            "T1-000001",
            SaleKind.SALE,
            at,
            "ARA-500",
            itemName,
            2,
            2503,
            2503,
            5006,
            4005,
            1001,
            List.of(new UnsettledLine.MemberUnits("m1", 2)));
    var refund =
        new UnsettledLine(
            "l2",
            "T1-000003",
            SaleKind.REFUND,
            at.plusSeconds(600),
            "ARA-500",
            itemName,
            1,
            2503,
            2503,
            2503,
            2003,
            500,
            List.of(new UnsettledLine.MemberUnits("m1", 1)));
    var groupSale =
        new UnsettledLine(
            "l3",
            "T1-000002",
            SaleKind.SALE,
            at.plusSeconds(300),
            "SEL",
            "Sel",
            3,
            500,
            600, // a manager's price: 500 instead of the catalogue's 600
            1350, // 10 % off 1500
            1080,
            270,
            List.of());
    long sales = 4005 + 1080;
    long net = sales - 2003;
    long levy = new Percent(250).of(net);
    var s =
        new Settlement(
            "ST-T1-000001",
            "g1",
            LocalDate.of(2026, 11, 20),
            Instant.parse("2026-11-19T21:00:00Z"),
            Instant.parse("2026-11-20T10:00:00Z"),
            "u1",
            sales,
            2003,
            250,
            levy,
            0,
            net - levy,
            3);
    return new Statement(
        store,
        group,
        s,
        List.of(sale, groupSale, refund),
        members,
        "Fatou Sarr",
        Optional.empty(),
        null,
        false);
  }

  static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  @Test
  void everyColumnHeaderIsPrintedWholeInEveryLanguage() throws Exception {
    for (String lang : StatementText.languages()) {
      String text = text(StatementPdf.render(smallStatement(lang, "KES", "Pâte d'arachide")));
      // A header too wide for its column goes on to a second line: its words are all there,
      // whole, wherever the lines of the table's head put them.
      List<String> printed = List.of(text.split("\\s+"));
      assertThat(text).as(lang).doesNotContain("…");
      for (String key : List.of("date", "receipt", "item", "qty", "price", "amount", "share")) {
        for (String word : StatementText.of(lang).get(key).split(" ")) {
          assertThat(printed).as(lang + " " + key).contains(word);
        }
      }
    }
  }

  @Test
  void aRussianStatementSaysItsLastDaySoldInclusivelyNotWithTheTabsWordForTheDayAfter()
      throws Exception {
    var st = smallStatement("ru", "KGS", "Облепиховое масло");
    String text = text(StatementPdf.render(st));
    String lastDay =
        st.settlement()
            .until()
            .minusDays(1)
            .format(
                java.time.format.DateTimeFormatter.ofLocalizedDate(
                        java.time.format.FormatStyle.SHORT)
                    .withLocale(java.util.Locale.forLanguageTag("ru")));
    assertThat(text).contains("Продажи по " + lastDay).doesNotContain("Продажи до");
  }

  @Test
  void everyLanguageWritesTheYearWholeOnItsStatement() throws Exception {
    // CLDR gives Kyrgyz the short day "10/11/26".
    java.util.regex.Pattern shortYear =
        java.util.regex.Pattern.compile("\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2}\\b");
    for (String lang : StatementText.languages()) {
      String text = text(StatementPdf.render(smallStatement(lang, "KGS", "Курут")));
      assertThat(shortYear.matcher(text).find()).as(lang + ": " + text).isFalse();
      assertThat(text).as(lang).contains("2026");
    }
    String kyrgyz = text(StatementPdf.render(smallStatement("ky", "KGS", "Курут")));
    assertThat(kyrgyz).contains("10/11/2026");
  }

  @Test
  void aLongNameWrapsOntoASecondLineAndItsRefundStillSaysItIsARefund() throws Exception {
    String name = "Pâte d'arachide artisanale 500 g, récolte de la saison des pluies à Ndiaganiao";
    for (String lang : StatementText.languages()) {
      String text = text(StatementPdf.render(smallStatement(lang, "XOF", name)));
      assertThat(text).as(lang).doesNotContain("…");
      // Every word of the name is there, in order, on the sale's line and the one under it.
      assertThat(text.replaceAll("\\s+", " ")).as(lang).contains("ARA-500 Pâte d'arachide");
      // A quantity keeps its unit on its line: "500" and "g" apart read as two things.
      assertThat(text).as(lang).doesNotContainPattern("500\\s*\\R\\s*g");
      List<String> lines = text.lines().toList();
      int refund =
          java.util.stream.IntStream.range(0, lines.size())
              .filter(i -> lines.get(i).contains("T1-000003"))
              .findFirst()
              .orElseThrow();
      String refundRow = String.join(" ", lines.subList(refund, refund + 4));
      assertThat(refundRow)
          .as(lang)
          .contains("ARA-500 Pâte d'arachide")
          .contains("à Ndiaganiao (" + StatementText.of(lang).get("refund") + ")");
    }
  }

  @Test
  void aDiscountedLineSaysWhatWasTakenOffSoPriceTimesUnitsAndItsAmountAgree() throws Exception {
    for (String lang : StatementText.languages()) {
      String text =
          text(StatementPdf.render(smallStatement(lang, "XOF", "Savon")))
              .replace('\u00a0', ' ')
              .replaceAll("\\s+", " ");
      String off = StatementText.of(lang).get("discount");
      // 3 × 500 sold for 1 350: 150 off, said on the line.
      assertThat(text).as(lang).contains("SEL Sel (" + off + " 150)");
      // The member's sale at its full price carries no such mark.
      assertThat(text).as(lang).doesNotContain("Savon (" + off);
    }
  }

  @Test
  void aLineSoldAtAManagersPriceSaysTheCatalogueOne() throws Exception {
    for (String lang : StatementText.languages()) {
      String raw = text(StatementPdf.render(smallStatement(lang, "XOF", "Savon")));
      // The figure is bound to its word: never "600)" alone at the head of a line.
      assertThat(raw.lines()).as(lang).noneMatch(l -> l.strip().startsWith("600)"));
      String text = raw.replace('\u00a0', ' ').replaceAll("\\s+", " ");
      String list = StatementText.of(lang).get("listprice");
      // Sold at 500 each where the catalogue said 600: the producer reads both.
      assertThat(text).as(lang).contains("(" + list + " 600)");
      assertThat(text).as(lang).doesNotContain("Savon (" + list);
    }
  }

  @Test
  void aFrenchStatementWritesTheLevyWithADecimalCommaAndASpaceBeforeEachColon() throws Exception {
    String text = text(StatementPdf.render(smallStatement("fr", "XOF", "Sel")));
    assertThat(text)
        .contains("Cotisation coopérative 2,5 %")
        .contains("Membre : Aïssatou Diop")
        .contains("Groupement de producteurs : SN-01 GIE Femmes de Ndiaganiao")
        .doesNotContain("2.5")
        .doesNotContainPattern("\\S:");
    // English keeps its colon against the word and its decimal point.
    assertThat(text(StatementPdf.render(smallStatement("en", "KES", "Salt"))))
        .contains("Cooperative levy 2.5 %")
        .contains("Member: Aïssatou Diop");
  }

  @Test
  void everyLanguageHasEveryWord() {
    for (String lang : StatementText.languages()) {
      assertThat(StatementText.of(lang).keySet())
          .as(lang)
          .containsExactlyInAnyOrderElementsOf(StatementText.keys());
    }
  }
}
