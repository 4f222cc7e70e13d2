package org.ovop.till.core.audit;

import java.util.List;

/** Port: the append-only audit log. */
public interface AuditLog {
  void append(AuditEntry entry);

  List<AuditEntry> all();

  /** Entries from {@code from} (included) to {@code to} (excluded), oldest first. */
  List<AuditEntry> between(java.time.Instant from, java.time.Instant to);

  /** One entry, found by the id a record that points at it keeps (a drawer's cash movement). */
  java.util.Optional<AuditEntry> byId(String id);
}
