package org.ovop.till.core.catalog;

import java.util.Currency;
import java.util.Optional;
import org.ovop.till.core.money.Money;
import org.ovop.till.core.money.Percent;

/** What a producer earns when a unit sells. */
public sealed interface Terms {

  /** The store keeps a commission of the net line amount; the producer gets the rest. */
  record Consignment(Percent commission) implements Terms {
    @Override
    public Split split(long amount, long quantity) {
      long commissionAmount = commission.of(amount);
      return new Split(amount - commissionAmount, commissionAmount);
    }

    @Override
    public String describe(Currency currency) {
      return "consignment:" + commission;
    }
  }

  /**
   * The store pays a fixed price per unit sold, whatever the discount: the store absorbs discounts,
   * so its commission may be negative.
   */
  record Buyback(long pricePerUnit) implements Terms {
    @Override
    public Split split(long amount, long quantity) {
      long share = Math.multiplyExact(pricePerUnit, quantity);
      return new Split(share, amount - share);
    }

    @Override
    public String describe(Currency currency) {
      return "buyback:" + Money.of(pricePerUnit, currency).toPlainString();
    }
  }

  /** A line amount divided between producer and store; share + commission = amount, exactly. */
  record Split(long producerShare, long commission) {}

  Split split(long amount, long quantity);

  /**
   * As written on the command line and in CSV: {@code consignment:25} or {@code buyback:350.00}.
   */
  String describe(Currency currency);

  /** Reads {@code consignment:PCT} or {@code buyback:AMOUNT}; empty when it is neither. */
  static Optional<Terms> parse(String text, Currency currency) {
    if (text == null) {
      return Optional.empty();
    }
    String[] parts = text.strip().split(":", -1);
    if (parts.length != 2) {
      return Optional.empty();
    }
    return switch (parts[0].strip().toLowerCase(java.util.Locale.ROOT)) {
      case "consignment" -> Percent.parse(parts[1]).map(Consignment::new);
      case "buyback" ->
          Money.parse(parts[1], currency)
              .filter(m -> m.minor() >= 0)
              .map(m -> new Buyback(m.minor()));
      default -> Optional.empty();
    };
  }
}
