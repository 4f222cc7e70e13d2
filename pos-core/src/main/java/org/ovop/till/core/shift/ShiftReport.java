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
    Long counted) {

  /** Counted minus expected; null until counted. */
  public Long overShort() {
    return counted == null ? null : counted - expected;
  }
}
