package org.ovop.till.core.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ovop.till.core.Books;
import org.ovop.till.core.Outcome;
import org.ovop.till.core.Refusal.Reason;
import org.ovop.till.core.Transactions;
import org.ovop.till.core.catalog.Member;
import org.ovop.till.core.catalog.ProducerGroup;
import org.ovop.till.core.catalog.Product;
import org.ovop.till.core.settle.Payout;
import org.ovop.till.core.settle.Settlement;
import org.ovop.till.core.settle.Shares;
import org.ovop.till.core.store.StoreProfile;

/** Reports for managers and the programme: payouts, women's share of them, and stock aging. */
public final class Reports {
  private final Transactions tx;
  private final Clock clock;

  public Reports(Transactions tx, Clock clock) {
    this.tx = tx;
    this.clock = clock;
  }

  /** One paid settlement in a period. */
  public record PaidSettlement(Settlement settlement, ProducerGroup group, Payout payout) {}

  /** Settlements paid from the first to the last day (store days, both included), oldest first. */
  public Outcome<List<PaidSettlement>> payouts(LocalDate first, LocalDate last) {
    return overDays(
        first,
        last,
        (books, from, until) -> {
          List<PaidSettlement> out = new ArrayList<>();
          for (Payout p : books.settlements().payoutsBetween(from, until)) {
            Settlement s = books.settlements().byId(p.settlementId()).orElseThrow();
            out.add(new PaidSettlement(s, books.catalog().groupById(s.groupId()).orElseThrow(), p));
          }
          return Outcome.done(out);
        });
  }

  /** One thing done in the shop that the audit keeps: who, what, to what, why, approved by whom. */
  public record AuditRow(
      Instant at,
      String till,
      String by,
      String action,
      String subject,
      String reason,
      String approvedBy) {}

  /**
   * What the audit kept from the first to the last day (store days, both included), oldest first,
   * with people by name: the overrides, drawers opened, cash moved, goods written off, counts,
   * returns and payouts a manager reconciles.
   */
  public Outcome<List<AuditRow>> audit(LocalDate first, LocalDate last) {
    return overDays(
        first,
        last,
        (books, from, until) -> {
          Map<String, String> names = new HashMap<>();
          books.users().all().forEach(u -> names.put(u.id(), u.name()));
          List<AuditRow> out = new ArrayList<>();
          for (var e : books.audit().between(from, until)) {
            out.add(
                new AuditRow(
                    e.at(),
                    e.till(),
                    e.userId() == null ? "" : names.getOrDefault(e.userId(), e.userId()),
                    e.action(),
                    e.subject() == null ? "" : e.subject(),
                    e.reason() == null ? "" : e.reason(),
                    e.approvedBy() == null
                        ? ""
                        : names.getOrDefault(e.approvedBy(), e.approvedBy())));
          }
          return Outcome.done(out);
        });
  }

  /** A report's reading of the books between two instants: the start of its first day and after. */
  private interface OverPeriod<T> {
    Outcome<T> read(Books books, Instant from, Instant until);
  }

  /**
   * Reads a report over store days, the first and the last both included, on one snapshot: refused
   * when the last day comes before the first or the store is not set up yet.
   */
  private <T> Outcome<T> overDays(LocalDate first, LocalDate last, OverPeriod<T> report) {
    if (last.isBefore(first)) {
      return Outcome.refused(Reason.BAD_PERIOD, last, first);
    }
    return tx.read(
        books -> {
          StoreProfile store = books.store().profile().orElse(null);
          if (store == null) {
            return Outcome.<T>refused(Reason.STORE_NOT_SET_UP);
          }
          return report.read(books, start(first, store), start(last.plusDays(1), store));
        });
  }

  /**
   * Payouts by gender: {@code F}, {@code M}, {@code X}, and {@code group} where no member is named.
   */
  public record GenderRow(String gender, int members, long payout) {}

  /**
   * Each paid settlement's payout attributed to the members whose lots its items came from (in
   * proportion to their net shares), summed by the members' gender.
   */
  public Outcome<List<GenderRow>> gender(LocalDate first, LocalDate last) {
    return payouts(first, last)
        .map(
            paid ->
                tx.read(
                    books -> {
                      Map<String, Member> members = new HashMap<>();
                      Map<String, Long> byGender = new LinkedHashMap<>();
                      Map<String, Set<String>> people = new HashMap<>();
                      for (String g : List.of("F", "M", "X", Shares.GROUP)) {
                        byGender.put(g, 0L);
                        people.put(g, new HashSet<>());
                      }
                      for (PaidSettlement ps : paid) {
                        books
                            .catalog()
                            .members(ps.group().id())
                            .forEach(m -> members.put(m.id(), m));
                        var lines = books.settlements().linesOf(ps.settlement().id());
                        var split =
                            Shares.payoutByMember(ps.payout().amount(), Shares.byMember(lines));
                        split.forEach(
                            (key, amount) -> {
                              Member m = members.get(key);
                              String g = m == null ? Shares.GROUP : m.gender().name();
                              byGender.merge(g, amount, Long::sum);
                              if (m != null && amount != 0) {
                                people.get(g).add(m.id());
                              }
                            });
                      }
                      List<GenderRow> rows = new ArrayList<>();
                      byGender.forEach(
                          (g, v) -> rows.add(new GenderRow(g, people.get(g).size(), v)));
                      return rows;
                    }));
  }

  /**
   * What is left of one lot on the shelf, for how long it has been there, and its best-before day
   * (null when the delivery gave none).
   */
  public record AgingRow(
      ProducerGroup group,
      Product product,
      String lotId,
      String note,
      LocalDate received,
      long days,
      long onHand,
      LocalDate bestBefore) {}

  /** Every lot with stock left, oldest first within each group, as of today (store time). */
  public Outcome<List<AgingRow>> aging() {
    return tx.read(
        books -> {
          StoreProfile store = books.store().profile().orElse(null);
          if (store == null) {
            return Outcome.<List<AgingRow>>refused(Reason.STORE_NOT_SET_UP);
          }
          LocalDate today = clock.instant().atZone(store.zone()).toLocalDate();
          Map<String, ProducerGroup> groups = new HashMap<>();
          books.catalog().groups().forEach(g -> groups.put(g.id(), g));
          List<AgingRow> rows = new ArrayList<>();
          for (Product p : books.catalog().products()) {
            for (var lb : books.stock().lotsOldestFirst(p.id())) {
              if (lb.onHand() <= 0) {
                continue;
              }
              LocalDate received = lb.lot().receivedAt().atZone(store.zone()).toLocalDate();
              rows.add(
                  new AgingRow(
                      groups.get(p.groupId()),
                      p,
                      lb.lot().id(),
                      lb.lot().noteNumber(),
                      received,
                      ChronoUnit.DAYS.between(received, today),
                      lb.onHand(),
                      lb.lot().bestBefore()));
            }
          }
          rows.sort(
              java.util.Comparator.comparing((AgingRow r) -> r.group().code())
                  .thenComparing(AgingRow::received)
                  .thenComparing(r -> r.product().sku()));
          return Outcome.done(rows);
        });
  }

  private static Instant start(LocalDate day, StoreProfile store) {
    return day.atStartOfDay(store.zone()).toInstant();
  }
}
