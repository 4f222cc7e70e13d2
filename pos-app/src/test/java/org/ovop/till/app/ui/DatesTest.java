package org.ovop.till.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {
  private static final LocalDate FIRST_OF_MARCH = LocalDate.of(2027, 3, 1);

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "ru, 01.03.2027",
    "ru, 1.3.2027",
    "ru, 2027-03-01",
    "fr, 01/03/2027",
    "fr, 1/3/2027",
    "sw, 01/03/2027",
    "en, 3/1/27",
    "en, 3/1/2027",
    "en, 03/01/2027",
  })
  void aDayIsReadAsPeopleOfTheLanguageTypeIt(String language, String typed) {
    var days = Dates.converter(Locale.forLanguageTag(language));
    assertThat(days.fromString(typed)).isEqualTo(FIRST_OF_MARCH);
    // What the screen writes, it reads back.
    assertThat(days.fromString(days.toString(FIRST_OF_MARCH))).isEqualTo(FIRST_OF_MARCH);
  }

  /** A day that does not exist is not moved to one that does: the person typed something else. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "ru, 31.02.2027",
    "ru, 29.02.2027",
    "ru, 31.04.2027",
    "ru, 32.01.2027",
    "ru, 01.13.2027",
    "ru, 2027-02-31",
    "fr, 31/02/2027",
    "sw, 30/02/2027",
    "en, 2/30/27",
    "en, 2/31/2027",
    "ru, 1 марта",
    "ru, 31/31/2027",
    "ru, '   '",
  })
  void aDayThatDoesNotExistIsNoDay(String language, String typed) {
    assertThat(Dates.converter(Locale.forLanguageTag(language)).fromString(typed)).isNull();
  }
}
