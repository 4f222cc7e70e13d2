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
            null);
    byte[] pdf =
        StatementPdf.render(
            new Statement(
                DAKAR,
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
          .contains("par mobile money, référence WAVE-4411")
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

  @Test
  void everyLanguageHasEveryWord() {
    for (String lang : StatementText.languages()) {
      assertThat(StatementText.of(lang).keySet())
          .as(lang)
          .containsExactlyInAnyOrderElementsOf(StatementText.keys());
    }
  }
}
