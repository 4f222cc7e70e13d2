package org.ovop.till.app.cli;

import java.util.ArrayList;
import java.util.List;
import org.ovop.till.core.stock.StockKeeping.CountItem;
import org.ovop.till.core.user.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "count", description = "Records a stock count; the differences become adjustments.")
final class CountCommand extends TillCommand {
  @Option(names = "--by", paramLabel = "PIN")
  String by;

  @Option(names = "--item", required = true, paramLabel = "SKU:COUNTED")
  List<String> items;

  @Override
  void execute() {
    store();
    List<CountItem> list = new ArrayList<>();
    for (String spec : items) {
      List<String> p = Specs.split(spec, 2, "--item", "SKU:COUNTED");
      if (p.size() < 2) {
        throw new Refused("'" + spec + "' is not SKU:COUNTED.");
      }
      list.add(new CountItem(p.get(0), counted(p.get(1))));
    }
    var who = actor(by, Role.MANAGER);
    var sheet = Refused.take(services().stock().count(who, list));
    List<Object> lines = new ArrayList<>();
    StringBuilder t =
        new StringBuilder("Count sheet " + sheet.number() + ", " + time(sheet.at()) + "\n");
    for (var l : sheet.lines()) {
      lines.add(
          Json.object(
              "sku", l.product().sku(),
              "expected", l.expected(),
              "counted", l.counted(),
              "variance", l.variance()));
      t.append(
          String.format(
              "  %-12s %-36s expected %5d counted %5d variance %+d%n",
              l.product().sku(), l.product().name(), l.expected(), l.counted(), l.variance()));
    }
    print(
        Json.object("sheet", sheet.number(), "at", sheet.at().toString(), "lines", lines),
        t.toString());
  }

  /** A count may be zero (the shelf is empty), never negative. */
  private static long counted(String text) {
    try {
      long n = Long.parseLong(text.strip());
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // the sentence below
    }
    throw new Refused("A counted quantity is a whole number, zero or more, not '" + text + "'.");
  }
}
