package org.ovop.till.db.books;

import java.time.Instant;
import java.time.LocalDate;
import org.ovop.till.core.catalog.Terms;
import org.ovop.till.core.money.Percent;

/**
 * How the shop's values sit in columns: instants as epoch milliseconds, days as ISO text,
 * percentages as basis points, terms as kind + rate + price. One place, so both dialects agree.
 */
final class Columns {
  private Columns() {}

  static Long millis(Instant at) {
    return at == null ? null : at.toEpochMilli();
  }

  static Instant instant(Long millis) {
    return millis == null ? null : Instant.ofEpochMilli(millis);
  }

  static String day(LocalDate day) {
    return day == null ? null : day.toString();
  }

  /**
   * Reads a stored 'YYYY-MM-DD' directly: every scanned product carries its certificate's day, and
   * the general ISO parser cost as much as the index lookup. Anything else goes to that parser.
   */
  static LocalDate day(String text) {
    if (text == null) {
      return null;
    }
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        return LocalDate.of(year, month, day);
      }
    }
    return LocalDate.parse(text);
  }

  /** The number written by text[from, to) in ASCII digits, or -1 if any is not one. */
  private static int digits(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  static Percent percent(Integer bp) {
    return new Percent(bp == null ? 0 : bp);
  }

  static String termsKind(Terms terms) {
    return terms instanceof Terms.Consignment ? "consignment" : "buyback";
  }

  static int termsRate(Terms terms) {
    return terms instanceof Terms.Consignment c ? c.commission().basisPoints() : 0;
  }

  static long termsPrice(Terms terms) {
    return terms instanceof Terms.Buyback b ? b.pricePerUnit() : 0;
  }

  static Terms terms(String kind, Integer rateBp, Long price) {
    return "consignment".equals(kind)
        ? new Terms.Consignment(percent(rateBp))
        : new Terms.Buyback(price == null ? 0 : price);
  }
}
