package org.ovop.till.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/**
 * An amount in a currency's minor unit (ISO 4217 digits as {@link Currency} gives them: KGS 2, XOF
 * 0). The domain's records hold plain {@code long} minor units because a store has one currency;
 * this value is where amounts are read from people and written back for them.
 */
public record Money(long minor, Currency currency) implements Comparable<Money> {

  public static Money of(long minor, Currency currency) {
    return new Money(minor, currency);
  }

  /** Digits after the separator for this currency (0 for XOF and JPY). */
  public static int digits(Currency currency) {
    return Math.max(0, currency.getDefaultFractionDigits());
  }

  /**
   * Reads a decimal in major units ("450", "450.5", "450.50", "-12.30"). Empty when the text is not
   * a number, has more decimals than the currency has, or does not fit.
   */
  public static Optional<Money> parse(String text, Currency currency) {
    if (text == null || !text.strip().matches("-?\\d{1,15}(\\.\\d+)?")) {
      return Optional.empty();
    }
    BigDecimal major = new BigDecimal(text.strip());
    // "10.0" yen or "450.500" som have more decimals than the currency, even if they are zeros:
    // refuse what was typed rather than guess what was meant.
    if (major.scale() > digits(currency)) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new Money(major.movePointRight(digits(currency)).longValueExact(), currency));
    } catch (ArithmeticException tooBig) {
      return Optional.empty();
    }
  }

  /**
   * Reads an amount as a person types it on a screen in this locale: with the locale's decimal sign
   * ("450,50" in Russian and French), digits grouped by threes with the locale's grouping sign or a
   * space ("2 450,00", "2,450.00"), an optional currency code after it as the screens write amounts
   * ("2 450,00 KGS"), and {@link #parse}'s plain form wherever '.' is not the locale's grouping
   * sign. Empty as {@link #parse} is, and when the grouping is not by threes ("1,5" in English is
   * not one and a half, nor fifteen: it is refused).
   */
  public static Optional<Money> parseTyped(String text, Currency currency, Locale locale) {
    if (text == null) {
      return Optional.empty();
    }
    String s = text.strip();
    String code = currency.getCurrencyCode();
    if (s.length() > code.length() && s.toUpperCase(Locale.ROOT).endsWith(code)) {
      s = s.substring(0, s.length() - code.length()).strip();
    }
    var signs = java.text.DecimalFormatSymbols.getInstance(locale);
    char decimal = signs.getDecimalSeparator();
    char grouping = signs.getGroupingSeparator();
    boolean spaceGroups = Character.isSpaceChar(grouping);
    StringBuilder marked = new StringBuilder(s.length());
    for (char ch : s.toCharArray()) {
      if (ch == decimal || (ch == '.' && grouping != '.')) {
        marked.append('D');
      } else if (ch == grouping || (spaceGroups && Character.isSpaceChar(ch))) {
        marked.append('G');
      } else {
        marked.append(ch);
      }
    }
    if (!marked.toString().matches("-?(\\d{1,3}(G\\d{3})+|\\d+)(D\\d+)?")) {
      return Optional.empty();
    }
    return parse(marked.toString().replace("G", "").replace('D', '.'), currency);
  }

  /** Major units with exactly the currency's digits and '.' ("1350.00", "1500"): JSON and CSV. */
  public String toPlainString() {
    int digits = digits(currency);
    if (digits == 0) {
      return Long.toString(minor);
    }
    if (minor == Long.MIN_VALUE) { // no positive long to take the digits of
      return BigDecimal.valueOf(minor, digits).toPlainString();
    }
    // Receipts write dozens of amounts: plain long arithmetic, the same text as BigDecimal gives.
    String units = Long.toString(Math.abs(minor));
    StringBuilder s = new StringBuilder(units.length() + digits + 3);
    if (minor < 0) {
      s.append('-');
    }
    int whole = units.length() - digits;
    if (whole > 0) {
      s.append(units, 0, whole).append('.').append(units, whole, units.length());
    } else {
      s.append("0.");
      s.append("0".repeat(-whole));
      s.append(units);
    }
    return s.toString();
  }

  /** For people: grouped digits in the locale's style, with the currency's code. */
  public String format(Locale locale) {
    return figure(locale) + " " + currency.getCurrencyCode();
  }

  /**
   * The figure alone, as {@link #format} writes it ("2 450,00" in Russian): what a field holds for
   * a person to read and change, since {@link #parseTyped} reads it back.
   */
  public String figure(Locale locale) {
    NumberFormat nf = NumberFormat.getNumberInstance(locale);
    nf.setMinimumFractionDigits(digits(currency));
    nf.setMaximumFractionDigits(digits(currency));
    nf.setRoundingMode(RoundingMode.UNNECESSARY);
    return nf.format(BigDecimal.valueOf(minor, digits(currency)));
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(Math.addExact(minor, other.minor), currency);
  }

  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(Math.subtractExact(minor, other.minor), currency);
  }

  public Money negated() {
    return new Money(Math.negateExact(minor), currency);
  }

  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return Long.compare(minor, other.minor);
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "a store keeps one currency: " + currency + " and " + other.currency);
    }
  }

  @Override
  public String toString() {
    return toPlainString() + " " + currency.getCurrencyCode();
  }
}
