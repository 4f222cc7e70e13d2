package org.ovop.till.core.sale;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: sales and refunds, stored once and never changed. */
public interface SalesBook {
  /** The highest sequence number used on the till, 0 when none. */
  long lastSeq(String till);

  void save(Sale sale);

  Optional<Sale> byNumber(String number);

  /** Units of a sale line refunded so far. */
  long refundedQuantity(String saleLineId);

  /** Refund lines made against a sale line, oldest first. */
  List<SaleLine> refundsOf(String saleLineId);

  /** The refunds made against a sale, oldest first. */
  List<Sale> refundsOfSale(String saleNumber);

  List<Sale> ofShift(String shiftId);

  /** Sales and refunds with {@code from ≤ at < to}, in order. */
  List<Sale> between(Instant from, Instant to);
}
