package org.ovop.till.core.catalog;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The terms of one product over time; the terms in force at an instant are the latest begun, and
 * before the first began, the first.
 */
public record TermsHistory(List<Dated> entries) {

  /** Terms in force from an instant on. */
  public record Dated(Instant effectiveFrom, Terms terms) {}

  /**
   * Empty only for a product with no terms at all. An instant before the first terms began is a
   * till whose clock is behind the one that added the product (several tills on one server): the
   * product exists, and its first terms are the only ones it ever had until then. Refusing it, the
   * counter failed the sale of an item the customer was holding.
   */
  public Optional<Terms> at(Instant instant) {
    return entries.stream()
        .filter(e -> !e.effectiveFrom().isAfter(instant))
        .max(Comparator.comparing(Dated::effectiveFrom))
        .or(() -> entries.stream().min(Comparator.comparing(Dated::effectiveFrom)))
        .map(Dated::terms);
  }
}
