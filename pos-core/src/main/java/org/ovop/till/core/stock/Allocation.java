package org.ovop.till.core.stock;

/** A quantity taken from (or put back into) one lot; {@code lotId} null means no lot exists. */
public record Allocation(String lotId, long quantity) {}
