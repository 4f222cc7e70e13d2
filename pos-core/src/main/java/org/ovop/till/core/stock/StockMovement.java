package org.ovop.till.core.stock;

import java.time.Instant;

/**
 * One row of the append-only stock ledger. Quantity is signed: on-hand is the sum of movements.
 * {@code lotId} is null only for stock that never came through a lot (sold before any intake).
 */
public record StockMovement(
    String id,
    Instant at,
    String productId,
    String lotId,
    MovementKind kind,
    long quantity,
    String document,
    String saleLineId,
    String byUser) {}
