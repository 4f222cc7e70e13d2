package org.ovop.till.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code till verify}: clean after a realistic day, and every kind of edit made behind the
 * program's back with plain SQL on the same file is named in a sentence.
 *
 * <p>The day (see {@link Shop#realisticDay()}): T1-000001 sells 3 felt toys for cash, T1-000002
 * sells 2 honey and 1 oil (10 % off) by card, T1-000003 sells 1 oil for cash, T1-000004 refunds one
 * felt toy of T1-000001 in cash; then a count, a return to the producer and the close.
 */
class LedgerVerifierIT {
  @TempDir Path dir;
  Path file;
  TillDatabase db;
  Shop shop;

  @BeforeEach
  void aRealisticDay() {
    file = dir.resolve("till.db");
    db = TillDatabase.open(file.toString(), true);
    shop = new Shop(db, new TestClock("2026-03-02T03:00:00Z"), "T1").realisticDay();
  }

  @AfterEach
  void close() {
    db.close();
  }

  /**
   * Runs SQL with the guards of a table lifted, as someone who knows SQLite would: the triggers
   * refusing UPDATE and DELETE are dropped, the rows edited, and the very same triggers put back.
   * Other triggers (the stock ledger's balance keeper) stay and do what they always do.
   */
  private void behindTheBack(String table, String... sql) throws Exception {
    List<String> triggers =
        Jdbc.texts(
            file,
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = '"
                + table
                + "' AND (name LIKE '%_no_update' OR name LIKE '%_no_delete')");
    List<String> names =
        Jdbc.texts(
            file,
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = '"
                + table
                + "' AND (name LIKE '%_no_update' OR name LIKE '%_no_delete')");
    assertThat(triggers).hasSize(2);
    List<String> all = new ArrayList<>();
    names.forEach(n -> all.add("DROP TRIGGER " + n));
    all.addAll(List.of(sql));
    all.addAll(triggers);
    try (Connection c = Jdbc.open(file);
        Statement s = c.createStatement()) {
      for (String one : all) {
        s.execute(one);
      }
    }
  }

  private List<String> problems() {
    return new LedgerVerifier(db).check().problems();
  }

  @Test
  void aRealisticDayIsClean() {
    assertThat(new LedgerVerifier(db).check().ok()).isTrue();
    // Also when a second program opens the file afresh.
    try (TillDatabase other = TillDatabase.open(file.toString(), false)) {
      assertThat(new LedgerVerifier(other).check().problems()).isEmpty();
    }
  }

  @Test
  void aLineAmountEditedBehindTheProgramsBackIsNamed() throws Exception {
    // Oil on T1-000002 sold for 809.91; someone makes it 799.91 and keeps share + commission equal.
    behindTheBack(
        "sale_line",
        "UPDATE sale_line SET amount = amount - 1000, commission = commission - 1000"
            + " WHERE sale_number = 'T1-000002' AND line_no = 2");

    assertThat(problems())
        .contains(
            "Receipt T1-000002 line 2 (SBT-OIL): its figures do not follow from price, quantity,"
                + " discount and terms.",
            "Receipt T1-000002: total 2049.91 KGS is not the sum of its lines 2039.91 KGS.",
            "Receipt T1-000002 no longer matches its journal entry: it was changed after it was"
                + " recorded.")
        .noneMatch(p -> p.contains("T1-000001") || p.contains("T1-000003"))
        .noneMatch(p -> p.contains("lost its guard"));
  }

  @Test
  void aProducerShareMovedToTheStoreIsNamed() throws Exception {
    // Felt toys on T1-000001: amount 1351.65, 20 % commission 270.33, share 1081.32.
    // A dishonest clerk moves 50.00 of the producers' share into the commission.
    behindTheBack(
        "sale_line",
        "UPDATE sale_line SET producer_share = producer_share - 5000,"
            + " commission = commission + 5000 WHERE sale_number = 'T1-000001'");

    assertThat(problems())
        .contains(
            "Receipt T1-000001 line 1 (FELT-TOY): its figures do not follow from price, quantity,"
                + " discount and terms.",
            "Receipt T1-000001 no longer matches its journal entry: it was changed after it was"
                + " recorded.",
            // The refund of one toy gave back a third of the true share, no longer of the forged.
            "Refund T1-000004 line 1 (FELT-TOY): the refunded amount or share breaks the cumulative"
                + " rule.");
  }

  @Test
  void aPriceLoweredBehindTheBackAsIfAManagerHadSetItIsNamed() throws Exception {
    // Honey on T1-000002: 2 × 620.00 on buy-back 350.00. Someone makes it 2 × 520.00 with every
    // figure following, and writes the old price down as the list price, as the counter would
    // for a manager's price; but no manager approved that receipt.
    behindTheBack(
        "sale_line",
        "UPDATE sale_line SET unit_price = 52000, gross = 104000, amount = 104000,"
            + " commission = 34000, list_price = 62000"
            + " WHERE sale_number = 'T1-000002' AND line_no = 1");

    assertThat(problems())
        .contains(
            "Receipt T1-000002 line 1 (HONEY-1) sold at another price than its list price with"
                + " no manager named.",
            "Receipt T1-000002 no longer matches its journal entry: it was changed after it was"
                + " recorded.")
        .noneMatch(p -> p.contains("figures do not follow"));
  }

  @Test
  void aForgerWhoKeepsTheFiguresConsistentIsStillCaughtByTheJournal() throws Exception {
    // Change the copied terms to 10 % and recompute the line so that price, discount and terms
    // agree again: commission round(135.165 × 10 %) = 135.17, share 1216.48.
    behindTheBack(
        "sale_line",
        "UPDATE sale_line SET commission_bp = 1000, commission = 13517, producer_share = 121648"
            + " WHERE sale_number = 'T1-000001'");

    List<String> problems = problems();
    assertThat(problems)
        .contains(
            "Receipt T1-000001 no longer matches its journal entry: it was changed after it was"
                + " recorded.")
        .noneMatch(p -> p.contains("T1-000001 line 1 (FELT-TOY): its figures"));
  }

  @Test
  void aDeletedSaleMovementIsNamed() throws Exception {
    behindTheBack("stock_movement", "DELETE FROM stock_movement WHERE document = 'T1-000003'");

    assertThat(problems())
        .containsExactly(
            "Receipt T1-000003 line 1 moved 0 units of SBT-OIL instead of -1.",
            // The balance a sale reads still holds the sale: it no longer agrees with the ledger.
            "Stock of SBT-OIL from CN-T1-000003 line 1: the ledger holds 3, the balance a sale"
                + " reads says 2.");
  }

  @Test
  void aDeletedIntakeMovementIsNamed() throws Exception {
    // The first delivery (10 felt toys on CN-T1-000001) vanishes from the stock ledger: the shelf
    // would show 10 fewer than the note says came in.
    behindTheBack(
        "stock_movement",
        "DELETE FROM stock_movement WHERE kind = 'INTAKE' AND document = 'CN-T1-000001'");

    assertThat(problems())
        .containsExactly(
            "Consignment note CN-T1-000001 line 1 (FELT-TOY) put 0 units on the shelf instead of"
                + " 10.",
            "Stock of FELT-TOY from CN-T1-000001 line 1: the ledger holds -4, the balance a sale"
                + " reads says 6.");
  }

  @Test
  void anIntakeMovementAddedOrEditedIsNamed() throws Exception {
    // Two more jars of honey appear on the second note than were delivered.
    behindTheBack(
        "stock_movement",
        "UPDATE stock_movement SET quantity = quantity + 2 WHERE document = 'CN-T1-000002'");

    assertThat(problems())
        .containsExactly(
            "Consignment note CN-T1-000002 line 1 (HONEY-1) put 8 units on the shelf instead of"
                + " 6.",
            "Stock of HONEY-1 from CN-T1-000002 line 1: the ledger holds 5, the balance a sale"
                + " reads says 3.");
  }

  @Test
  void aCountAdjustmentThatDoesNotMatchItsSheetIsNamed() throws Exception {
    // The count found 3 honey where the books said 4: one adjustment of −1. Someone removes it.
    behindTheBack("stock_movement", "DELETE FROM stock_movement WHERE kind = 'COUNT_ADJUSTMENT'");

    assertThat(problems())
        .containsExactly(
            "Count sheet CT-T1-000001 moved 0 units of HONEY-1 instead of -1.",
            "Stock of HONEY-1 from CN-T1-000002 line 1: the ledger holds 4, the balance a sale"
                + " reads says 3.");
  }

  @Test
  void aStockBalanceEditedBehindTheTillsBackIsNamed() throws Exception {
    // The balances carry no guard (a trigger moves them with every ledger row); an edit is
    // found by summing the ledger again.
    Jdbc.exec(
        file,
        "UPDATE stock_balance SET on_hand = 99 WHERE lot_key ="
            + " (SELECT id FROM lot WHERE note_number = 'CN-T1-000001')");

    assertThat(problems())
        .containsExactly(
            "Stock of FELT-TOY from CN-T1-000001 line 1: the ledger holds 6, the balance a sale"
                + " reads says 99.");
  }

  @Test
  void aDroppedBalanceTriggerIsFoundAtTheNextMovement() throws Exception {
    Jdbc.exec(file, "DROP TRIGGER stock_movement_balance");
    assertThat(problems()).isEmpty();
    // A felt toy sold afterwards leaves the ledger, but its balance no longer follows.
    Jdbc.exec(
        file,
        "INSERT INTO stock_movement (id, at, product_id, lot_id, kind, quantity, document,"
            + " by_user) SELECT 'm-x', 0, product_id, id, 'DAMAGE', -1, 'DMG-1',"
            + " (SELECT id FROM app_user LIMIT 1)"
            + " FROM lot WHERE note_number = 'CN-T1-000001'");

    assertThat(problems())
        .contains(
            "Stock of FELT-TOY from CN-T1-000001 line 1: the ledger holds 5, the balance a sale"
                + " reads says 6.");
  }

  @Test
  void aDroppedTriggerIsNamed() throws Exception {
    Jdbc.exec(file, "DROP TRIGGER sale_line_no_update", "DROP TRIGGER journal_entry_no_delete");

    assertThat(problems())
        .containsExactly(
            "Table sale_line has lost its guard against UPDATE.",
            "Table journal_entry has lost its guard against DELETE.");
  }

  @Test
  void aJournalEntryWithAChangedHashIsNamed() throws Exception {
    behindTheBack(
        "journal_entry", "UPDATE journal_entry SET hash = '" + "f".repeat(64) + "' WHERE seq = 2");

    assertThat(problems())
        .containsExactly(
            "Journal entry 2 (T1-000002) has a wrong hash.",
            "Journal entry 3 (T1-000003) does not follow the one before it.");
  }

  @Test
  void aDrawerAmountEditedIsNamed() throws Exception {
    behindTheBack(
        "cash_movement", "UPDATE cash_movement SET amount = 130000 WHERE document = 'T1-000001'");

    assertThat(problems())
        .containsExactly("Receipt T1-000001 put 1300.00 KGS in the drawer instead of 1352.00 KGS.");
  }

  @Test
  void aWholeReceiptRemovedLeavesAGapThatIsNamed() throws Exception {
    // Everything of T1-000003 goes, children first, as a careful person would delete it.
    for (String table : List.of("stock_movement", "cash_movement")) {
      behindTheBack(table, "DELETE FROM " + table + " WHERE document = 'T1-000003'");
    }
    behindTheBack("tender", "DELETE FROM tender WHERE sale_number = 'T1-000003'");
    behindTheBack("sale_line", "DELETE FROM sale_line WHERE sale_number = 'T1-000003'");
    behindTheBack("journal_entry", "DELETE FROM journal_entry WHERE document = 'T1-000003'");
    behindTheBack("sale", "DELETE FROM sale WHERE number = 'T1-000003'");

    assertThat(problems())
        .contains(
            "Receipt numbers of till T1 jump from T1-000002 to T1-000004.",
            "Journal entry 3 is missing (the chain jumps to 4).",
            "Journal entry 4 (T1-000004) does not follow the one before it.");
  }

  @Test
  void aReceiptAddedWithoutItsJournalEntryIsNamed() throws Exception {
    // A forged cash sale of one oil, written straight into the tables.
    String shift = Jdbc.text(file, "SELECT shift_id FROM sale WHERE number = 'T1-000003'");
    String cashier = Jdbc.text(file, "SELECT cashier_id FROM sale WHERE number = 'T1-000003'");
    Jdbc.exec(
        file,
        "INSERT INTO sale SELECT 'T1-000005', till, 5, kind, refund_of, at + 1, shift_id,"
            + " cashier_id, approved_by, total, due, paid, change_given, rounding FROM sale"
            + " WHERE number = 'T1-000003'",
        "INSERT INTO sale_line SELECT 'forged-line', 'T1-000005', line_no, product_id, group_id,"
            + " sku, name, quantity, unit_price, discount_bp, gross, discount, amount,"
            + " tax_rate_bp, terms_kind, commission_bp, buyback_price, producer_share,"
            + " commission, refund_of_line, list_price FROM sale_line"
            + " WHERE sale_number = 'T1-000003'",
        "INSERT INTO tender SELECT 'forged-tender', 'T1-000005', line_no, method, amount,"
            + " reference, service FROM tender WHERE sale_number = 'T1-000003'",
        "INSERT INTO stock_movement SELECT 'forged-move', at, product_id, lot_id, kind,"
            + " quantity, 'T1-000005', 'forged-line', by_user FROM stock_movement"
            + " WHERE document = 'T1-000003'",
        "INSERT INTO cash_movement SELECT 'forged-cash', '"
            + shift
            + "', at, kind, amount, 'T1-000005', '"
            + cashier
            + "' FROM cash_movement WHERE document = 'T1-000003'");

    assertThat(problems()).containsExactly("Receipt T1-000005 has no journal entry.");
  }
}
