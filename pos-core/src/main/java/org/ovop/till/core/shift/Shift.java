package org.ovop.till.core.shift;

import java.time.Instant;

/** A cashier's drawer session on one till, opened with a float in minor units. */
public record Shift(
    String id, String till, String cashierId, Instant openedAt, long openingFloat) {}
