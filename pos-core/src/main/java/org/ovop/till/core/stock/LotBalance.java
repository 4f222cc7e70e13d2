package org.ovop.till.core.stock;

/** What is left of a lot on the shelf: the sum of its movements (negative after oversells). */
public record LotBalance(Lot lot, long onHand) {}
