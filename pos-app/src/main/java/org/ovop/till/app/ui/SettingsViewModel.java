package org.ovop.till.app.ui;

import java.util.List;
import java.util.Optional;
import org.ovop.till.core.Outcome;
import org.ovop.till.core.Refusal;
import org.ovop.till.core.money.CashRounding;
import org.ovop.till.core.money.Money;
import org.ovop.till.core.store.PrinterSetting;
import org.ovop.till.core.store.StoreProfile;
import org.ovop.till.core.user.Role;
import org.ovop.till.printing.document.PrintDocument;
import org.ovop.till.printing.escpos.EscPosEncoder;
import org.ovop.till.printing.escpos.PrinterProfile;
import org.ovop.till.printing.queue.PrintQueue;
import org.ovop.till.printing.transport.PrinterUris;

/**
 * The store's settings as a manager edits them: name, cash rounding, language, minimum payout, what
 * customers call mobile money, and the receipt printer, saved through the same store setup as
 * {@code till init}. The currency is shown, and fixed once money has moved. {@link #load} and
 * {@link #save} read and write the database and are called off the FX thread.
 */
final class SettingsViewModel {
  /** The form as typed: every field a string, as the person wrote it. */
  record Form(
      String name,
      String rounding,
      String language,
      String minPayout,
      String mobileMoney,
      String profile,
      String uri) {}

  /** What the tab shows at first: the saved form, the currency and whether it is fixed. */
  record Loaded(Form form, String currency, boolean currencyFixed) {}

  /** What was saved: the store and its printer. */
  record Saved(StoreProfile store, PrinterSetting printer) {}

  private final Session s;

  SettingsViewModel(Session s) {
    this.s = s;
  }

  static List<String> languages() {
    return StoreProfile.LANGUAGES;
  }

  /** A language in its own words, so anyone finds theirs: "français (fr)", "кыргызча (ky)". */
  static String languageName(String code) {
    var locale = java.util.Locale.forLanguageTag(code);
    return locale.getDisplayLanguage(locale) + " (" + code + ")";
  }

  static List<String> profiles() {
    return PrinterProfile.ALL.stream().map(PrinterProfile::name).toList();
  }

  Loaded load() {
    StoreProfile store = s.services.store().value();
    PrinterSetting printer = s.services.setup().printer();
    return new Loaded(
        new Form(
            store.name(),
            Long.toString(store.cashRounding().increment()),
            store.language(),
            s.figure(store.minPayout()),
            store.mobileMoney(),
            printer.profile(),
            printer.uri()),
        store.currency().getCurrencyCode(),
        s.services.setup().hasSales());
  }

  /** Why the currency cannot be changed here, in one sentence. */
  String currencyNote(Loaded l) {
    return s.t(
        l.currencyFixed() ? "settings.currency.fixed" : "settings.currency.init", l.currency());
  }

  /** The first thing wrong with the form, as one sentence; empty when it can be saved. */
  Optional<String> check(Form f) {
    if (!s.cashier.role().atLeast(Role.MANAGER)) {
      return Optional.of(
          s.texts.refusal(
              Refusal.of(
                  Refusal.Reason.NEEDS_ROLE,
                  "manager",
                  s.cashier.name(),
                  s.cashier.role().code())));
    }
    if (f.name() == null || f.name().isBlank()) {
      return Optional.of(s.t("settings.name.missing"));
    }
    if (rounding(f.rounding()).isEmpty()) {
      return Optional.of(s.t("settings.rounding.bad", f.rounding()));
    }
    if (!StoreProfile.LANGUAGES.contains(f.language())) {
      return Optional.of(s.texts.refusal(Refusal.of(Refusal.Reason.BAD_LANGUAGE, f.language())));
    }
    if (minPayout(f.minPayout()).isEmpty()) {
      return Optional.of(
          s.texts.refusal(
              Refusal.of(
                  Refusal.Reason.BAD_AMOUNT,
                  f.minPayout(),
                  s.store.currency().getCurrencyCode(),
                  Money.digits(s.store.currency()))));
    }
    String service = f.mobileMoney() == null ? "" : f.mobileMoney().strip();
    if (service.length() > StoreProfile.MOBILE_MONEY_MAX) {
      return Optional.of(
          s.texts.refusal(
              Refusal.of(Refusal.Reason.BAD_MOBILE_MONEY, StoreProfile.MOBILE_MONEY_MAX, service)));
    }
    return checkPrinter(f.profile(), f.uri());
  }

  /** The printer part alone, for a test print before saving. */
  Optional<String> checkPrinter(String profile, String uri) {
    if (PrinterProfile.named(profile).isEmpty()) {
      return Optional.of(s.t("settings.profile.bad", profile == null ? "" : profile));
    }
    if (PrinterUris.parse(uri).isEmpty()) {
      return Optional.of(s.t("settings.uri.bad", uri == null ? "" : uri));
    }
    return Optional.empty();
  }

  /** Cash rounding is a whole number of minor units, 1 (none) or more. */
  static Optional<Long> rounding(String typed) {
    try {
      long r = Long.parseLong(typed == null ? "" : typed.strip());
      return r >= 1 ? Optional.of(r) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The minimum payout in minor units, typed as the screen writes amounts. */
  Optional<Long> minPayout(String typed) {
    return s.amount(typed).map(Money::minor).filter(m -> m >= 0);
  }

  /**
   * Saves the store (its currency, time zone and discount limit as they are) and its printer, and
   * points this till's papers at that printer. Call after {@link #check} found nothing.
   */
  Outcome<Saved> save(Form f) {
    StoreProfile now = s.services.store().value();
    StoreProfile next =
        new StoreProfile(
            f.name().strip(),
            now.currency(),
            new CashRounding(rounding(f.rounding()).orElseThrow()),
            f.language(),
            now.zone(),
            minPayout(f.minPayout()).orElseThrow(),
            now.cashierDiscountLimit(),
            f.mobileMoney());
    return s.services
        .setup()
        .configure(next)
        .then(
            store ->
                s.services
                    .setup()
                    .configurePrinter(new PrinterSetting(f.profile(), f.uri()))
                    .map(printer -> new Saved(store, printer)));
  }

  /** After a save, the window speaks the store's language and prints where it says. */
  void apply(Saved saved) {
    s.store = saved.store();
    s.language(saved.store().language());
    s.printer(saved.printer());
  }

  /**
   * Sends a test page through the print queue to the printer in the form. That printer serves this
   * till from now on, so a manager can try an address before saving it; the saved one comes back at
   * the next start unless it is saved.
   */
  PrintQueue.Job testPrint(String profile, String uri) {
    s.printer(new PrinterSetting(profile, uri));
    PrinterProfile p = s.profile;
    return s.printQueue.enqueue(
        "TEST",
        EscPosEncoder.encode(
            PrintDocument.builder("TEST")
                .title(s.store.name())
                .centered(p.name() + " · " + p.description())
                .centered(uri.strip())
                .text("АБВГД абвгд · àéèç € · ң ө ү")
                .barcode(PrintDocument.Symbology.CODE128, "TEST-1234")
                .cut()
                .build(),
            p));
  }

  /** The test page's fate in one sentence; empty while it waits or prints. */
  Optional<String> testResult(PrintQueue.Job job) {
    return switch (job.state()) {
      // On no printer at all it is drawn on the counter's screen: said so, not "virtual:".
      case PRINTED ->
          Optional.of(
              s.printsOnScreen()
                  ? s.t("settings.test.onscreen")
                  : s.t("settings.test.printed", s.printerUri));
      case FAILED -> Optional.of(s.t("settings.test.failed", s.printerTrouble(job)));
      default -> Optional.empty();
    };
  }
}
