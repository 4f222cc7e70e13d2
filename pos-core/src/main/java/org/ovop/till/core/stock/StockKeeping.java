package org.ovop.till.core.stock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ovop.till.core.Books;
import org.ovop.till.core.Outcome;
import org.ovop.till.core.Refusal.Reason;
import org.ovop.till.core.Transactions;
import org.ovop.till.core.audit.AuditEntry;
import org.ovop.till.core.catalog.Member;
import org.ovop.till.core.catalog.ProducerGroup;
import org.ovop.till.core.catalog.Product;
import org.ovop.till.core.store.StoreProfile;
import org.ovop.till.core.user.Approval;
import org.ovop.till.core.user.Role;
import org.ovop.till.core.user.User;

/**
 * Goods in and out of the shelf other than by selling: deliveries on consignment notes, counts,
 * returns of unsold goods to their producers. Every change is a new movement in the ledger.
 */
public final class StockKeeping {
  private final Transactions tx;
  private final Clock clock;
  private final String till;

  public StockKeeping(Transactions tx, Clock clock, String till) {
    this.tx = tx;
    this.clock = clock;
    this.till = till;
  }

  /** One product of a delivery; member and best-before are optional. */
  public record IntakeItem(String sku, long quantity, String memberName, LocalDate bestBefore) {}

  /** The consignment note of a delivery and the lots it made. */
  public record ConsignmentNote(
      String number, ProducerGroup group, Instant at, List<ReceivedLot> lots) {}

  public record ReceivedLot(Lot lot, Product product, Member member) {}

  /** A stock line as on a shelf list. */
  public record OnHand(Product product, ProducerGroup group, long onHand) {}

  public record CountItem(String sku, long counted) {}

  public record CountedLine(Product product, long expected, long counted) {
    public long variance() {
      return counted - expected;
    }
  }

  public record CountSheet(String number, Instant at, List<CountedLine> lines) {}

  public record ReturnItem(String sku, long quantity) {}

  public record ReturnNote(
      String number, ProducerGroup group, Instant at, List<ReturnedLine> lines) {}

  public record ReturnedLine(Product product, long quantity) {}

  /** Goods broken or spoiled in the shop: a product and how many. */
  public record DamagedItem(String sku, long quantity) {}

  /** A damage sheet: what was written off, when, and why. */
  public record DamageSheet(String number, Instant at, String reason, List<ReturnedLine> lines) {}

  /**
   * Receives a delivery from a group. Products without a valid brand certificate are refused unless
   * a manager approves, and the approval is audited.
   */
  public Outcome<ConsignmentNote> receive(
      User by, String groupCode, List<IntakeItem> items, Approval override) {
    if (!by.role().atLeast(Role.MANAGER)) {
      return Outcome.refused(Reason.NEEDS_ROLE, "manager", by.name(), by.role().code());
    }
    if (items.isEmpty()) {
      return Outcome.refused(Reason.MISSING, "At least one --item");
    }
    return tx.write(
        books -> {
          Optional<StoreProfile> store = books.store().profile();
          if (store.isEmpty()) {
            return Outcome.refused(Reason.STORE_NOT_SET_UP);
          }
          var group = books.catalog().groupByCode(groupCode);
          if (group.isEmpty()) {
            return Outcome.refused(Reason.UNKNOWN_GROUP, groupCode);
          }
          Instant now = clock.instant();
          LocalDate today = LocalDate.ofInstant(now, store.get().zone());
          List<ReceivedLot> lots = new ArrayList<>();
          String number = paperNumber(books, "CN");
          books
              .stock()
              .addDocument(
                  new StockDocument(
                      number,
                      MovementKind.INTAKE,
                      group.get().id(),
                      till,
                      now,
                      by.id(),
                      override == null ? null : override.reason()));
          int lineNo = 0;
          for (IntakeItem item : items) {
            var line = groupsProduct(books, group.get(), groupCode, item.sku(), item.quantity());
            if (!line.isDone()) {
              return Outcome.refused(line.refusal());
            }
            Product p = line.value();
            if (!p.isCertifiedOn(today)) {
              if (override == null) {
                return p.certification().isEmpty()
                    ? Outcome.refused(Reason.NOT_CERTIFIED, p.sku())
                    : Outcome.refused(
                        Reason.CERTIFICATE_EXPIRED, p.sku(), p.certificate().validUntil());
              }
              books
                  .audit()
                  .append(
                      AuditEntry.of(
                          now,
                          till,
                          by.id(),
                          "OVERRIDE_UNCERTIFIED_INTAKE",
                          number + " " + p.sku(),
                          override.reason(),
                          override.manager().id()));
            }
            Member member = null;
            if (item.memberName() != null && !item.memberName().isBlank()) {
              var m = books.catalog().member(group.get().id(), item.memberName().strip());
              if (m.isEmpty()) {
                return Outcome.refused(Reason.UNKNOWN_MEMBER, groupCode, item.memberName().strip());
              }
              member = m.get();
            }
            Lot lot =
                new Lot(
                    UUID.randomUUID().toString(),
                    number,
                    ++lineNo,
                    p.id(),
                    member == null ? null : member.id(),
                    item.quantity(),
                    now,
                    item.bestBefore());
            books.stock().addLot(lot);
            books
                .stock()
                .append(
                    List.of(
                        new StockMovement(
                            UUID.randomUUID().toString(),
                            now,
                            p.id(),
                            lot.id(),
                            MovementKind.INTAKE,
                            item.quantity(),
                            number,
                            null,
                            by.id())));
            lots.add(new ReceivedLot(lot, p, member));
          }
          books.audit().append(AuditEntry.of(now, till, by.id(), "INTAKE", number, null, null));
          return Outcome.done(new ConsignmentNote(number, group.get(), now, List.copyOf(lots)));
        });
  }

  /** Records a count: for each product counted, an adjustment for the difference from the books. */
  public Outcome<CountSheet> count(User by, List<CountItem> items) {
    if (!by.role().atLeast(Role.MANAGER)) {
      return Outcome.refused(Reason.NEEDS_ROLE, "manager", by.name(), by.role().code());
    }
    if (items.isEmpty()) {
      return Outcome.refused(Reason.MISSING, "At least one --item");
    }
    return tx.write(
        books -> {
          Instant now = clock.instant();
          String number = paperNumber(books, "CT");
          books
              .stock()
              .addDocument(
                  new StockDocument(
                      number, MovementKind.COUNT_ADJUSTMENT, null, till, now, by.id(), null));
          List<CountedLine> lines = new ArrayList<>();
          Set<String> seen = new HashSet<>();
          for (CountItem item : items) {
            if (item.counted() < 0) {
              return Outcome.refused(Reason.BAD_QUANTITY, item.counted());
            }
            var named = listedOnce(books, item.sku(), seen);
            if (!named.isDone()) {
              return Outcome.refused(named.refusal());
            }
            Product p = named.value();
            long expected = books.stock().onHand(p.id());
            long diff = item.counted() - expected;
            books.stock().addCountLine(number, p.id(), expected, item.counted());
            if (diff != 0) {
              List<LotBalance> lots = books.stock().lotsOldestFirst(p.id());
              List<Allocation> parts = diff < 0 ? Fifo.take(lots, -diff) : Fifo.putBack(lots, diff);
              long sign = diff < 0 ? -1 : 1;
              books
                  .stock()
                  .append(
                      parts.stream()
                          .map(
                              a ->
                                  new StockMovement(
                                      UUID.randomUUID().toString(),
                                      now,
                                      p.id(),
                                      a.lotId(),
                                      MovementKind.COUNT_ADJUSTMENT,
                                      sign * a.quantity(),
                                      number,
                                      null,
                                      by.id()))
                          .toList());
            }
            lines.add(new CountedLine(p, expected, item.counted()));
          }
          books.audit().append(AuditEntry.of(now, till, by.id(), "COUNT", number, null, null));
          return Outcome.done(new CountSheet(number, now, List.copyOf(lines)));
        });
  }

  /** Sends unsold goods back to their group, oldest lots first, on a return note. */
  public Outcome<ReturnNote> returnToProducer(User by, String groupCode, List<ReturnItem> items) {
    if (!by.role().atLeast(Role.MANAGER)) {
      return Outcome.refused(Reason.NEEDS_ROLE, "manager", by.name(), by.role().code());
    }
    if (items.isEmpty()) {
      return Outcome.refused(Reason.MISSING, "At least one --item");
    }
    return tx.write(
        books -> {
          var group = books.catalog().groupByCode(groupCode);
          if (group.isEmpty()) {
            return Outcome.refused(Reason.UNKNOWN_GROUP, groupCode);
          }
          Instant now = clock.instant();
          String number = paperNumber(books, "RN");
          books
              .stock()
              .addDocument(
                  new StockDocument(
                      number,
                      MovementKind.RETURN_TO_PRODUCER,
                      group.get().id(),
                      till,
                      now,
                      by.id(),
                      null));
          List<ReturnedLine> lines = new ArrayList<>();
          for (ReturnItem item : items) {
            var line = groupsProduct(books, group.get(), groupCode, item.sku(), item.quantity());
            if (!line.isDone()) {
              return Outcome.refused(line.refusal());
            }
            Product p = line.value();
            long onHand = books.stock().onHand(p.id());
            if (item.quantity() > onHand) {
              return Outcome.refused(Reason.NOTHING_TO_RETURN, Math.max(0, onHand), p.sku());
            }
            takeOffTheShelf(
                books, p, item.quantity(), MovementKind.RETURN_TO_PRODUCER, number, by, now);
            lines.add(new ReturnedLine(p, item.quantity()));
          }
          books
              .audit()
              .append(AuditEntry.of(now, till, by.id(), "RETURN_TO_PRODUCER", number, null, null));
          return Outcome.done(new ReturnNote(number, group.get(), now, List.copyOf(lines)));
        });
  }

  /**
   * Writes off goods broken or spoiled in the shop (a jar dropped, a scarf moth-eaten), oldest lots
   * first, on a numbered damage sheet, by a manager who says why. Written off, they are never sold,
   * so they reach no producer's settlement; the shelf and the aging report see them gone, and the
   * reason stays with the sheet and in the audit, where a count would only have shown a variance.
   */
  public Outcome<DamageSheet> writeOffDamaged(User by, List<DamagedItem> items, String reason) {
    if (!by.role().atLeast(Role.MANAGER)) {
      return Outcome.refused(Reason.NEEDS_ROLE, "manager", by.name(), by.role().code());
    }
    if (items.isEmpty()) {
      return Outcome.refused(Reason.MISSING, "At least one --item");
    }
    if (reason == null || reason.isBlank()) {
      return Outcome.refused(Reason.DAMAGE_NEEDS_REASON);
    }
    String why = reason.strip();
    return tx.write(
        books -> {
          Instant now = clock.instant();
          String number = paperNumber(books, "DM");
          books
              .stock()
              .addDocument(
                  new StockDocument(number, MovementKind.DAMAGE, null, till, now, by.id(), why));
          List<ReturnedLine> lines = new ArrayList<>();
          Set<String> seen = new HashSet<>();
          for (DamagedItem item : items) {
            if (item.quantity() <= 0) {
              return Outcome.refused(Reason.BAD_QUANTITY, item.quantity());
            }
            var named = listedOnce(books, item.sku(), seen);
            if (!named.isDone()) {
              return Outcome.refused(named.refusal());
            }
            Product p = named.value();
            long onHand = books.stock().onHand(p.id());
            if (item.quantity() > onHand) {
              return Outcome.refused(Reason.NOT_ON_HAND, Math.max(0, onHand), p.sku());
            }
            takeOffTheShelf(books, p, item.quantity(), MovementKind.DAMAGE, number, by, now);
            lines.add(new ReturnedLine(p, item.quantity()));
          }
          books.audit().append(AuditEntry.of(now, till, by.id(), "DAMAGE", number, why, null));
          return Outcome.done(new DamageSheet(number, now, why, List.copyOf(lines)));
        });
  }

  /**
   * The product a line of a group's paper names (a delivery, a return): refused when its quantity
   * is not a positive count, its code is not in the catalogue, or the product is another group's.
   */
  private static Outcome<Product> groupsProduct(
      Books books, ProducerGroup group, String groupCode, String sku, long quantity) {
    if (quantity <= 0) {
      return Outcome.refused(Reason.BAD_QUANTITY, quantity);
    }
    var product = books.catalog().productByCode(sku);
    if (product.isEmpty()) {
      return Outcome.refused(Reason.UNKNOWN_PRODUCT, sku);
    }
    Product p = product.get();
    if (!p.groupId().equals(group.id())) {
      String owner = books.catalog().groupById(p.groupId()).map(ProducerGroup::code).orElse("?");
      return Outcome.refused(Reason.NOT_IN_GROUP, p.sku(), owner, groupCode);
    }
    return Outcome.done(p);
  }

  /** The product a line of a count or damage sheet names: one that exists, listed only once. */
  private static Outcome<Product> listedOnce(Books books, String sku, Set<String> seen) {
    var product = books.catalog().productByCode(sku);
    if (product.isEmpty()) {
      return Outcome.refused(Reason.UNKNOWN_PRODUCT, sku);
    }
    if (!seen.add(product.get().id())) {
      return Outcome.refused(Reason.DUPLICATE_ITEM, product.get().sku());
    }
    return Outcome.done(product.get());
  }

  /** The next number of a stock paper of this till: "RN-T1-000007" for the seventh return note. */
  private String paperNumber(Books books, String prefix) {
    return prefix
        + "-"
        + till
        + "-"
        + String.format(java.util.Locale.ROOT, "%06d", books.nextNumber(prefix + "-" + till));
  }

  /** Units leaving the shelf on a paper, oldest lots first, as movements of that paper's kind. */
  private static void takeOffTheShelf(
      Books books, Product p, long quantity, MovementKind kind, String paper, User by, Instant at) {
    List<Allocation> parts = Fifo.take(books.stock().lotsOldestFirst(p.id()), quantity);
    books
        .stock()
        .append(
            parts.stream()
                .map(
                    a ->
                        new StockMovement(
                            UUID.randomUUID().toString(),
                            at,
                            p.id(),
                            a.lotId(),
                            kind,
                            -a.quantity(),
                            paper,
                            null,
                            by.id()))
                .toList());
  }

  /**
   * On-hand per product, optionally of one group; every product, including those never received.
   */
  public Outcome<List<OnHand>> onHand(String groupCode) {
    return tx.read(
        books -> {
          Map<String, ProducerGroup> groups = new java.util.HashMap<>();
          books.catalog().groups().forEach(g -> groups.put(g.id(), g));
          if (groupCode != null
              && groups.values().stream().noneMatch(g -> g.code().equals(groupCode))) {
            return Outcome.refused(Reason.UNKNOWN_GROUP, groupCode);
          }
          Map<String, Long> onHand = books.stock().onHandByProduct();
          return Outcome.done(
              books.catalog().products().stream()
                  .filter(
                      p -> groupCode == null || groups.get(p.groupId()).code().equals(groupCode))
                  .map(p -> new OnHand(p, groups.get(p.groupId()), onHand.getOrDefault(p.id(), 0L)))
                  .toList());
        });
  }
}
