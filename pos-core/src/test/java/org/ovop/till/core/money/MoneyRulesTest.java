package org.ovop.till.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ovop.till.core.Outcome;
import org.ovop.till.core.catalog.Terms;
import org.ovop.till.core.sale.Payment;
import org.ovop.till.core.sale.PricedLine;
import org.ovop.till.core.sale.RefundMath;
import org.ovop.till.core.sale.Tender;
import org.ovop.till.core.sale.TenderMethod;

/**
 * The money rules of DOMAIN.md, each checked against an independent BigDecimal computation, in
 * 2-digit (KES, KGS) and 0-digit (XOF, JPY) currencies.
 */
class MoneyRulesTest {

  @ParameterizedTest
  @CsvSource({
    "KES, 450, 45000, 450.00",
    "KES, 450.5, 45050, 450.50",
    "KGS, 1350.00, 135000, 1350.00",
    "KGS, -12.30, -1230, -12.30",
    "XOF, 1500, 1500, 1500",
    "JPY, 980, 980, 980"
  })
  void amountsAreReadAndWrittenWithExactlyTheCurrencysDigits(
      String iso, String typed, long minor, String written) {
    Currency c = Currency.getInstance(iso);
    Money m = Money.parse(typed, c).orElseThrow();
    assertThat(m.minor()).isEqualTo(minor);
    assertThat(m.toPlainString()).isEqualTo(written);
  }

  @ParameterizedTest
  @ValueSource(strings = {"KGS", "XOF", "BHD", "CLF", "JPY"})
  void plainTextIsWhatBigDecimalWrites(String iso) {
    Currency c = Currency.getInstance(iso);
    Random r = new Random(iso.hashCode());
    List<Long> amounts =
        new java.util.ArrayList<>(
            List.of(
                0L, 1L, -1L, 9L, -10L, 99L, 100L, -100L, 12345L, Long.MAX_VALUE, Long.MIN_VALUE));
    for (int i = 0; i < 2_000; i++) {
      amounts.add(r.nextLong() >> r.nextInt(64));
    }
    for (long minor : amounts) {
      assertThat(Money.of(minor, c).toPlainString())
          .as("%d %s", minor, iso)
          .isEqualTo(BigDecimal.valueOf(minor, Money.digits(c)).toPlainString());
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ru | KGS | 2\u00a0450,00 | 245000",
        "ru | KGS | 2 450,00 | 245000",
        "ru | KGS | 2450,5 | 245050",
        "ru | KGS | 450.50 | 45050",
        "ru | KGS | 2 450,00 KGS | 245000",
        "ru | KGS | 1\u00a0000\u00a0000 | 100000000",
        "fr | XOF | 1\u202f500 | 1500",
        "fr | XOF | 1 500 | 1500",
        "fr | EUR | 12,5 | 1250",
        "en | KES | 2,450.00 | 245000",
        "en | KES | 2450 | 245000",
        "en | KES | 450.5 kes | 45050",
        "sw | KES | 1,000 | 100000",
        "ru | KGS | -12,30 | -1230"
      })
  void amountsAreReadAsTheScreensWriteThemInTheirLanguage(
      String language, String iso, String typed, long minor) {
    Currency c = Currency.getInstance(iso);
    assertThat(Money.parseTyped(typed, c, java.util.Locale.forLanguageTag(language)))
        .contains(Money.of(minor, c));
  }

  @ParameterizedTest
  @CsvSource({"en, KES", "ru, KGS", "fr, XOF", "sw, KES", "ky, KGS", "uz, UZS", "fr, EUR"})
  void whatAScreenShowsReadsBackAsTheSameAmount(String language, String iso) {
    Currency c = Currency.getInstance(iso);
    var locale = java.util.Locale.forLanguageTag(language);
    Random r = new Random(language.hashCode() * 31L + iso.hashCode());
    for (int i = 0; i < 2_000; i++) {
      // Up to about 5 × 10^14 minor units: parse reads at most 15 digits before the point.
      Money m = Money.of(r.nextLong() >> (14 + r.nextInt(50)), c);
      assertThat(Money.parseTyped(m.format(locale), c, locale)).as(m.format(locale)).contains(m);
      // A field shows the figure without the code, and reads it back too.
      assertThat(Money.parseTyped(m.figure(locale), c, locale)).as(m.figure(locale)).contains(m);
      assertThat(m.format(locale)).isEqualTo(m.figure(locale) + " " + iso);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | KES | 1,5",
        "en | KES | 12,50",
        "en | KES | 1,50.00",
        "ru | KGS | 2 45,00",
        "ru | KGS | 1.500,00",
        "ru | KGS | 12 5OO",
        "ru | KGS | 450,505",
        "fr | XOF | 1 500,5",
        "fr | XOF | 1,000",
        "ru | KGS | ''",
        "ru | KGS | KGS",
        "ru | KGS | 450 USD",
        "ru | KGS | 99 999 999 999 999 999 999"
      })
  void typedAmountsWithWrongGroupingOrTooManyDecimalsAreRefused(
      String language, String iso, String typed) {
    assertThat(
            Money.parseTyped(
                typed, Currency.getInstance(iso), java.util.Locale.forLanguageTag(language)))
        .isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "KES, 450.505",
    "KGS, 1.001",
    "XOF, 1500.5",
    "JPY, 10.0",
    "KGS, '12,50'",
    "KGS, 450.500",
    "KGS, ''",
    "KGS, abc",
    "KGS, 99999999999999999999"
  })
  void moreDecimalsThanTheCurrencyHasOrNoNumberIsRefused(String iso, String typed) {
    assertThat(Money.parse(typed, Currency.getInstance(iso))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    // increment, amount, rounded (half up)
    "100, 123449, 123400", // KGS to the som: 1234.49 → 1234
    "100, 123450, 123500", // 1234.50 → 1235
    "10000, 1234500000, 1234500000", // UZS to 100 sum, already round
    "10000, 1234544999, 1234540000",
    "10000, 1234545000, 1234550000",
    "5, 1502, 1500", // XOF to 5 francs
    "5, 1503, 1505",
    "100, 50, 100",
    "1, 12345, 12345"
  })
  void cashIsRoundedHalfUpToTheStoresIncrement(long increment, long amount, long rounded) {
    assertThat(new CashRounding(increment).round(amount)).isEqualTo(rounded);
  }

  @ParameterizedTest
  @ValueSource(strings = {"KES", "KGS", "XOF", "JPY"})
  void lineAndShareRulesMatchAnIndependentComputation(String iso) {
    Random r = new Random(iso.hashCode());
    for (int i = 0; i < 5_000; i++) {
      long price = 1 + r.nextInt(5_000_000);
      long qty = 1 + r.nextInt(50);
      Percent discount = new Percent(r.nextInt(10_001));
      Percent commission = new Percent(r.nextInt(10_001));
      PricedLine line = PricedLine.price(price, qty, discount, new Terms.Consignment(commission));
      BigDecimal gross = BigDecimal.valueOf(price).multiply(BigDecimal.valueOf(qty));
      long expectedDiscount = halfUp(gross.multiply(pct(discount)));
      assertThat(line.gross()).isEqualTo(gross.longValueExact());
      assertThat(line.discount()).isEqualTo(expectedDiscount);
      assertThat(line.amount()).isEqualTo(gross.longValueExact() - expectedDiscount);
      long expectedCommission = halfUp(BigDecimal.valueOf(line.amount()).multiply(pct(commission)));
      assertThat(line.commission()).isEqualTo(expectedCommission);
      assertThat(line.producerShare() + line.commission()).isEqualTo(line.amount());

      long buyback = r.nextInt(5_000_000);
      PricedLine bb = PricedLine.price(price, qty, discount, new Terms.Buyback(buyback));
      assertThat(bb.producerShare()).isEqualTo(buyback * qty);
      assertThat(bb.commission()).isEqualTo(bb.amount() - buyback * qty); // may be negative
    }
  }

  @Test
  void aHeavyDiscountOnABuybackItemIsAbsorbedByTheStore() {
    PricedLine line = PricedLine.price(650_00, 2, new Percent(5000), new Terms.Buyback(450_00));
    assertThat(line.amount()).isEqualTo(650_00);
    assertThat(line.producerShare()).isEqualTo(900_00);
    assertThat(line.commission()).isEqualTo(-250_00);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void refundingEveryUnitInAnyStepsGivesBackExactlyTheLine(long seed) {
    Random r = new Random(seed);
    for (int i = 0; i < 2_000; i++) {
      long n = 1 + r.nextInt(30);
      long amount = r.nextInt(10_000_000);
      long share = r.nextInt((int) Math.max(1, amount));
      long before = 0;
      long amountBack = 0;
      long shareBack = 0;
      while (before < n) {
        long k = 1 + r.nextInt((int) (n - before));
        long part = RefundMath.refundedPart(amount, n, before, k);
        // The rule itself, written out: round(amount × (K+k)/n) − round(amount × K/n).
        assertThat(part)
            .isEqualTo(
                halfUp(
                        BigDecimal.valueOf(amount)
                            .multiply(BigDecimal.valueOf(before + k))
                            .divide(BigDecimal.valueOf(n), 10, RoundingMode.HALF_UP))
                    - halfUp(
                        BigDecimal.valueOf(amount)
                            .multiply(BigDecimal.valueOf(before))
                            .divide(BigDecimal.valueOf(n), 10, RoundingMode.HALF_UP)));
        amountBack += part;
        shareBack += RefundMath.refundedPart(share, n, before, k);
        before += k;
      }
      assertThat(amountBack).isEqualTo(amount);
      assertThat(shareBack).isEqualTo(share);
    }
  }

  @Test
  void cashRoundingTouchesOnlyTheCashPartAndChangeComesFromCash() {
    Currency kgs = Currency.getInstance("KGS");
    CashRounding som = new CashRounding(100);
    // 1300.80 with 300.00 by card: the cash part 1000.80 rounds to 1001.00.
    Payment split =
        Payment.settle(
                130080,
                List.of(
                    new Tender(TenderMethod.CARD, 30000, null),
                    new Tender(TenderMethod.CASH, 110000, null)),
                som,
                kgs)
            .value();
    assertThat(split.due()).isEqualTo(130100);
    assertThat(split.rounding()).isEqualTo(20);
    assertThat(split.change()).isEqualTo(9900);
    // All by card: no rounding at all.
    Payment card =
        Payment.settle(130080, List.of(new Tender(TenderMethod.CARD, 130080, null)), som, kgs)
            .value();
    assertThat(card.due()).isEqualTo(130080);
    assertThat(card.rounding()).isZero();
    // Too little, card over the total, mobile money without its reference: refused with a sentence.
    Outcome<Payment> short_ =
        Payment.settle(130080, List.of(new Tender(TenderMethod.CASH, 100000, null)), som, kgs);
    assertThat(short_.refusal().message())
        .isEqualTo("1301.00 KGS is due but only 1000.00 KGS was paid.");
    assertThat(
            Payment.settle(1000, List.of(new Tender(TenderMethod.CARD, 2000, null)), som, kgs)
                .isDone())
        .isFalse();
    assertThat(
            Payment.settle(1000, List.of(new Tender(TenderMethod.MOBILE, 1000, null)), som, kgs)
                .refusal()
                .message())
        .contains("reference");
  }

  @Test
  void xofCashRoundsToFiveFrancs() {
    Currency xof = Currency.getInstance("XOF");
    Payment p =
        Payment.settle(
                1502, List.of(new Tender(TenderMethod.CASH, 2000, null)), new CashRounding(5), xof)
            .value();
    assertThat(p.due()).isEqualTo(1500);
    assertThat(p.rounding()).isEqualTo(-2);
    assertThat(p.change()).isEqualTo(500);
  }

  @Test
  void percentagesAreReadExactly() {
    assertThat(Percent.parse("12.5")).contains(new Percent(1250));
    assertThat(Percent.parse("12,5")).isEmpty();
    var ru = java.util.Locale.forLanguageTag("ru");
    var en = java.util.Locale.forLanguageTag("en");
    assertThat(Percent.parseTyped(" 12,5 ", ru)).contains(new Percent(1250));
    assertThat(Percent.parseTyped("12,5 %", java.util.Locale.forLanguageTag("fr")))
        .contains(new Percent(1250));
    assertThat(Percent.parseTyped("12.5", ru)).contains(new Percent(1250));
    assertThat(Percent.parseTyped("12.5%", en)).contains(new Percent(1250));
    assertThat(Percent.parseTyped("12,5", en)).isEmpty();
    assertThat(Percent.parseTyped("12,5,0", ru)).isEmpty();
    assertThat(Percent.parse("100")).contains(Percent.HUNDRED);
    assertThat(Percent.parse("100.01")).isEmpty();
    assertThat(Percent.parse("-1")).isEmpty();
    // Written the screen's way, and read back the same.
    for (var locale : java.util.List.of(ru, en, java.util.Locale.forLanguageTag("fr"))) {
      for (int bp : new int[] {0, 5, 150, 1250, 3055, 10_000}) {
        Percent p = new Percent(bp);
        assertThat(Percent.parseTyped(p.figure(locale), locale)).as(p.figure(locale)).contains(p);
      }
    }
    assertThat(new Percent(150).figure(ru)).isEqualTo("1,5");
    assertThat(new Percent(150).figure(en)).isEqualTo("1.5");
    assertThat(Percent.parse("12.345")).isEmpty();
  }

  private static BigDecimal pct(Percent p) {
    return BigDecimal.valueOf(p.basisPoints()).movePointLeft(4);
  }

  private static long halfUp(BigDecimal d) {
    return d.setScale(0, RoundingMode.HALF_UP).longValueExact();
  }
}
