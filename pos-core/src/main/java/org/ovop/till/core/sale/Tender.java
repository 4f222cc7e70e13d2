package org.ovop.till.core.sale;

/** One payment on a document, in minor units; mobile money carries its transaction reference. */
public record Tender(TenderMethod method, long amount, String reference) {
  public Tender {
    if (amount < 0) {
      throw new IllegalArgumentException("a tender is never negative");
    }
  }
}
