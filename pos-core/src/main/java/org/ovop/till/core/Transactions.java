package org.ovop.till.core;

import java.util.function.Function;

/**
 * Transactions at the use-case boundary. A write either commits everything it did or nothing: a
 * refusal rolls back, so a refused command never leaves half a sale behind.
 */
public interface Transactions {

  /**
   * Runs work in one write transaction, committed durably before this returns when the outcome is
   * done, rolled back when it is refused or throws.
   *
   * @throws LedgerUnavailableException when the database cannot be reached or stays locked
   */
  <T> Outcome<T> write(Function<Books, Outcome<T>> work);

  /** Runs work that only reads, on a consistent snapshot. */
  <T> T read(Function<Books, T> work);
}
