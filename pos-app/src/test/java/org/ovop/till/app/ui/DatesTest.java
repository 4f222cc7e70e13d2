package org.ovop.till.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ovop.till.core.store.StoreProfile;

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

  /**
   * The till's English is the shops' English: a Kenyan manager reads 01/03/2027 as the first of
   * March and 18:07 as the shop's evening; America's 3/1/27 and 6:07 PM were written before.
   */
  @Test
  void theTillsEnglishPutsTheDayFirstAndRunsTheClockTo24() {
    Locale english = StoreProfile.localeOf("en");
    var days = Dates.converter(english);
    assertThat(days.toString(FIRST_OF_MARCH)).isEqualTo("01/03/2027");
    assertThat(days.fromString("1/3/2027")).isEqualTo(FIRST_OF_MARCH);
    assertThat(
            Dates.moment(
                java.time.Instant.parse("2027-03-01T15:07:00Z"),
                java.time.ZoneId.of("Africa/Nairobi"),
                english))
        .isEqualTo("01/03/2027, 18:07");
    // The other languages are as they were.
    assertThat(StoreProfile.localeOf("ru")).isEqualTo(Locale.forLanguageTag("ru"));
  }
}
