package org.ovop.till.core.audit;

import java.util.List;

/** Port: the append-only audit log. */
public interface AuditLog {
  void append(AuditEntry entry);

  List<AuditEntry> all();
}
