package org.ovop.till.core.settle;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ovop.till.core.catalog.Member;
import org.ovop.till.core.catalog.ProducerGroup;
import org.ovop.till.core.store.StoreProfile;

/**
 * Everything a producer's statement shows: the store, the group and its members, the settlement
 * with every line it holds, and how (and whether) it was paid.
 */
public record Statement(
    StoreProfile store,
    ProducerGroup group,
    Settlement settlement,
    List<UnsettledLine> lines,
    Map<String, Member> members,
    String settledBy,
    Optional<Payout> payout,
    String paidBy,
    boolean cancelled) {

  /** Each member's net share of the lines (the group's key for units nobody is named for). */
  public Map<String, Long> sharesByMember() {
    return Shares.byMember(lines);
  }
}
