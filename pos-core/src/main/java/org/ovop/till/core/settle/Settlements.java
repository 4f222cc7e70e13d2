package org.ovop.till.core.settle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ovop.till.core.Books;
import org.ovop.till.core.Outcome;
import org.ovop.till.core.Refusal.Reason;
import org.ovop.till.core.Transactions;
import org.ovop.till.core.audit.AuditEntry;
import org.ovop.till.core.catalog.ProducerGroup;
import org.ovop.till.core.journal.JournalChain;
import org.ovop.till.core.money.Percent;
import org.ovop.till.core.sale.MobileServices;
import org.ovop.till.core.shift.CashKind;
import org.ovop.till.core.shift.CashMovement;
import org.ovop.till.core.store.StoreProfile;
import org.ovop.till.core.user.Role;
import org.ovop.till.core.user.User;

/**
 * Settles what producer groups are owed and records how it was paid. A settlement holds every
 * unsettled sale and refund line of a group's products up to the start of a store day; the database
 * lets each line belong to one settlement only, so two managers settling at once end with one.
 */
public final class Settlements {
  private final Transactions tx;
  private final Clock clock;
  private final String till;

  public Settlements(Transactions tx, Clock clock, String till) {
    this.tx = tx;
    this.clock = clock;
    this.till = till;
  }

  /**
   * A settlement as made (or as a dry run would make it). Its lines are read back with {@link
   * SettlementBook#linesOf} once made, as the statement does.
   */
  public record Proposed(Settlement settlement, ProducerGroup group) {}

  /** A group whose lines wait for a later settlement, and why. */
  public record Waiting(ProducerGroup group, long payout, int lines, String reason) {}

  public record Run(boolean dryRun, LocalDate until, List<Proposed> made, List<Waiting> waiting) {}

  /**
   * Settles every group (or the one given) up to the start of {@code until}, store time. A dry run
   * computes exactly the same and changes nothing.
   */
  public Outcome<Run> settle(User by, LocalDate until, String groupCode, boolean dryRun) {
    if (!by.role().atLeast(Role.MANAGER)) {
      return Outcome.refused(Reason.NEEDS_ROLE, "manager", by.name(), by.role().code());
    }
    if (dryRun) {
      return tx.read(books -> compute(books, by, until, groupCode, false));
    }
    return tx.write(books -> compute(books, by, until, groupCode, true));
  }

  private Outcome<Run> compute(
      Books books, User by, LocalDate until, String groupCode, boolean record) {
    var store = books.store().profile();
    if (store.isEmpty()) {
      return Outcome.refused(Reason.STORE_NOT_SET_UP);
    }
    StoreProfile profile = store.get();
    List<ProducerGroup> groups;
    if (groupCode != null) {
      var g = books.catalog().groupByCode(groupCode);
      if (g.isEmpty()) {
        return Outcome.refused(Reason.UNKNOWN_GROUP, groupCode);
      }
      groups = List.of(g.get());
    } else {
      groups = books.catalog().groups();
    }
    Instant cutoff = until.atStartOfDay(profile.zone()).toInstant();
    Instant now = clock.instant();
    // Totals come from the database per group; the lines themselves stay there and are claimed
    // there, so a month of a large shop never has to pass through memory.
    Map<String, UnsettledTotals> owed = new HashMap<>();
    for (UnsettledTotals t :
        books
            .settlements()
            .unsettledTotals(groupCode == null ? null : groups.get(0).id(), cutoff)) {
      owed.put(t.groupId(), t);
    }
    List<Proposed> made = new ArrayList<>();
    List<Waiting> waiting = new ArrayList<>();
    for (ProducerGroup g : groups) {
      UnsettledTotals t = owed.get(g.id());
      if (t == null || t.lines() == 0) {
        continue;
      }
      Figures f = Figures.of(t, g.levy());
      if (f.payout() <= 0) {
        waiting.add(
            new Waiting(g, f.payout(), t.lines(), "nothing to pay: refunds outweigh sales"));
        continue;
      }
      if (f.payout() < profile.minPayout()) {
        waiting.add(new Waiting(g, f.payout(), t.lines(), "below the store's minimum payout"));
        continue;
      }
      String id =
          record
              ? "ST-" + till + "-" + String.format("%06d", books.nextNumber("ST-" + till))
              : null;
      Settlement s =
          new Settlement(
              id,
              g.id(),
              until,
              cutoff,
              now,
              by.id(),
              f.sales(),
              f.refunds(),
              g.levy().basisPoints(),
              f.deductions(),
              f.commission(),
              f.payout(),
              t.lines());
      made.add(new Proposed(s, g));
    }
    if (record && !made.isEmpty()) {
      List<Settlement> settlements = made.stream().map(Proposed::settlement).toList();
      int claimed = books.settlements().save(settlements);
      int counted = settlements.stream().mapToInt(Settlement::lines).sum();
      if (claimed != counted) {
        // The figures were made from other lines than those claimed: never store them.
        throw new IllegalStateException(
            "settling claimed " + claimed + " lines, the figures hold " + counted);
      }
      for (Settlement s : settlements) {
        books.audit().append(AuditEntry.of(now, till, by.id(), "SETTLE", s.id(), null, null));
      }
    }
    return Outcome.done(new Run(!record, until, made, waiting));
  }

  /** The money of a set of lines: sales, refunds, levy and payout, all exact. */
  public record Figures(long sales, long refunds, long deductions, long commission, long payout) {
    public static Figures of(UnsettledTotals t, Percent levy) {
      return of(t.sales(), t.refunds(), t.commission(), levy);
    }

    public static Figures of(List<UnsettledLine> lines, Percent levy) {
      long sales = 0;
      long refunds = 0;
      long commission = 0;
      for (UnsettledLine l : lines) {
        if (l.kind() == org.ovop.till.core.sale.SaleKind.SALE) {
          sales += l.producerShare();
        } else {
          refunds += l.producerShare();
        }
        commission += l.signedCommission();
      }
      return of(sales, refunds, commission, levy);
    }

    private static Figures of(long sales, long refunds, long commission, Percent levy) {
      long net = sales - refunds;
      long deductions = net > 0 ? levy.of(net) : 0;
      return new Figures(sales, refunds, deductions, commission, net - deductions);
    }
  }

  /** Cancels an unpaid settlement; its lines wait for the next one. Audited with the reason. */
  public Outcome<Settlement> cancel(User by, String settlementId, String reason) {
    if (!by.role().atLeast(Role.MANAGER)) {
      return Outcome.refused(Reason.NEEDS_ROLE, "manager", by.name(), by.role().code());
    }
    if (reason == null || reason.isBlank()) {
      return Outcome.refused(Reason.REASON_NEEDED);
    }
    return tx.write(
        books -> {
          var s = books.settlements().byId(settlementId);
          if (s.isEmpty()) {
            return Outcome.refused(Reason.UNKNOWN_SETTLEMENT, settlementId);
          }
          if (books.settlements().payoutOf(settlementId).isPresent()) {
            return Outcome.refused(Reason.PAID_IS_FINAL, settlementId);
          }
          if (books.settlements().isCancelled(settlementId)) {
            return Outcome.refused(Reason.SETTLEMENT_CANCELLED, settlementId);
          }
          Instant now = clock.instant();
          books.settlements().cancel(settlementId, now, by.id(), reason.strip());
          books
              .audit()
              .append(
                  AuditEntry.of(
                      now,
                      till,
                      by.id(),
                      "SETTLEMENT_CANCEL",
                      settlementId,
                      reason.strip(),
                      by.id()));
          return Outcome.done(s.get());
        });
  }

  /**
   * Records the payout of a settlement, once. Cash leaves the drawer of the shift open on this till
   * and shows in its Z report; mobile money and bank transfers need their reference.
   */
  public Outcome<Payout> pay(User by, String settlementId, PayoutMethod method, String reference) {
    return pay(by, settlementId, method, null, reference);
  }

  /**
   * Records the payout of a settlement, once, by mobile money carried by {@code service} ("Wave")
   * where one is named: a Dakar group paid by Wave is told so on its slip and statement, and the
   * manager can match the payout to Wave's own statement. A store with one wallet has it written
   * without anyone naming it.
   */
  public Outcome<Payout> pay(
      User by, String settlementId, PayoutMethod method, String service, String reference) {
    if (service != null && method != PayoutMethod.MOBILE) {
      // No screen or command offers this: a wallet's name stands for mobile money wherever typed.
      throw new IllegalArgumentException("only mobile money has a service, not " + method.code());
    }
    if (!by.role().atLeast(Role.MANAGER)) {
      return Outcome.refused(Reason.NEEDS_ROLE, "manager", by.name(), by.role().code());
    }
    String ref = reference == null || reference.isBlank() ? null : reference.strip();
    if (method != PayoutMethod.CASH && ref == null) {
      return Outcome.refused(Reason.PAYOUT_NEEDS_REFERENCE, method.code());
    }
    return tx.write(
        books -> {
          var s = books.settlements().byId(settlementId);
          if (s.isEmpty()) {
            return Outcome.refused(Reason.UNKNOWN_SETTLEMENT, settlementId);
          }
          if (books.settlements().isCancelled(settlementId)) {
            return Outcome.refused(Reason.SETTLEMENT_CANCELLED, settlementId);
          }
          var store = books.store().profile();
          String wallet = null;
          if (method == PayoutMethod.MOBILE && store.isPresent()) {
            var named = MobileServices.service(store.get(), service);
            if (!named.isDone()) {
              return Outcome.refused(named.refusal());
            }
            wallet = named.value().orElse(null);
          }
          var earlier = books.settlements().payoutOf(settlementId);
          if (earlier.isPresent()) {
            Payout p = earlier.get();
            String who =
                books.users().all().stream()
                    .filter(u -> u.id().equals(p.paidBy()))
                    .map(User::name)
                    .findFirst()
                    .orElse(p.paidBy());
            var zone = store.map(StoreProfile::zone).orElse(java.time.ZoneOffset.UTC);
            return Outcome.refused(
                Reason.ALREADY_PAID,
                settlementId,
                p.at().atZone(zone).toLocalDate(),
                who,
                p.service() == null ? p.method().code() : p.service());
          }
          String shiftId = null;
          Instant now = clock.instant();
          if (method == PayoutMethod.CASH) {
            var shift = books.shifts().openShift(till);
            if (shift.isEmpty()) {
              return Outcome.refused(Reason.NO_OPEN_SHIFT, till);
            }
            shiftId = shift.get().id();
            books
                .shifts()
                .addCash(
                    new CashMovement(
                        UUID.randomUUID().toString(),
                        shiftId,
                        now,
                        CashKind.PAYOUT,
                        -s.get().payout(),
                        settlementId,
                        by.id()));
          }
          Payout payout =
              new Payout(
                  settlementId, now, method, ref, s.get().payout(), by.id(), shiftId, wallet);
          books.settlements().pay(payout);
          JournalChain.append(
              books.journal(), "PAYOUT", settlementId, JournalChain.contentHash(payout), now);
          books
              .audit()
              .append(AuditEntry.of(now, till, by.id(), "PAYOUT", settlementId, null, null));
          return Outcome.done(payout);
        });
  }

  /** What the producer's statement shows for a settlement. */
  public Outcome<Statement> statement(String settlementId) {
    return tx.read(
        books -> {
          var s = books.settlements().byId(settlementId);
          if (s.isEmpty()) {
            return Outcome.<Statement>refused(Reason.UNKNOWN_SETTLEMENT, settlementId);
          }
          var group = books.catalog().groupById(s.get().groupId()).orElseThrow();
          java.util.Map<String, org.ovop.till.core.catalog.Member> members =
              new java.util.LinkedHashMap<>();
          books.catalog().members(group.id()).forEach(m -> members.put(m.id(), m));
          java.util.Map<String, String> names = new java.util.HashMap<>();
          books.users().all().forEach(u -> names.put(u.id(), u.name()));
          var payout = books.settlements().payoutOf(settlementId);
          return Outcome.done(
              new Statement(
                  books.store().profile().orElseThrow(),
                  group,
                  s.get(),
                  books.settlements().linesOf(settlementId),
                  members,
                  names.getOrDefault(s.get().byUser(), s.get().byUser()),
                  payout,
                  payout.map(p -> names.getOrDefault(p.paidBy(), p.paidBy())).orElse(null),
                  books.settlements().isCancelled(settlementId)));
        });
  }

  /**
   * Settlements made and not yet paid nor cancelled, oldest first, each with its group: what the
   * back office offers to pay when it opens, since a settlement made one day is often paid when the
   * producer comes in on another.
   */
  public List<Proposed> unpaid() {
    return tx.read(
        books ->
            books.settlements().unpaid().stream()
                .map(st -> new Proposed(st, books.catalog().groupById(st.groupId()).orElseThrow()))
                .toList());
  }

  public Outcome<Settlement> byId(String settlementId) {
    return tx.read(
        books ->
            books
                .settlements()
                .byId(settlementId)
                .<Outcome<Settlement>>map(Outcome::done)
                .orElseGet(() -> Outcome.refused(Reason.UNKNOWN_SETTLEMENT, settlementId)));
  }
}
