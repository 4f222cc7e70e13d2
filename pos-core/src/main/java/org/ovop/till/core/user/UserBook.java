package org.ovop.till.core.user;

import java.time.Instant;
import java.util.List;

/** Port: users and the wrong PINs that lock PIN entry. */
public interface UserBook {
  List<User> all();

  void add(User user, Instant at);

  void recordWrongPin(String till, Instant at);

  /** Wrong PINs on the till at or after an instant, oldest first. */
  List<Instant> wrongPinsSince(String till, Instant since);

  /** Forgets the till's wrong PINs after a right one. */
  void clearWrongPins(String till);
}
