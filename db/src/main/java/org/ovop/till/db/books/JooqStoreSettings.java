package org.ovop.till.db.books;

import static org.ovop.till.db.generated.Tables.SALE;
import static org.ovop.till.db.generated.Tables.STORE;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.ovop.till.core.money.CashRounding;
import org.ovop.till.core.money.Percent;
import org.ovop.till.core.store.PrinterSetting;
import org.ovop.till.core.store.StoreProfile;
import org.ovop.till.core.store.StoreSettings;

/** The single store row (id 1). */
final class JooqStoreSettings implements StoreSettings {
  private final Supplier<DSLContext> jooq;
  private final Statements statements;

  JooqStoreSettings(Supplier<DSLContext> jooq, Statements statements) {
    this.jooq = jooq;
    this.statements = statements;
  }

  private DSLContext db() {
    return jooq.get();
  }

  /** Read in every sale's own transaction, so a change made on another till applies at once. */
  @Override
  public Optional<StoreProfile> profile() {
    return statements.first(
        "SELECT name, currency, cash_rounding, language, time_zone, min_payout,"
            + " cashier_discount_limit_bp, mobile_money FROM store WHERE id = 1",
        r ->
            new StoreProfile(
                r.getString(1),
                Currency.getInstance(r.getString(2)),
                new CashRounding(r.getLong(3)),
                r.getString(4),
                ZoneId.of(r.getString(5)),
                r.getLong(6),
                new Percent(r.getInt(7)),
                r.getString(8)));
  }

  @Override
  public void save(StoreProfile p, Instant at) {
    boolean exists = db().fetchExists(STORE, STORE.ID.eq(1));
    if (exists) {
      db().update(STORE)
          .set(STORE.NAME, p.name())
          .set(STORE.CURRENCY, p.currency().getCurrencyCode())
          .set(STORE.CASH_ROUNDING, p.cashRounding().increment())
          .set(STORE.LANGUAGE, p.language())
          .set(STORE.TIME_ZONE, p.zone().getId())
          .set(STORE.MIN_PAYOUT, p.minPayout())
          .set(STORE.CASHIER_DISCOUNT_LIMIT_BP, p.cashierDiscountLimit().basisPoints())
          .set(STORE.MOBILE_MONEY, p.mobileMoney())
          .where(STORE.ID.eq(1))
          .execute();
    } else {
      db().insertInto(STORE)
          .set(STORE.ID, 1)
          .set(STORE.NAME, p.name())
          .set(STORE.CURRENCY, p.currency().getCurrencyCode())
          .set(STORE.CASH_ROUNDING, p.cashRounding().increment())
          .set(STORE.LANGUAGE, p.language())
          .set(STORE.TIME_ZONE, p.zone().getId())
          .set(STORE.MIN_PAYOUT, p.minPayout())
          .set(STORE.CASHIER_DISCOUNT_LIMIT_BP, p.cashierDiscountLimit().basisPoints())
          .set(STORE.MOBILE_MONEY, p.mobileMoney())
          .set(STORE.CREATED_AT, Columns.millis(at))
          .execute();
    }
  }

  @Override
  public PrinterSetting printer() {
    // Read as the window opens, like the profile: plain SQL, so jOOQ need not load for it.
    return statements
        .first(
            "SELECT printer_profile, printer_uri FROM store WHERE id = 1",
            r -> new PrinterSetting(r.getString(1), r.getString(2)))
        .orElse(PrinterSetting.ON_SCREEN);
  }

  @Override
  public void savePrinter(PrinterSetting printer) {
    db().update(STORE)
        .set(STORE.PRINTER_PROFILE, printer.profile())
        .set(STORE.PRINTER_URI, printer.uri())
        .where(STORE.ID.eq(1))
        .execute();
  }

  @Override
  public boolean hasSales() {
    return db().fetchExists(SALE);
  }
}
