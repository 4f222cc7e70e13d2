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

  /**
   * The totals of the unsettled lines made before the cutoff, one entry per group that has any;
   * only the given group's when {@code groupId} is not null.
   */
  List<UnsettledTotals> unsettledTotals(String groupId, Instant cutoff);

  /**
   * Stores settlements made at one cutoff, at most one per group, and claims for each every line of
   * its group made before that cutoff that no settlement holds; returns how many lines were claimed
   * in all. A line already claimed makes the database refuse.
   */
  int save(List<Settlement> settlements);

  Optional<Settlement> byId(String id);

  /** Settlements neither paid nor cancelled, oldest first: money a group is still owed. */
  List<Settlement> unpaid();

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
