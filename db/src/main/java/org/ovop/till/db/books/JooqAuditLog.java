package org.ovop.till.db.books;

import static org.ovop.till.db.generated.Tables.AUDIT_ENTRY;

import java.util.List;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.ovop.till.core.audit.AuditEntry;
import org.ovop.till.core.audit.AuditLog;

/** Who did what and who approved it; rows are only ever added. */
final class JooqAuditLog implements AuditLog {
  private final Supplier<DSLContext> jooq;

  JooqAuditLog(Supplier<DSLContext> jooq) {
    this.jooq = jooq;
  }

  private DSLContext db() {
    return jooq.get();
  }

  @Override
  public void append(AuditEntry e) {
    db().insertInto(AUDIT_ENTRY)
        .set(AUDIT_ENTRY.ID, e.id())
        .set(AUDIT_ENTRY.AT, Columns.millis(e.at()))
        .set(AUDIT_ENTRY.TILL, e.till())
        .set(AUDIT_ENTRY.USER_ID, e.userId())
        .set(AUDIT_ENTRY.ACTION, e.action())
        .set(AUDIT_ENTRY.SUBJECT, e.subject())
        .set(AUDIT_ENTRY.REASON, e.reason())
        .set(AUDIT_ENTRY.APPROVED_BY, e.approvedBy())
        .execute();
  }

  @Override
  public List<AuditEntry> all() {
    return db().selectFrom(AUDIT_ENTRY)
        .orderBy(AUDIT_ENTRY.AT, AUDIT_ENTRY.ID)
        .fetch(JooqAuditLog::entry);
  }

  @Override
  public List<AuditEntry> between(java.time.Instant from, java.time.Instant to) {
    return db().selectFrom(AUDIT_ENTRY)
        .where(AUDIT_ENTRY.AT.ge(Columns.millis(from)).and(AUDIT_ENTRY.AT.lt(Columns.millis(to))))
        .orderBy(AUDIT_ENTRY.AT, AUDIT_ENTRY.ID)
        .fetch(JooqAuditLog::entry);
  }

  @Override
  public java.util.Optional<AuditEntry> byId(String id) {
    return db().selectFrom(AUDIT_ENTRY)
        .where(AUDIT_ENTRY.ID.eq(id))
        .fetchOptional()
        .map(JooqAuditLog::entry);
  }

  private static AuditEntry entry(org.ovop.till.db.generated.tables.records.AuditEntryRecord r) {
    return new AuditEntry(
        r.getId(),
        Columns.instant(r.getAt()),
        r.getTill(),
        r.getUserId(),
        r.getAction(),
        r.getSubject(),
        r.getReason(),
        r.getApprovedBy());
  }
}
