package org.ovop.till.db.books;

import static org.ovop.till.db.generated.Tables.DOCUMENT_COUNTER;

import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.ovop.till.core.Books;
import org.ovop.till.core.audit.AuditLog;
import org.ovop.till.core.catalog.Catalog;
import org.ovop.till.core.journal.Journal;
import org.ovop.till.core.sale.SalesBook;
import org.ovop.till.core.settle.SettlementBook;
import org.ovop.till.core.shift.ShiftBook;
import org.ovop.till.core.stock.StockBook;
import org.ovop.till.core.store.StoreSettings;
import org.ovop.till.core.user.UserBook;

/**
 * The shop's books over the database's one connection, used inside the transaction that handed them
 * out. The common reports and back-office work go through jOOQ; what every sale and scan runs goes
 * through {@link Statements}, prepared once.
 */
public final class JooqBooks implements Books {
  private final Supplier<DSLContext> jooq;
  private final StoreSettings store;
  private final Catalog catalog;
  private final StockBook stock;
  private final SalesBook sales;
  private final ShiftBook shifts;
  private final SettlementBook settlements;
  private final UserBook users;
  private final AuditLog audit;
  private final Journal journal;

  public JooqBooks(Supplier<DSLContext> jooq, Statements statements) {
    this.jooq = jooq;
    this.store = new JooqStoreSettings(jooq, statements);
    this.catalog = new JooqCatalog(jooq, statements);
    this.stock = new JooqStockBook(jooq, statements);
    this.sales = new JooqSalesBook(jooq, statements);
    this.shifts = new JooqShiftBook(jooq, statements);
    this.settlements = new JooqSettlementBook(jooq);
    this.users = new SqlUserBook(statements);
    this.audit = new JooqAuditLog(jooq);
    this.journal = new JooqJournal(jooq, statements);
  }

  private DSLContext db() {
    return jooq.get();
  }

  @Override
  public StoreSettings store() {
    return store;
  }

  @Override
  public Catalog catalog() {
    return catalog;
  }

  @Override
  public StockBook stock() {
    return stock;
  }

  @Override
  public SalesBook sales() {
    return sales;
  }

  @Override
  public ShiftBook shifts() {
    return shifts;
  }

  @Override
  public SettlementBook settlements() {
    return settlements;
  }

  @Override
  public UserBook users() {
    return users;
  }

  @Override
  public AuditLog audit() {
    return audit;
  }

  @Override
  public Journal journal() {
    return journal;
  }

  /**
   * Counters live in a table rather than a database sequence so that SQLite and PostgreSQL share
   * the code; the write transaction that reads a number also stores the next, so no two documents
   * get the same one.
   */
  @Override
  public long nextNumber(String series) {
    Long current =
        db().select(DOCUMENT_COUNTER.VALUE)
            .from(DOCUMENT_COUNTER)
            .where(DOCUMENT_COUNTER.NAME.eq(series))
            .fetchOne(DOCUMENT_COUNTER.VALUE);
    long next = current == null ? 1 : current + 1;
    if (current == null) {
      db().insertInto(DOCUMENT_COUNTER)
          .set(DOCUMENT_COUNTER.NAME, series)
          .set(DOCUMENT_COUNTER.VALUE, next)
          .execute();
    } else {
      db().update(DOCUMENT_COUNTER)
          .set(DOCUMENT_COUNTER.VALUE, next)
          .where(DOCUMENT_COUNTER.NAME.eq(series))
          .execute();
    }
    return next;
  }
}
