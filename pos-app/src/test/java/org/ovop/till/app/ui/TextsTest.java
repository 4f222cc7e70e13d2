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
    assertThat(fr.refusal(Refusal.of(Refusal.Reason.TOO_LITTLE_PAID, "1500 XOF", "1000 XOF")))
        .isEqualTo("1500 XOF à payer, mais seulement 1000 XOF reçu.");
    assertThat(fr.get("error.amount", "12,5,0")).isEqualTo("« 12,5,0 » n'est pas un montant.");
  }
}
