package org.ovop.till.app.cli;

import java.util.ArrayList;
import java.util.List;
import org.ovop.till.core.stock.StockKeeping.ReturnItem;
import org.ovop.till.core.user.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "return-to-producer",
    description = "Sends unsold goods back to their group with a return note.")
final class ReturnCommand extends TillCommand {
  @Option(names = "--group", required = true, paramLabel = "CODE")
  String group;

  @Option(names = "--by", paramLabel = "PIN")
  String by;

  @Option(
      names = "--print",
      paramLabel = "URI",
      description = "print the note after it is recorded")
  String printTo;

  @Option(names = "--item", required = true, paramLabel = "SKU:QTY")
  List<String> items;

  @Override
  void execute() {
    store();
    List<ReturnItem> list = new ArrayList<>();
    for (String spec : items) {
      List<String> p = Specs.split(spec, 2, "--item", "SKU:QTY");
      if (p.size() < 2) {
        throw new Refused("'" + spec + "' is not SKU:QTY.");
      }
      list.add(new ReturnItem(p.get(0), quantity(p.get(1))));
    }
    var who = actor(by, Role.MANAGER);
    var note = Refused.take(services().stock().returnToProducer(who, group, list));
    List<Object> lines = new ArrayList<>();
    StringBuilder t =
        new StringBuilder(
            "Return note "
                + note.number()
                + " to "
                + note.group().code()
                + " "
                + note.group().name()
                + ", "
                + time(note.at())
                + "\n");
    for (var l : note.lines()) {
      lines.add(
          Json.object("sku", l.product().sku(), "name", l.product().name(), "qty", l.quantity()));
      t.append(
          String.format(
              "  %-12s %-40s %5d%n", l.product().sku(), l.product().name(), l.quantity()));
    }
    printAfter(printTo, org.ovop.till.printing.layout.Layouts.returnNote(note, store()));
    print(
        Json.object(
            "note",
            note.number(),
            "group",
            note.group().code(),
            "at",
            note.at().toString(),
            "lines",
            lines),
        t.toString());
  }
}
