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

  static LocalDate day(String text) {
    return text == null ? null : LocalDate.parse(text);
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
