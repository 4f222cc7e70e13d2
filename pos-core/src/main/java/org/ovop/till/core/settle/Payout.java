package org.ovop.till.core.settle;

import java.time.Instant;

/**
 * How a settlement's money left the shop: recorded once, in the journal's chain. {@code service} is
 * the mobile money wallet that carried a mobile payout ("Wave", "M-Pesa"), in the store's spelling;
 * null for cash and bank, and for a mobile payout whose wallet nobody named.
 */
public record Payout(
    String settlementId,
    Instant at,
    PayoutMethod method,
    String reference,
    long amount,
    String paidBy,
    String shiftId,
    String service) {

  public Payout {
    if (service != null && method != PayoutMethod.MOBILE) {
      throw new IllegalArgumentException("only mobile money has a service, not " + method.code());
    }
  }
}
