package org.ovop.till.bench;

import java.util.Locale;

/** One benchmark's figure against its floor measured in the same run. */
record Result(String name, String unit, double value, double floor, double goalRatio, String note) {
  double ratio() {
    return floor == 0 ? Double.NaN : value / floor;
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
