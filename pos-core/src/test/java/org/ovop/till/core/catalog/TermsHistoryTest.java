package org.ovop.till.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ovop.till.core.money.Percent;

class TermsHistoryTest {
  private static final Terms TWENTY = new Terms.Consignment(new Percent(2000));
  private static final Terms BUYBACK = new Terms.Buyback(35_000);
  private static final Instant ADDED = Instant.parse("2026-03-02T03:00:00Z");
  private static final Instant CHANGED = Instant.parse("2026-04-01T00:00:00Z");

  private final TermsHistory history =
      new TermsHistory(
          List.of(new TermsHistory.Dated(CHANGED, BUYBACK), new TermsHistory.Dated(ADDED, TWENTY)));

  @Test
  void theTermsInForceAreTheLatestBegun() {
    assertThat(history.at(ADDED)).contains(TWENTY);
    assertThat(history.at(CHANGED.minusMillis(1))).contains(TWENTY);
    assertThat(history.at(CHANGED)).contains(BUYBACK);
  }

  @Test
  void aTillWhoseClockIsBehindTheOneThatAddedTheProductSellsItOnItsFirstTerms() {
    assertThat(history.at(ADDED.minusSeconds(300))).contains(TWENTY);
  }

  @Test
  void onlyAProductWithNoTermsAtAllHasNone() {
    assertThat(new TermsHistory(List.of()).at(ADDED)).isEmpty();
  }
}
