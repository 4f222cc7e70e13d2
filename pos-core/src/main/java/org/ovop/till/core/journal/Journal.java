package org.ovop.till.core.journal;

import java.util.List;
import java.util.Optional;

/** Port: the journal, append-only. */
public interface Journal {
  Optional<JournalEntry> last();

  void append(JournalEntry entry);

  /** Every entry in chain order. */
  List<JournalEntry> all();
}
