package org.ovop.till.core.sale;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ovop.till.core.money.CashRounding;

class AsPaidTest {
  /** KGS: cash rounded to the som. */
  private static final CashRounding SOM = new CashRounding(100);

  private static Sale paid(SaleKind kind, Tender... tenders) {
    long sum = 0;
    for (Tender t : tenders) {
      sum += t.amount();
    }
    return new Sale(
        "T1-000001",
        "T1",
        1,
        kind,
        null,
        Instant.parse("2026-11-24T10:00:00Z"),
        "shift",
        "cashier",
        null,
        sum,
        sum,
        sum,
        0,
        0,
        List.of(),
        List.of(tenders));
  }

  private static Tender cash(long amount) {
    return new Tender(TenderMethod.CASH, amount, null);
  }

  private static Tender card(long amount) {
    return new Tender(TenderMethod.CARD, amount, null);
  }

  private static Tender mobile(long amount, String ref) {
    return new Tender(TenderMethod.MOBILE, amount, ref);
  }

  @Test
  void aWholeRefundGoesBackToEachMethodWhatItPaid() {
    Sale sale = paid(SaleKind.SALE, cash(100_000), card(50_000));
    assertThat(AsPaid.back(sale, List.of(), 150_000, SOM, null))
        .containsExactly(card(50_000), cash(100_000));
  }

  @Test
  void aPartGoesToTheCardFirstAndOnlyTheRestIsCashRoundedToTheStep() {
    Sale sale = paid(SaleKind.SALE, cash(100_000), card(50_000));
    assertThat(AsPaid.back(sale, List.of(), 30_000, SOM, null)).containsExactly(card(30_000));
    // 620.49 back: 500.00 to the card, 120.49 in cash, which the drawer pays as 120.00.
    assertThat(AsPaid.back(sale, List.of(), 62_049, SOM, null))
        .containsExactly(card(50_000), cash(12_000));
  }

  @Test
  void whatEarlierRefundsSentBackToTheCardIsNotSentAgain() {
    Sale sale = paid(SaleKind.SALE, cash(100_000), card(50_000));
    Sale earlier = paid(SaleKind.REFUND, card(30_000));
    assertThat(AsPaid.back(sale, List.of(earlier), 50_000, SOM, null))
        .containsExactly(card(20_000), cash(30_000));
    Sale twice = paid(SaleKind.REFUND, card(20_000), cash(10_000));
    assertThat(AsPaid.back(sale, List.of(earlier, twice), 40_000, SOM, null))
        .containsExactly(cash(40_000));
  }

  @Test
  void theReferenceGoesWithTheMobilePartAndCardAndMobileKeepTheSalesOrder() {
    Sale sale = paid(SaleKind.SALE, mobile(20_000, "QK7X1"), card(30_000), cash(5_000));
    assertThat(AsPaid.back(sale, List.of(), 55_000, SOM, " RF-88 "))
        .containsExactly(mobile(20_000, "RF-88"), card(30_000), cash(5_000));
    Sale byCard = paid(SaleKind.SALE, card(30_000), cash(5_000));
    assertThat(AsPaid.back(byCard, List.of(), 10_000, SOM, "AUTH-1"))
        .containsExactly(new Tender(TenderMethod.CARD, 10_000, "AUTH-1"));
  }

  @Test
  void aMobilePartWithoutAReferenceIsLeftWithoutOneForTheRefundToRefuse() {
    Sale sale = paid(SaleKind.SALE, mobile(20_000, "QK7X1"));
    assertThat(AsPaid.back(sale, List.of(), 20_000, SOM, " "))
        .containsExactly(mobile(20_000, null));
  }

  @Test
  void aRefundOfNothingStillSaysHow() {
    Sale sale = paid(SaleKind.SALE, card(30_000));
    assertThat(AsPaid.back(sale, List.of(), 0, SOM, null)).containsExactly(cash(0));
  }

  @Test
  void onlyASalePaidByTwoMethodsOrMoreIsSplit() {
    assertThat(AsPaid.isSplit(paid(SaleKind.SALE, cash(100), card(50)))).isTrue();
    assertThat(AsPaid.isSplit(paid(SaleKind.SALE, cash(100), cash(50)))).isFalse();
    assertThat(AsPaid.isSplit(paid(SaleKind.SALE, card(100)))).isFalse();
  }

  @Test
  void eachWalletGetsBackWhatItCarriedAndTheSaleIsSplitBetweenTwoWallets() {
    Tender wave = new Tender(TenderMethod.MOBILE, 3_000, "W-1", "Wave");
    Tender orange = new Tender(TenderMethod.MOBILE, 2_000, "OM-1", "Orange Money");
    Sale sale = paid(SaleKind.SALE, wave, orange);
    assertThat(AsPaid.isSplit(sale)).isTrue();
    // XOF has no decimals and a cash step of 5 francs.
    CashRounding franc5 = new CashRounding(5);
    Sale earlier = paid(SaleKind.REFUND, new Tender(TenderMethod.MOBILE, 1_000, "R-1", "Wave"));
    assertThat(AsPaid.back(sale, List.of(earlier), 4_000, franc5, "R-2"))
        .containsExactly(
            new Tender(TenderMethod.MOBILE, 2_000, "R-2", "Wave"),
            new Tender(TenderMethod.MOBILE, 2_000, "R-2", "Orange Money"));
  }
}
