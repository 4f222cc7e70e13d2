package org.ovop.till.core.stock;

import java.util.List;

/**
 * What the shelf holds of one product: its lots with what is left of each, oldest first, and the
 * product's whole on-hand (the sum of all its movements, lot-less ones included).
 */
public record Shelf(List<LotBalance> lotsOldestFirst, long onHand) {}
