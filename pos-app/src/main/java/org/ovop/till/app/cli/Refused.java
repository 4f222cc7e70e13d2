package org.ovop.till.app.cli;

import org.ovop.till.core.Outcome;
import org.ovop.till.core.Refusal;

/** A command that cannot be done: the sentence goes to stderr and the exit code is 1. */
final class Refused extends RuntimeException {
  Refused(String sentence) {
    super(sentence, null, false, false);
  }

  static Refused because(Refusal refusal) {
    return new Refused(refusal.message());
  }

  /** The outcome's value, or a {@link Refused} carrying its sentence. */
  static <T> T take(Outcome<T> outcome) {
    if (outcome instanceof Outcome.Done<T> d) {
      return d.value();
    }
    throw because(outcome.refusal());
  }
}
