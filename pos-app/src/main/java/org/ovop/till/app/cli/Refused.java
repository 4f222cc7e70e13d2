package org.ovop.till.app.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import org.ovop.till.core.Outcome;
import org.ovop.till.core.Refusal;

/** A command that cannot be done: the sentence goes to stderr and the exit code is 1. */
final class Refused extends RuntimeException {
  private static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");
  private static final DateTimeFormatter ON_THE_CLOCK =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

  /** The shop's rule behind the sentence, when there is one: its moments are written at print. */
  private final transient Refusal refusal;

  Refused(String sentence) {
    this(sentence, null);
  }

  private Refused(String sentence, Refusal refusal) {
    super(sentence, null, false, false);
    this.refusal = refusal;
  }

  static Refused because(Refusal refusal) {
    return new Refused(refusal.message(), refusal);
  }

  /** The outcome's value, or a {@link Refused} carrying its sentence. */
  static <T> T take(Outcome<T> outcome) {
    if (outcome instanceof Outcome.Done<T> d) {
      return d.value();
    }
    throw because(outcome.refusal());
  }

  /**
   * The sentence with the core's moments (instants in UTC, "2026-11-24T19:21:21.520Z") written on
   * the store's clock, "2026-11-25 01:22 (Asia/Bishkek)": a manager in Karakol reading a lock's end
   * in UTC would try again six hours early. Up to the whole minute, as the screens say it, so a
   * lock "until 01:22" is over at 01:22. Without a zone (no store yet), the sentence as it is.
   */
  String sentence(ZoneId zone) {
    if (refusal == null || zone == null) {
      return getMessage();
    }
    Object[] args = refusal.args().toArray();
    for (int i = 0; i < args.length; i++) {
      String arg = (String) args[i];
      if (ISO_INSTANT.matcher(arg).matches()) {
        try {
          Instant at = Instant.parse(arg);
          Instant minute = at.truncatedTo(ChronoUnit.MINUTES);
          if (minute.isBefore(at)) {
            minute = minute.plus(1, ChronoUnit.MINUTES);
          }
          args[i] = ON_THE_CLOCK.format(minute.atZone(zone)) + " (" + zone.getId() + ")";
        } catch (DateTimeParseException notAMoment) {
          // a typed text that only looks like a moment: quoted back as it was
        }
      }
    }
    return Refusal.of(refusal.reason(), args).message();
  }
}
