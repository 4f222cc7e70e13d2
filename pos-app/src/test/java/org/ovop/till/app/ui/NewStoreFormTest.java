package org.ovop.till.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The first start's new-store form, checked without a screen. */
class NewStoreFormTest {
  @Test
  void aKyrgyzShopGetsWholeSomCashRoundingAndBishkekTimeUnlessTold() {
    var c = NewStoreForm.check("OVOP+1 Каракол", "kgs", "", "ru", "Айгуль", "9630", "9630");
    assertThat(c.isReady()).isTrue();
    assertThat(c.ready().store().currency().getCurrencyCode()).isEqualTo("KGS");
    assertThat(c.ready().store().cashRounding().increment()).isEqualTo(100);
    assertThat(c.ready().store().zone().getId()).isEqualTo("Asia/Bishkek");
    var told = NewStoreForm.check("Boutique", "XOF", "25", "fr", "Awa", "1234", "1234");
    assertThat(told.ready().store().cashRounding().increment()).isEqualTo(25);
    assertThat(told.ready().store().zone().getId()).isEqualTo("Africa/Dakar");
  }

  @Test
  void eachMistakeIsNamedBeforeAnythingIsWritten() {
    assertThat(problem("  ", "KGS", "", "ru", "A", "1234", "1234")).isEqualTo("first.error.name");
    assertThat(problem("S", "SOM", "", "ru", "A", "1234", "1234"))
        .isEqualTo("first.error.currency");
    assertThat(problem("S", "KGS", "0", "ru", "A", "1234", "1234"))
        .isEqualTo("first.error.rounding");
    assertThat(problem("S", "KGS", "1.5", "ru", "A", "1234", "1234"))
        .isEqualTo("first.error.rounding");
    assertThat(problem("S", "KGS", "", null, "A", "1234", "1234"))
        .isEqualTo("first.error.language");
    assertThat(problem("S", "KGS", "", "ru", "", "1234", "1234")).isEqualTo("first.error.admin");
    assertThat(problem("S", "KGS", "", "ru", "A", "12", "12")).isEqualTo("first.error.pin");
    assertThat(problem("S", "KGS", "", "ru", "A", "1234", "1243"))
        .isEqualTo("first.error.pinagain");
  }

  @Test
  void everyProblemHasItsSentenceInEveryLanguage() {
    for (String lang : java.util.List.of("en", "ru", "fr", "sw")) {
      Texts t = new Texts(java.util.Locale.forLanguageTag(lang));
      for (String key :
          java.util.List.of(
              "first.error.name",
              "first.error.currency",
              "first.error.rounding",
              "first.error.language",
              "first.error.admin",
              "first.error.pin",
              "first.error.pinagain")) {
        assertThat(t.get(key, "x")).as(lang + " " + key).doesNotStartWith("!").isNotBlank();
      }
    }
  }

  private static String problem(
      String name,
      String cur,
      String rounding,
      String lang,
      String admin,
      String pin,
      String again) {
    var c = NewStoreForm.check(name, cur, rounding, lang, admin, pin, again);
    assertThat(c.isReady()).isFalse();
    return c.problem();
  }
}
