package org.ovop.till.core.settle;

import java.time.Instant;

/** How a settlement's money left the shop: recorded once, in the journal's chain. */
public record Payout(
    String settlementId,
    Instant at,
    PayoutMethod method,
    String reference,
    long amount,
    String paidBy,
    String shiftId) {}
