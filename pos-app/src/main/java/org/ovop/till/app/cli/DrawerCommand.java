package org.ovop.till.app.cli;

import org.ovop.till.core.user.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "drawer",
    description =
        "Opens the cash drawer without a sale: a named manager approves, and it is audited.")
final class DrawerCommand extends TillCommand {
  @Option(names = "--by", paramLabel = "PIN")
  String by;

  @Option(names = "--manager-pin", required = true, paramLabel = "PIN")
  String managerPin;

  @Option(names = "--reason", required = true)
  String reason;

  @Option(names = "--printer", paramLabel = "URI", description = "the printer the drawer hangs on")
  String printTo;

  @Override
  void execute() {
    store();
    var cashier = actor(by, Role.CASHIER);
    var approval = approval(managerPin, reason);
    var entry = Refused.take(services().shifts().noSale(cashier, approval));
    printAfter(printTo, org.ovop.till.printing.layout.Layouts.drawerKick());
    print(
        Json.object(
            "opened",
            true,
            "audit",
            entry.id(),
            "approved_by",
            approval.manager().name(),
            "reason",
            entry.reason()),
        "Drawer opened without a sale, approved by "
            + approval.manager().name()
            + ": "
            + entry.reason()
            + ".");
  }
}
