package org.ovop.till.bench;

import java.util.Locale;

/** One benchmark's figure against its floor measured in the same run. */
record Result(String name, String unit, double value, double floor, double goalRatio, String note) {
  /**
   * A floor too quick to time would give no ratio (and NaN in the JSON): the run says so instead.
   */
  Result {
    if (!(floor > 0) || !(value >= 0)) {
      throw new IllegalStateException(
          String.format(
              Locale.ROOT,
              "%s measured %s %s against a floor of %s %s; a ratio needs a floor above zero",
              name,
              value,
              unit,
              floor,
              unit));
    }
  }

  double ratio() {
    return value / floor;
  }

  boolean met() {
    return ratio() <= goalRatio;
  }

  String json() {
    return String.format(
        Locale.ROOT,
        "{\"name\":\"%s\",\"unit\":\"%s\",\"value\":%.3f,\"floor\":%.3f,\"ratio\":%.3f,\"goal_ratio\":%.2f}",
        name,
        unit,
        value,
        floor,
        ratio(),
        goalRatio);
  }
}
