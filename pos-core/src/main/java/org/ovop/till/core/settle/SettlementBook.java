package org.ovop.till.core.settle;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: settlements, the lines they hold, cancellations and payouts. */
public interface SettlementBook {
  /**
   * The group's sale and refund lines made before the cutoff that no settlement holds, in order.
   */
  List<UnsettledLine> unsettled(String groupId, Instant cutoff);

  /** Stores a settlement and claims its lines; a line already claimed makes the database refuse. */
  void save(Settlement settlement, List<String> saleLineIds);

  Optional<Settlement> byId(String id);

  /** The lines a settlement holds, as they were when it was made. */
  List<UnsettledLine> linesOf(String settlementId);

  /** Releases the lines of an unpaid settlement and records who cancelled it and why. */
  void cancel(String settlementId, Instant at, String byUser, String reason);

  boolean isCancelled(String settlementId);

  void pay(Payout payout);

  Optional<Payout> payoutOf(String settlementId);

  /** Payouts made with {@code from ≤ at < to}, oldest first. */
  List<Payout> payoutsBetween(Instant from, Instant to);
}
