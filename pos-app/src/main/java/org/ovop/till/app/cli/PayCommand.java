package org.ovop.till.app.cli;

import java.util.Optional;
import org.ovop.till.core.Refusal;
import org.ovop.till.core.settle.Payout;
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

  @Option(names = "--method", required = true, paramLabel = "cash|mobile|bank|WALLET")
  String method;

  @Option(names = "--ref", paramLabel = "REF", description = "mobile money or bank reference")
  String ref;

  @Option(names = "--print", paramLabel = "URI", description = "print the payout slip to sign")
  String printTo;

  @Override
  void execute() {
    store();
    var named = PayoutMethod.parse(method);
    // A wallet the store takes stands for mobile money carried by it: --method wave.
    var wallet = named.isPresent() ? Optional.<String>empty() : store().mobileService(method);
    PayoutMethod m =
        named
            .or(() -> wallet.map(w -> PayoutMethod.MOBILE))
            .orElseThrow(
                () ->
                    Refused.because(
                        notAWay(
                            Refusal.Reason.BAD_PAYOUT_METHOD,
                            Refusal.Reason.BAD_PAYOUT_METHOD_OR_WALLET,
                            method)));
    var who = actor(by, Role.MANAGER);
    var p =
        Refused.take(
            services().settlements().pay(who, settlement.strip(), m, wallet.orElse(null), ref));
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
            "service", p.service(),
            "reference", p.reference(),
            "at", p.at().toString(),
            "paid_by", who.name(),
            "shift", p.shiftId()),
        "Paid "
            + shown(p.amount())
            + " for settlement "
            + p.settlementId()
            + " by "
            + way(p)
            + (p.reference() == null ? "" : " (" + p.reference() + ")")
            + ".");
  }

  /** How a payout left, as the command line writes it: "cash", "mobile Wave", "bank". */
  static String way(Payout p) {
    return p.method().code() + (p.service() == null ? "" : " " + p.service());
  }
}
