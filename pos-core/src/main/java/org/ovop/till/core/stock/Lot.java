package org.ovop.till.core.stock;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One product in one delivery, listed on a consignment note. Lots give aging and traceability, and
 * let a payout reach the member who made the goods.
 */
public record Lot(
    String id,
    String noteNumber,
    int lineNo,
    String productId,
    String memberId,
    long quantity,
    Instant receivedAt,
    LocalDate bestBefore) {}
