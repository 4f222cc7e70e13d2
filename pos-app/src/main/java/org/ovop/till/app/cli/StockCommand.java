package org.ovop.till.app.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "stock",
    description = "On-hand per product (negative where more was sold than received).")
final class StockCommand extends TillCommand {
  @Option(names = "--group", paramLabel = "CODE")
  String group;

  @Override
  void execute() {
    store();
    var lines = Refused.take(services().stock().onHand(group));
    List<Object> items = new ArrayList<>();
    StringBuilder t =
        new StringBuilder(
            String.format("%-12s %-8s %-40s %8s%n", "SKU", "GROUP", "NAME", "ON HAND"));
    for (var l : lines) {
      items.add(
          Json.object(
              "sku", l.product().sku(),
              "name", l.product().name(),
              "group", l.group().code(),
              "on_hand", l.onHand()));
      t.append(
          String.format(
              "%-12s %-8s %-40s %8d%s%n",
              l.product().sku(),
              l.group().code(),
              l.product().name(),
              l.onHand(),
              l.onHand() < 0 ? "  (count it)" : ""));
    }
    print(Json.object("items", items), t.toString());
  }
}
