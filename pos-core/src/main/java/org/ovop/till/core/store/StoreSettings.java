package org.ovop.till.core.store;

import java.time.Instant;
import java.util.Optional;

/** Port: the one row of store settings. */
public interface StoreSettings {
  Optional<StoreProfile> profile();

  void save(StoreProfile profile, Instant at);

  /** True once any sale or refund exists (the currency is then fixed). */
  boolean hasSales();

  /** The receipt printer; {@link PrinterSetting#ON_SCREEN} until one is saved. */
  PrinterSetting printer();

  /** Saves the receipt printer on the existing store row. */
  void savePrinter(PrinterSetting printer);
}
