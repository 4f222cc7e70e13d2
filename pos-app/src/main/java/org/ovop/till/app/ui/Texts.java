package org.ovop.till.app.ui;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.ovop.till.core.Refusal;
import org.ovop.till.core.sale.Tender;

/**
 * Every word on the screens, from resource bundles in English, Russian, French and Swahili (Kyrgyz
 * and Uzbek stores read the Russian ones). Refusals from the shop's rules are translated by their
 * reason key; the English sentence of the core is the fallback.
 */
public final class Texts {
  public static final String BUNDLE = "org.ovop.till.app.ui.messages";

  /**
   * The languages the screens speak (each has a bundle here), as the counter offers them: those of
   * {@code StoreProfile.LANGUAGES} that have screen words, not only receipt words.
   */
  public static final java.util.List<String> LANGUAGES = java.util.List.of("en", "ru", "fr", "sw");

  private static final java.util.regex.Pattern ISO_DAY =
      java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** An amount as the core writes it in a refusal: "450.00 KGS", "-1500 XOF". */
  private static final java.util.regex.Pattern AMOUNT =
      java.util.regex.Pattern.compile("(-?\\d+(?:\\.\\d+)?) ([A-Z]{3})");

  private static final java.util.regex.Pattern ISO_INSTANT =
      java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");

  private final ResourceBundle bundle;
  private final Locale locale;

  /** The store's time zone, in which moments inside refusals are written. */
  private final java.time.ZoneId zone;

  /** Words for a screen with no store yet: moments are written in the computer's time zone. */
  public Texts(Locale locale) {
    this(locale, java.time.ZoneId.systemDefault());
  }

  public Texts(Locale locale, java.time.ZoneId zone) {
    this.zone = zone;
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale, WORDS);
    // Days and figures as the words write them: a Kyrgyz store's Russian screens say 25.11.2026,
    // not Kyrgyz's 25/11/26. A language with no words at all keeps its own (English words then).
    String words = bundle.getLocale().getLanguage();
    this.locale =
        words.isEmpty() || words.equals(locale.getLanguage()) ? locale : bundle.getLocale();
  }

  /**
   * Where the words of each language are looked for. Kyrgyz and Uzbek have no screen words yet, and
   * their shops' cashiers read Russian (their receipts print in it): their words are looked for in
   * a Kyrgyz or Uzbek bundle first, then in the Russian one, never in the English base. The
   * computer's own language is never a fallback: a French PC in Bishkek still shows Russian.
   */
  private static final ResourceBundle.Control WORDS =
      new ResourceBundle.Control() {
        @Override
        public List<String> getFormats(String baseName) {
          return ResourceBundle.Control.FORMAT_PROPERTIES;
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
          return null;
        }

        @Override
        public List<Locale> getCandidateLocales(String baseName, Locale locale) {
          List<Locale> candidates = super.getCandidateLocales(baseName, locale);
          String language = locale.getLanguage();
          if (!language.equals("ky") && !language.equals("uz")) {
            return candidates;
          }
          List<Locale> through = new java.util.ArrayList<>(candidates);
          through.add(through.size() - 1, Locale.forLanguageTag("ru")); // before the base
          return through;
        }
      };

  public Locale locale() {
    return locale;
  }

  /** The language the words are in: "ru" for a Kyrgyz store's screens, its locale's otherwise. */
  public String wordsLanguage() {
    return bundle.getLocale().getLanguage();
  }

  /** A moment as the time on the store's clock, the screen's way ("14:02"). */
  public String time(java.time.Instant at) {
    return java.time.format.DateTimeFormatter.ofLocalizedTime(java.time.format.FormatStyle.SHORT)
        .withLocale(locale)
        .format(at.atZone(zone));
  }

  public String get(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return "!" + key + "!";
    }
    // Every screen text is a MessageFormat pattern, with or without arguments, so a French
    // apostrophe is written '' everywhere and shown as one.
    return new MessageFormat(pattern, locale).format(args);
  }

  /** A refusal in the screen's language when the bundle has it, else the core's sentence. */
  /**
   * A way of paying ("cash", "card", "mobile") in these words, or by the name the store's customers
   * give mobile money ("M-Pesa") where it has one.
   */
  public String method(org.ovop.till.core.store.StoreProfile store, String code) {
    return store.methodName(code, get("counter.pay." + code));
  }

  /** What one payment is called: its wallet where one carried it ("Orange Money"). */
  public String method(org.ovop.till.core.store.StoreProfile store, Tender t) {
    String code = t.method().code();
    return store.methodName(code, t.service(), get("counter.pay." + code));
  }

  public String refusal(Refusal r) {
    String key = "refusal." + r.reason().name();
    // Role and payment-method codes inside a refusal ("manager", "cash") are words too, and days
    // and moments are written the screen's way, in the core's English sentence as well.
    Object[] args = r.args().stream().map(this::word).toArray();
    String pattern = bundle.containsKey(key) ? bundle.getString(key) : r.reason().template();
    return String.format(locale, pattern, args);
  }

  /**
   * The database's trouble in the screen's language ("База данных … занята другой кассой"), or its
   * English sentence where the trouble has no words here.
   */
  public String ledger(org.ovop.till.core.LedgerUnavailableException e) {
    String key = "ledger." + e.trouble().name();
    return bundle.containsKey(key) ? get(key, e.where()) : e.getMessage();
  }

  /** A printer's fault in the screen's language, or its English sentence where it has no words. */
  public String printer(org.ovop.till.printing.transport.PrinterFault.Trouble t) {
    String key = "printer.fault." + t.kind().name();
    return bundle.containsKey(key) ? get(key, t.printer(), t.detail()) : t.sentence();
  }

  private Object word(String code) {
    // An amount inside a refusal is written as the screen writes amounts ("450,00 KGS" in French),
    // not in the core's plain figures beside the screen's own.
    var amount = AMOUNT.matcher(code);
    if (amount.matches()) {
      try {
        var currency = java.util.Currency.getInstance(amount.group(2));
        var money = org.ovop.till.core.money.Money.parse(amount.group(1), currency);
        if (money.isPresent()) {
          return money.get().format(locale);
        }
      } catch (IllegalArgumentException notACurrency) {
        return code;
      }
    }
    // A moment from the core is an instant in UTC ("2025-04-05T10:05:00Z"); a person reads the
    // store's clock ("13:05" in Bishkek). Locks and such last minutes, so the time says it.
    if (ISO_INSTANT.matcher(code).matches()) {
      try {
        return java.time.format.DateTimeFormatter.ofLocalizedTime(
                java.time.format.FormatStyle.SHORT)
            .withLocale(locale)
            // Up to the next whole minute: "locked until 16:43" still locked at 16:43:30.
            .format(ceilToMinute(java.time.Instant.parse(code)).atZone(zone));
      } catch (java.time.format.DateTimeParseException notAMoment) {
        return code;
      }
    }
    // A day from the core is ISO ("2027-11-01"); the screen writes it its own way ("01.11.2027").
    if (ISO_DAY.matcher(code).matches()) {
      try {
        return Dates.converter(locale).toString(java.time.LocalDate.parse(code));
      } catch (java.time.format.DateTimeParseException noDay) {
        return code; // a typed text that only looks like a day, quoted back as typed
      }
    }
    for (String kind : List.of("role.", "method.")) {
      if (bundle.containsKey(kind + code)) {
        return bundle.getString(kind + code);
      }
    }
    return code;
  }

  private static java.time.Instant ceilToMinute(java.time.Instant at) {
    var minute = at.truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    return minute.equals(at) ? at : minute.plus(java.time.Duration.ofMinutes(1));
  }

  public boolean has(String key) {
    return bundle.containsKey(key);
  }
}
