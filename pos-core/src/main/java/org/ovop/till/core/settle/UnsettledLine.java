package org.ovop.till.core.settle;

import java.time.Instant;
import java.util.List;
import org.ovop.till.core.sale.SaleKind;

/**
 * A sale or refund line of a group's product that no settlement holds yet, with the members its
 * units came from (through the lots the stock ledger consumed or put back).
 *
 * <p>Figures are positive for both kinds; {@code kind} says whether they count for or against the
 * producer. {@code listPrice} is the catalogue's price at the sale; it differs from {@code
 * unitPrice} where a manager set another price at the counter.
 */
public record UnsettledLine(
    String saleLineId,
    String receipt,
    SaleKind kind,
    Instant at,
    String sku,
    String name,
    long quantity,
    long unitPrice,
    long listPrice,
    long amount,
    long producerShare,
    long commission,
    List<MemberUnits> members) {

  /** Units of the line that came from one member's lots; {@code memberId} null for the group. */
  public record MemberUnits(String memberId, long units) {}

  /** The share as it counts toward the payout: negative for a refund. */
  public long signedShare() {
    return kind == SaleKind.SALE ? producerShare : -producerShare;
  }

  public long signedCommission() {
    return kind == SaleKind.SALE ? commission : -commission;
  }
}
