package org.ovop.till.app.cli;

import java.util.ArrayList;
import java.util.List;
import org.ovop.till.core.stock.StockKeeping.DamagedItem;
import org.ovop.till.core.user.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "damage",
    description =
        "Writes off goods broken or spoiled in the shop on a damage sheet, with the reason.")
final class DamageCommand extends TillCommand {
  @Option(names = "--by", paramLabel = "PIN")
  String by;

  @Option(names = "--item", required = true, paramLabel = "SKU:QTY")
  List<String> items;

  @Option(names = "--reason", required = true, description = "what happened, kept with the sheet")
  String reason;

  @Override
  void execute() {
    store();
    List<DamagedItem> list = new ArrayList<>();
    for (String spec : items) {
      List<String> p = Specs.split(spec, 2, "--item", "SKU:QTY");
      if (p.size() < 2) {
        throw new Refused("'" + spec + "' is not SKU:QTY.");
      }
      list.add(new DamagedItem(p.get(0), quantity(p.get(1))));
    }
    var who = actor(by, Role.MANAGER);
    var sheet = Refused.take(services().stock().writeOffDamaged(who, list, reason));
    List<Object> lines = new ArrayList<>();
    StringBuilder t =
        new StringBuilder(
            "Damage sheet "
                + sheet.number()
                + ", "
                + time(sheet.at())
                + ": "
                + sheet.reason()
                + "\n");
    for (var l : sheet.lines()) {
      lines.add(
          Json.object("sku", l.product().sku(), "name", l.product().name(), "qty", l.quantity()));
      t.append(
          String.format(
              "  %-12s %-40s %5d%n", l.product().sku(), l.product().name(), l.quantity()));
    }
    print(
        Json.object(
            "sheet",
            sheet.number(),
            "at",
            sheet.at().toString(),
            "reason",
            sheet.reason(),
            "lines",
            lines),
        t.toString());
  }
}
