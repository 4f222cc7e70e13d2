package org.ovop.till.app.cli;

import java.util.Map;
import org.ovop.till.core.shift.CashKind;
import org.ovop.till.core.shift.CashMovement;
import org.ovop.till.core.shift.Shift;
import org.ovop.till.core.shift.ShiftReport;
import org.ovop.till.core.user.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "shift",
    description = "Opens and closes the cashier's drawer session.",
    subcommands = {
      ShiftCommand.Open.class,
      ShiftCommand.Close.class,
      ShiftCommand.X.class,
      ShiftCommand.CashIn.class,
      ShiftCommand.CashOut.class
    })
final class ShiftCommand {
  @Command(name = "open", description = "Opens a shift with the float in the drawer.")
  static final class Open extends TillCommand {
    @Option(names = "--by", paramLabel = "PIN")
    String by;

    @Option(names = "--float", required = true, paramLabel = "AMOUNT")
    String openingFloat;

    @Override
    void execute() {
      long minor = nonNegativeAmount(openingFloat);
      var who = actor(by, Role.CASHIER);
      Shift s = Refused.take(services().shifts().open(who, minor));
      print(
          Json.object(
              "shift", s.id(),
              "till", s.till(),
              "cashier", who.name(),
              "float", money(s.openingFloat()),
              "opened_at", s.openedAt().toString()),
          "Shift open on till "
              + s.till()
              + " for "
              + who.name()
              + " with "
              + shown(minor)
              + " float.");
    }
  }

  @Command(
      name = "close",
      description = "Closes the shift with the counted cash and prints the Z report.")
  static final class Close extends TillCommand {
    @Option(names = "--by", paramLabel = "PIN")
    String by;

    @Option(names = "--counted", required = true, paramLabel = "AMOUNT")
    String counted;

    @Override
    void execute() {
      long minor = nonNegativeAmount(counted);
      var who = actor(by, Role.CASHIER);
      ShiftReport z = Refused.take(services().shifts().close(who, minor));
      report(this, z, "Z report");
    }
  }

  @Command(name = "x", description = "The X report: the open shift's figures so far.")
  static final class X extends TillCommand {
    @Override
    void execute() {
      store();
      ShiftReport x = Refused.take(services().shifts().xReport());
      report(this, x, "X report");
    }
  }

  @Command(
      name = "cash-in",
      description =
          "Puts cash into the open shift's drawer (coins for change): a manager approves, audited.")
  static final class CashIn extends CashMove {
    CashIn() {
      super(CashKind.CASH_IN);
    }
  }

  @Command(
      name = "cash-out",
      description =
          "Takes cash out of the open shift's drawer (takings to the bank): a manager approves,"
              + " audited.")
  static final class CashOut extends CashMove {
    CashOut() {
      super(CashKind.CASH_OUT);
    }
  }

  /** Cash in or out of the drawer mid-shift; the X and Z reports count it. */
  abstract static class CashMove extends TillCommand {
    private final CashKind kind;

    @Option(names = "--by", paramLabel = "PIN")
    String by;

    @Option(names = "--amount", required = true, paramLabel = "AMOUNT")
    String amount;

    @Option(names = "--manager-pin", required = true, paramLabel = "PIN")
    String managerPin;

    @Option(names = "--reason", required = true)
    String reason;

    @Option(
        names = "--printer",
        paramLabel = "URI",
        description = "the printer the drawer hangs on")
    String printTo;

    CashMove(CashKind kind) {
      this.kind = kind;
    }

    @Override
    void execute() {
      long minor = amount(amount);
      var who = actor(by, Role.CASHIER);
      var approval = approval(managerPin, reason);
      CashMovement m = Refused.take(services().shifts().cashInOut(who, kind, minor, approval));
      printAfter(printTo, org.ovop.till.printing.layout.Layouts.drawerKick());
      boolean in = kind == CashKind.CASH_IN;
      print(
          Json.object(
              "kind", in ? "cash_in" : "cash_out",
              "amount", money(minor),
              "shift", m.shiftId(),
              "audit", m.document(),
              "approved_by", approval.manager().name(),
              "reason", approval.reason()),
          (in ? "Put " : "Took ")
              + shown(minor)
              + (in ? " into" : " out of")
              + " the drawer, approved by "
              + approval.manager().name()
              + ": "
              + approval.reason()
              + ".");
    }
  }

  static void report(TillCommand c, ShiftReport r, String title) {
    Map<String, Object> byMethod = new java.util.LinkedHashMap<>();
    r.salesByMethod().forEach((m, v) -> byMethod.put(m, c.money(v)));
    Map<String, Object> refundsByMethod = new java.util.LinkedHashMap<>();
    r.refundsByMethod().forEach((m, v) -> refundsByMethod.put(m, c.money(v)));
    // Each wallet's mobile money apart, "" for payments that named none.
    Map<String, Object> mobileSales = new java.util.LinkedHashMap<>();
    r.mobileSalesByService().forEach((m, v) -> mobileSales.put(m, c.money(v)));
    Map<String, Object> mobileRefunds = new java.util.LinkedHashMap<>();
    r.mobileRefundsByService().forEach((m, v) -> mobileRefunds.put(m, c.money(v)));
    java.util.List<Object> moves = new java.util.ArrayList<>();
    for (var m : r.drawerMoves()) {
      moves.add(
          Json.object(
              "at", m.at().toString(),
              "amount", c.money(m.amount()),
              "reason", m.reason(),
              "approved_by", m.approvedBy()));
    }
    Map<String, Object> json =
        Json.object(
            "report", r.closing() ? "Z" : "X",
            "shift", r.shift().id(),
            "till", r.shift().till(),
            "cashier", r.cashierName(),
            "opened_at", r.shift().openedAt().toString(),
            "at", r.at().toString(),
            "sales", r.sales(),
            "refunds", r.refunds(),
            "sales_total", c.money(r.salesTotal()),
            "refunds_total", c.money(r.refundsTotal()),
            "rounding", c.money(r.roundingTotal()),
            "sales_by_method", byMethod,
            "refunds_by_method", refundsByMethod,
            "mobile_sales_by_service", mobileSales,
            "mobile_refunds_by_service", mobileRefunds,
            "float", c.money(r.shift().openingFloat()),
            "cash_sales", c.money(r.cashSales()),
            "cash_refunds", c.money(r.cashRefunds()),
            "payouts", c.money(r.payouts()),
            "cash_in_out", c.money(r.cashInOut()),
            "cash_moves", moves,
            "expected", c.money(r.expected()),
            "counted", r.counted() == null ? null : c.money(r.counted()),
            "over_short", r.overShort() == null ? null : c.money(r.overShort()));
    StringBuilder t = new StringBuilder();
    t.append(title)
        .append(" — till ")
        .append(r.shift().till())
        .append(", ")
        .append(r.cashierName())
        .append('\n');
    t.append(String.format("  opened       %s%n", c.time(r.shift().openedAt())));
    t.append(String.format("  at           %s%n", c.time(r.at())));
    // Each method under the total it breaks down; then the drawer with what left it negative, so
    // float, cash sales, cash refunds, payouts and cash in/out add up to the cash expected.
    t.append(String.format("  sales        %d  %s%n", r.sales(), c.shown(r.salesTotal())));
    byMethod(c, t, r.salesByMethod(), r.mobileSalesByService());
    t.append(String.format("  refunds      %d  %s%n", r.refunds(), c.shown(r.refundsTotal())));
    byMethod(c, t, r.refundsByMethod(), r.mobileRefundsByService());
    t.append(String.format("  rounding     %s%n", c.shown(r.roundingTotal())));
    t.append(String.format("  float        %s%n", c.shown(r.shift().openingFloat())));
    t.append(String.format("  cash sales   %s%n", c.shown(r.cashSales())));
    t.append(String.format("  cash refunds %s%n", c.shown(-r.cashRefunds())));
    t.append(String.format("  payouts      %s%n", c.shown(-r.payouts())));
    t.append(String.format("  cash in/out  %s%n", c.shown(r.cashInOut())));
    for (var m : r.drawerMoves()) {
      t.append(
          String.format(
              "    %s  %s  %s (%s)%n",
              c.time(m.at()), c.shown(m.amount()), m.reason(), m.approvedBy()));
    }
    t.append(String.format("  expected     %s%n", c.shown(r.expected())));
    if (r.counted() != null) {
      t.append(String.format("  counted      %s%n", c.shown(r.counted())));
      t.append(String.format("  over/short   %s%n", c.shown(r.overShort())));
    }
    c.print(json, t.toString());
  }

  /** Each method under its total, and each wallet under mobile where the store takes several. */
  private static void byMethod(
      TillCommand c, StringBuilder t, Map<String, Long> byMethod, Map<String, Long> byService) {
    byMethod.forEach(
        (m, v) -> {
          t.append(String.format("    %-10s %s%n", m, c.shown(v)));
          if ("mobile".equals(m)) {
            ShiftReport.byServiceWorthShowing(byService, c.store())
                .forEach(
                    (service, amount) ->
                        t.append(
                            String.format(
                                "      %-18s %s%n",
                                service.isEmpty() ? "(not named)" : service, c.shown(amount))));
          }
        });
  }
}
