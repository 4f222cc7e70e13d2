package org.ovop.till.core;

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
 * The shop's books inside one transaction: every port a use case may read or write. An adapter
 * (SQLite or PostgreSQL) hands out one {@code Books} per transaction through {@link Transactions}.
 */
public interface Books {
  StoreSettings store();

  Catalog catalog();

  StockBook stock();

  SalesBook sales();

  ShiftBook shifts();

  SettlementBook settlements();

  UserBook users();

  AuditLog audit();

  Journal journal();

  /** Next number of a document series such as {@code CN-T1} (consignment notes of till T1). */
  long nextNumber(String series);
}
