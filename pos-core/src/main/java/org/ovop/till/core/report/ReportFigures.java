package org.ovop.till.core.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sums a report shows, made from the rows {@link Reports} returns, so the command line and the
 * window print the same figures.
 */
public final class ReportFigures {
  private ReportFigures() {}

  /** Units on the shelf of one group by age: 0-30, 31-60, 61-90 and over 90 days. */
  public record AgeBands(String group, long upTo30, long upTo60, long upTo90, long over90) {
    public long total() {
      return upTo30 + upTo60 + upTo90 + over90;
    }
  }

  /** Which band a lot of this age falls in: 0 for 0-30 days up to 3 for over 90. */
  public static int band(long days) {
    return days <= 30 ? 0 : days <= 60 ? 1 : days <= 90 ? 2 : 3;
  }

  /** Aging rows summed per group, groups by code. */
  public static List<AgeBands> ageBands(List<Reports.AgingRow> rows) {
    Map<String, long[]> byGroup = new TreeMap<>();
    for (var r : rows) {
      byGroup.computeIfAbsent(r.group().code(), k -> new long[4])[band(r.days())] += r.onHand();
    }
    List<AgeBands> out = new ArrayList<>();
    byGroup.forEach((g, b) -> out.add(new AgeBands(g, b[0], b[1], b[2], b[3])));
    return out;
  }

  /** What one group was paid in a period, in minor units, and in how many settlements. */
  public record GroupPayout(String group, String name, int settlements, long payout) {}

  /** Paid settlements summed per group, groups by code. */
  public static List<GroupPayout> payoutsByGroup(List<Reports.PaidSettlement> paid) {
    Map<String, GroupPayout> byGroup = new TreeMap<>();
    for (var p : paid) {
      byGroup.merge(
          p.group().code(),
          new GroupPayout(p.group().code(), p.group().name(), 1, p.payout().amount()),
          (a, b) ->
              new GroupPayout(
                  a.group(), a.name(), a.settlements() + b.settlements(), a.payout() + b.payout()));
    }
    return List.copyOf(byGroup.values());
  }

  /**
   * A part of a total in percent with one decimal, half up ("62.5"); "0.0" when the total is zero
   * (nothing was paid, so nobody has a share).
   */
  public static BigDecimal percent(long part, long total) {
    if (total == 0) {
      return BigDecimal.ZERO.setScale(1);
    }
    return BigDecimal.valueOf(part * 1000)
        .divide(BigDecimal.valueOf(total), 0, RoundingMode.HALF_UP)
        .movePointLeft(1);
  }
}
