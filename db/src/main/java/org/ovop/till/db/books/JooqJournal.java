package org.ovop.till.db.books;

import static org.ovop.till.db.generated.Tables.JOURNAL_ENTRY;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.ovop.till.core.journal.Journal;
import org.ovop.till.core.journal.JournalEntry;
import org.ovop.till.db.generated.tables.records.JournalEntryRecord;

/** The hash chain over sales, refunds and payouts, in sequence order. */
final class JooqJournal implements Journal {
  private final Supplier<DSLContext> jooq;
  private final Statements statements;

  JooqJournal(Supplier<DSLContext> jooq, Statements statements) {
    this.jooq = jooq;
    this.statements = statements;
  }

  private DSLContext db() {
    return jooq.get();
  }

  @Override
  public Optional<JournalEntry> last() {
    return statements.first(
        "SELECT seq, at, kind, document, content_hash, prev_hash, hash FROM journal_entry"
            + " ORDER BY seq DESC LIMIT 1",
        r ->
            new JournalEntry(
                r.getLong(1),
                Instant.ofEpochMilli(r.getLong(2)),
                r.getString(3),
                r.getString(4),
                r.getString(5),
                r.getString(6),
                r.getString(7)));
  }

  @Override
  public void append(JournalEntry e) {
    statements.run(
        "INSERT INTO journal_entry (seq, at, kind, document, content_hash, prev_hash, hash)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        e.seq(),
        Columns.millis(e.at()),
        e.kind(),
        e.document(),
        e.contentHash(),
        e.prevHash(),
        e.hash());
  }

  @Override
  public List<JournalEntry> all() {
    return db().selectFrom(JOURNAL_ENTRY).orderBy(JOURNAL_ENTRY.SEQ).fetch(JooqJournal::entry);
  }

  private static JournalEntry entry(JournalEntryRecord r) {
    return new JournalEntry(
        r.getSeq(),
        Columns.instant(r.getAt()),
        r.getKind(),
        r.getDocument(),
        r.getContentHash(),
        r.getPrevHash(),
        r.getHash());
  }
}
