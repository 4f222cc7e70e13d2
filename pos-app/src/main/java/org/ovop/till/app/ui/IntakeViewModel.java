package org.ovop.till.app.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ovop.till.core.Outcome;
import org.ovop.till.core.Refusal;
import org.ovop.till.core.catalog.Member;
import org.ovop.till.core.catalog.ProducerGroup;
import org.ovop.till.core.catalog.Product;
import org.ovop.till.core.money.Money;
import org.ovop.till.core.stock.StockKeeping;
import org.ovop.till.core.user.Approval;
import org.ovop.till.printing.escpos.EscPosEncoder;
import org.ovop.till.printing.labels.LabelSheet;
import org.ovop.till.printing.layout.Layouts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A delivery from a producer group being received: each line is checked against the catalogue as it
 * is added (a code no product has, another group's product, a member the group does not have, a
 * best-before day already past), so the manager hears of a mistake with the parcel still in hand,
 * not after the whole list. A product without a valid brand certificate is added but marked: the
 * delivery then needs a manager's PIN and a reason, which the audit log keeps. Then the delivery is
 * recorded, its consignment note joins the print queue and a sheet of price labels is written, as
 * {@code till intake} does. Its methods do database work and are called off the FX thread.
 */
final class IntakeViewModel {
  private static final Logger LOG = LoggerFactory.getLogger(IntakeViewModel.class);

  /**
   * One product of the delivery, as the table shows it. {@code certificate} is empty for a product
   * certified today, else what is wrong with its certificate ("none", "expired 01.05.2026").
   */
  record Line(
      String sku,
      String name,
      long quantity,
      String member,
      LocalDate bestBefore,
      String certificate) {
    boolean needsApproval() {
      return !certificate.isEmpty();
    }
  }

  /** The field a refused line was wrong in, where the manager corrects it (or scans again). */
  enum Field {
    GROUP,
    CODE,
    QUANTITY,
    MEMBER,
    BEST_BEFORE
  }

  /**
   * The delivery's lines after an add, or the sentence that says why not and where. A line added
   * with no valid certificate comes with a {@code warning}: the delivery will need an approval.
   */
  record Added(List<Line> lines, String problem, Field wrong, String warning) {
    static Added refused(String problem, Field wrong) {
      return new Added(null, problem, wrong, null);
    }

    boolean isDone() {
      return problem == null;
    }
  }

  /**
   * The recorded delivery, where its price labels were written, and whether they were: a label
   * sheet that could not be written does not undo a delivery already in the ledger.
   */
  record Received(StockKeeping.ConsignmentNote note, Path labels, boolean labelsWritten) {}

  private final Session s;
  private final Path labelsFolder;
  private final List<Line> lines = new ArrayList<>();
  private String group;

  IntakeViewModel(Session s, Path labelsFolder) {
    this.s = s;
    this.labelsFolder = labelsFolder;
  }

  List<ProducerGroup> groups() {
    return s.services.database().read(b -> b.catalog().groups());
  }

  /** The names of the group's members, for the member list. */
  List<String> members(String code) {
    return s.services
        .database()
        .read(
            b ->
                b.catalog()
                    .groupByCode(code)
                    .map(g -> b.catalog().members(g.id()).stream().map(Member::name).toList())
                    .orElse(List.of()));
  }

  /** Choosing another group starts a new delivery: a consignment note is for one group. */
  List<Line> group(String code) {
    if (code != null && !code.equals(group)) {
      lines.clear();
    }
    group = code;
    return lines();
  }

  /**
   * Adds a line (a second line of the same product, member and best-before day adds to it; another
   * day is another lot), or says in one sentence why not; nothing is added then.
   */
  Added add(String code, String typedQuantity, String member, String typedBestBefore) {
    if (group == null) {
      return Added.refused(s.t("intake.choosegroup"), Field.GROUP);
    }
    String day = typedBestBefore == null ? "" : typedBestBefore.strip();
    var days = Dates.converter(s); // the screen's way of writing days, both ways
    LocalDate bestBefore = day.isEmpty() ? null : days.fromString(day);
    if (!day.isEmpty() && bestBefore == null) {
      return Added.refused(s.t("day.unreadable", day), Field.BEST_BEFORE);
    }
    LocalDate today = today();
    if (bestBefore != null && bestBefore.isBefore(today)) {
      return Added.refused(
          s.t("intake.pastbestbefore", days.toString(bestBefore)), Field.BEST_BEFORE);
    }
    String typed = typedQuantity == null ? "" : typedQuantity.strip();
    if (!typed.matches("\\d{1,9}") || Long.parseLong(typed) == 0) {
      return Added.refused(
          s.texts.refusal(Refusal.of(Refusal.Reason.BAD_QUANTITY, typed)), Field.QUANTITY);
    }
    String c = code == null ? "" : code.strip();
    if (c.isEmpty()) {
      return Added.refused(
          s.texts.refusal(Refusal.of(Refusal.Reason.MISSING, s.t("intake.code"))), Field.CODE);
    }
    String who = member == null || member.isBlank() ? null : member.strip();
    var found =
        s.services
            .database()
            .read(
                b -> {
                  ProducerGroup g = b.catalog().groupByCode(group).orElseThrow();
                  var product = b.catalog().productByCode(c);
                  if (product.isEmpty()) {
                    return Outcome.<Product>refused(Refusal.Reason.UNKNOWN_PRODUCT, c);
                  }
                  Product p = product.get();
                  if (!p.groupId().equals(g.id())) {
                    String owner =
                        b.catalog().groupById(p.groupId()).map(ProducerGroup::code).orElse("?");
                    return Outcome.<Product>refused(
                        Refusal.Reason.NOT_IN_GROUP, p.sku(), owner, group);
                  }
                  if (who != null && b.catalog().member(g.id(), who).isEmpty()) {
                    return Outcome.<Product>refused(Refusal.Reason.UNKNOWN_MEMBER, group, who);
                  }
                  return Outcome.done(p);
                });
    if (!found.isDone()) {
      Field wrong =
          found.refusal().reason() == Refusal.Reason.UNKNOWN_MEMBER ? Field.MEMBER : Field.CODE;
      return Added.refused(s.texts.refusal(found.refusal()), wrong);
    }
    Product p = found.value();
    long quantity = Long.parseLong(typed);
    LocalDate until = p.certification().map(cert -> cert.validUntil()).orElse(null);
    boolean certified = p.isCertifiedOn(today);
    String certificate =
        certified
            ? ""
            : until == null
                ? s.t("intake.cert.none")
                : s.t("intake.cert.expired", days.toString(until));
    // The manager hears it with the parcel in hand; the line stays, since a manager may approve.
    String warning =
        certified
            ? null
            : s.texts.refusal(
                until == null
                    ? Refusal.of(Refusal.Reason.NOT_CERTIFIED, p.sku())
                    : Refusal.of(
                        Refusal.Reason.CERTIFICATE_EXPIRED, p.sku(), days.toString(until)));
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.sku().equals(p.sku())
          && Objects.equals(l.member(), who)
          && Objects.equals(l.bestBefore(), bestBefore)) {
        lines.set(
            i,
            new Line(
                l.sku(),
                l.name(),
                Math.addExact(l.quantity(), quantity),
                who,
                bestBefore,
                certificate));
        return new Added(lines(), null, null, warning);
      }
    }
    lines.add(new Line(p.sku(), p.name(), quantity, who, bestBefore, certificate));
    return new Added(lines(), null, null, warning);
  }

  /**
   * Whether receiving the lines so far needs a manager's approval: one has no valid certificate.
   */
  boolean needsApproval() {
    return lines.stream().anyMatch(Line::needsApproval);
  }

  /** The store's today, by the till's clock (the one the service checks certificates against). */
  private LocalDate today() {
    return LocalDate.ofInstant(s.services.clock().instant(), s.store.zone());
  }

  List<Line> remove(Line line) {
    lines.remove(line);
    return lines();
  }

  List<Line> lines() {
    return List.copyOf(lines);
  }

  /**
   * Records the delivery, queues its consignment note for the receipt printer and writes its price
   * labels. A delivery with a line that has no valid certificate needs a manager's PIN and reason
   * (the manager signed in, or another); without one, or when the service refuses, the lines stay,
   * so the manager can approve or take a line out.
   */
  Outcome<Received> receive(String managerPin, String reason) {
    if (group == null || lines.isEmpty()) {
      return Outcome.refused(Refusal.Reason.MISSING, s.t("intake.items"));
    }
    Approval approval = null;
    if (needsApproval()) {
      var approved = s.services.staff().approve(managerPin, reason);
      if (!approved.isDone()) {
        return Outcome.refused(approved.refusal());
      }
      approval = approved.value();
    }
    List<StockKeeping.IntakeItem> items =
        lines.stream()
            .map(
                l -> new StockKeeping.IntakeItem(l.sku(), l.quantity(), l.member(), l.bestBefore()))
            .toList();
    var note = s.services.stock().receive(s.cashier, group, items, approval);
    if (!note.isDone()) {
      return Outcome.refused(note.refusal());
    }
    lines.clear();
    s.printQueue.enqueue(
        note.value().number(),
        EscPosEncoder.encode(Layouts.consignmentNote(note.value(), s.store), s.profile));
    Path labels = labelsFolder.resolve(note.value().number() + ".pdf");
    try {
      writeLabels(note.value(), labels);
      return Outcome.done(new Received(note.value(), labels, true));
    } catch (IOException e) {
      // The delivery is recorded: said as done, with the labels to print again from Products.
      LOG.warn("The labels of {} could not be written to {}", note.value().number(), labels, e);
      return Outcome.done(new Received(note.value(), labels, false));
    }
  }

  /** "Delivery CN-T1-000006: 4 units from IK-03; the note is printing, labels in …" */
  String received(Received r) {
    long units = r.note().lots().stream().mapToLong(l -> l.lot().quantity()).sum();
    return s.t(
        r.labelsWritten() ? "intake.received" : "intake.received.nolabels",
        r.note().number(),
        units,
        r.note().group().code(),
        r.labels());
  }

  /** One A4 sheet of 3 × 8 price labels, a label for every unit delivered. */
  private void writeLabels(StockKeeping.ConsignmentNote note, Path file) throws IOException {
    List<LabelSheet.Label> labels = new ArrayList<>();
    for (var lot : note.lots()) {
      String price = Money.of(lot.product().price(), s.store.currency()).format(s.texts.locale());
      for (long i = 0; i < lot.lot().quantity(); i++) {
        labels.add(
            new LabelSheet.Label(
                lot.product().name(), price, note.group().code(), lot.product().barcode()));
      }
    }
    Files.createDirectories(file.getParent());
    Files.write(file, LabelSheet.render(labels, LabelSheet.Layout.A4_3X8));
  }
}
