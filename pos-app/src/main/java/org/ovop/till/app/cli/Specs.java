package org.ovop.till.app.cli;

import java.util.ArrayList;
import java.util.List;

/** Splits the colon-separated values of repeated options such as {@code --item SKU:QTY}. */
final class Specs {
  private Specs() {}

  /**
   * Splits at most {@code parts} ways, so a last part (a member's name, a mobile money reference)
   * may itself hold colons.
   */
  static List<String> split(String spec, int parts, String option, String shape) {
    if (spec == null || spec.isBlank()) {
      throw new Refused("An empty " + option + " was given; write " + option + " " + shape + ".");
    }
    List<String> out = new ArrayList<>(List.of(spec.split(":", parts)));
    for (String p : out) {
      if (p.isBlank() && out.indexOf(p) == 0) {
        throw new Refused("'" + spec + "' is not " + shape + ".");
      }
    }
    return out.stream().map(String::strip).toList();
  }
}
