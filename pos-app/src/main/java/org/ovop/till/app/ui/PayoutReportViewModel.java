package org.ovop.till.app.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ovop.till.core.Outcome;
import org.ovop.till.core.Refusal;
import org.ovop.till.core.report.ReportFigures;

/**
 * Payouts over a period: per group, and by the members' gender (the women's share), with the
 * figures of {@code till report payouts} and {@code till report gender}. {@link #load} reads the
 * database and is called off the FX thread.
 */
final class PayoutReportViewModel {
  /** One slice of the gender report: F, M, X or group, its amount and its percent of the total. */
  record Share(String gender, int members, long payout, BigDecimal percent) {}

  /** The report of one period. */
  record Report(
      LocalDate from,
      LocalDate to,
      List<ReportFigures.GroupPayout> groups,
      List<Share> shares,
      long total) {
    Share women() {
      return shares.stream().filter(x -> x.gender().equals("F")).findFirst().orElseThrow();
    }
  }

  private final Session s;

  PayoutReportViewModel(Session s) {
    this.s = s;
  }

  /** This month so far, in the store's time zone: the period a manager asks for most. */
  LocalDate[] thisMonth() {
    LocalDate today = LocalDate.now(s.services.clock().withZone(s.store.zone()));
    return new LocalDate[] {today.withDayOfMonth(1), today};
  }

  /** One sentence when the period cannot be reported: a day missing or the end before the start. */
  Optional<String> check(LocalDate from, LocalDate to) {
    if (from == null || to == null) {
      return Optional.of(s.t("payouts.period.missing"));
    }
    if (to.isBefore(from)) {
      return Optional.of(s.texts.refusal(Refusal.of(Refusal.Reason.BAD_PERIOD, to, from)));
    }
    return Optional.empty();
  }

  Outcome<Report> load(LocalDate from, LocalDate to) {
    var paid = s.services.reports().payouts(from, to);
    var gender = s.services.reports().gender(from, to);
    return paid.then(
        p ->
            gender.map(
                rows -> {
                  long total = rows.stream().mapToLong(r -> r.payout()).sum();
                  List<Share> shares = new ArrayList<>();
                  for (var r : rows) {
                    shares.add(
                        new Share(
                            r.gender(),
                            r.members(),
                            r.payout(),
                            ReportFigures.percent(r.payout(), total)));
                  }
                  return new Report(
                      from, to, ReportFigures.payoutsByGroup(p), List.copyOf(shares), total);
                }));
  }

  /** "Women: 62.5 % of 8 200,00 KGS paid" in the screen's language. */
  String womenShare(Report r) {
    if (r.total() == 0) {
      return s.t("payouts.none");
    }
    Share w = r.women();
    return s.t("payouts.women", percent(w.percent()), s.money(w.payout()), s.money(r.total()));
  }

  /** A slice's label: the gender in words, its amount and percent. */
  String label(Share x) {
    return s.t("payouts.gender." + x.gender())
        + " · "
        + s.money(x.payout())
        + " · "
        + percent(x.percent())
        + " %";
  }

  /** A percent with the screen's decimal sign ("62,5" in French and Russian). */
  String percent(BigDecimal p) {
    var f = java.text.NumberFormat.getNumberInstance(s.texts.locale());
    f.setMinimumFractionDigits(1);
    f.setMaximumFractionDigits(1);
    return f.format(p);
  }

  /** Minor units as major units for a chart axis (1 350,00 KGS is 1350.0). */
  double major(long minor) {
    return BigDecimal.valueOf(minor, Math.max(0, s.store.currency().getDefaultFractionDigits()))
        .doubleValue();
  }
}
