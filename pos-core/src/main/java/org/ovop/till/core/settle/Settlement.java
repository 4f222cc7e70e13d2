package org.ovop.till.core.settle;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a group is owed for its lines up to a cutoff: shares of sales, less refunded shares, less
 * the cooperative levy. Stored once; a manager may cancel it while unpaid, never after.
 */
public record Settlement(
    String id,
    String groupId,
    LocalDate until,
    Instant cutoff,
    Instant at,
    String byUser,
    long sales,
    long refunds,
    int levyBasisPoints,
    long deductions,
    long commission,
    long payout,
    int lines) {}
