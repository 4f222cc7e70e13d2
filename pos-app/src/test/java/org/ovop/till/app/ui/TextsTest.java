package org.ovop.till.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ovop.till.core.Refusal;

/** Every screen word exists in English, Russian, French and Swahili, and refusals translate. */
class TextsTest {
  static Set<String> keys(String suffix) throws Exception {
    Properties p = new Properties();
    try (InputStream in =
        TextsTest.class.getResourceAsStream(
            "/org/ovop/till/app/ui/messages" + suffix + ".properties")) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p.stringPropertyNames();
  }

  @Test
  void everyLanguageHasEveryWordOfTheScreens() throws Exception {
    Set<String> english = keys("");
    // The counter's language keys are Texts.LANGUAGES; each must be a store language too.
    assertThat(org.ovop.till.core.store.StoreProfile.LANGUAGES).containsAll(Texts.LANGUAGES);
    for (String tag : Texts.LANGUAGES) {
      if (tag.equals("en")) {
        continue; // the base bundle itself
      }
      String lang = "_" + tag;
      assertThat(keys(lang)).as(lang).containsAll(english);
      assertThat(keys(lang).stream().filter(k -> k.startsWith("refusal.")).toList())
          .as(lang + " translates the refusals a cashier meets most")
          .contains(
              "refusal.WRONG_PIN",
              "refusal.TOO_LITTLE_PAID",
              "refusal.NO_OPEN_SHIFT",
              "refusal.MANAGER_PIN_NEEDED");
    }
  }

  @Test
  void aKyrgyzOrUzbekStoreReadsItsScreensInRussianAsItsReceiptsPrint() {
    // No screen words exist in Kyrgyz or Uzbek yet. A store set to either showed the counter in
    // English, which few cashiers in Karakol or Samarkand read; its receipts print in Russian.
    Texts russian = new Texts(Locale.forLanguageTag("ru"));
    for (String tag : new String[] {"ky", "uz"}) {
      Texts texts = new Texts(Locale.forLanguageTag(tag));
      assertThat(texts.get("counter.scan")).as(tag).isEqualTo(russian.get("counter.scan"));
      assertThat(texts.refusal(Refusal.of(Refusal.Reason.NO_OPEN_SHIFT, "T1")))
          .as(tag)
          .isEqualTo(russian.refusal(Refusal.of(Refusal.Reason.NO_OPEN_SHIFT, "T1")));
      assertThat(texts.wordsLanguage()).isEqualTo("ru");
      // Days as the words write them: Kyrgyz's own short day is 25/11/26.
      assertThat(Dates.converter(texts.locale()).toString(java.time.LocalDate.of(2026, 11, 25)))
          .isEqualTo("25.11.2026");
    }
    for (String tag : Texts.LANGUAGES) {
      assertThat(new Texts(Locale.forLanguageTag(tag)).wordsLanguage()).isEqualTo(tag);
    }
    // A computer set to Kyrgyz shows the first-start form in Russian too, not English.
    assertThat(new Texts(Locale.forLanguageTag("ky-KG")).get("counter.scan"))
        .isEqualTo(russian.get("counter.scan"));
  }

  @Test
  void everyRefusalIsASentenceInEveryScreenLanguageThatKeepsEveryDetail() {
    // A Russian cashier selling an uncertified product once read the English template: a reason
    // with no sentence in the bundle falls back to it. Each detail (the SKU, the date, the amount)
    // must also survive the translation, or the sentence names nothing to act on.
    for (String tag : Texts.LANGUAGES) {
      if (tag.equals("en")) {
        continue; // the base bundle speaks the templates themselves
      }
      Texts texts = new Texts(Locale.forLanguageTag(tag));
      for (Refusal.Reason reason : Refusal.Reason.values()) {
        assertThat(texts.has("refusal." + reason.name()))
            .as(tag + " has a sentence for " + reason)
            .isTrue();
        // How many details the English template names: each %s of it becomes one star.
        long wanted =
            String.format(Locale.ROOT, reason.template(), stars(9))
                .chars()
                .filter(c -> c == '*')
                .count();
        Object[] args = new Object[9];
        for (int i = 0; i < args.length; i++) {
          args[i] = "<" + (i + 1) + ">";
        }
        String said = texts.refusal(Refusal.of(reason, args));
        for (int i = 1; i <= wanted; i++) {
          assertThat(said).as(tag + " " + reason + " keeps detail " + i).contains("<" + i + ">");
        }
        assertThat(said).as(tag + " " + reason).doesNotContain("<" + (wanted + 1) + ">");
      }
    }
  }

  @Test
  void theDatabasesTroublesAreSaidInEveryScreenLanguageNamingTheDatabase() {
    for (String tag : Texts.LANGUAGES) {
      Texts texts = new Texts(Locale.forLanguageTag(tag));
      for (var trouble : org.ovop.till.core.LedgerUnavailableException.Trouble.values()) {
        var e =
            new org.ovop.till.core.LedgerUnavailableException(
                trouble, "/shop/till.db", "English sentence.", null);
        String said = texts.ledger(e);
        if (trouble == org.ovop.till.core.LedgerUnavailableException.Trouble.OTHER) {
          assertThat(said).as(tag + " " + trouble).isEqualTo("English sentence.");
        } else {
          assertThat(said).as(tag + " " + trouble).isNotEqualTo("English sentence.");
          if (trouble != org.ovop.till.core.LedgerUnavailableException.Trouble.APPEND_ONLY) {
            assertThat(said).as(tag + " " + trouble).contains("/shop/till.db");
          }
        }
      }
    }
    assertThat(
            new Texts(Locale.forLanguageTag("ru"))
                .ledger(
                    new org.ovop.till.core.LedgerUnavailableException(
                        org.ovop.till.core.LedgerUnavailableException.Trouble.BUSY,
                        "/shop/till.db",
                        "The database /shop/till.db is busy with another till",
                        null)))
        .isEqualTo(
            "База данных /shop/till.db занята другой кассой; ничего не изменено, попробуйте ещё"
                + " раз.");
  }

  @Test
  void everyPrinterFaultIsSaidInEveryScreenLanguageNamingThePrinterAndKeepingTheDetail() {
    for (String tag : Texts.LANGUAGES) {
      Texts texts = new Texts(Locale.forLanguageTag(tag));
      for (var kind : org.ovop.till.printing.transport.PrinterFault.Kind.values()) {
        var trouble =
            new org.ovop.till.printing.transport.PrinterFault.Trouble(
                kind, "/dev/usb/lp0", "Input/output error");
        String said = texts.printer(trouble);
        var that = assertThat(said).as(tag + " " + kind);
        switch (kind) {
          case OTHER -> that.isEqualTo("Input/output error");
          case INTERRUPTED, TILL_CLOSED -> that.doesNotContain("!").isNotBlank();
          case REFUSED, UNUSABLE -> that.contains("/dev/usb/lp0").contains("Input/output error");
          case NO_USB -> that.contains("Input/output error");
          default -> that.contains("/dev/usb/lp0");
        }
        if (!tag.equals("en") && kind != org.ovop.till.printing.transport.PrinterFault.Kind.OTHER) {
          that.isNotEqualTo(trouble.sentence());
        }
      }
    }
    assertThat(
            new Texts(Locale.forLanguageTag("fr"))
                .printer(
                    new org.ovop.till.printing.transport.PrinterFault.Trouble(
                        org.ovop.till.printing.transport.PrinterFault.Kind.SLOW, "USB", "5")))
        .isEqualTo(
            "L'imprimante USB n'a pas pris les données en 5 s : vérifiez le papier et le capot.");
  }

  /** Nine arguments that count themselves: a template's %s each become one star. */
  private static Object[] stars(int n) {
    Object[] a = new Object[n];
    java.util.Arrays.fill(a, "*");
    return a;
  }

  @Test
  void everyPrinterProfileIsDescribedInTheScreensWords() throws Exception {
    // The other languages are held to the English keys by the test above.
    assertThat(keys(""))
        .containsAll(
            org.ovop.till.printing.escpos.PrinterProfile.ALL.stream()
                .map(p -> "printer.profile." + p.name())
                .toList());
  }

  @Test
  void screenTextsWriteApostrophesTwiceAsMessageFormatWants() throws Exception {
    // A lone ' starts a quoted part in MessageFormat and eats the letters after it ("l'ami" shows
    // as "lami"); refusals are String.format templates and keep their own apostrophes.
    for (String tag : Texts.LANGUAGES) {
      String lang = tag.equals("en") ? "" : "_" + tag;
      Properties p = new Properties();
      try (InputStream in =
          TextsTest.class.getResourceAsStream(
              "/org/ovop/till/app/ui/messages" + lang + ".properties")) {
        p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      }
      for (String key : p.stringPropertyNames()) {
        if (!key.startsWith("refusal.")) {
          assertThat(p.getProperty(key).replace("''", "")).as(lang + " " + key).doesNotContain("'");
        }
      }
    }
    assertThat(new Texts(Locale.FRENCH).get("first.admin")).isEqualTo("Nom de l'administrateur");
  }

  @Test
  void aRefusalIsOneSentenceInTheScreensLanguageWithRolesTranslated() {
    Texts ru = new Texts(Locale.forLanguageTag("ru"));
    assertThat(ru.refusal(Refusal.of(Refusal.Reason.NEEDS_ROLE, "manager", "Бакыт", "cashier")))
        .isEqualTo("Нужен менеджер; Бакыт — кассир.");
    Texts fr = new Texts(Locale.forLanguageTag("fr"));
    // Amounts are written the screen's way, as the rest of the screen writes them.
    assertThat(
            fr.refusal(Refusal.of(Refusal.Reason.TOO_LITTLE_PAID, "1500 XOF", "1000 XOF"))
                .replace('\u202f', ' ')
                .replace('\u00a0', ' '))
        .isEqualTo("1 500 XOF à payer, mais seulement 1 000 XOF reçu.");
    assertThat(
            new Texts(Locale.ENGLISH)
                .refusal(Refusal.of(Refusal.Reason.TOO_LITTLE_PAID, "1549.50 KES", "900.00 KES")))
        .isEqualTo("1,549.50 KES is due but only 900.00 KES was paid.");
    assertThat(fr.get("error.amount", "12,5,0")).isEqualTo("« 12,5,0 » n'est pas un montant.");
    assertThat(
            ru.refusal(
                Refusal.of(Refusal.Reason.ALREADY_PAID, "S-1", "2026-11-20", "Айгуль", "cash")))
        .isEqualTo(
            "Расчёт S-1 уже выплачен 20.11.2026, выплатил(а) Айгуль (наличными); выплата"
                + " записывается один раз.");
    // Days come from the core in ISO and are written the screen's way; a typed text that only
    // looks like a day is quoted as typed.
    assertThat(
            ru.refusal(
                Refusal.of(
                    Refusal.Reason.BAD_PERIOD,
                    java.time.LocalDate.of(2020, 1, 1),
                    java.time.LocalDate.of(2020, 3, 1))))
        .isEqualTo("Период заканчивается (01.01.2020) раньше, чем начинается (01.03.2020).");
    assertThat(
            fr.refusal(
                Refusal.of(
                    Refusal.Reason.CERTIFICATE_EXPIRED,
                    "SBT-001",
                    java.time.LocalDate.of(2026, 10, 31))))
        .contains("31/10/2026");
    assertThat(ru.refusal(Refusal.of(Refusal.Reason.BAD_DATE, "2027-02-31")))
        .contains("2027-02-31");
  }

  @Test
  void aLockIsSaidUntilATimeOnTheStoresClockNotAnInstantInUtc() {
    var until = java.time.Instant.parse("2025-04-05T10:05:00Z");
    var bishkek = java.time.ZoneId.of("Asia/Bishkek"); // UTC+6
    assertThat(
            new Texts(Locale.forLanguageTag("ru"), bishkek)
                .refusal(Refusal.of(Refusal.Reason.LOCKED_OUT, "T1", until)))
        .isEqualTo("Слишком много неверных PIN-кодов: ввод на кассе T1 заблокирован до 16:05.");
    assertThat(
            new Texts(Locale.forLanguageTag("fr"), java.time.ZoneId.of("Africa/Dakar"))
                .refusal(Refusal.of(Refusal.Reason.LOCKED_OUT, "T1", until)))
        .endsWith("bloquée jusqu'à 10:05.");
    // English has no sentence of its own here: the core's, with the time written all the same.
    assertThat(
            new Texts(
                    org.ovop.till.core.store.StoreProfile.localeOf("en"),
                    java.time.ZoneId.of("Africa/Nairobi"))
                .refusal(Refusal.of(Refusal.Reason.LOCKED_OUT, "T1", until)))
        .startsWith("Too many wrong PINs")
        .contains("13:05")
        .doesNotContain("2025-04-05");
    // Seconds past the minute: the lock is still on at 16:43, so it is said to end at 16:44.
    assertThat(
            new Texts(Locale.forLanguageTag("ru"), bishkek)
                .refusal(
                    Refusal.of(
                        Refusal.Reason.LOCKED_OUT,
                        "T1",
                        java.time.Instant.parse("2025-04-05T10:43:17Z"))))
        .endsWith("заблокирован до 16:44.");
  }
}
