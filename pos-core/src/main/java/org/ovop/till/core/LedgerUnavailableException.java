package org.ovop.till.core;

/**
 * The books cannot be reached: a missing or corrupt file, a database locked by another till too
 * long, a server gone. The message is for the cashier; the cause is for the log.
 */
public class LedgerUnavailableException extends RuntimeException {
  public LedgerUnavailableException(String messageForPeople, Throwable cause) {
    super(messageForPeople, cause);
  }
}
