package org.ovop.till.core.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ovop.till.core.catalog.Terms;
import org.ovop.till.core.money.Percent;
import org.ovop.till.core.sale.Sale;
import org.ovop.till.core.sale.SaleKind;
import org.ovop.till.core.sale.SaleLine;
import org.ovop.till.core.sale.Tender;
import org.ovop.till.core.sale.TenderMethod;
import org.ovop.till.core.settle.Payout;
import org.ovop.till.core.settle.PayoutMethod;

/**
 * The canonical text behind every journal hash. Shops' ledgers already hold hashes of it, so a sale
 * written the way it always was must give the same text, byte for byte, or every old receipt would
 * read as tampered with after an upgrade.
 */
class JournalChainTest {

  private static Sale sale(long unitPrice, long listPrice, String approvedBy) {
    long amount = unitPrice * 2;
    SaleLine line =
        new SaleLine(
            "line-1",
            1,
            "prod-1",
            "group-1",
            "SBT-OIL",
            "Облепиховое масло",
            2,
            unitPrice,
            listPrice,
            Percent.ZERO,
            amount,
            0,
            amount,
            new Percent(1200),
            new Terms.Consignment(new Percent(2500)),
            amount * 3 / 4,
            amount / 4,
            null);
    return new Sale(
        "T1-000001",
        "T1",
        1,
        SaleKind.SALE,
        null,
        Instant.parse("2026-03-02T03:00:00Z"),
        "shift-1",
        "user-1",
        approvedBy,
        amount,
        amount,
        amount,
        0,
        0,
        List.of(line),
        List.of(new Tender(TenderMethod.CARD, amount, null)));
  }

  @Test
  void aLineSoldAtItsPriceKeepsTheTextItAlwaysHad() {
    assertThat(JournalChain.canonical(sale(89_990, 89_990, null)))
        .isEqualTo(
            "SALE|T1-000001|T1|1||1772420400000|shift-1|user-1||179980|179980|179980|0|0\n"
                + "L|1|line-1|prod-1|group-1|SBT-OIL|2|89990|0|179980|0|179980|1200"
                + "|consignment:2500|134985|44995|\n"
                + "T|card|179980|");
  }

  @Test
  void aPriceSetByAManagerIsPartOfWhatTheHashCovers() {
    String set = JournalChain.canonical(sale(80_000, 89_990, "manager-1"));
    assertThat(set).contains("|consignment:2500|120000|40000||P89990\n");
    // Rewriting the list price afterwards (to hide how far below it the goods went) breaks it.
    assertThat(JournalChain.contentHash(sale(80_000, 99_990, "manager-1")))
        .isNotEqualTo(JournalChain.contentHash(sale(80_000, 89_990, "manager-1")));
  }

  @Test
  void aWalletNamedOnAMobilePaymentIsCoveredAndOneNamedNoneHashesAsBefore() {
    Sale sale = sale(89_990, 89_990, null);
    Sale byMobile = withTender(sale, new Tender(TenderMethod.MOBILE, 179_980, "W7", null));
    assertThat(JournalChain.canonical(byMobile)).endsWith("\nT|mobile|179980|W7");
    Sale byWave = withTender(sale, new Tender(TenderMethod.MOBILE, 179_980, "W7", "Wave"));
    assertThat(JournalChain.canonical(byWave)).endsWith("\nT|mobile|179980|W7|Wave");
    // Saying afterwards that Orange Money carried what Wave did breaks the chain.
    Sale byOrange =
        withTender(sale, new Tender(TenderMethod.MOBILE, 179_980, "W7", "Orange Money"));
    assertThat(JournalChain.contentHash(byOrange)).isNotEqualTo(JournalChain.contentHash(byWave));
  }

  @Test
  void aPayoutKeepsTheTextItAlwaysHadAndItsWalletIsCoveredWhereOneIsNamed() {
    Instant at = Instant.parse("2026-03-02T03:00:00Z");
    var byMobile =
        new Payout("ST-T1-000001", at, PayoutMethod.MOBILE, "W7", 120_000, "user-1", null, null);
    assertThat(JournalChain.canonical(byMobile))
        .isEqualTo("PAYOUT|ST-T1-000001|1772420400000|mobile|W7|120000|user-1|");
    var byWave =
        new Payout("ST-T1-000001", at, PayoutMethod.MOBILE, "W7", 120_000, "user-1", null, "Wave");
    assertThat(JournalChain.canonical(byWave))
        .isEqualTo("PAYOUT|ST-T1-000001|1772420400000|mobile|W7|120000|user-1||Wave");
    // Saying afterwards that the group was paid by Orange Money breaks the chain.
    var byOrange =
        new Payout(
            "ST-T1-000001", at, PayoutMethod.MOBILE, "W7", 120_000, "user-1", null, "Orange Money");
    assertThat(JournalChain.contentHash(byOrange)).isNotEqualTo(JournalChain.contentHash(byWave));
  }

  private static Sale withTender(Sale s, Tender t) {
    return new Sale(
        s.number(),
        s.till(),
        s.seq(),
        s.kind(),
        s.refundOf(),
        s.at(),
        s.shiftId(),
        s.cashierId(),
        s.approvedBy(),
        s.total(),
        s.due(),
        s.paid(),
        s.change(),
        s.rounding(),
        s.lines(),
        List.of(t));
  }
}
