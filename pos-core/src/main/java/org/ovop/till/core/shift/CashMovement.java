package org.ovop.till.core.shift;

import java.time.Instant;

/** Cash into (+) or out of (−) a drawer, in minor units. */
public record CashMovement(
    String id,
    String shiftId,
    Instant at,
    CashKind kind,
    long amount,
    String document,
    String byUser) {}
