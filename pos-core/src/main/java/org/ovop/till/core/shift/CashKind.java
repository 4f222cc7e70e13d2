package org.ovop.till.core.shift;

/** Why cash moved in or out of a drawer. */
public enum CashKind {
  SALE,
  REFUND,
  PAYOUT,
  CASH_IN,
  CASH_OUT
}
