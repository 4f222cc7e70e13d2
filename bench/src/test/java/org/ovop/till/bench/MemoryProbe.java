package org.ovop.till.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.ovop.till.app.TillServices;

/** A till that opens a big month and settles it; prints its peak heap in MB. */
public final class MemoryProbe {
  private MemoryProbe() {}

  public static void main(String[] args) {
    try (TillServices till =
        TillServices.open(
            args[0],
            "T1",
            Clock.fixed(Instant.parse("2026-11-02T05:00:00Z"), ZoneOffset.UTC),
            false)) {
      var admin = till.staff().users().get(0);
      till.settlements().settle(admin, LocalDate.of(2026, 11, 1), null, false).value();
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(java.util.Locale.ROOT, "PEAK %.1f%n", peak / 1024.0 / 1024.0);
  }
}
