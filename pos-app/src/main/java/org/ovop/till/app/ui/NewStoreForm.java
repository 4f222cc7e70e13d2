package org.ovop.till.app.ui;

import java.time.ZoneId;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import org.ovop.till.app.TillServices;
import org.ovop.till.core.Outcome;
import org.ovop.till.core.money.CashRounding;
import org.ovop.till.core.money.Percent;
import org.ovop.till.core.store.StoreProfile;
import org.ovop.till.core.user.PinHasher;
import org.ovop.till.core.user.Role;

/**
 * The new-store form of a first start: the store and its first admin, checked whole before anything
 * is written, so a typing mistake never leaves a store that nobody can sign in to. The defaults
 * follow the currency: where the shop is, how cash is rounded there, which language.
 */
public final class NewStoreForm {
  /** What a boutique paying in this currency most likely uses. */
  record Place(String zone, long cashRounding, String language) {}

  static final Map<String, Place> PLACES =
      Map.of(
          "KGS", new Place("Asia/Bishkek", 100, "ru"),
          "KES", new Place("Africa/Nairobi", 100, "sw"),
          "XOF", new Place("Africa/Dakar", 5, "fr"),
          "UZS", new Place("Asia/Tashkent", 10_000, "ru"));

  /** The currencies offered first; any ISO 4217 code may be typed. */
  static final java.util.List<String> CURRENCIES = java.util.List.of("KGS", "KES", "XOF", "UZS");

  /** The store and its admin, ready to be written. */
  record Checked(StoreProfile store, String adminName, String adminPin) {}

  /**
   * What was typed, checked: either ready to write, or the screen text key of the first mistake
   * (with the value that was wrong), so the form says it in its own language next to the field.
   */
  record Checking(Checked ready, String problem, String value) {
    static Checking wrong(String problem, String value) {
      return new Checking(null, problem, value);
    }

    boolean isReady() {
      return ready != null;
    }
  }

  private NewStoreForm() {}

  /** The place a currency suggests (cash rounding and language for the form's defaults). */
  static Optional<Place> placeOf(String currency) {
    return Optional.ofNullable(PLACES.get(currency.strip().toUpperCase()));
  }

  /**
   * Checks what was typed, nothing written.
   *
   * @param cashRounding minor units as typed ("100"); empty means the currency's usual step
   */
  static Checking check(
      String storeName,
      String currency,
      String cashRounding,
      String language,
      String adminName,
      String pin,
      String pinAgain) {
    if (storeName == null || storeName.isBlank()) {
      return Checking.wrong("first.error.name", "");
    }
    Currency cur;
    try {
      cur = Currency.getInstance(currency.strip().toUpperCase());
    } catch (IllegalArgumentException | NullPointerException e) {
      return Checking.wrong("first.error.currency", String.valueOf(currency));
    }
    Optional<Place> place = placeOf(cur.getCurrencyCode());
    long step;
    if (cashRounding == null || cashRounding.isBlank()) {
      step = place.map(Place::cashRounding).orElse(1L);
    } else {
      try {
        step = Long.parseLong(cashRounding.strip());
      } catch (NumberFormatException e) {
        step = 0;
      }
      if (step < 1) {
        return Checking.wrong("first.error.rounding", cashRounding);
      }
    }
    if (language == null || !StoreProfile.LANGUAGES.contains(language)) {
      return Checking.wrong("first.error.language", String.valueOf(language));
    }
    if (adminName == null || adminName.isBlank()) {
      return Checking.wrong("first.error.admin", "");
    }
    if (!PinHasher.isWellFormed(pin)) {
      return Checking.wrong("first.error.pin", "");
    }
    if (!pin.equals(pinAgain)) {
      return Checking.wrong("first.error.pinagain", "");
    }
    ZoneId zone = ZoneId.of(place.map(Place::zone).orElse(ZoneId.systemDefault().getId()));
    StoreProfile store =
        new StoreProfile(
            storeName.strip(),
            cur,
            new CashRounding(step),
            language,
            zone,
            0,
            Percent.parse("10").orElseThrow(),
            // Changed in the settings; the usual service to start with, as the cash step.
            StoreProfile.usualMobileMoney(cur));
    return new Checking(new Checked(store, adminName.strip(), pin), null, null);
  }

  /** Writes the store, then its first admin (who needs nobody's PIN, being the first user). */
  static Outcome<StoreProfile> create(TillServices services, Checked form) {
    Outcome<StoreProfile> store = services.setup().configure(form.store());
    if (!store.isDone()) {
      return store;
    }
    var admin = services.staff().add(null, form.adminName(), Role.ADMIN, form.adminPin());
    if (!admin.isDone()) {
      return Outcome.refused(admin.refusal());
    }
    return store;
  }
}
