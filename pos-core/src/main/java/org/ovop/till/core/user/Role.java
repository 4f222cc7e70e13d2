package org.ovop.till.core.user;

import java.util.Locale;
import java.util.Optional;

/** Roles, each allowed what the one before is allowed and more. */
public enum Role {
  CASHIER,
  MANAGER,
  ADMIN;

  public boolean atLeast(Role other) {
    return compareTo(other) >= 0;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Role> parse(String text) {
    for (Role r : values()) {
      if (r.code().equalsIgnoreCase(text == null ? "" : text.strip())) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
