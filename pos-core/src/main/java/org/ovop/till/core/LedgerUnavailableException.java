package org.ovop.till.core;

/**
 * The books cannot be reached: a missing or corrupt file, a database locked by another till too
 * long, a server gone. The message is for the cashier, in English as the command line speaks; the
 * trouble and the place let a screen say the same in its own language; the cause is for the log.
 */
public class LedgerUnavailableException extends RuntimeException {
  /** What is wrong, as far as the database told; {@code OTHER} has only the English message. */
  public enum Trouble {
    BUSY,
    DAMAGED,
    READ_ONLY,
    APPEND_ONLY,
    OTHER
  }

  private final Trouble trouble;
  private final String where;

  public LedgerUnavailableException(String messageForPeople, Throwable cause) {
    this(Trouble.OTHER, null, messageForPeople, cause);
  }

  public LedgerUnavailableException(
      Trouble trouble, String where, String messageForPeople, Throwable cause) {
    super(messageForPeople, cause);
    this.trouble = trouble;
    this.where = where;
  }

  public Trouble trouble() {
    return trouble;
  }

  /** The database named in the message (a file or a server), or null. */
  public String where() {
    return where;
  }
}
