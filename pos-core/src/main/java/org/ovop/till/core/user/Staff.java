package org.ovop.till.core.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ovop.till.core.Outcome;
import org.ovop.till.core.Refusal.Reason;
import org.ovop.till.core.Transactions;
import org.ovop.till.core.audit.AuditEntry;
import org.ovop.till.core.shift.Shift;

/**
 * Who may do what. A PIN names its user (PINs are unique), so five wrong PINs in a row on a till
 * lock PIN entry on that till for five minutes: a wrong PIN names nobody whose account could be
 * locked instead.
 */
public final class Staff {
  public static final int WRONG_PINS_BEFORE_LOCK = 5;
  public static final Duration LOCK = Duration.ofMinutes(5);

  private final Transactions tx;
  private final Clock clock;
  private final String till;
  private final PinHasher hasher;

  public Staff(Transactions tx, Clock clock, String till, PinHasher hasher) {
    this.tx = tx;
    this.clock = clock;
    this.till = till;
    this.hasher = hasher;
  }

  /** Adds a user. The first user of a new store needs nobody's approval; later ones a manager's. */
  public Outcome<User> add(User by, String name, Role role, String pin) {
    if (name == null || name.isBlank()) {
      return Outcome.refused(Reason.MISSING, "A name");
    }
    if (!PinHasher.isWellFormed(pin)) {
      return Outcome.refused(Reason.BAD_PIN);
    }
    return tx.write(
        books -> {
          List<User> users = books.users().all();
          if (!users.isEmpty()) {
            if (by == null) {
              return Outcome.refused(Reason.FIRST_USER_ONLY);
            }
            Role needed = role == Role.CASHIER ? Role.MANAGER : role;
            if (!by.role().atLeast(needed)) {
              return Outcome.refused(Reason.NEEDS_ROLE, needed.code(), by.name(), by.role().code());
            }
          }
          if (users.stream().anyMatch(u -> u.name().equalsIgnoreCase(name.strip()))) {
            return Outcome.refused(Reason.DUPLICATE_USER, name.strip());
          }
          if (users.stream().anyMatch(u -> hasher.matches(pin, u.pinHash()))) {
            return Outcome.refused(Reason.PIN_TAKEN);
          }
          Instant now = clock.instant();
          User user = new User(UUID.randomUUID().toString(), name.strip(), role, hasher.hash(pin));
          books.users().add(user, now);
          books
              .audit()
              .append(
                  AuditEntry.of(
                      now,
                      till,
                      by == null ? null : by.id(),
                      "USER_ADD",
                      user.name() + " (" + role.code() + ")",
                      null,
                      null));
          return Outcome.done(user);
        });
  }

  /**
   * The user a PIN belongs to. A wrong PIN is recorded (the write commits even though the answer is
   * a refusal) and counts toward the till's lock.
   */
  public Outcome<User> signIn(String pin) {
    return signIn(pin, Role.CASHIER, true);
  }

  /**
   * Signs in, checking the users most likely to own the PIN first: at the counter the cashier on
   * shift, then cashiers; for an approval, managers. Only the order of the checks depends on it.
   */
  private Outcome<User> signIn(String pin, Role expected, boolean shiftCashierFirst) {
    if (!PinHasher.isWellFormed(pin)) {
      return Outcome.refused(Reason.BAD_PIN);
    }
    Instant now = clock.instant();
    while (true) {
      // The PBKDF2 rounds are worked out between two short transactions, not inside the write:
      // holding the ledger's write lock for them made tills signing in at once wait on each other
      // past the busy timeout. The write then checks that the users are still the ones hashed.
      Optional<Outcome<User>> locked = tx.read(books -> lockedOut(books.users(), now));
      if (locked.isPresent()) {
        return locked.get();
      }
      Candidates candidates =
          tx.read(
              books ->
                  new Candidates(
                      books.users().all(),
                      shiftCashierFirst
                          ? books.shifts().openShift(till).map(Shift::cashierId)
                          : Optional.empty()));
      List<User> users = candidates.users();
      Optional<User> match = owner(pin, candidates.likelyFirst(expected));
      Outcome<Optional<Outcome<User>>> recorded =
          tx.write(
              books -> {
                Optional<Outcome<User>> lockedNow = lockedOut(books.users(), now);
                if (lockedNow.isPresent()) {
                  return Outcome.done(lockedNow);
                }
                if (!books.users().all().equals(users)) {
                  // A user was added or changed a PIN meanwhile: hash again against the new list.
                  return Outcome.done(Optional.empty());
                }
                if (match.isPresent()) {
                  if (!books.users().wrongPinsSince(till, now.minus(LOCK)).isEmpty()) {
                    books.users().clearWrongPins(till);
                  }
                  return Outcome.done(Optional.of(Outcome.done(match.get())));
                }
                books.users().recordWrongPin(till, now);
                // The wrong PIN that starts the lock says the lock, not "wrong PIN" once more.
                return Outcome.done(
                    Optional.of(
                        lockedOut(books.users(), now)
                            .orElseGet(() -> Outcome.refused(Reason.WRONG_PIN))));
              });
      if (recorded.value().isPresent()) {
        return recorded.value().get();
      }
    }
  }

  /** The refusal while PIN entry on this till is locked by recent wrong PINs. */
  private Optional<Outcome<User>> lockedOut(UserBook book, Instant now) {
    List<Instant> recent = book.wrongPinsSince(till, now.minus(LOCK));
    if (recent.size() < WRONG_PINS_BEFORE_LOCK) {
      return Optional.empty();
    }
    Instant until = recent.get(recent.size() - 1).plus(LOCK);
    return Optional.of(Outcome.refused(Reason.LOCKED_OUT, till, until));
  }

  /**
   * The user whose hash the PIN matches; the checks stop at the first match, since PINs are unique
   * ({@link #add} refuses a taken one). Each check costs the full PBKDF2 rounds. The likeliest user
   * is checked alone, which leaves the other cores to the screen (the till builds the counter
   * meanwhile); only if it is someone else are the rest checked side by side on every core.
   */
  private Optional<User> owner(String pin, List<User> likelyFirst) {
    if (likelyFirst.isEmpty()) {
      return Optional.empty();
    }
    User likeliest = likelyFirst.get(0);
    if (hasher.matches(pin, likeliest.pinHash())) {
      return Optional.of(likeliest);
    }
    return likelyFirst.subList(1, likelyFirst.size()).parallelStream()
        .filter(u -> hasher.matches(pin, u.pinHash()))
        .findAny();
  }

  /** The users when a PIN was typed, and the cashier on shift at this till, if any. */
  private record Candidates(List<User> users, Optional<String> onShift) {
    List<User> likelyFirst(Role expected) {
      return Staff.likelyFirst(users, onShift, expected);
    }
  }

  /**
   * The order in which a PIN is checked: the cashier on shift, then users by how far their role is
   * from the one expected, in the list's order within a role.
   */
  static List<User> likelyFirst(List<User> users, Optional<String> onShift, Role expected) {
    Comparator<User> order =
        Comparator.<User>comparingInt(u -> onShift.filter(u.id()::equals).isPresent() ? 0 : 1)
            .thenComparingInt(u -> Math.abs(u.role().ordinal() - expected.ordinal()));
    return users.stream().sorted(order).toList();
  }

  /** Signs in and checks the role. */
  public Outcome<User> signIn(String pin, Role needed) {
    return signIn(pin, needed, needed == Role.CASHIER)
        .then(
            u ->
                u.role().atLeast(needed)
                    ? Outcome.done(u)
                    : Outcome.refused(Reason.NEEDS_ROLE, needed.code(), u.name(), u.role().code()));
  }

  /** A manager's approval of an override: the manager's own PIN and a reason. */
  public Outcome<Approval> approve(String managerPin, String reason) {
    if (managerPin == null || managerPin.isBlank()) {
      return Outcome.refused(Reason.MANAGER_PIN_NEEDED);
    }
    if (reason == null || reason.isBlank()) {
      return Outcome.refused(Reason.REASON_NEEDED);
    }
    return signIn(managerPin, Role.MANAGER).map(m -> new Approval(m, reason.strip()));
  }

  /**
   * Until when PIN entry on this till is locked after too many wrong PINs; empty when it is open.
   * The lock is the till's, since a wrong PIN names nobody: every user waits it out on this till.
   */
  public Optional<Instant> pinEntryLockedUntil() {
    Instant now = clock.instant();
    List<Instant> recent = tx.read(books -> books.users().wrongPinsSince(till, now.minus(LOCK)));
    return recent.size() >= WRONG_PINS_BEFORE_LOCK
        ? Optional.of(recent.get(recent.size() - 1).plus(LOCK))
        : Optional.empty();
  }

  public List<User> users() {
    return tx.read(books -> books.users().all());
  }
}
