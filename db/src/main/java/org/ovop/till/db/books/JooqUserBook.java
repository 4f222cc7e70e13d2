package org.ovop.till.db.books;

import static org.ovop.till.db.generated.Tables.APP_USER;
import static org.ovop.till.db.generated.Tables.PIN_FAILURE;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.ovop.till.core.user.Role;
import org.ovop.till.core.user.User;
import org.ovop.till.core.user.UserBook;

/** Users with their PIN hashes, and the wrong PINs that lock a till's PIN entry. */
final class JooqUserBook implements UserBook {
  private final DSLContext db;

  JooqUserBook(DSLContext db) {
    this.db = db;
  }

  @Override
  public List<User> all() {
    return db.selectFrom(APP_USER)
        .orderBy(APP_USER.CREATED_AT, APP_USER.NAME)
        .fetch(
            r ->
                new User(
                    r.getId(), r.getName(), Role.parse(r.getRole()).orElseThrow(), r.getPinHash()));
  }

  @Override
  public void add(User u, Instant at) {
    db.insertInto(APP_USER)
        .set(APP_USER.ID, u.id())
        .set(APP_USER.NAME, u.name())
        .set(APP_USER.ROLE, u.role().code())
        .set(APP_USER.PIN_HASH, u.pinHash())
        .set(APP_USER.CREATED_AT, Columns.millis(at))
        .execute();
  }

  @Override
  public void recordWrongPin(String till, Instant at) {
    db.insertInto(PIN_FAILURE)
        .set(PIN_FAILURE.ID, UUID.randomUUID().toString())
        .set(PIN_FAILURE.TILL, till)
        .set(PIN_FAILURE.AT, Columns.millis(at))
        .execute();
  }

  @Override
  public List<Instant> wrongPinsSince(String till, Instant since) {
    return db.select(PIN_FAILURE.AT)
        .from(PIN_FAILURE)
        .where(PIN_FAILURE.TILL.eq(till).and(PIN_FAILURE.AT.ge(Columns.millis(since))))
        .orderBy(PIN_FAILURE.AT)
        .fetch(r -> Columns.instant(r.value1()));
  }

  @Override
  public void clearWrongPins(String till) {
    db.deleteFrom(PIN_FAILURE).where(PIN_FAILURE.TILL.eq(till)).execute();
  }
}
