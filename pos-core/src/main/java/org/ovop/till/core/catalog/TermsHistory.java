package org.ovop.till.core.catalog;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The terms of one product over time; the terms in force at an instant are the latest begun. */
public record TermsHistory(List<Dated> entries) {

  /** Terms in force from an instant on. */
  public record Dated(Instant effectiveFrom, Terms terms) {}

  public Optional<Terms> at(Instant instant) {
    return entries.stream()
        .filter(e -> !e.effectiveFrom().isAfter(instant))
        .max(Comparator.comparing(Dated::effectiveFrom))
        .map(Dated::terms);
  }
}
