package org.ovop.till.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ovop.till.app.csv.CsvWriter;
import org.ovop.till.core.report.ReportFigures;
import org.ovop.till.core.sale.Sale;
import org.ovop.till.core.sale.SaleKind;
import org.ovop.till.core.sale.SaleLine;
import org.ovop.till.core.sale.Tender;
import org.ovop.till.core.sale.TenderMethod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "report", description = "Reports over a period of store days.")
final class ReportCommand extends TillCommand {
  @Parameters(index = "0", paramLabel = "sales|payouts|gender|aging|audit")
  String kind;

  @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD")
  String from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "YYYY-MM-DD",
      description = "last day, included")
  String to;

  @Option(names = "--csv", paramLabel = "FILE")
  Path csv;

  @Override
  void execute() {
    store();
    LocalDate first = day(from);
    LocalDate last = day(to);
    if (last.isBefore(first)) {
      throw new Refused("The period ends (" + last + ") before it starts (" + first + ").");
    }
    switch (kind) {
      case "sales" -> sales(first, last);
      case "payouts" -> payouts(first, last);
      case "gender" -> gender(first, last);
      case "aging" -> aging();
      case "audit" -> audit(first, last);
      default ->
          throw new Refused(
              "There is no report '" + kind + "'; choose sales, payouts, gender, aging or audit.");
    }
  }

  /** What the audit kept over the period: who did what, why, and which manager approved it. */
  private void audit(LocalDate first, LocalDate last) {
    var rows = Refused.take(services().reports().audit(first, last));
    List<Object> json = new ArrayList<>();
    CsvWriter file =
        new CsvWriter().header("at", "till", "by", "action", "subject", "reason", "approved_by");
    StringBuilder t = new StringBuilder("Audit " + first + " to " + last + "\n");
    for (var r : rows) {
      json.add(
          Json.object(
              "at", r.at().toString(),
              "till", r.till(),
              "by", r.by(),
              "action", r.action(),
              "subject", r.subject(),
              "reason", r.reason(),
              "approved_by", r.approvedBy()));
      file.row(
          List.of(
              CsvWriter.number(time(r.at())),
              CsvWriter.text(r.till()),
              CsvWriter.text(r.by()),
              CsvWriter.text(r.action()),
              CsvWriter.text(r.subject()),
              CsvWriter.text(r.reason()),
              CsvWriter.text(r.approvedBy())));
      t.append(
          String.format(
              "  %s  %-4s %-24s %-26s %s%s%s%n",
              time(r.at()),
              r.till(),
              r.by(),
              r.action(),
              r.subject(),
              r.reason().isEmpty() ? "" : " — " + r.reason(),
              r.approvedBy().isEmpty() ? "" : " (approved by " + r.approvedBy() + ")"));
    }
    writeCsv(file, t);
    print(
        Json.object(
            "report", "audit", "from", first.toString(), "to", last.toString(), "rows", json),
        t.toString());
  }

  private void payouts(LocalDate first, LocalDate last) {
    var paid = Refused.take(services().reports().payouts(first, last));
    List<Object> rows = new ArrayList<>();
    CsvWriter file =
        new CsvWriter()
            .header(
                "paid_on",
                "settlement",
                "group",
                "until",
                "sales",
                "refunds",
                "deductions",
                "payout",
                "method",
                "reference",
                "service");
    StringBuilder t = new StringBuilder("Payouts " + first + " to " + last + "\n");
    long total = 0;
    for (var p : paid) {
      var s = p.settlement();
      total += p.payout().amount();
      String on = p.payout().at().atZone(store().zone()).toLocalDate().toString();
      var row = SettleCommand.json(this, s, p.group().code());
      row.put("paid_on", on);
      row.put("method", p.payout().method().code());
      row.put("reference", p.payout().reference());
      row.put("service", p.payout().service());
      rows.add(row);
      file.row(
          List.of(
              CsvWriter.number(on),
              CsvWriter.text(s.id()),
              CsvWriter.text(p.group().code()),
              CsvWriter.number(s.until().toString()),
              CsvWriter.number(money(s.sales())),
              CsvWriter.number(money(s.refunds())),
              CsvWriter.number(money(s.deductions())),
              CsvWriter.number(money(s.payout())),
              CsvWriter.text(p.payout().method().code()),
              CsvWriter.text(p.payout().reference()),
              CsvWriter.text(p.payout().service())));
      t.append(
          String.format(
              "  %s  %-16s %-8s %14s  %s%n",
              on, s.id(), p.group().code(), money(s.payout()), PayCommand.way(p.payout())));
    }
    t.append(String.format("  total %s%n", shown(total)));
    writeCsv(file, t);
    print(
        Json.object(
            "report", "payouts",
            "from", first.toString(),
            "to", last.toString(),
            "currency", store().currency().getCurrencyCode(),
            "total", money(total),
            "rows", rows),
        t.toString());
  }

  private void gender(LocalDate first, LocalDate last) {
    var rows = Refused.take(services().reports().gender(first, last));
    long total = rows.stream().mapToLong(r -> r.payout()).sum();
    List<Object> json = new ArrayList<>();
    CsvWriter file = new CsvWriter().header("gender", "members", "payout", "percent");
    StringBuilder t = new StringBuilder("Payouts by gender " + first + " to " + last + "\n");
    for (var r : rows) {
      String pct = ReportFigures.percent(r.payout(), total).toPlainString();
      json.add(
          Json.object(
              "gender",
              r.gender(),
              "members",
              r.members(),
              "payout",
              money(r.payout()),
              "percent",
              pct));
      file.row(
          List.of(
              CsvWriter.text(r.gender()),
              CsvWriter.number(Integer.toString(r.members())),
              CsvWriter.number(money(r.payout())),
              CsvWriter.number(pct)));
      t.append(
          String.format(
              "  %-6s %4d members %16s  %5s %%%n",
              r.gender(), r.members(), shown(r.payout()), pct));
    }
    t.append(String.format("  total %s%n", shown(total)));
    writeCsv(file, t);
    print(
        Json.object(
            "report", "gender",
            "from", first.toString(),
            "to", last.toString(),
            "currency", store().currency().getCurrencyCode(),
            "total", money(total),
            "rows", json),
        t.toString());
  }

  /** Aging is about today's shelf; --from and --to are accepted and not needed. */
  private void aging() {
    var rows = Refused.take(services().reports().aging());
    List<Object> json = new ArrayList<>();
    CsvWriter file =
        new CsvWriter()
            .header("group", "sku", "name", "note", "received", "days", "on_hand", "best_before");
    StringBuilder t = new StringBuilder("Stock on the shelf by age\n");
    // Lots past their best-before day, or within a month of it: the ones to sell first or send
    // back.
    LocalDate today = LocalDate.ofInstant(services().clock().instant(), store().zone());
    StringBuilder soon = new StringBuilder();
    for (var r : rows) {
      String bestBefore = r.bestBefore() == null ? null : r.bestBefore().toString();
      if (r.bestBefore() != null && !r.bestBefore().isAfter(today.plusDays(30))) {
        soon.append(
            String.format(
                "  %-10s %-36s %5d  %s%s%n",
                r.product().sku(),
                r.product().name(),
                r.onHand(),
                bestBefore,
                r.bestBefore().isBefore(today) ? "  past" : ""));
      }
      json.add(
          Json.object(
              "group", r.group().code(),
              "sku", r.product().sku(),
              "name", r.product().name(),
              "note", r.note(),
              "received", r.received().toString(),
              "days", r.days(),
              "on_hand", r.onHand(),
              "best_before", bestBefore));
      file.row(
          List.of(
              CsvWriter.text(r.group().code()),
              CsvWriter.text(r.product().sku()),
              CsvWriter.text(r.product().name()),
              CsvWriter.text(r.note()),
              CsvWriter.number(r.received().toString()),
              CsvWriter.number(Long.toString(r.days())),
              CsvWriter.number(Long.toString(r.onHand())),
              bestBefore == null ? CsvWriter.text("") : CsvWriter.number(bestBefore)));
    }
    List<Object> groups = new ArrayList<>();
    t.append(
        String.format("  %-8s %8s %8s %8s %8s%n", "group", "0-30", "31-60", "61-90", "90+ days"));
    for (var b : ReportFigures.ageBands(rows)) {
      groups.add(
          Json.object(
              "group",
              b.group(),
              "days_0_30",
              b.upTo30(),
              "days_31_60",
              b.upTo60(),
              "days_61_90",
              b.upTo90(),
              "days_over_90",
              b.over90()));
      t.append(
          String.format(
              "  %-8s %8d %8d %8d %8d%n",
              b.group(), b.upTo30(), b.upTo60(), b.upTo90(), b.over90()));
    }
    if (soon.length() > 0) {
      t.append("Best before within 30 days of ").append(today).append(":\n").append(soon);
    }
    writeCsv(file, t);
    print(Json.object("report", "aging", "groups", groups, "lots", json), t.toString());
  }

  private void writeCsv(CsvWriter file, StringBuilder t) {
    if (csv != null) {
      try {
        Files.writeString(csv, file.toString(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new Refused("Cannot write " + csv + ": " + e.getMessage());
      }
      t.append("  written to ").append(csv).append('\n');
    }
  }

  private void sales(LocalDate first, LocalDate last) {
    var zone = store().zone();
    var start = first.atStartOfDay(zone).toInstant();
    var end = last.plusDays(1).atStartOfDay(zone).toInstant();
    List<Sale> sales = services().database().read(b -> b.sales().between(start, end));
    long salesTotal = 0;
    long refundsTotal = 0;
    long share = 0;
    long commission = 0;
    long rounding = 0;
    int receipts = 0;
    int refunds = 0;
    Map<String, long[]> byGroup = new TreeMap<>();
    Map<String, long[]> byMethod = new TreeMap<>();
    // Mobile money by the wallet that carried it ("" where none was named).
    Map<String, long[]> byService = new TreeMap<>();
    CsvWriter file =
        new CsvWriter()
            .header(
                "date",
                "receipt",
                "kind",
                "sku",
                "name",
                "group",
                "qty",
                "unit_price",
                "discount",
                "amount",
                "producer_share",
                "commission",
                // Last, so files read by column number keep their columns: the catalogue's price,
                // the unit price's own unless a manager set another at the counter.
                "list_price");
    for (Sale s : sales) {
      int sign = s.kind() == SaleKind.SALE ? 1 : -1;
      if (sign > 0) {
        receipts++;
        salesTotal += s.total();
      } else {
        refunds++;
        refundsTotal += s.total();
      }
      rounding += sign * s.rounding();
      for (Tender t : s.tenders()) {
        long[] m = byMethod.computeIfAbsent(t.method().code(), k -> new long[2]);
        long net =
            sign > 0 && t.method().code().equals("cash") ? t.amount() - s.change() : t.amount();
        m[sign > 0 ? 0 : 1] += net;
        if (t.method() == TenderMethod.MOBILE) {
          String wallet = t.service() == null ? "" : t.service();
          byService.computeIfAbsent(wallet, k -> new long[2])[sign > 0 ? 0 : 1] += t.amount();
        }
      }
      for (SaleLine l : s.lines()) {
        share += sign * l.producerShare();
        commission += sign * l.commission();
        long[] g = byGroup.computeIfAbsent(groupCode(l.groupId()), k -> new long[4]);
        g[sign > 0 ? 0 : 1] += l.amount();
        g[2] += sign * l.producerShare();
        g[3] += sign * l.commission();
        file.row(
            List.of(
                CsvWriter.number(s.at().atZone(zone).toLocalDate().toString()),
                CsvWriter.text(s.number()),
                CsvWriter.text(sign > 0 ? "sale" : "refund"),
                CsvWriter.text(l.sku()),
                CsvWriter.text(l.name()),
                CsvWriter.text(groupCode(l.groupId())),
                CsvWriter.number(Long.toString(sign * l.quantity())),
                CsvWriter.number(money(l.unitPrice())),
                CsvWriter.number(money(sign * l.discount())),
                CsvWriter.number(money(sign * l.amount())),
                CsvWriter.number(money(sign * l.producerShare())),
                CsvWriter.number(money(sign * l.commission())),
                CsvWriter.number(money(l.listPrice()))));
      }
    }
    List<Object> groups = new ArrayList<>();
    StringBuilder t = new StringBuilder();
    t.append("Sales ")
        .append(first)
        .append(" to ")
        .append(last)
        .append(" (")
        .append(zone)
        .append(")\n");
    t.append(String.format("  receipts %d, refunds %d%n", receipts, refunds));
    t.append(String.format("  sales        %s%n", shown(salesTotal)));
    t.append(String.format("  refunds      %s%n", shown(refundsTotal)));
    t.append(String.format("  net          %s%n", shown(salesTotal - refundsTotal)));
    t.append(String.format("  producers    %s%n", shown(share)));
    t.append(String.format("  commission   %s%n", shown(commission)));
    t.append(String.format("  cash rounding %s%n", shown(rounding)));
    t.append(
        String.format(
            "  %-8s %14s %14s %14s %14s%n",
            "group", "sales", "refunds", "producers", "commission"));
    for (var e : byGroup.entrySet()) {
      long[] g = e.getValue();
      groups.add(
          Json.object(
              "group", e.getKey(),
              "sales", money(g[0]),
              "refunds", money(g[1]),
              "producer_share", money(g[2]),
              "commission", money(g[3])));
      t.append(
          String.format(
              "  %-8s %14s %14s %14s %14s%n",
              e.getKey(), money(g[0]), money(g[1]), money(g[2]), money(g[3])));
    }
    List<Object> methods = new ArrayList<>();
    for (var e : byMethod.entrySet()) {
      Map<String, Object> row =
          Json.object(
              "method",
              e.getKey(),
              "sales",
              money(e.getValue()[0]),
              "refunds",
              money(e.getValue()[1]));
      if (e.getKey().equals("mobile")) {
        List<Object> wallets = new ArrayList<>();
        byService.forEach(
            (service, v) ->
                wallets.add(
                    Json.object("service", service, "sales", money(v[0]), "refunds", money(v[1]))));
        row.put("by_service", wallets);
      }
      methods.add(row);
    }
    if (csv != null) {
      try {
        Files.writeString(csv, file.toString(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new Refused("Cannot write " + csv + ": " + e.getMessage());
      }
      t.append("  lines written to ").append(csv).append('\n');
    }
    print(
        Json.object(
            "report", "sales",
            "from", first.toString(),
            "to", last.toString(),
            "currency", store().currency().getCurrencyCode(),
            "receipts", receipts,
            "refunds", refunds,
            "sales_total", money(salesTotal),
            "refunds_total", money(refundsTotal),
            "net", money(salesTotal - refundsTotal),
            "producer_share", money(share),
            "commission", money(commission),
            "rounding", money(rounding),
            "by_group", groups,
            "by_method", methods,
            "csv", csv == null ? null : csv.toString()),
        t.toString());
  }
}
