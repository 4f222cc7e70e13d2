package org.ovop.till.printing.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every printed paper has all its words in English, Russian, French and Swahili. */
class WordsTest {
  @Test
  void everyLanguageHasEveryWordOfThePapers() {
    assertThat(Words.languages()).containsExactlyInAnyOrder("en", "ru", "fr", "sw");
    for (String lang : Words.languages()) {
      // A word missing in one language falls back to English in the middle of the paper.
      assertThat(Words.keys(lang)).as(lang).isEqualTo(Words.keys("en"));
    }
  }

  @Test
  void frenchSetsItsColonsOffWithASpaceAndTheOthersDoNot() {
    assertThat(new Words("fr").label("cashier")).isEqualTo("Caissier :");
    assertThat(new Words("en").label("cashier")).isEqualTo("Cashier:");
    assertThat(new Words("ky").label("cashier")).isEqualTo("Кассир:");
  }
}
