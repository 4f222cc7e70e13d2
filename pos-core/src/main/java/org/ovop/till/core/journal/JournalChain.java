package org.ovop.till.core.journal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.StringJoiner;
import org.ovop.till.core.catalog.Terms;
import org.ovop.till.core.sale.Sale;
import org.ovop.till.core.sale.SaleLine;
import org.ovop.till.core.sale.Tender;

/**
 * The tamper-evident chain: each entry stores the SHA-256 of a document's canonical content and
 * {@code hash = SHA-256(prev_hash "|" content_hash)}. Editing any stored figure of a document, or
 * removing or reordering an entry, breaks the chain from there on; {@code verify} recomputes it.
 */
public final class JournalChain {
  /** The previous hash of the first entry. */
  public static final String GENESIS = "0".repeat(64);

  private JournalChain() {}

  /** Appends the next link for a document and returns it. */
  public static JournalEntry append(
      Journal journal, String kind, String document, String contentHash, Instant at) {
    var last = journal.last();
    String prev = last.map(JournalEntry::hash).orElse(GENESIS);
    long seq = last.map(e -> e.seq() + 1).orElse(1L);
    JournalEntry entry =
        new JournalEntry(seq, at, kind, document, contentHash, prev, link(prev, contentHash));
    journal.append(entry);
    return entry;
  }

  public static String link(String prevHash, String contentHash) {
    return sha256(prevHash + "|" + contentHash);
  }

  /** Canonical text of a sale or refund: every figure that money and stock depend on. */
  public static String canonical(Sale s) {
    StringJoiner j = new StringJoiner("\n");
    j.add(
        String.join(
            "|",
            s.kind().name(),
            s.number(),
            s.till(),
            Long.toString(s.seq()),
            nz(s.refundOf()),
            Long.toString(s.at().toEpochMilli()),
            s.shiftId(),
            s.cashierId(),
            nz(s.approvedBy()),
            Long.toString(s.total()),
            Long.toString(s.due()),
            Long.toString(s.paid()),
            Long.toString(s.change()),
            Long.toString(s.rounding())));
    for (SaleLine l : s.lines()) {
      j.add(
          String.join(
                  "|",
                  "L",
                  Integer.toString(l.lineNo()),
                  l.id(),
                  l.productId(),
                  l.groupId(),
                  l.sku(),
                  Long.toString(l.quantity()),
                  Long.toString(l.unitPrice()),
                  Integer.toString(l.discountRate().basisPoints()),
                  Long.toString(l.gross()),
                  Long.toString(l.discount()),
                  Long.toString(l.amount()),
                  Integer.toString(l.taxRate().basisPoints()),
                  terms(l.terms()),
                  Long.toString(l.producerShare()),
                  Long.toString(l.commission()),
                  nz(l.refundOfLine()))
              + listPrice(l));
    }
    for (Tender t : s.tenders()) {
      // The service is added only where one was recorded, so that every tender written before
      // services were hashes as it did then and the chain of an older store still verifies.
      j.add(
          String.join("|", "T", t.method().code(), Long.toString(t.amount()), nz(t.reference()))
              + (t.service() == null ? "" : "|" + t.service()));
    }
    return j.toString();
  }

  /**
   * Canonical text of a payout: which settlement, how much, how, when and by whom. The wallet is
   * added only where one was recorded, as for tenders, so every older payout hashes as it did.
   */
  public static String canonical(org.ovop.till.core.settle.Payout p) {
    return String.join(
            "|",
            "PAYOUT",
            p.settlementId(),
            Long.toString(p.at().toEpochMilli()),
            p.method().code(),
            nz(p.reference()),
            Long.toString(p.amount()),
            p.paidBy(),
            nz(p.shiftId()))
        + (p.service() == null ? "" : "|" + p.service());
  }

  public static String contentHash(org.ovop.till.core.settle.Payout p) {
    return sha256(canonical(p));
  }

  public static String contentHash(Sale s) {
    return sha256(canonical(s));
  }

  private static String terms(Terms t) {
    if (t instanceof Terms.Consignment c) {
      return "consignment:" + c.commission().basisPoints();
    }
    return "buyback:" + ((Terms.Buyback) t).pricePerUnit();
  }

  /**
   * The catalogue's price, only where a manager set another: lines sold at their price keep the
   * canonical text (and so the hashes) they had before prices could be set at the counter.
   */
  private static String listPrice(SaleLine l) {
    return l.priceOverridden() ? "|P" + l.listPrice() : "";
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  public static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
