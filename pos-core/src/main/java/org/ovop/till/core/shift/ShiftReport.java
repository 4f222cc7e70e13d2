package org.ovop.till.core.shift;

import java.time.Instant;
import java.util.Map;

/**
 * The X report (mid-shift) or Z report (at close). Drawer cash expected = float + cash sales (after
 * change, with cash rounding) − cash refunds − cash payouts ± cash in/out. Minor units.
 *
 * <p>By method, keyed by method code ({@code cash}, {@code card}, {@code mobile}). Mobile money is
 * also given by service ("Wave", "Orange Money"; {@code ""} for payments that named none), so each
 * wallet's takings can be checked against that wallet's own statement; empty when no mobile money
 * moved.
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
    Map<String, Long> mobileSalesByService,
    Map<String, Long> mobileRefundsByService,
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

  /**
   * Mobile money by service as worth writing under the method's own line: each wallet where the
   * store takes several or where more than one carried money; nothing where one service carried it
   * all and the store takes only that one, since the method's line already bears its name
   * ("M-Pesa").
   */
  public static Map<String, Long> byServiceWorthShowing(
      Map<String, Long> byService, org.ovop.till.core.store.StoreProfile store) {
    boolean worth =
        byService.size() > 1 || (!byService.isEmpty() && store.mobileServices().size() > 1);
    return worth ? byService : Map.of();
  }

  /** Counted minus expected; null until counted. */
  public Long overShort() {
    return counted == null ? null : counted - expected;
  }
}
