package org.ovop.till.core.audit;

import java.time.Instant;

/** Who did what, to what, why, and which manager approved it. */
public record AuditEntry(
    String id,
    Instant at,
    String till,
    String userId,
    String action,
    String subject,
    String reason,
    String approvedBy) {}
