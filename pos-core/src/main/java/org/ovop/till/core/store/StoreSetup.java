package org.ovop.till.core.store;

import java.time.Clock;
import org.ovop.till.core.Outcome;
import org.ovop.till.core.Refusal.Reason;
import org.ovop.till.core.Transactions;

/** Sets up or changes the store. Once money has moved, the currency is fixed. */
public final class StoreSetup {
  private final Transactions tx;
  private final Clock clock;

  public StoreSetup(Transactions tx, Clock clock) {
    this.tx = tx;
    this.clock = clock;
  }

  public Outcome<StoreProfile> configure(StoreProfile profile) {
    if (profile.name() == null || profile.name().isBlank()) {
      return Outcome.refused(Reason.MISSING, "A store name");
    }
    if (!StoreProfile.LANGUAGES.contains(profile.language())) {
      return Outcome.refused(Reason.BAD_LANGUAGE, profile.language());
    }
    String service = profile.mobileMoney();
    if (service.length() > StoreProfile.MOBILE_MONEY_MAX
        || service.codePoints().anyMatch(Character::isISOControl)) {
      return Outcome.refused(Reason.BAD_MOBILE_MONEY, StoreProfile.MOBILE_MONEY_MAX, service);
    }
    return tx.write(
        books -> {
          var existing = books.store().profile();
          if (existing.isPresent()
              && !existing.get().currency().equals(profile.currency())
              && books.store().hasSales()) {
            return Outcome.refused(
                Reason.CURRENCY_LOCKED, existing.get().currency(), profile.currency());
          }
          books.store().save(profile, clock.instant());
          return Outcome.done(profile);
        });
  }

  /**
   * Saves the receipt printer. The address is checked by the caller, which knows printers; here it
   * must only be given, on a store that exists.
   */
  public Outcome<PrinterSetting> configurePrinter(PrinterSetting printer) {
    if (printer.profile() == null || printer.profile().isBlank()) {
      return Outcome.refused(Reason.MISSING, "A printer profile");
    }
    if (printer.uri() == null || printer.uri().isBlank()) {
      return Outcome.refused(Reason.MISSING, "A printer address");
    }
    PrinterSetting clean = new PrinterSetting(printer.profile().strip(), printer.uri().strip());
    return tx.write(
        books -> {
          if (books.store().profile().isEmpty()) {
            return Outcome.<PrinterSetting>refused(Reason.STORE_NOT_SET_UP);
          }
          books.store().savePrinter(clean);
          return Outcome.done(clean);
        });
  }

  public PrinterSetting printer() {
    return tx.read(books -> books.store().printer());
  }

  /** True once money has moved: the currency is then fixed. */
  public boolean hasSales() {
    return tx.read(books -> books.store().hasSales());
  }

  public java.util.Optional<StoreProfile> profile() {
    return tx.read(books -> books.store().profile());
  }
}
