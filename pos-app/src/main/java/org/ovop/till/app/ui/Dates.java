package org.ovop.till.app.ui;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/** Days as people of the screen's language write them (01.11.2026, 01/11/2026, 11/1/26). */
final class Dates {
  private Dates() {}

  /** A moment on the store's clock, written the screen's way ("24.11.2026, 12:09"). */
  static String moment(java.time.Instant at, java.time.ZoneId zone, Locale locale) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
        .withLocale(locale)
        .withZone(zone)
        .format(at);
  }

  static StringConverter<LocalDate> converter(Session s) {
    return converter(s.texts.locale());
  }

  static StringConverter<LocalDate> converter(Locale locale) {
    DateTimeFormatter shown =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
    /*
     * Typed days are read strictly: the lenient reading moved 31.02.2027 to 28.02.2027, a day the
     * manager never typed. STRICT needs the proleptic year ('u'), since 'y' is year-of-era and
     * wants an era. Each pattern is also read with the full year and one-digit days and months
     * (1.3.2027 for 01.03.27), which is how many people type; ISO days (2027-03-01) always are.
     */
    String pattern =
        DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale)
            .replace('y', 'u');
    List<DateTimeFormatter> typed =
        List.of(
            strict(pattern, locale),
            strict(
                pattern.replaceAll("u+", "uuuu").replaceAll("d+", "d").replaceAll("M+", "M"),
                locale),
            DateTimeFormatter.ISO_LOCAL_DATE);
    return new StringConverter<>() {
      @Override
      public String toString(LocalDate day) {
        return day == null ? "" : shown.format(day);
      }

      /** A typo leaves no day (the view model then asks for one) instead of an exception. */
      @Override
      public LocalDate fromString(String text) {
        if (text == null || text.isBlank()) {
          return null;
        }
        for (DateTimeFormatter f : typed) {
          try {
            return LocalDate.parse(text.strip(), f);
          } catch (DateTimeParseException tryTheNext) {
            // the next way of writing a day
          }
        }
        return null;
      }
    };
  }

  /** A picker's day as its field shows it: a day, none (a blank field), or a sentence why not. */
  record Typed(LocalDate day, String problem) {}

  /**
   * The day a picker's field shows now. A key clicked with the mouse does not always commit what
   * was typed (the picker commits when it loses the keyboard), and then its value is the day it
   * held before: settling "until 01.03.2027" as typed ran until the day shown earlier. The text is
   * what the person sees and means; a readable day is also put back as the picker's value, written
   * the screen's way, and text that is no day is one sentence, with the field to correct.
   */
  static Typed typed(DatePicker picker, Session s) {
    if (picker.getSkin() == null) {
      // Not shown yet: its field is filled from the value only once its skin exists.
      return new Typed(picker.getValue(), null);
    }
    String text = picker.getEditor().getText();
    if (text == null || text.isBlank()) {
      picker.setValue(null);
      return new Typed(null, null);
    }
    LocalDate day = picker.getConverter().fromString(text);
    if (day == null) {
      picker.getEditor().requestFocus();
      picker.getEditor().selectAll();
      return new Typed(null, s.t("day.unreadable", text.strip()));
    }
    picker.setValue(day);
    // setValue leaves the text alone when the day is the one held already ("1.3.2027" for
    // 01.03.2027): the field then shows the day as the screen writes it.
    picker.getEditor().setText(picker.getConverter().toString(day));
    return new Typed(day, null);
  }

  private static DateTimeFormatter strict(String pattern, Locale locale) {
    return DateTimeFormatter.ofPattern(pattern, locale).withResolverStyle(ResolverStyle.STRICT);
  }
}
