package org.ovop.till.printing.transport;

/** What a printer answers to DLE EOT, reduced to what a cashier can act on. */
public enum PrinterStatus {
  READY,
  PAPER_OUT,
  PAPER_NEAR_END,
  COVER_OPEN,
  OFFLINE,
  UNKNOWN
}
