package org.ovop.till.core.catalog;

import java.util.Optional;

/** As the programme reports it: women's income is the figure that matters most. */
public enum Gender {
  F,
  M,
  X;

  public static Optional<Gender> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    return switch (text.strip().toUpperCase(java.util.Locale.ROOT)) {
      case "F" -> Optional.of(F);
      case "M" -> Optional.of(M);
      case "X" -> Optional.of(X);
      default -> Optional.empty();
    };
  }
}
