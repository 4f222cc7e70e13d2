package org.ovop.till.core.sale;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ovop.till.core.Refusal.Reason;
import org.ovop.till.core.money.CashRounding;
import org.ovop.till.core.money.Percent;
import org.ovop.till.core.store.StoreProfile;

class MobileServicesTest {

  private static StoreProfile store(String mobileMoney) {
    return new StoreProfile(
        "Boutique OVOP Dakar",
        Currency.getInstance("XOF"),
        new CashRounding(5),
        "fr",
        ZoneId.of("Africa/Dakar"),
        0,
        Percent.ZERO,
        mobileMoney);
  }

  private static Tender mobile(String service) {
    return new Tender(TenderMethod.MOBILE, 1_500, "REF-1", service);
  }

  @Test
  void aSlashSeparatesTheServicesAStoreTakes() {
    assertThat(store("Wave / Orange Money").mobileServices())
        .containsExactly("Wave", "Orange Money");
    assertThat(store("M-Pesa").mobileServices()).containsExactly("M-Pesa");
    assertThat(store("").mobileServices()).isEmpty();
    assertThat(store(" Wave // ").mobileServices()).containsExactly("Wave");
  }

  @Test
  void aServiceTypedAnyWayIsWrittenAsTheStoreSpellsIt() {
    var named =
        MobileServices.named(
            store("Wave / Orange Money"), List.of(mobile("orange-money"), mobile("WAVE")));
    assertThat(named.value()).containsExactly(mobile("Orange Money"), mobile("Wave"));
  }

  @Test
  void aStoreWithOneServiceHasItWrittenOnEveryMobilePayment() {
    var named =
        MobileServices.named(
            store("M-Pesa"), List.of(mobile(null), new Tender(TenderMethod.CASH, 500, null)));
    assertThat(named.value())
        .containsExactly(mobile("M-Pesa"), new Tender(TenderMethod.CASH, 500, null));
  }

  @Test
  void mobileAloneInAStoreWithSeveralStaysUnnamedAsTheCommandLineAlwaysMeantIt() {
    assertThat(MobileServices.named(store("Wave / Orange Money"), List.of(mobile(null))).value())
        .containsExactly(mobile(null));
  }

  @Test
  void aServiceTheStoreDoesNotTakeIsRefusedNamingTheOnesItDoes() {
    var refused = MobileServices.named(store("Wave / Orange Money"), List.of(mobile("Free Money")));
    assertThat(refused.refusal().reason()).isEqualTo(Reason.UNKNOWN_MOBILE_SERVICE);
    assertThat(refused.refusal().message())
        .isEqualTo(
            "'Free Money' is not a mobile money service this store takes: Wave, Orange Money.");
    assertThat(MobileServices.named(store(""), List.of(mobile("Wave"))).refusal().reason())
        .isEqualTo(Reason.NO_MOBILE_SERVICES);
  }

  @Test
  void oneWalletNamedAloneFollowsTheSameRuleAsAPayment() {
    // A producer's payout names its wallet by this rule, as a customer's payment does.
    assertThat(MobileServices.service(store("Wave / Orange Money"), " orange money ").value())
        .contains("Orange Money");
    assertThat(MobileServices.service(store("Wave / Orange Money"), null).value()).isEmpty();
    assertThat(MobileServices.service(store("M-Pesa"), "").value()).contains("M-Pesa");
    assertThat(MobileServices.service(store(""), null).value()).isEmpty();
    assertThat(MobileServices.service(store("M-Pesa"), "Airtel Money").refusal().message())
        .isEqualTo("'Airtel Money' is not a mobile money service this store takes: M-Pesa.");
  }

  @Test
  void onlyMobileMoneyNamesAService() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> new Tender(TenderMethod.CARD, 100, null, "Wave"));
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new org.ovop.till.core.settle.Payout(
                    "ST-1",
                    java.time.Instant.EPOCH,
                    org.ovop.till.core.settle.PayoutMethod.BANK,
                    "B-1",
                    100,
                    "u",
                    null,
                    "Wave"));
  }
}
