package org.ovop.till.core.store;

import java.time.Instant;
import java.util.Optional;

/** Port: the one row of store settings. */
public interface StoreSettings {
  Optional<StoreProfile> profile();

  void save(StoreProfile profile, Instant at);

  /** True once any sale or refund exists (the currency is then fixed). */
  boolean hasSales();
}
