package org.ovop.till.core.shift;

import java.time.Instant;

/** The close of a shift: cash expected by the books against cash counted in the drawer. */
public record ShiftClose(
    String shiftId, Instant closedAt, String closedBy, long expected, long counted) {
  public long overShort() {
    return counted - expected;
  }
}
