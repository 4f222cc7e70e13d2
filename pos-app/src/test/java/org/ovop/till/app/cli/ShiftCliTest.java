package org.ovop.till.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Z report in the terminal reads like the printed one: each method under what it breaks down.
 */
class ShiftCliTest {
  @TempDir Path dir;

  @Test
  void aLockAfterWrongPinsIsSaidOnTheStoresClockNotInUtc() {
    Till till = new Till(dir.resolve("till.db")).clock("2026-11-24T19:16:21.520Z");
    till.json("demo"); // Karakol, Asia/Bishkek: six hours ahead of UTC
    for (int i = 0; i < 4; i++) {
      assertThat(till.run("settle", "--dry-run", "--until", "2026-11-24", "--by", "9999").err())
          .contains("That PIN is not right.");
    }
    Till.Run locked = till.run("settle", "--dry-run", "--until", "2026-11-24", "--by", "9999");
    assertThat(locked.exit()).isEqualTo(1);
    // Five minutes on, up to the whole minute as the screens say it: still locked at 01:22:30.
    assertThat(locked.err().strip())
        .isEqualTo(
            "Too many wrong PINs: PIN entry on till T1 is locked until 2026-11-25 01:22"
                + " (Asia/Bishkek).");
    assertThat(till.run("settle", "--dry-run", "--until", "2026-11-24", "--by", "2580").err())
        .contains("locked until 2026-11-25 01:22");
  }

  @Test
  void theTextZReportPutsEachMethodUnderItsTotalAndAddsUpToTheCashExpected() {
    Till till = new Till(dir.resolve("till.db"));
    till.json("demo");
    till.json("shift", "open", "--by", "1470", "--float", "2000");
    till.json("sell", "--by", "1470", "--item", "SBT-001:2", "--pay", "cash:1000");
    till.json("sell", "--by", "1470", "--item", "SBT-001", "--pay", "card:450");
    till.json(refundOfTheFirstReceipt("SBT-001:1", "cash"));
    Till.Run z = till.run("shift", "close", "--by", "1470", "--counted", "2450");
    assertThat(z.exit()).isZero();
    // Runs of spaces between words made one; the indent that sets a breakdown off is kept.
    List<String> lines = z.out().lines().map(l -> l.replaceAll("(\\S) +", "$1 ")).toList();
    assertThat(lines)
        .containsSubsequence(
            "  sales 2 1350.00 KGS",
            "    card 450.00 KGS",
            "    cash 900.00 KGS",
            "  refunds 1 450.00 KGS",
            "    cash 450.00 KGS",
            "  rounding 0.00 KGS",
            "  float 2000.00 KGS",
            "  cash sales 900.00 KGS",
            "  cash refunds -450.00 KGS",
            "  payouts 0.00 KGS",
            "  cash in/out 0.00 KGS",
            "  expected 2450.00 KGS",
            "  counted 2450.00 KGS",
            "  over/short 0.00 KGS");
  }

  @Test
  void aSalePaidByCardAndCashIsRefundedAsPaidAndTheZReportShowsEachWayBack() {
    Till till = new Till(dir.resolve("till.db"));
    till.json("demo");
    till.json("shift", "open", "--by", "1470", "--float", "2000");
    till.json(
        "sell", "--by", "1470", "--item", "SBT-001:3", "--pay", "card:500", "--pay", "cash:900");
    Map<String, Object> back = till.json(refundOfTheFirstReceipt("SBT-001:2", "as-paid"));
    // 900.00 back: the card's 500.00 to the card, the other 400.00 from the drawer.
    assertThat(back).containsEntry("total", "900.00").containsEntry("due", "900.00");
    assertThat(LedgerDayCliTest.list(back, "tenders"))
        .extracting(t -> t.get("method") + " " + t.get("amount"))
        .containsExactly("card 500.00", "cash 400.00");

    refusedAndUnchanged(
        till,
        "'voucher' is not a way to give money back: write cash, card, mobile:REF or as-paid.",
        refundOfTheFirstReceipt("SBT-001:1", "voucher"));

    Till.Run z = till.run("shift", "close", "--by", "1470", "--counted", "2450");
    List<String> lines = z.out().lines().map(l -> l.replaceAll("(\\S) +", "$1 ")).toList();
    assertThat(lines)
        .containsSubsequence(
            "  refunds 1 900.00 KGS",
            "    card 500.00 KGS",
            "    cash 400.00 KGS",
            "  cash sales 850.00 KGS",
            "  cash refunds -400.00 KGS",
            "  expected 2450.00 KGS",
            "  over/short 0.00 KGS");
  }

  @Test
  void aDakarStoreTakesWaveAndOrangeMoneyApartAndItsZReportCountsEach() {
    Till till = dakar();
    till.json("shift", "open", "--by", "1470", "--float", "10000");

    // A wallet's name stands for mobile money carried by it, typed as a manager would.
    Map<String, Object> sale =
        till.json(
            "sell",
            "--by",
            "1470",
            "--item",
            "BISSAP:2",
            "--pay",
            "wave:2000:W-1",
            "--pay",
            "orange-money:994:OM-1");
    assertThat(LedgerDayCliTest.list(sale, "tenders"))
        .extracting(t -> t.get("method") + " " + t.get("service") + " " + t.get("amount"))
        .containsExactly("mobile Wave 2000", "mobile Orange Money 994");
    // "mobile" alone keeps meaning what it always did: no wallet named.
    Map<String, Object> unnamed =
        till.json("sell", "--by", "1470", "--item", "BISSAP", "--pay", "mobile:1497:M-3");
    assertThat(LedgerDayCliTest.list(unnamed, "tenders").get(0)).containsEntry("service", null);

    refusedAndUnchanged(
        till,
        "'free-money:1497:F-1' is not a payment: write cash:AMOUNT, card:AMOUNT or"
            + " mobile:AMOUNT:REF, or in place of mobile a wallet this store takes (Wave,"
            + " Orange Money).",
        "sell",
        "--by",
        "1470",
        "--item",
        "BISSAP",
        "--pay",
        "free-money:1497:F-1");

    Map<String, Object> x = till.json("shift", "x");
    assertThat(x.get("mobile_sales_by_service"))
        .isEqualTo(Map.of("", "1497", "Orange Money", "994", "Wave", "2000"));
    // The head office's sales report gives each wallet under mobile money too.
    Map<String, Object> report =
        till.json("report", "sales", "--from", "2026-11-10", "--to", "2026-11-10");
    assertThat(LedgerDayCliTest.list(report, "by_method"))
        .singleElement()
        .satisfies(
            mobile ->
                assertThat(LedgerDayCliTest.list(mobile, "by_service"))
                    .extracting(w -> w.get("service") + " " + w.get("sales"))
                    .containsExactly(" 1497", "Orange Money 994", "Wave 2000"));
    Till.Run z = till.run("shift", "close", "--by", "1470", "--counted", "10000");
    assertThat(z.out().lines().map(l -> l.replaceAll("(\\S) +", "$1 ")).toList())
        .containsSubsequence(
            "  sales 2 4491 XOF",
            "    mobile 4491 XOF",
            "      (not named) 1497 XOF",
            "      Orange Money 994 XOF",
            "      Wave 2000 XOF",
            "  refunds 0 0 XOF");
  }

  /**
   * A Dakar boutique set up at the command line as its manager would: XOF, French, Senegal's two
   * wallets, one group with a syrup in stock.
   */
  private Till dakar() {
    Till till = new Till(dir.resolve("dakar.db")).clock("2026-11-10T09:00:00Z");
    // Senegal's usual wallets unless told otherwise.
    assertThat(
            till.json(
                "init",
                "--store-name",
                "Boutique OVOP Dakar",
                "--currency",
                "XOF",
                "--cash-rounding",
                "5",
                "--language",
                "fr"))
        .containsEntry("mobile_money", "Wave / Orange Money");
    till.json("user", "add", "--name", "Awa", "--role", "manager", "--pin", "2580");
    till.json(
        "user", "add", "--name", "Fatou", "--role", "cashier", "--pin", "1470", "--by", "2580");
    till.json("group", "add", "--code", "SN-03", "--name", "GIE Jappo", "--by", "2580");
    till.json(
        "product",
        "add",
        "--sku",
        "BISSAP",
        "--name",
        "Sirop de bissap",
        "--group",
        "SN-03",
        "--price",
        "1497",
        "--terms",
        "consignment:30",
        "--certified-until",
        "2027-12-31",
        "--by",
        "2580");
    till.json("intake", "--group", "SN-03", "--by", "2580", "--item", "BISSAP:10");
    return till;
  }

  @Test
  void aRefundGoesBackToTheWalletNamedAtTheCommandLine() {
    Till till = dakar();
    till.json("shift", "open", "--by", "1470", "--float", "10000");
    till.json("sell", "--by", "1470", "--item", "BISSAP:2", "--pay", "cash:3000");
    refusedAndUnchanged(
        till,
        "'free-money:FR-1' is not a way to give money back: write cash, card, mobile:REF or"
            + " as-paid, or in place of mobile a wallet this store takes (Wave, Orange"
            + " Money).",
        refundOfTheFirstReceipt("BISSAP:1", "free-money:FR-1"));
    // Paid in cash, given back on the customer's Wave wallet.
    Map<String, Object> refund = till.json(refundOfTheFirstReceipt("BISSAP:1", "wave:WR-9"));
    assertThat(LedgerDayCliTest.list(refund, "tenders"))
        .extracting(t -> t.get("method") + " " + t.get("service") + " " + t.get("reference"))
        .containsExactly("mobile Wave WR-9");
    assertThat(till.json("shift", "x").get("mobile_refunds_by_service"))
        .isEqualTo(Map.of("Wave", "1497"));
    assertThat(till.json("verify")).containsEntry("ok", true);
  }

  @Test
  void aDakarGroupIsPaidByTheWalletTheManagerNames() {
    Till till = dakar();
    till.json("shift", "open", "--by", "1470", "--float", "10000");
    till.json("sell", "--by", "1470", "--item", "BISSAP:4", "--pay", "cash:5990");
    till.json("settle", "--by", "2580", "--until", "2026-11-11");
    refusedAndUnchanged(
        till,
        "'free-money' is not a payout method: write cash, mobile or bank, or a wallet this"
            + " store takes (Wave, Orange Money).",
        "pay",
        "--by",
        "2580",
        "--settlement",
        "ST-T1-000001",
        "--method",
        "free-money",
        "--ref",
        "F-1");

    // A wallet's name stands for mobile money carried by it, as it does for --pay.
    Map<String, Object> paid =
        till.json(
            "pay",
            "--by",
            "2580",
            "--settlement",
            "ST-T1-000001",
            "--method",
            "orange-money",
            "--ref",
            "OMP-1");
    assertThat(paid)
        .containsEntry("method", "mobile")
        .containsEntry("service", "Orange Money")
        .containsEntry("reference", "OMP-1")
        .containsEntry("payout", "4192");
    assertThat(till.json("settlement", "show", "--settlement", "ST-T1-000001"))
        .containsEntry("paid", "mobile")
        .containsEntry("paid_service", "Orange Money");
    Map<String, Object> report =
        till.json("report", "payouts", "--from", "2026-11-10", "--to", "2026-11-10");
    assertThat(LedgerDayCliTest.list(report, "rows"))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r)
                    .containsEntry("method", "mobile")
                    .containsEntry("service", "Orange Money"));
    assertThat(till.run("settlement", "show", "--settlement", "ST-T1-000001").out())
        .contains("paid by mobile Orange Money");
    assertThat(till.json("verify")).containsEntry("ok", true);
  }

  /** The command is refused with {@code sentence} on stderr, and the ledger is as it was. */
  private static void refusedAndUnchanged(Till till, String sentence, String... args) {
    Map<String, List<String>> before = till.ledger();
    Till.Run run = till.run(args);
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err().strip()).isEqualTo(sentence);
    assertThat(till.ledger()).isEqualTo(before);
  }

  /** The demo cashier's refund of receipt T1-000001, approved by the demo manager. */
  private static String[] refundOfTheFirstReceipt(String item, String pay) {
    return new String[] {
      "refund",
      "--by",
      "1470",
      "--manager-pin",
      "2580",
      "--receipt",
      "T1-000001",
      "--item",
      item,
      "--pay",
      pay
    };
  }
}
