package org.ovop.till.core.sale;

import org.ovop.till.core.catalog.Terms;
import org.ovop.till.core.money.Percent;

/**
 * A line priced by the rules of DOMAIN.md: gross = unit price × quantity, discount = gross × pct
 * rounded half-up, amount = gross − discount, and the amount split into producer share and store
 * commission by the terms in force.
 */
public record PricedLine(
    long gross, long discount, long amount, long producerShare, long commission) {

  public static PricedLine price(long unitPrice, long quantity, Percent discountRate, Terms terms) {
    long gross = Math.multiplyExact(unitPrice, quantity);
    long discount = discountRate.of(gross);
    long amount = gross - discount;
    Terms.Split split = terms.split(amount, quantity);
    return new PricedLine(gross, discount, amount, split.producerShare(), split.commission());
  }
}
