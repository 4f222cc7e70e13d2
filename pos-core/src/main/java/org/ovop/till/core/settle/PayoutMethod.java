package org.ovop.till.core.settle;

import java.util.Locale;
import java.util.Optional;

/** Cash from the drawer of the open shift, mobile money, or a bank transfer. */
public enum PayoutMethod {
  CASH,
  MOBILE,
  BANK;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<PayoutMethod> parse(String text) {
    for (PayoutMethod m : values()) {
      if (m.code().equalsIgnoreCase(text == null ? "" : text.strip())) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
