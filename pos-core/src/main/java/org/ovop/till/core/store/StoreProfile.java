package org.ovop.till.core.store;

import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import org.ovop.till.core.money.CashRounding;
import org.ovop.till.core.money.Money;
import org.ovop.till.core.money.Percent;

/**
 * The store's settings: one currency, its cash rounding, language and time zone, and the name its
 * customers give mobile money ("M-Pesa" in Kenya, "Wave / Orange Money" in Dakar; empty: the
 * language's own words for it).
 */
public record StoreProfile(
    String name,
    Currency currency,
    CashRounding cashRounding,
    String language,
    ZoneId zone,
    long minPayout,
    Percent cashierDiscountLimit,
    String mobileMoney) {

  /** Long enough for "Wave / Orange Money", short enough for a pay key and a receipt column. */
  public static final int MOBILE_MONEY_MAX = 24;

  public StoreProfile {
    mobileMoney = mobileMoney == null ? "" : mobileMoney.strip();
  }

  /** A store that calls mobile money by the language's own words. */
  public StoreProfile(
      String name,
      Currency currency,
      CashRounding cashRounding,
      String language,
      ZoneId zone,
      long minPayout,
      Percent cashierDiscountLimit) {
    this(name, currency, cashRounding, language, zone, minPayout, cashierDiscountLimit, "");
  }

  /**
   * What customers in a country paying in this currency usually call mobile money: M-Pesa in Kenya,
   * Wave or Orange Money in Senegal; empty where no one service is everyone's.
   */
  public static String usualMobileMoney(Currency currency) {
    return switch (currency.getCurrencyCode()) {
      case "KES" -> "M-Pesa";
      case "XOF" -> "Wave / Orange Money";
      default -> "";
    };
  }

  /**
   * The mobile money services the store takes, in its own spelling: "Wave / Orange Money" is two,
   * "M-Pesa" one, an empty name none. A slash separates them because that is how the shops already
   * wrote a pair of wallets on the pay key; each one is then taken, printed and counted apart.
   */
  public java.util.List<String> mobileServices() {
    return java.util.Arrays.stream(mobileMoney.split("/"))
        .map(String::strip)
        .filter(n -> !n.isEmpty())
        .toList();
  }

  /**
   * The store's spelling of a service a cashier or a script typed: "orange-money", "Orange Money"
   * and "ORANGEMONEY" are all Orange Money. Empty when the store takes no such service.
   */
  public java.util.Optional<String> mobileService(String typed) {
    String key = serviceKey(typed);
    return mobileServices().stream().filter(n -> serviceKey(n).equals(key)).findFirst();
  }

  private static String serviceKey(String name) {
    return name == null ? "" : name.replaceAll("[\\s_-]", "").toLowerCase(java.util.Locale.ROOT);
  }

  /** The same store calling mobile money by another name. */
  public StoreProfile withMobileMoney(String service) {
    return new StoreProfile(
        name, currency, cashRounding, language, zone, minPayout, cashierDiscountLimit, service);
  }

  /**
   * What a payment method is called in this store: the mobile money service's name where the store
   * has one, else {@code generic}, the language's word for the method.
   */
  public String methodName(String methodCode, String generic) {
    return "mobile".equals(methodCode) && !mobileMoney.isEmpty() ? mobileMoney : generic;
  }

  /**
   * What one payment is called in this store: the service that carried it where one was recorded
   * ("Orange Money"), else as {@link #methodName(String, String)}.
   */
  public String methodName(String methodCode, String service, String generic) {
    return "mobile".equals(methodCode) && service != null && !service.isBlank()
        ? service
        : methodName(methodCode, generic);
  }

  /**
   * A payment method inside a sentence: the language's {@code words} for it ("by mobile money"),
   * with the service's name after them where the store has one ("by mobile money (M-Pesa)"). A
   * brand name alone does not fit the grammar of every language ("мобильным платежом").
   */
  public String methodInWords(String methodCode, String words) {
    return "mobile".equals(methodCode) && !mobileMoney.isEmpty()
        ? words + " (" + mobileMoney + ")"
        : words;
  }

  /**
   * One payment inside a sentence: as {@link #methodInWords(String, String)}, naming the service
   * that carried it where one was recorded ("by mobile money (Wave)").
   */
  public String methodInWords(String methodCode, String service, String words) {
    return "mobile".equals(methodCode) && service != null && !service.isBlank()
        ? words + " (" + service + ")"
        : methodInWords(methodCode, words);
  }

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
    Locale known = LOCALES.get(language);
    if (known != null) {
      return known;
    }
    return "en".equals(language) ? Locale.UK : Locale.forLanguageTag(language);
  }

  /**
   * The shops' languages read once: every receipt and amount asks for its locale, and parsing the
   * tag each time was a twentieth of laying a receipt out.
   */
  private static final java.util.Map<String, Locale> LOCALES =
      java.util.Map.of(
          "en", Locale.UK,
          "ru", Locale.forLanguageTag("ru"),
          "fr", Locale.forLanguageTag("fr"),
          "sw", Locale.forLanguageTag("sw"),
          "ky", Locale.forLanguageTag("ky"),
          "uz", Locale.forLanguageTag("uz"));
}
