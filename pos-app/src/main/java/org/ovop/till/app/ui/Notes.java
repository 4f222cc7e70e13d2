package org.ovop.till.app.ui;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The banknotes and coins of the shops' currencies, in minor units: for quick tenders and counts.
 */
public final class Notes {
  private static final Map<String, long[]> DENOMINATIONS =
      Map.of(
          "KGS",
              new long[] {
                5000_00, 2000_00, 1000_00, 500_00, 200_00, 100_00, 50_00, 20_00, 10_00, 5_00, 3_00,
                1_00
              },
          "KES", new long[] {1000_00, 500_00, 200_00, 100_00, 50_00, 20_00, 10_00, 5_00, 1_00},
          "XOF", new long[] {10000, 5000, 2000, 1000, 500, 250, 200, 100, 50, 25, 10, 5},
          "UZS",
              new long[] {
                200000_00, 100000_00, 50000_00, 20000_00, 10000_00, 5000_00, 2000_00, 1000_00,
                500_00, 200_00, 100_00
              },
          "EUR",
              new long[] {
                500_00, 200_00, 100_00, 50_00, 20_00, 10_00, 5_00, 2_00, 1_00, 50, 20, 10, 5, 2, 1
              },
          "USD", new long[] {100_00, 50_00, 20_00, 10_00, 5_00, 1_00, 25, 10, 5, 1});

  private Notes() {}

  /** Notes and coins, largest first; an empty list for a currency not listed. */
  public static long[] of(Currency currency) {
    return DENOMINATIONS.getOrDefault(currency.getCurrencyCode(), new long[0]);
  }

  /**
   * The most cash anyone hands over for {@code due}: what is due and ten of the largest notes more.
   * Anything above is no payment but a slip, most often a barcode scanned into the amount field,
   * which would otherwise be taken as millions handed over and owed back as change. A currency
   * without known notes has no such bound.
   */
  public static long mostHandedOver(long due, Currency currency) {
    long[] notes = of(currency);
    return notes.length == 0 ? Long.MAX_VALUE : due + 10 * notes[0];
  }

  /**
   * What a customer is likely to hand over for an amount: the exact amount, and the next round sums
   * made of one note or of the smallest notes above it. At most five suggestions.
   */
  public static List<Long> suggest(long due, Currency currency) {
    TreeSet<Long> out = new TreeSet<>();
    out.add(due);
    for (long note : of(currency)) {
      if (note >= due) {
        out.add(note);
      }
      long rounded = ((due + note - 1) / note) * note;
      if (rounded > due && note * 2 >= due / 10) {
        out.add(rounded);
      }
    }
    List<Long> list = new ArrayList<>(out);
    return list.subList(0, Math.min(5, list.size()));
  }
}
