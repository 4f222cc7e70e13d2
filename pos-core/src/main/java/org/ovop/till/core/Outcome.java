package org.ovop.till.core;

import java.util.function.Function;

/**
 * What a use case gives back: the thing done, or a refusal with its reason. Business refusals
 * (expired certificate, too little paid, wrong PIN) are values, not exceptions, so every caller has
 * to decide what to show.
 */
public sealed interface Outcome<T> {

  record Done<T>(T value) implements Outcome<T> {}

  record Refused<T>(Refusal refusal) implements Outcome<T> {}

  static <T> Outcome<T> done(T value) {
    return new Done<>(value);
  }

  static <T> Outcome<T> refused(Refusal.Reason reason, Object... args) {
    return new Refused<>(Refusal.of(reason, args));
  }

  static <T> Outcome<T> refused(Refusal refusal) {
    return new Refused<>(refusal);
  }

  default boolean isDone() {
    return this instanceof Done;
  }

  /** The value; only for callers that checked {@link #isDone()} (tests, mostly). */
  default T value() {
    if (this instanceof Done<T> d) {
      return d.value();
    }
    throw new IllegalStateException("refused: " + ((Refused<T>) this).refusal().message());
  }

  default Refusal refusal() {
    if (this instanceof Refused<T> r) {
      return r.refusal();
    }
    throw new IllegalStateException("not refused");
  }

  default <U> Outcome<U> map(Function<T, U> f) {
    return this instanceof Done<T> d ? done(f.apply(d.value())) : new Refused<>(refusal());
  }

  default <U> Outcome<U> then(Function<T, Outcome<U>> f) {
    return this instanceof Done<T> d ? f.apply(d.value()) : new Refused<>(refusal());
  }
}
