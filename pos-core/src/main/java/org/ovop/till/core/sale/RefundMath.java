package org.ovop.till.core.sale;

import org.ovop.till.core.money.Rounding;

/**
 * The cumulative refund rule: refunding k of n units when K were refunded before gives back
 * round(whole × (K+k) / n) − round(whole × K / n). Whatever the steps, refunding all n units gives
 * back exactly the whole, so no minor unit is lost or made up by rounding.
 */
public final class RefundMath {
  private RefundMath() {}

  public static long refundedPart(
      long whole, long lineQuantity, long refundedBefore, long refundNow) {
    if (refundNow <= 0 || refundedBefore < 0 || refundedBefore + refundNow > lineQuantity) {
      throw new IllegalArgumentException(
          "cannot refund " + refundNow + " of " + lineQuantity + " after " + refundedBefore);
    }
    return Rounding.proportion(whole, refundedBefore + refundNow, lineQuantity)
        - Rounding.proportion(whole, refundedBefore, lineQuantity);
  }
}
