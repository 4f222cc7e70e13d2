package org.ovop.till.app.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import javafx.util.StringConverter;

/** Days as people of the screen's language write them (01.11.2026, 01/11/2026, 11/1/26). */
final class Dates {
  private Dates() {}

  static StringConverter<LocalDate> converter(Session s) {
    DateTimeFormatter f =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(s.texts.locale());
    return new StringConverter<>() {
      @Override
      public String toString(LocalDate day) {
        return day == null ? "" : f.format(day);
      }

      /** A typo leaves no day (the view model then asks for one) instead of an exception. */
      @Override
      public LocalDate fromString(String typed) {
        if (typed == null || typed.isBlank()) {
          return null;
        }
        try {
          return LocalDate.parse(typed.strip(), f);
        } catch (DateTimeParseException e) {
          try {
            return LocalDate.parse(typed.strip());
          } catch (DateTimeParseException notIso) {
            return null;
          }
        }
      }
    };
  }
}
