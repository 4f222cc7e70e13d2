package org.ovop.till.db.books;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.ovop.till.core.user.Role;
import org.ovop.till.core.user.User;
import org.ovop.till.core.user.UserBook;

/**
 * Users with their PIN hashes, and the wrong PINs that lock a till's PIN entry. Plain statements,
 * not jOOQ: sign-in is the first thing a till does after it starts, and it should not wait for jOOQ
 * to load.
 */
final class SqlUserBook implements UserBook {
  private final Statements statements;

  SqlUserBook(Statements statements) {
    this.statements = statements;
  }

  @Override
  public List<User> all() {
    return statements.all(
        "SELECT id, name, role, pin_hash FROM app_user ORDER BY created_at, name",
        r ->
            new User(
                r.getString(1),
                r.getString(2),
                Role.parse(r.getString(3)).orElseThrow(),
                r.getString(4)));
  }

  @Override
  public void add(User u, Instant at) {
    statements.run(
        "INSERT INTO app_user (id, name, role, pin_hash, created_at) VALUES (?, ?, ?, ?, ?)",
        u.id(),
        u.name(),
        u.role().code(),
        u.pinHash(),
        Columns.millis(at));
  }

  @Override
  public void recordWrongPin(String till, Instant at) {
    statements.run(
        "INSERT INTO pin_failure (id, till, at) VALUES (?, ?, ?)",
        UUID.randomUUID().toString(),
        till,
        Columns.millis(at));
  }

  @Override
  public List<Instant> wrongPinsSince(String till, Instant since) {
    return statements.all(
        "SELECT at FROM pin_failure WHERE till = ? AND at >= ? ORDER BY at",
        r -> Instant.ofEpochMilli(r.getLong(1)),
        till,
        Columns.millis(since));
  }

  @Override
  public void clearWrongPins(String till) {
    statements.run("DELETE FROM pin_failure WHERE till = ?", till);
  }
}
