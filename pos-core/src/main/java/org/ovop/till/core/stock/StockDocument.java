package org.ovop.till.core.stock;

import java.time.Instant;

/** A numbered stock paper: consignment note, return note, count sheet or damage note. */
public record StockDocument(
    String number,
    MovementKind kind,
    String groupId,
    String till,
    Instant at,
    String byUser,
    String reason) {}
