package org.ovop.till.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class BackOfficeWordsTest {
  @Test
  void anApostropheIsShownOnceWithOrWithoutArguments() {
    Texts fr = new Texts(Locale.forLanguageTag("fr"));
    assertThat(fr.get("settings.uri")).isEqualTo("Adresse de l'imprimante");
    assertThat(fr.get("office.choose")).isEqualTo("Choisissez d'abord un règlement.");
    assertThat(fr.get("settings.profile.bad", "x"))
        .isEqualTo("Choisissez un profil d'imprimante dans la liste, pas « x ».");
  }

  @Test
  void theNewTabsHaveTheirWordsInEveryLanguage() throws Exception {
    var english = TextsTest.keys("");
    for (String prefix : new String[] {"returns.", "payouts.", "settings.", "settlements."}) {
      assertThat(english.stream().filter(k -> k.startsWith(prefix))).as(prefix).isNotEmpty();
    }
    for (String lang : new String[] {"_ru", "_fr", "_sw"}) {
      assertThat(TextsTest.keys(lang))
          .as(lang)
          .contains("refusal.BAD_QUANTITY", "refusal.NOTHING_TO_RETURN", "refusal.BAD_PERIOD");
    }
  }
}
