package org.ovop.till.core.stock;

/** Why stock moved. Signs: intake and refund add, the others take away (a count may do either). */
public enum MovementKind {
  INTAKE,
  SALE,
  REFUND,
  RETURN_TO_PRODUCER,
  COUNT_ADJUSTMENT,
  DAMAGE
}
