package org.ovop.till.core.money;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A percentage held exactly in basis points (1 % = 100 bp, so 12.5 % = 1250 bp). Commissions,
 * discounts, levies and tax rates are all percentages of this kind.
 */
public record Percent(int basisPoints) {
  public static final Percent ZERO = new Percent(0);
  public static final Percent HUNDRED = new Percent(10_000);

  public Percent {
    if (basisPoints < 0 || basisPoints > 10_000) {
      throw new IllegalArgumentException("a percentage lies between 0 and 100: " + basisPoints);
    }
  }

  /**
   * Reads "12", "12.5", "12,5" or "12.55" (at most two decimals, between 0 and 100); empty when the
   * text is not such a percentage.
   */
  public static Optional<Percent> parse(String text) {
    // A decimal comma as well: Russian and French screens write "12,5 %", and a percentage has no
    // thousands for a comma to group.
    String typed = text == null ? "" : text.strip().replace(',', '.');
    if (!typed.matches("\\d{1,3}(\\.\\d{1,2})?")) {
      return Optional.empty();
    }
    int bp = new BigDecimal(typed).movePointRight(2).intValueExact();
    return bp <= 10_000 ? Optional.of(new Percent(bp)) : Optional.empty();
  }

  /** This percentage of an amount in minor units, rounded half-up. */
  public long of(long amount) {
    return Rounding.percentOf(amount, basisPoints);
  }

  public boolean isZero() {
    return basisPoints == 0;
  }

  /** "12.5", "25", "0.75": how a person writes it. */
  @Override
  public String toString() {
    return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString();
  }
}
