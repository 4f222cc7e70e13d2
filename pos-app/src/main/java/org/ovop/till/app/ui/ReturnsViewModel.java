package org.ovop.till.app.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ovop.till.core.Outcome;
import org.ovop.till.core.Refusal;
import org.ovop.till.core.report.ReportFigures;
import org.ovop.till.core.report.Reports;
import org.ovop.till.core.stock.StockKeeping;
import org.ovop.till.printing.escpos.EscPosEncoder;
import org.ovop.till.printing.layout.Layouts;

/**
 * Returns and aging: how long each group's goods have been on the shelf, and a return of the chosen
 * items to their group with its note printed. Holds the lines being returned; calls the same
 * services as {@code till report aging} and {@code till return-to-producer}. Its methods do
 * database work and are called off the FX thread.
 */
final class ReturnsViewModel {
  /**
   * One product of a group on the shelf: its units, the age of its oldest lot in days, and the
   * soonest best-before day of its lots (null when none was given).
   */
  record ShelfLine(
      String group,
      String sku,
      String name,
      long onHand,
      long oldestDays,
      java.time.LocalDate soonestBestBefore) {}

  /** The shelf as aging sees it: bands per group and the products of every group. */
  record Shelf(
      List<ReportFigures.AgeBands> bands,
      List<ShelfLine> lines,
      List<org.ovop.till.core.catalog.ProducerGroup> onShelf) {
    List<ShelfLine> of(String group) {
      return lines.stream().filter(l -> l.group().equals(group)).toList();
    }

    List<String> groups() {
      return bands.stream().map(ReportFigures.AgeBands::group).toList();
    }

    /** A group as managers know it, "IK-03 Облепиха Иссык-Куля", not by its code alone. */
    String named(String code) {
      return onShelf.stream()
          .filter(g -> g.code().equals(code))
          .map(g -> g.code() + " " + g.name())
          .findFirst()
          .orElse(code);
    }
  }

  private final Session s;
  private final Map<String, StockKeeping.ReturnItem> chosen = new LinkedHashMap<>();
  private String group;

  ReturnsViewModel(Session s) {
    this.s = s;
  }

  Outcome<Shelf> shelf() {
    return s.services.reports().aging().map(ReturnsViewModel::shelfOf);
  }

  static Shelf shelfOf(List<Reports.AgingRow> rows) {
    // Rows come oldest first within a group, so the first lot of a product is its oldest.
    Map<String, ShelfLine> byProduct = new LinkedHashMap<>();
    for (var r : rows) {
      byProduct.merge(
          r.product().sku(),
          new ShelfLine(
              r.group().code(),
              r.product().sku(),
              r.product().name(),
              r.onHand(),
              r.days(),
              r.bestBefore()),
          (a, b) ->
              new ShelfLine(
                  a.group(),
                  a.sku(),
                  a.name(),
                  a.onHand() + b.onHand(),
                  Math.max(a.oldestDays(), b.oldestDays()),
                  sooner(a.soonestBestBefore(), b.soonestBestBefore())));
    }
    List<ShelfLine> lines = new ArrayList<>(byProduct.values());
    lines.sort(
        java.util.Comparator.comparing(ShelfLine::group)
            .thenComparing(ShelfLine::oldestDays, java.util.Comparator.reverseOrder())
            .thenComparing(ShelfLine::sku));
    Map<String, org.ovop.till.core.catalog.ProducerGroup> groups = new LinkedHashMap<>();
    rows.forEach(r -> groups.putIfAbsent(r.group().code(), r.group()));
    return new Shelf(
        ReportFigures.ageBands(rows), List.copyOf(lines), List.copyOf(groups.values()));
  }

  private static java.time.LocalDate sooner(java.time.LocalDate a, java.time.LocalDate b) {
    return a == null ? b : b == null || a.isBefore(b) ? a : b;
  }

  /** Choosing another group starts a new return: a note goes to one group only. */
  void group(String code) {
    if (code != null && !code.equals(group)) {
      chosen.clear();
    }
    group = code;
  }

  String group() {
    return group;
  }

  /**
   * Adds units of a shelf line to the return, or says in one sentence why not (no product chosen,
   * not a whole number above zero). Whether that many are on hand is the service's to say.
   */
  Optional<String> add(ShelfLine line, String typed) {
    if (line == null) {
      return Optional.of(s.t("returns.choose"));
    }
    long qty;
    try {
      qty = Long.parseLong(typed == null ? "" : typed.strip());
    } catch (NumberFormatException e) {
      qty = 0;
    }
    if (qty <= 0) {
      return Optional.of(
          s.texts.refusal(Refusal.of(Refusal.Reason.BAD_QUANTITY, typed == null ? "" : typed)));
    }
    group(line.group());
    long before = chosen.containsKey(line.sku()) ? chosen.get(line.sku()).quantity() : 0;
    chosen.put(line.sku(), new StockKeeping.ReturnItem(line.sku(), before + qty));
    return Optional.empty();
  }

  List<StockKeeping.ReturnItem> chosen() {
    return List.copyOf(chosen.values());
  }

  void clear() {
    chosen.clear();
  }

  /**
   * Records the return and queues its note for the receipt printer, as {@code return-to-producer
   * --print} does. The chosen lines stay when the service refuses, so the manager can correct one.
   */
  Outcome<StockKeeping.ReturnNote> record() {
    if (group == null || chosen.isEmpty()) {
      return Outcome.refused(Refusal.Reason.MISSING, s.t("returns.items"));
    }
    var note = s.services.stock().returnToProducer(s.cashier, group, chosen());
    if (note.isDone()) {
      chosen.clear();
      s.printQueue.enqueue(
          note.value().number(),
          EscPosEncoder.encode(Layouts.returnNote(note.value(), s.store), s.profile));
    }
    return note;
  }

  /** "Return note RN-T1-000001: 3 units back to IK-02 Бал-Тоо; the note is printing." */
  String recorded(StockKeeping.ReturnNote note) {
    long units = note.lines().stream().mapToLong(StockKeeping.ReturnedLine::quantity).sum();
    return s.t(
        "returns.recorded", note.number(), units, note.group().code() + " " + note.group().name());
  }

  String refusal(Refusal r) {
    return s.texts.refusal(r);
  }
}
