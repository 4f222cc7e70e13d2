package org.ovop.till.core.settle;

/**
 * What a group's unsettled lines before a cutoff add up to: the shares of its sale lines, the
 * refunded shares of its refund lines, the store's net commission on them and how many lines there
 * are. Enough to decide whether the group is paid now, without reading every line.
 */
public record UnsettledTotals(
    String groupId, long sales, long refunds, long commission, int lines) {}
