package org.ovop.till.core.shift;

import java.util.List;
import java.util.Optional;

/** Port: shifts, their closes and the drawer's cash movements. */
public interface ShiftBook {
  Optional<Shift> openShift(String till);

  Optional<Shift> byId(String shiftId);

  Optional<ShiftClose> closeOf(String shiftId);

  /** The most recently opened shift on the till, open or closed. */
  Optional<Shift> latest(String till);

  void open(Shift shift);

  void close(ShiftClose close);

  void addCash(CashMovement movement);

  List<CashMovement> cash(String shiftId);
}
