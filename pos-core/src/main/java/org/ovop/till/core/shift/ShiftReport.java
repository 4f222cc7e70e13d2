package org.ovop.till.core.shift;

import java.time.Instant;
import java.util.Map;

/**
 * The X report (mid-shift) or Z report (at close). Drawer cash expected = float + cash sales (after
 * change, with cash rounding) − cash refunds − cash payouts ± cash in/out. Minor units.
 */
public record ShiftReport(
    Shift shift,
    String cashierName,
    Instant at,
    boolean closing,
    int sales,
    int refunds,
    long salesTotal,
    long refundsTotal,
    long roundingTotal,
    Map<String, Long> salesByMethod,
    Map<String, Long> refundsByMethod,
    long cashSales,
    long cashRefunds,
    long payouts,
    long cashInOut,
    long expected,
    Long counted,
    java.util.List<DrawerMove> drawerMoves) {

  /**
   * Cash put in (+) or taken out (−) mid-shift, with the reason given and the manager who approved
   * it: the report says why the drawer holds what it does, not only how much moved.
   */
  public record DrawerMove(Instant at, long amount, String reason, String approvedBy) {}

  /** Counted minus expected; null until counted. */
  public Long overShort() {
    return counted == null ? null : counted - expected;
  }
}
