package org.ovop.till.app.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ovop.till.app.TillServices;
import org.ovop.till.core.Refusal;
import org.ovop.till.core.money.Money;
import org.ovop.till.core.money.Percent;
import org.ovop.till.core.store.StoreProfile;
import org.ovop.till.core.user.Role;
import org.ovop.till.core.user.User;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every command shares: the services, the acting person, amounts and output. */
abstract class TillCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  private StoreProfile store;
  private Map<String, String> groupCodes;

  TillCli root() {
    return (TillCli) spec.root().userObject();
  }

  /** Opens the existing database; a missing file is a refusal. */
  TillServices services() {
    return root().services(false);
  }

  StoreProfile store() {
    if (store == null) {
      store = Refused.take(services().store());
    }
    return store;
  }

  /** The person acting: their PIN from --by or TILL_PIN, at least in the role given. */
  User actor(String byPin, Role needed) {
    String pin = byPin != null ? byPin : root().env.get("TILL_PIN");
    if (pin == null || pin.isBlank()) {
      throw Refused.because(Refusal.of(Refusal.Reason.BAD_BY));
    }
    return Refused.take(services().staff().signIn(pin.strip(), needed));
  }

  /** An amount typed in major units, refused when it has more decimals than the currency. */
  long amount(String text) {
    return Money.parse(text, store().currency())
        .map(Money::minor)
        .orElseThrow(
            () ->
                Refused.because(
                    Refusal.of(
                        Refusal.Reason.BAD_AMOUNT,
                        text,
                        store().currency().getCurrencyCode(),
                        Money.digits(store().currency()))));
  }

  long nonNegativeAmount(String text) {
    long minor = amount(text);
    if (minor < 0) {
      throw new Refused("The amount must not be negative, not '" + text + "'.");
    }
    return minor;
  }

  /** An amount as JSON writes it: exactly the currency's digits, '.' separator. */
  String money(long minor) {
    return Money.of(minor, store().currency()).toPlainString();
  }

  /** An amount for people reading the terminal, with the currency code. */
  String shown(long minor) {
    return money(minor) + " " + store().currency().getCurrencyCode();
  }

  static Percent percent(String text) {
    return Percent.parse(text)
        .orElseThrow(() -> Refused.because(Refusal.of(Refusal.Reason.BAD_PERCENT, text)));
  }

  static LocalDate day(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw Refused.because(Refusal.of(Refusal.Reason.BAD_DATE, text));
    }
  }

  /** More than any shelf holds: most likely a barcode scanned into the quantity. */
  static final long MAX_QUANTITY = 1_000_000;

  static long quantity(String text) {
    try {
      long q = Long.parseLong(text.strip());
      if (q > MAX_QUANTITY) {
        throw Refused.because(Refusal.of(Refusal.Reason.NUMBER_TOO_LARGE, "A quantity of " + q));
      }
      if (q > 0) {
        return q;
      }
    } catch (NumberFormatException e) {
      // falls through to the sentence below
    }
    throw Refused.because(Refusal.of(Refusal.Reason.BAD_QUANTITY, text));
  }

  /**
   * Why {@code typed} names no way of paying: {@code plain} in a store that takes no wallets, else
   * {@code orWallet}, which lists them, since a wallet's name stands for mobile money wherever a
   * way is typed ({@code --pay wave:…}, {@code --method wave}).
   */
  Refusal notAWay(Refusal.Reason plain, Refusal.Reason orWallet, String typed) {
    var wallets = store().mobileServices();
    return wallets.isEmpty()
        ? Refusal.of(plain, typed)
        : Refusal.of(orWallet, typed, String.join(", ", wallets));
  }

  String time(Instant at) {
    return at.atZone(store().zone()).toLocalDateTime().withNano(0).toString().replace('T', ' ');
  }

  /** A producer group's code from its id, as people and scripts know groups. */
  String groupCode(String groupId) {
    if (groupCodes == null) {
      groupCodes = new java.util.HashMap<>();
      services()
          .database()
          .read(b -> b.catalog().groups())
          .forEach(g -> groupCodes.put(g.id(), g.code()));
    }
    return groupCodes.getOrDefault(groupId, groupId);
  }

  /** A manager's approval when a manager PIN is given; it then needs a reason too. */
  org.ovop.till.core.user.Approval approval(String managerPin, String reason) {
    if (managerPin == null) {
      return null;
    }
    return Refused.take(services().staff().approve(managerPin.strip(), reason));
  }

  /**
   * Prints a paper after its record is committed. A printer fault is said on stderr and changes
   * nothing: the record stands and can be printed again.
   */
  void printAfter(String uri, org.ovop.till.printing.document.PrintDocument paper) {
    if (uri == null) {
      return;
    }
    var profile =
        org.ovop.till.printing.escpos.PrinterProfile.named(
                root().env.getOrDefault("TILL_PRINTER_PROFILE", "generic-80"))
            .orElse(org.ovop.till.printing.escpos.PrinterProfile.standard());
    var address = org.ovop.till.printing.transport.PrinterUris.parse(uri);
    if (address.isEmpty()) {
      root()
          .err
          .println(
              "Recorded, but '"
                  + uri
                  + "' is not a printer: "
                  + org.ovop.till.printing.transport.PrinterUris.SHAPES
                  + ".");
      return;
    }
    try (var printer = Printers.open(address.get())) {
      printer.write(org.ovop.till.printing.escpos.EscPosEncoder.encode(paper, profile));
    } catch (org.ovop.till.printing.transport.PrinterFault f) {
      root().err.println("Recorded, but " + paper.name() + " did not print: " + f.getMessage());
    }
  }

  /** Prints the JSON document under --json, else the text for people. */
  void print(Map<String, Object> json, String text) {
    if (root().json) {
      root().out.println(Json.write(json));
    } else {
      root().out.print(text.endsWith("\n") ? text : text + "\n");
    }
  }

  @Override
  public Integer call() {
    execute();
    return TillCli.DONE;
  }

  abstract void execute();
}
