package org.ovop.till.db.books;

import static org.ovop.till.db.generated.Tables.JOURNAL_ENTRY;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.ovop.till.core.journal.Journal;
import org.ovop.till.core.journal.JournalEntry;
import org.ovop.till.db.generated.tables.records.JournalEntryRecord;

/** The hash chain over sales, refunds and payouts, in sequence order. */
final class JooqJournal implements Journal {
  private final DSLContext db;

  JooqJournal(DSLContext db) {
    this.db = db;
  }

  @Override
  public Optional<JournalEntry> last() {
    return db.selectFrom(JOURNAL_ENTRY)
        .orderBy(JOURNAL_ENTRY.SEQ.desc())
        .limit(1)
        .fetchOptional()
        .map(JooqJournal::entry);
  }

  @Override
  public void append(JournalEntry e) {
    db.insertInto(JOURNAL_ENTRY)
        .set(JOURNAL_ENTRY.SEQ, e.seq())
        .set(JOURNAL_ENTRY.AT, Columns.millis(e.at()))
        .set(JOURNAL_ENTRY.KIND, e.kind())
        .set(JOURNAL_ENTRY.DOCUMENT, e.document())
        .set(JOURNAL_ENTRY.CONTENT_HASH, e.contentHash())
        .set(JOURNAL_ENTRY.PREV_HASH, e.prevHash())
        .set(JOURNAL_ENTRY.HASH, e.hash())
        .execute();
  }

  @Override
  public List<JournalEntry> all() {
    return db.selectFrom(JOURNAL_ENTRY).orderBy(JOURNAL_ENTRY.SEQ).fetch(JooqJournal::entry);
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
