package org.ovop.till.core.sale;

import java.util.Locale;
import java.util.Optional;

/** How a customer pays. Only cash gives change and only cash is rounded. */
public enum TenderMethod {
  CASH,
  CARD,
  MOBILE;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<TenderMethod> parse(String text) {
    for (TenderMethod m : values()) {
      if (m.code().equalsIgnoreCase(text == null ? "" : text.strip())) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
