package org.ovop.till.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ovop.till.core.Refusal;
import org.ovop.till.core.money.Percent;
import org.ovop.till.core.sale.Counter;
import org.ovop.till.core.sale.Tender;
import org.ovop.till.core.sale.TenderMethod;
import org.ovop.till.core.user.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "sell",
    description = "One sale: items by barcode or SKU, paid by one or more tenders.")
final class SellCommand extends TillCommand {
  @Option(names = "--by", paramLabel = "PIN")
  String by;

  @Option(
      names = "--item",
      required = true,
      paramLabel = "CODE[:QTY[:DISCOUNT_PCT[:PRICE]]]",
      description =
          "PRICE sells each unit at another price than the catalogue's (a manager approves it)")
  List<String> items;

  @Option(
      names = "--pay",
      required = true,
      paramLabel = "METHOD:AMOUNT[:REF]",
      description =
          "cash, card or mobile (mobile needs its reference); or a mobile money service the store"
              + " takes, such as wave or orange-money, for mobile money carried by it")
  List<String> pays;

  @Option(
      names = "--manager-pin",
      paramLabel = "PIN",
      description =
          "approves a discount above the cashier's limit, a price set at the counter or an"
              + " uncertified product")
  String managerPin;

  @Option(names = "--reason")
  String reason;

  @Override
  void execute() {
    store();
    List<Counter.Item> list = new ArrayList<>();
    for (String spec : items) {
      List<String> p = Specs.split(spec, 4, "--item", "CODE[:QTY[:DISCOUNT_PCT[:PRICE]]]");
      long qty = p.size() > 1 ? quantity(p.get(1)) : 1;
      // An empty discount before a price ("HONEY-1:2::500") is none.
      Percent discount = p.size() > 2 && !p.get(2).isEmpty() ? percent(p.get(2)) : Percent.ZERO;
      Long price = p.size() > 3 && !p.get(3).isEmpty() ? amount(p.get(3)) : null;
      list.add(new Counter.Item(p.get(0), qty, discount, price));
    }
    List<Tender> tenders = tenders(this, pays);
    var cashier = actor(by, Role.CASHIER);
    var approval = approval(managerPin, reason);
    var done = Refused.take(services().counter().sell(cashier, list, tenders, approval));
    print(
        SaleOutput.json(this, done.sale(), done.notices()),
        SaleOutput.text(this, done.sale(), done.notices()));
  }

  static List<Tender> tenders(TillCommand c, List<String> pays) {
    List<Tender> tenders = new ArrayList<>();
    for (String spec : pays) {
      List<String> p = Specs.split(spec, 3, "--pay", "METHOD:AMOUNT[:REF]");
      var method = TenderMethod.parse(p.get(0));
      // A wallet the store takes stands for mobile money carried by it: wave:2000:W-1.
      var service =
          method.isPresent() ? Optional.<String>empty() : c.store().mobileService(p.get(0));
      TenderMethod m =
          method
              .or(() -> service.map(named -> TenderMethod.MOBILE))
              .orElseThrow(
                  () ->
                      Refused.because(
                          c.notAWay(
                              Refusal.Reason.BAD_TENDER,
                              Refusal.Reason.BAD_TENDER_OR_WALLET,
                              spec)));
      if (p.size() < 2) {
        throw Refused.because(Refusal.of(Refusal.Reason.BAD_TENDER, spec));
      }
      long amount = c.amount(p.get(1));
      if (amount <= 0) {
        throw new Refused("A payment must be more than zero, not '" + p.get(1) + "'.");
      }
      tenders.add(
          new Tender(
              m,
              amount,
              p.size() > 2 && !p.get(2).isEmpty() ? p.get(2) : null,
              service.orElse(null)));
    }
    return tenders;
  }
}
