package org.ovop.till.app.cli;

import org.ovop.till.core.Refusal;
import org.ovop.till.core.settle.PayoutMethod;
import org.ovop.till.core.user.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "pay", description = "Records the payout of a settlement, once.")
final class PayCommand extends TillCommand {
  @Option(names = "--by", paramLabel = "PIN")
  String by;

  @Option(names = "--settlement", required = true, paramLabel = "ID")
  String settlement;

  @Option(names = "--method", required = true, paramLabel = "cash|mobile|bank")
  String method;

  @Option(names = "--ref", paramLabel = "REF", description = "mobile money or bank reference")
  String ref;

  @Option(names = "--print", paramLabel = "URI", description = "print the payout slip to sign")
  String printTo;

  @Override
  void execute() {
    store();
    PayoutMethod m =
        PayoutMethod.parse(method)
            .orElseThrow(
                () -> Refused.because(Refusal.of(Refusal.Reason.BAD_PAYOUT_METHOD, method)));
    var who = actor(by, Role.MANAGER);
    var p = Refused.take(services().settlements().pay(who, settlement.strip(), m, ref));
    if (printTo != null) {
      var st = Refused.take(services().settlements().statement(p.settlementId()));
      printAfter(
          printTo,
          org.ovop.till.printing.layout.Layouts.payoutSlip(
              st.settlement(),
              p,
              st.group().code() + " " + st.group().name(),
              store(),
              who.name()));
    }
    print(
        Json.object(
            "settlement", p.settlementId(),
            "payout", money(p.amount()),
            "method", p.method().code(),
            "reference", p.reference(),
            "at", p.at().toString(),
            "paid_by", who.name(),
            "shift", p.shiftId()),
        "Paid "
            + shown(p.amount())
            + " for settlement "
            + p.settlementId()
            + " by "
            + p.method().code()
            + (p.reference() == null ? "" : " (" + p.reference() + ")")
            + ".");
  }
}
