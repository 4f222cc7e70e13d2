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
   * Reads "12", "12.5" or "12.55" (at most two decimals, between 0 and 100); empty when the text is
   * not such a percentage.
   */
  public static Optional<Percent> parse(String text) {
    if (text == null || !text.strip().matches("\\d{1,3}(\\.\\d{1,2})?")) {
      return Optional.empty();
    }
    int bp = new BigDecimal(text.strip()).movePointRight(2).intValueExact();
    return bp <= 10_000 ? Optional.of(new Percent(bp)) : Optional.empty();
  }

  /**
   * Reads a percentage as a person types it on a screen in this locale: with its decimal sign
   * ("12,5" in Russian and French; in English a comma is not a decimal sign and is refused), or
   * with a point as {@link #parse} reads it, and an optional "%" after it.
   */
  public static Optional<Percent> parseTyped(String text, java.util.Locale locale) {
    if (text == null) {
      return Optional.empty();
    }
    String typed = text.strip();
    if (typed.endsWith("%")) {
      typed = typed.substring(0, typed.length() - 1).strip();
    }
    char decimal = java.text.DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
    return parse(typed.replace(decimal, '.'));
  }

  /** This percentage of an amount in minor units, rounded half-up. */
  public long of(long amount) {
    return Rounding.percentOf(amount, basisPoints);
  }

  public boolean isZero() {
    return basisPoints == 0;
  }

  /**
   * As a screen in this locale writes it: "12,5" in Russian and French, "12.5" in English; {@link
   * #parseTyped} reads it back.
   */
  public String figure(java.util.Locale locale) {
    char decimal = java.text.DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
    return toString().replace('.', decimal);
  }

  /** "12.5", "25", "0.75": how a person writes it. */
  @Override
  public String toString() {
    return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString();
  }
}
