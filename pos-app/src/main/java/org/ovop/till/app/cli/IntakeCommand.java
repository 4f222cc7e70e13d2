package org.ovop.till.app.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ovop.till.core.stock.StockKeeping.ConsignmentNote;
import org.ovop.till.core.stock.StockKeeping.IntakeItem;
import org.ovop.till.core.user.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "intake",
    description = "Receives a delivery from a producer group (a consignment note).")
final class IntakeCommand extends TillCommand {
  @Option(names = "--group", required = true, paramLabel = "CODE")
  String group;

  @Option(names = "--by", paramLabel = "PIN")
  String by;

  @Option(
      names = "--print",
      paramLabel = "URI",
      description = "print the note after it is recorded")
  String printTo;

  @Option(names = "--item", required = true, paramLabel = "SKU:QTY[:MEMBER_NAME]")
  List<String> items;

  @Option(names = "--best-before", paramLabel = "SKU:YYYY-MM-DD")
  List<String> bestBefore = new ArrayList<>();

  @Option(
      names = "--manager-pin",
      paramLabel = "PIN",
      description = "approves products without a valid certificate")
  String managerPin;

  @Option(names = "--reason", description = "why the manager approves")
  String reason;

  @Override
  void execute() {
    store();
    Map<String, LocalDate> dates = new HashMap<>();
    for (String b : bestBefore) {
      List<String> p = Specs.split(b, 2, "--best-before", "SKU:YYYY-MM-DD");
      if (p.size() != 2) {
        throw new Refused("'" + b + "' is not SKU:YYYY-MM-DD.");
      }
      dates.put(p.get(0), day(p.get(1)));
    }
    List<IntakeItem> list = new ArrayList<>();
    for (String spec : items) {
      List<String> p = Specs.split(spec, 3, "--item", "SKU:QTY[:MEMBER_NAME]");
      if (p.size() < 2) {
        throw new Refused("'" + spec + "' is not SKU:QTY[:MEMBER_NAME].");
      }
      list.add(
          new IntakeItem(
              p.get(0), quantity(p.get(1)), p.size() > 2 ? p.get(2) : null, dates.get(p.get(0))));
    }
    var who = actor(by, Role.MANAGER);
    var override = approval(managerPin, reason);
    ConsignmentNote note = Refused.take(services().stock().receive(who, group, list, override));
    List<Object> lots = new ArrayList<>();
    StringBuilder text =
        new StringBuilder(
            "Consignment note "
                + note.number()
                + " from "
                + note.group().code()
                + " "
                + note.group().name()
                + ", "
                + time(note.at())
                + "\n");
    for (var l : note.lots()) {
      lots.add(
          Json.object(
              "lot", l.lot().id(),
              "line", l.lot().lineNo(),
              "sku", l.product().sku(),
              "name", l.product().name(),
              "qty", l.lot().quantity(),
              "member", l.member() == null ? null : l.member().name(),
              "best_before",
                  l.lot().bestBefore() == null ? null : l.lot().bestBefore().toString()));
      text.append(
          String.format(
              "  %-10s %-36s %5d%s%n",
              l.product().sku(),
              l.product().name(),
              l.lot().quantity(),
              l.member() == null ? "" : "  " + l.member().name()));
    }
    printAfter(printTo, org.ovop.till.printing.layout.Layouts.consignmentNote(note, store()));
    print(
        Json.object(
            "note", note.number(),
            "group", note.group().code(),
            "at", note.at().toString(),
            "lots", lots),
        text.toString());
  }
}
