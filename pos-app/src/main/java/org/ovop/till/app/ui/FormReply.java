package org.ovop.till.app.ui;

/**
 * What a back-office form got back: the thing made, or the one sentence that says why not (a typing
 * mistake found by the view model, or a refusal of the shop's rules in the screen's language).
 */
record FormReply<T>(T value, String problem) {
  static <T> FormReply<T> done(T value) {
    return new FormReply<>(value, null);
  }

  static <T> FormReply<T> problem(String sentence) {
    return new FormReply<>(null, sentence);
  }

  boolean isDone() {
    return problem == null;
  }
}
