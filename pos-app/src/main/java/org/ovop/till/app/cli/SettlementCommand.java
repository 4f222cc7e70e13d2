package org.ovop.till.app.cli;

import org.ovop.till.core.user.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "settlement",
    description = "Looks at or cancels a settlement.",
    subcommands = {SettlementCommand.Show.class, SettlementCommand.Cancel.class})
final class SettlementCommand {
  @Command(name = "show", description = "A settlement's figures and whether it was paid.")
  static final class Show extends TillCommand {
    @Option(names = "--settlement", required = true, paramLabel = "ID")
    String settlement;

    @Override
    void execute() {
      store();
      var st = Refused.take(services().settlements().statement(settlement.strip()));
      var json = SettleCommand.json(this, st.settlement(), st.group().code());
      json.put("cancelled", st.cancelled());
      json.put("paid", st.payout().map(p -> p.method().code()).orElse(null));
      json.put("paid_service", st.payout().map(p -> p.service()).orElse(null));
      print(
          json,
          st.settlement().id()
              + " "
              + st.group().code()
              + ": payout "
              + shown(st.settlement().payout())
              + (st.cancelled()
                  ? ", cancelled"
                  : st.payout().map(p -> ", paid by " + PayCommand.way(p)).orElse(", not paid")));
    }
  }

  @Command(
      name = "cancel",
      description = "Cancels an unpaid settlement; its lines wait for the next one.")
  static final class Cancel extends TillCommand {
    @Option(names = "--settlement", required = true, paramLabel = "ID")
    String settlement;

    @Option(names = "--reason", required = true)
    String reason;

    @Option(names = "--by", paramLabel = "PIN")
    String by;

    @Override
    void execute() {
      store();
      var who = actor(by, Role.MANAGER);
      var s = Refused.take(services().settlements().cancel(who, settlement.strip(), reason));
      print(
          Json.object("settlement", s.id(), "cancelled", true, "reason", reason.strip()),
          "Cancelled settlement "
              + s.id()
              + "; its "
              + s.lines()
              + " lines wait for the next one.");
    }
  }
}
