package org.ovop.till.app.ui;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.ovop.till.core.Refusal;

/**
 * Every word on the screens, from resource bundles in English, Russian, French and Swahili.
 * Refusals from the shop's rules are translated by their reason key; the English sentence of the
 * core is the fallback.
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

  private final ResourceBundle bundle;
  private final Locale locale;

  public Texts(Locale locale) {
    this.locale = locale;
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public Locale locale() {
    return locale;
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
  public String refusal(Refusal r) {
    String key = "refusal." + r.reason().name();
    if (bundle.containsKey(key)) {
      // Role and payment-method codes inside a refusal ("manager", "cash") are words too, and days
      // are written the screen's way.
      Object[] args = r.args().stream().map(this::word).toArray();
      return String.format(locale, bundle.getString(key), args);
    }
    return r.message();
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

  public boolean has(String key) {
    return bundle.containsKey(key);
  }
}
