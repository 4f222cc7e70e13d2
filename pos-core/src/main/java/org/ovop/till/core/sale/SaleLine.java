package org.ovop.till.core.sale;

import org.ovop.till.core.catalog.Terms;
import org.ovop.till.core.money.Percent;

/**
 * A line of a sale, or the refunded part of one (then {@code refundOfLine} names the sale line and
 * every figure is the positive amount given back). The terms are a copy of those in force at the
 * sale, so later changes of terms never change what a producer earned. Amounts in minor units.
 *
 * <p>{@code unitPrice} is what each unit was sold at; {@code listPrice} is the catalogue's price at
 * the time. They differ only where a manager set another price at the counter (a shelf label
 * printed before a price change, a jar with a dented lid), and the producer's statement and the
 * receipt say so.
 */
public record SaleLine(
    String id,
    int lineNo,
    String productId,
    String groupId,
    String sku,
    String name,
    long quantity,
    long unitPrice,
    long listPrice,
    Percent discountRate,
    long gross,
    long discount,
    long amount,
    Percent taxRate,
    Terms terms,
    long producerShare,
    long commission,
    String refundOfLine) {

  /** Whether this line was sold at a price a manager set instead of the catalogue's. */
  public boolean priceOverridden() {
    return unitPrice != listPrice;
  }
}
