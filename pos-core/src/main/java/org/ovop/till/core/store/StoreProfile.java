package org.ovop.till.core.store;

import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import org.ovop.till.core.money.CashRounding;
import org.ovop.till.core.money.Money;
import org.ovop.till.core.money.Percent;

/** The store's settings: one currency, its cash rounding, language and time zone. */
public record StoreProfile(
    String name,
    Currency currency,
    CashRounding cashRounding,
    String language,
    ZoneId zone,
    long minPayout,
    Percent cashierDiscountLimit) {

  public static final java.util.List<String> LANGUAGES =
      java.util.List.of("en", "ru", "fr", "sw", "ky", "uz");

  public Money money(long minor) {
    return Money.of(minor, currency);
  }

  public Locale locale() {
    return Locale.forLanguageTag(language);
  }
}
