package org.ovop.till.core.sale;

import org.ovop.till.core.catalog.Terms;
import org.ovop.till.core.money.Percent;

/**
 * A line of a sale, or the refunded part of one (then {@code refundOfLine} names the sale line and
 * every figure is the positive amount given back). The terms are a copy of those in force at the
 * sale, so later changes of terms never change what a producer earned. Amounts in minor units.
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
    Percent discountRate,
    long gross,
    long discount,
    long amount,
    Percent taxRate,
    Terms terms,
    long producerShare,
    long commission,
    String refundOfLine) {}
