package org.ovop.till.app.cli;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Map;
import org.ovop.till.core.Refusal;
import org.ovop.till.core.money.CashRounding;
import org.ovop.till.core.money.Money;
import org.ovop.till.core.money.Percent;
import org.ovop.till.core.store.StoreProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "init", description = "Creates or migrates the database and sets the store.")
final class InitCommand extends TillCommand {
  /** Where a boutique paying in this currency most likely is, when no --time-zone is given. */
  private static final Map<String, String> HOME_ZONE =
      Map.of(
          "KGS", "Asia/Bishkek",
          "KES", "Africa/Nairobi",
          "XOF", "Africa/Dakar",
          "UZS", "Asia/Tashkent",
          "JPY", "Asia/Tokyo");

  @Option(names = "--store-name", required = true, paramLabel = "NAME")
  String name;

  @Option(names = "--currency", required = true, paramLabel = "ISO")
  String currency;

  @Option(
      names = "--cash-rounding",
      paramLabel = "MINOR",
      defaultValue = "1",
      description = "Cash is rounded to this many minor units (KGS 100 = 1 som); 1 = none.")
  String cashRounding;

  @Option(
      names = "--language",
      paramLabel = "LANG",
      defaultValue = "en",
      description = "en, ru, fr, sw, ky or uz: receipts, statements and the window.")
  String language;

  @Option(names = "--min-payout", paramLabel = "AMOUNT", defaultValue = "0")
  String minPayout;

  @Option(
      names = "--time-zone",
      paramLabel = "ZONE",
      description = "The store's clock for days and reports, e.g. Asia/Bishkek.")
  String timeZone;

  @Option(
      names = "--cashier-discount-limit",
      paramLabel = "PCT",
      defaultValue = "10",
      description = "Discounts above this need a manager's PIN.")
  String discountLimit;

  @Option(
      names = "--mobile-money",
      paramLabel = "NAME",
      description =
          "What customers call mobile money (M-Pesa; Wave / Orange Money), on the pay key and"
              + " receipts; \"\" for the language's own words. Default: the usual one for the"
              + " currency.")
  String mobileMoney;

  @Override
  void execute() {
    Currency cur;
    try {
      cur = Currency.getInstance(currency.strip().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw Refused.because(Refusal.of(Refusal.Reason.UNKNOWN_CURRENCY, currency));
    }
    long rounding;
    try {
      rounding = Long.parseLong(cashRounding.strip());
    } catch (NumberFormatException e) {
      rounding = 0;
    }
    if (rounding < 1) {
      throw new Refused(
          "Cash rounding is a whole number of minor units, 1 or more, not '" + cashRounding + "'.");
    }
    ZoneId zone;
    try {
      zone =
          timeZone != null
              ? ZoneId.of(timeZone.strip())
              : ZoneId.of(
                  HOME_ZONE.getOrDefault(cur.getCurrencyCode(), ZoneId.systemDefault().getId()));
    } catch (DateTimeException e) {
      throw Refused.because(Refusal.of(Refusal.Reason.BAD_TIME_ZONE, timeZone));
    }
    long min =
        Money.parse(minPayout, cur)
            .map(Money::minor)
            .filter(m -> m >= 0)
            .orElseThrow(
                () ->
                    Refused.because(
                        Refusal.of(
                            Refusal.Reason.BAD_AMOUNT,
                            minPayout,
                            cur.getCurrencyCode(),
                            Money.digits(cur))));
    Percent limit = percent(discountLimit);
    StoreProfile profile =
        new StoreProfile(
            name.strip(),
            cur,
            new CashRounding(rounding),
            language.strip().toLowerCase(),
            zone,
            min,
            limit,
            mobileMoney != null ? mobileMoney : StoreProfile.usualMobileMoney(cur));
    var services = root().services(true);
    StoreProfile saved = Refused.take(services.setup().configure(profile));
    print(
        Json.object(
            "store", saved.name(),
            "currency", cur.getCurrencyCode(),
            "cash_rounding", saved.cashRounding().increment(),
            "language", saved.language(),
            "time_zone", saved.zone().getId(),
            "min_payout", money(saved.minPayout()),
            "cashier_discount_limit", saved.cashierDiscountLimit().toString(),
            "mobile_money", saved.mobileMoney(),
            "database", services.database().location()),
        "Store \""
            + saved.name()
            + "\" is set up in "
            + cur.getCurrencyCode()
            + " ("
            + saved.zone().getId()
            + ") in "
            + services.database().location()
            + ".\nNext: till user add --name NAME --role admin --pin PIN");
  }
}
