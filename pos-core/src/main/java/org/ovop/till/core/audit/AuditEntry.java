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
    String approvedBy) {

  /**
   * A new entry of the log, with an id of its own. The services each record what they did this way;
   * only the log's reader builds entries from stored ids.
   */
  public static AuditEntry of(
      Instant at,
      String till,
      String userId,
      String action,
      String subject,
      String reason,
      String approvedBy) {
    return new AuditEntry(
        java.util.UUID.randomUUID().toString(),
        at,
        till,
        userId,
        action,
        subject,
        reason,
        approvedBy);
  }
}
