package org.ovop.till.db.books;

import static org.ovop.till.db.generated.Tables.CASH_MOVEMENT;
import static org.ovop.till.db.generated.Tables.SHIFT;
import static org.ovop.till.db.generated.Tables.SHIFT_CLOSE;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.ovop.till.core.shift.CashKind;
import org.ovop.till.core.shift.CashMovement;
import org.ovop.till.core.shift.Shift;
import org.ovop.till.core.shift.ShiftBook;
import org.ovop.till.core.shift.ShiftClose;
import org.ovop.till.db.generated.tables.records.ShiftRecord;

/** Drawer sessions, their closes and every cash movement in or out of the drawer. */
final class JooqShiftBook implements ShiftBook {
  private final Supplier<DSLContext> jooq;
  private final Statements statements;

  JooqShiftBook(Supplier<DSLContext> jooq, Statements statements) {
    this.jooq = jooq;
    this.statements = statements;
  }

  private DSLContext db() {
    return jooq.get();
  }

  @Override
  public Optional<Shift> openShift(String till) {
    return statements.first(
        "SELECT id, till, cashier_id, opened_at, opening_float FROM shift WHERE till = ?"
            + " AND NOT EXISTS (SELECT 1 FROM shift_close WHERE shift_close.shift_id = shift.id)"
            + " ORDER BY opened_at DESC LIMIT 1",
        r ->
            new Shift(
                r.getString(1),
                r.getString(2),
                r.getString(3),
                Instant.ofEpochMilli(r.getLong(4)),
                r.getLong(5)),
        till);
  }

  @Override
  public Optional<Shift> byId(String shiftId) {
    return db().selectFrom(SHIFT)
        .where(SHIFT.ID.eq(shiftId))
        .fetchOptional()
        .map(JooqShiftBook::shift);
  }

  @Override
  public Optional<ShiftClose> closeOf(String shiftId) {
    return db().selectFrom(SHIFT_CLOSE)
        .where(SHIFT_CLOSE.SHIFT_ID.eq(shiftId))
        .fetchOptional()
        .map(
            r ->
                new ShiftClose(
                    r.getShiftId(),
                    Columns.instant(r.getClosedAt()),
                    r.getClosedBy(),
                    r.getExpected(),
                    r.getCounted()));
  }

  @Override
  public Optional<Shift> latest(String till) {
    return db().selectFrom(SHIFT)
        .where(SHIFT.TILL.eq(till))
        .orderBy(SHIFT.OPENED_AT.desc())
        .limit(1)
        .fetchOptional()
        .map(JooqShiftBook::shift);
  }

  @Override
  public void open(Shift s) {
    db().insertInto(SHIFT)
        .set(SHIFT.ID, s.id())
        .set(SHIFT.TILL, s.till())
        .set(SHIFT.CASHIER_ID, s.cashierId())
        .set(SHIFT.OPENED_AT, Columns.millis(s.openedAt()))
        .set(SHIFT.OPENING_FLOAT, s.openingFloat())
        .execute();
  }

  @Override
  public void close(ShiftClose c) {
    db().insertInto(SHIFT_CLOSE)
        .set(SHIFT_CLOSE.SHIFT_ID, c.shiftId())
        .set(SHIFT_CLOSE.CLOSED_AT, Columns.millis(c.closedAt()))
        .set(SHIFT_CLOSE.CLOSED_BY, c.closedBy())
        .set(SHIFT_CLOSE.EXPECTED, c.expected())
        .set(SHIFT_CLOSE.COUNTED, c.counted())
        .execute();
  }

  @Override
  public void addCash(CashMovement m) {
    statements.run(
        "INSERT INTO cash_movement (id, shift_id, at, kind, amount, document, by_user)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        m.id(),
        m.shiftId(),
        Columns.millis(m.at()),
        m.kind().name(),
        m.amount(),
        m.document(),
        m.byUser());
  }

  @Override
  public List<CashMovement> cash(String shiftId) {
    return db().selectFrom(CASH_MOVEMENT)
        .where(CASH_MOVEMENT.SHIFT_ID.eq(shiftId))
        .orderBy(CASH_MOVEMENT.AT, CASH_MOVEMENT.ID)
        .fetch(
            r ->
                new CashMovement(
                    r.getId(),
                    r.getShiftId(),
                    Columns.instant(r.getAt()),
                    CashKind.valueOf(r.getKind()),
                    r.getAmount(),
                    r.getDocument(),
                    r.getByUser()));
  }

  private static Shift shift(ShiftRecord r) {
    return new Shift(
        r.getId(),
        r.getTill(),
        r.getCashierId(),
        Columns.instant(r.getOpenedAt()),
        r.getOpeningFloat());
  }
}
