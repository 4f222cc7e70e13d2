package org.ovop.till.app.ui;

import java.util.Currency;
import java.util.Map;
import org.ovop.till.core.money.Money;

/**
 * The cash a cashier counted at the close of her shift, read from what she typed: how many of each
 * note and coin, or one total. The screen reads it the same way while she types (to show the count
 * and the difference) and when she closes, so the shift closes on the figure she saw, and a count
 * the till cannot read closes nothing. It used to close on 0 for a mistyped total ("12 5OO").
 */
final class DrawerCount {
  private DrawerCount() {}

  /** Nothing typed yet: there is no count to show and none to close on. */
  static boolean untouched(Map<Long, String> piecesByNote, String total) {
    return total.isBlank() && piecesByNote.values().stream().allMatch(String::isBlank);
  }

  /**
   * The counted cash in minor units, or the sentence that says what cannot be read. A typed total
   * wins over the pieces, as the screen's prompt says ("Or type the total counted").
   */
  static FormReply<Long> read(
      Map<Long, String> piecesByNote, String total, Currency currency, Texts t) {
    if (untouched(piecesByNote, total)) {
      return FormReply.problem(t.get("shift.count.first"));
    }
    if (!total.isBlank()) {
      return Money.parseTyped(total, currency, t.locale())
          .filter(m -> m.minor() >= 0)
          .map(m -> FormReply.done(m.minor()))
          .orElseGet(() -> FormReply.problem(t.get("error.amount", total.strip())));
    }
    long sum = 0;
    for (var typed : piecesByNote.entrySet()) {
      String pieces = typed.getValue().strip();
      if (pieces.isEmpty()) {
        continue;
      }
      if (!pieces.matches("\\d{1,9}")) {
        return FormReply.problem(t.get("error.quantity", pieces));
      }
      sum = Math.addExact(sum, Math.multiplyExact(typed.getKey(), Long.parseLong(pieces)));
    }
    return FormReply.done(sum);
  }
}
