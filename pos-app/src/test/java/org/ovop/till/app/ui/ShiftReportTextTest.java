package org.ovop.till.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.ovop.till.core.money.Money;
import org.ovop.till.core.shift.Shift;
import org.ovop.till.core.shift.ShiftReport;

/**
 * The Z report on the close-shift screen adds up, as a store manager checks it, in every language.
 */
class ShiftReportTextTest {
  static final Currency KES = Currency.getInstance("KES");

  /** A Nyeri boutique whose customers pay by M-Pesa. */
  static final org.ovop.till.core.store.StoreProfile NYERI =
      new org.ovop.till.core.store.StoreProfile(
          "OVOP Nyeri",
          KES,
          new org.ovop.till.core.money.CashRounding(100),
          "en",
          java.time.ZoneId.of("Africa/Nairobi"),
          0,
          new org.ovop.till.core.money.Percent(1000),
          "M-Pesa");

  /**
   * A Kenyan shift: float 5,000; sales 1,756 in cash (after change) and 805 by mobile money; 951
   * given back in cash; 300 paid to a producer from the drawer; 200 put in; 5,800 counted.
   */
  static ShiftReport nyeriShift() {
    var shift = new Shift("SH-T1-3", "T1", "c", Instant.parse("2026-11-10T05:00:00Z"), 5_000_00);
    return new ShiftReport(
        shift,
        "Achieng Otieno",
        Instant.parse("2026-11-10T15:00:00Z"),
        true,
        3,
        1,
        2_561_00,
        951_00,
        0,
        new TreeMap<>(Map.of("cash", 1_756_00L, "mobile", 805_00L)),
        Map.of("cash", 951_00L),
        Map.of("M-Pesa", 805_00L),
        Map.of(),
        1_756_00,
        951_00,
        300_00,
        200_00,
        5_705_00,
        5_800_00L,
        List.of(
            new ShiftReport.DrawerMove(
                Instant.parse("2026-11-10T11:02:00Z"),
                200_00,
                "coins for change",
                "Mary Wanjiru")));
  }

  static List<String> lines(String language) {
    return ShiftReportText.of(
            new Texts(
                org.ovop.till.core.store.StoreProfile.localeOf(language),
                java.time.ZoneId.of("Africa/Nairobi")),
            NYERI,
            nyeriShift())
        .replace('\u00a0', ' ')
        .replace('\u202f', ' ')
        .lines()
        .toList();
  }

  @Test
  void theZReportListsCashRefundsPayoutsAndCashInOutAndAddsUpToTheExpectedCash() {
    assertThat(lines("en"))
        .containsExactly(
            "Z report · Achieng Otieno",
            "Sales: 3 · 2,561.00 KES",
            "  Cash: 1,756.00 KES",
            // Mobile money by the name the shop's customers know it by.
            "  M-Pesa: 805.00 KES",
            "Refunds: 1 · 951.00 KES",
            "  Cash: 951.00 KES",
            "Cash rounding: 0.00 KES",
            "Float: 5,000.00 KES",
            "Cash sales: 1,756.00 KES",
            "Cash refunds: -951.00 KES",
            "Payouts to producers: -300.00 KES",
            "Cash in/out: +200.00 KES",
            "  14:02 coins for change · Mary Wanjiru: +200.00 KES",
            "Expected in the drawer: 5,705.00 KES",
            "Counted: 5,800.00 KES",
            "Over (+) or short (−): +95.00 KES");
  }

  @Test
  void inEveryLanguageTheDrawerLinesAddUpToTheExpectedCashAndNoWordIsMissing() {
    for (String lang : Texts.LANGUAGES) {
      List<String> lines = lines(lang);
      assertThat(lines).as(lang).noneMatch(l -> l.contains("!"));
      assertThat(lines).as(lang).hasSize(16);
      // The money put in stands under cash in/out, at the store's time, with why and who.
      assertThat(lines.get(12)).as(lang).startsWith("  14:02 coins for change · Mary Wanjiru");
      // Float to cash in/out, read back as the screen wrote them, make the cash expected.
      Locale locale = Locale.forLanguageTag(lang);
      long[] figures =
          lines.subList(7, 14).stream()
              .filter(l -> !l.startsWith(" "))
              .mapToLong(
                  l ->
                      Money.parseTyped(
                              l.substring(l.lastIndexOf(':') + 1).replace("+", ""), KES, locale)
                          .orElseThrow(() -> new AssertionError(lang + ": " + l))
                          .minor())
              .toArray();
      long expected = figures[figures.length - 1];
      long sum = 0;
      for (int i = 0; i < figures.length - 1; i++) {
        sum += figures[i];
      }
      assertThat(sum).as(lang + " " + lines.subList(7, 14)).isEqualTo(expected).isEqualTo(5_705_00);
      // The methods stand under the sales and the refunds they break down.
      assertThat(lines.get(2)).as(lang).startsWith("  ");
      assertThat(lines.get(3)).as(lang).startsWith("  ");
      assertThat(lines.get(4)).as(lang).doesNotStartWith(" ");
      assertThat(lines.get(5)).as(lang).startsWith("  ");
    }
  }

  @Test
  void aStoreTakingSeveralWalletsHasEachUnderMobileMoneyAndOneNamedNoneSaidSo() {
    var dakar =
        new org.ovop.till.core.store.StoreProfile(
            "Boutique OVOP Dakar",
            Currency.getInstance("XOF"),
            new org.ovop.till.core.money.CashRounding(5),
            "fr",
            java.time.ZoneId.of("Africa/Dakar"),
            0,
            new org.ovop.till.core.money.Percent(1000),
            "Wave / Orange Money");
    var shift = new Shift("SH-T1-9", "T1", "c", Instant.parse("2026-11-10T08:00:00Z"), 10_000);
    var z =
        new ShiftReport(
            shift,
            "Fatou Diop",
            Instant.parse("2026-11-10T18:00:00Z"),
            true,
            3,
            1,
            4_491,
            1_497,
            0,
            Map.of("mobile", 4_491L),
            Map.of("mobile", 1_497L),
            new TreeMap<>(Map.of("", 1_497L, "Orange Money", 994L, "Wave", 2_000L)),
            Map.of("Wave", 1_497L),
            0,
            0,
            0,
            0,
            10_000,
            10_000L,
            List.of());
    List<String> lines =
        ShiftReportText.of(
                new Texts(Locale.forLanguageTag("fr"), java.time.ZoneId.of("Africa/Dakar")),
                dakar,
                z)
            .replace('\u00a0', ' ')
            .replace('\u202f', ' ')
            .lines()
            .toList();
    assertThat(lines)
        .containsSubsequence(
            "Ventes : 3 · 4 491 XOF",
            "  Wave / Orange Money : 4 491 XOF",
            "    service non précisé : 1 497 XOF",
            "    Orange Money : 994 XOF",
            "    Wave : 2 000 XOF",
            "Remboursements : 1 · 1 497 XOF",
            "  Wave / Orange Money : 1 497 XOF",
            "    Wave : 1 497 XOF");
  }
}
