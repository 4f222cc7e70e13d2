package org.ovop.till.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ovop.till.core.settle.Settlement;
import org.ovop.till.core.settle.Settlements;
import org.ovop.till.core.user.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "settle",
    description = "Settles every group (or one) up to the start of a day, store time.")
final class SettleCommand extends TillCommand {
  @Option(names = "--by", paramLabel = "PIN")
  String by;

  @Option(
      names = "--until",
      required = true,
      paramLabel = "YYYY-MM-DD",
      description = "lines made before the start of this day")
  String until;

  @Option(names = "--group", paramLabel = "CODE")
  String group;

  @Option(names = "--dry-run", description = "show what a real run would make; change nothing")
  boolean dryRun;

  @Override
  void execute() {
    store();
    var day = day(until);
    var who = actor(by, Role.MANAGER);
    Settlements.Run run = Refused.take(services().settlements().settle(who, day, group, dryRun));
    List<Object> made = new ArrayList<>();
    StringBuilder t =
        new StringBuilder(
            (run.dryRun() ? "Dry run (nothing recorded): " : "")
                + "settlements up to "
                + day
                + " 00:00 "
                + store().zone()
                + "\n");
    for (var p : run.made()) {
      made.add(json(this, p.settlement(), p.group().code()));
      Settlement s = p.settlement();
      t.append(
          String.format(
              "  %-16s %-8s %4d lines  sales %s  refunds %s  levy %s  payout %s%n",
              s.id() == null ? "(dry run)" : s.id(),
              p.group().code(),
              s.lines(),
              money(s.sales()),
              money(s.refunds()),
              money(s.deductions()),
              shown(s.payout())));
    }
    List<Object> waiting = new ArrayList<>();
    for (var w : run.waiting()) {
      waiting.add(
          Json.object(
              "group", w.group().code(),
              "payout", money(w.payout()),
              "lines", w.lines(),
              "reason", w.reason()));
      t.append(
          String.format(
              "  waits: %-8s %4d lines, payout %s: %s%n",
              w.group().code(), w.lines(), shown(w.payout()), w.reason()));
    }
    if (run.made().isEmpty() && run.waiting().isEmpty()) {
      t.append("  nothing to settle.\n");
    }
    print(
        Json.object(
            "dry_run",
            run.dryRun(),
            "until",
            day.toString(),
            "settlements",
            made,
            "waiting",
            waiting),
        t.toString());
  }

  static Map<String, Object> json(TillCommand c, Settlement s, String groupCode) {
    return Json.object(
        "id", s.id(),
        "group", groupCode,
        "until", s.until().toString(),
        "sales", c.money(s.sales()),
        "refunds", c.money(s.refunds()),
        "deductions", c.money(s.deductions()),
        "levy", new org.ovop.till.core.money.Percent(s.levyBasisPoints()).toString(),
        "commission", c.money(s.commission()),
        "payout", c.money(s.payout()),
        "lines", s.lines());
  }
}
