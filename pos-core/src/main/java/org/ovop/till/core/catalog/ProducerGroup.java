package org.ovop.till.core.catalog;

import org.ovop.till.core.money.Percent;

/**
 * A cooperative that delivers goods on consignment or buy-back, such as {@code IK-01}. The levy is
 * the cooperative's own deduction from each payout (zero for most groups).
 */
public record ProducerGroup(
    String id, String code, String name, String region, String village, Percent levy) {}
