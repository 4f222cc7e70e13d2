package org.ovop.till.core.catalog;

import java.time.LocalDate;

/**
 * The OVOP brand certificate of a product. A product without a valid one cannot be received or sold
 * without a manager's audited override.
 */
public record Certificate(String number, LocalDate validUntil) {
  /** Valid through the whole of its last day. */
  public boolean isValidOn(LocalDate day) {
    return validUntil != null && !day.isAfter(validUntil);
  }
}
