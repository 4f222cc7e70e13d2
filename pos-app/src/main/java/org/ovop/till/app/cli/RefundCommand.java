package org.ovop.till.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ovop.till.core.Refusal;
import org.ovop.till.core.sale.Refunds;
import org.ovop.till.core.sale.TenderMethod;
import org.ovop.till.core.user.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "refund", description = "Refunds items of a receipt; needs a manager's PIN.")
final class RefundCommand extends TillCommand {
  @Option(names = "--by", paramLabel = "PIN")
  String by;

  @Option(names = "--manager-pin", required = true, paramLabel = "PIN")
  String managerPin;

  @Option(names = "--reason", defaultValue = "Customer returned the goods")
  String reason;

  @Option(names = "--receipt", required = true, paramLabel = "NUMBER")
  String receipt;

  @Option(names = "--item", required = true, paramLabel = "CODE:QTY")
  List<String> items;

  @Option(
      names = "--pay",
      required = true,
      paramLabel = "METHOD[:REF]",
      description =
          "how the money goes back: cash, card or mobile (or a wallet the store takes), or as-paid"
              + " (card and mobile first, each up to what it paid, the rest in cash); REF is the"
              + " mobile transfer's")
  String pay;

  /** The word for giving money back the way the sale was paid. */
  static final String AS_PAID = "as-paid";

  @Override
  void execute() {
    store();
    List<Refunds.Item> list = new ArrayList<>();
    for (String spec : items) {
      List<String> p = Specs.split(spec, 2, "--item", "CODE:QTY");
      list.add(new Refunds.Item(p.get(0), p.size() > 1 ? quantity(p.get(1)) : 1));
    }
    List<String> how = Specs.split(pay, 2, "--pay", "METHOD[:REF]");
    boolean asPaid = AS_PAID.equalsIgnoreCase(how.get(0).strip());
    var method = asPaid ? Optional.<TenderMethod>empty() : TenderMethod.parse(how.get(0));
    // A wallet the store takes stands for mobile money back to it: --pay orange-money:OMR-1.
    var wallet =
        asPaid || method.isPresent() ? Optional.<String>empty() : store().mobileService(how.get(0));
    if (!asPaid && method.isEmpty() && wallet.isEmpty()) {
      throw Refused.because(
          notAWay(
              Refusal.Reason.BAD_REFUND_TENDER, Refusal.Reason.BAD_REFUND_TENDER_OR_WALLET, pay));
    }
    String reference = how.size() > 1 && !how.get(1).isEmpty() ? how.get(1) : null;
    var cashier = actor(by, Role.CASHIER);
    var approval = approval(managerPin, reason);
    var refunds = services().refunds();
    String number = receipt.strip();
    var refund =
        Refused.take(
            asPaid
                ? refunds.refundAsPaid(cashier, approval, number, list, reference)
                : wallet.isPresent()
                    ? refunds.refundToWallet(
                        cashier, approval, number, list, wallet.get(), reference)
                    : refunds.refund(cashier, approval, number, list, method.get(), reference));
    print(SaleOutput.json(this, refund, List.of()), SaleOutput.text(this, refund, List.of()));
  }
}
