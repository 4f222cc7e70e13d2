package org.ovop.till.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettlementPapersTest {
  @TempDir Path dir;
  OfficeFixture shop;

  @AfterEach
  void close() {
    shop.close();
  }

  @Test
  void aPaidSettlementsSlipReachesThePrinterWithItsSignatureLine() throws Exception {
    shop = OfficeFixture.demo(dir).signedIn(OfficeFixture.MANAGER).paidFeltAndHoney();
    var papers = new SettlementPapers(shop.session);
    assertThat(papers.printSlip("ST-T1-000001").value()).isEqualTo("ST-T1-000001");
    assertThat(shop.session.printQueue.jobs())
        .extracting(j -> j.name())
        .containsExactly("ST-T1-000001");
    long until = System.currentTimeMillis() + 10_000;
    while (!shop.paper().contains("ST-T1-000001") && System.currentTimeMillis() < until) {
      Thread.onSpinWait();
    }
    assertThat(shop.paper()).contains("ST-T1-000001").contains("________________________________");
    // The statement's picture is checked in BackOfficeTabsTest, with the toolkit running: drawing
    // with AWT before JavaFX starts in this JVM upsets the window tests that follow.
  }

  @Test
  void aSlipNeedsAPaymentAndAnUnknownSettlementIsOneSentence() {
    shop = OfficeFixture.demo(dir).signedIn(OfficeFixture.MANAGER);
    assertThat(
            shop.cli.exit(
                "sell", "--by", OfficeFixture.CASHIER, "--item", "FELT-003", "--pay", "card:6800"))
        .isZero();
    assertThat(
            shop.cli.exit(
                "settle",
                "--by",
                OfficeFixture.MANAGER,
                "--until",
                OfficeFixture.today().plusDays(1).toString()))
        .isZero();
    var papers = new SettlementPapers(shop.session);
    var unpaid = papers.printSlip("ST-T1-000001");
    assertThat(shop.session.texts.refusal(unpaid.refusal()))
        .isEqualTo("Нужно указать: Выплата по расчёту.");
    assertThat(shop.session.printQueue.jobs()).isEmpty();
    assertThat(papers.preview("ST-T1-000099").isDone()).isFalse();
  }
}
