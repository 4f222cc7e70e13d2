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

  /** The store's language, as people write days, times and figures in the shops. */
  public Locale locale() {
    return localeOf(language);
  }

  /**
   * A language as the shops write it. English alone is America's (3/4/26, 6:07 PM), which no shop
   * writes: Kenya's English, and anyone's reading an English screen in Bishkek or Dakar, puts the
   * day first and runs the clock to 24, as British English does (04/03/2026, 18:07).
   */
  public static Locale localeOf(String language) {
    return "en".equals(language) ? Locale.UK : Locale.forLanguageTag(language);
  }
}
