package org.ovop.till.core.sale;

/** Documents on the receipt roll. Corrections are new documents, never edits. */
public enum SaleKind {
  SALE,
  REFUND
}
