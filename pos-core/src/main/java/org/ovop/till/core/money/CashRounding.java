package org.ovop.till.core.money;

/**
 * The store's cash rounding increment in minor units (KGS 100 = 1 som, XOF 5, 1 = none). Only the
 * part of a sale paid in cash is rounded; the difference is the store's, never a line's.
 */
public record CashRounding(long increment) {
  public static final CashRounding NONE = new CashRounding(1);

  public CashRounding {
    if (increment < 1) {
      throw new IllegalArgumentException("cash rounding increment must be at least 1 minor unit");
    }
  }

  /** The amount rounded half-up to a multiple of the increment. */
  public long round(long amount) {
    return Rounding.halfUp(amount, increment) * increment;
  }
}
