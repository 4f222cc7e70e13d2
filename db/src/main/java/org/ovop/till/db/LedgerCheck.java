package org.ovop.till.db;

import java.util.List;

/** What `till verify` found: ok, or every problem named in a sentence. */
public record LedgerCheck(List<String> problems) {
  public boolean ok() {
    return problems.isEmpty();
  }
}
