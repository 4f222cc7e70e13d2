package org.ovop.till.core.settle;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits money between members exactly: proportional parts rounded down, then the minor units left
 * over go one by one to the largest remainders, so the parts always add up to the whole. Used to
 * show each member's share on a statement and to attribute payouts by gender.
 */
public final class Shares {
  /** The key under which money with no named member is kept. */
  public static final String GROUP = "group";

  private Shares() {}

  /** {@code total} split in proportion to {@code weights} (Σ weights > 0); Σ result = total. */
  public static long[] proportionally(long total, long[] weights) {
    BigInteger whole = BigInteger.ZERO;
    for (long w : weights) {
      whole = whole.add(BigInteger.valueOf(w));
    }
    if (whole.signum() <= 0) {
      throw new IllegalArgumentException("weights must add up to more than zero");
    }
    long[] parts = new long[weights.length];
    BigInteger[] remainders = new BigInteger[weights.length];
    long given = 0;
    for (int i = 0; i < weights.length; i++) {
      BigInteger[] qr =
          BigInteger.valueOf(total)
              .multiply(BigInteger.valueOf(weights[i]))
              .divideAndRemainder(whole);
      BigInteger q = qr[0];
      BigInteger r = qr[1];
      if (r.signum() < 0) { // floor, not truncation, so remainders are never negative
        q = q.subtract(BigInteger.ONE);
        r = r.add(whole);
      }
      parts[i] = q.longValueExact();
      remainders[i] = r;
      given += parts[i];
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < weights.length; i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed().thenComparing(i -> i));
    for (int k = 0; given < total; k++) {
      parts[order.get(k % order.size())]++;
      given++;
    }
    return parts;
  }

  /**
   * Each member's net share of the lines (sales less refunds), the units of a line split by the
   * lots they came from; lines or units without a member go to {@link #GROUP}.
   */
  public static Map<String, Long> byMember(List<UnsettledLine> lines) {
    Map<String, Long> net = new LinkedHashMap<>();
    for (UnsettledLine l : lines) {
      split(l.signedShare(), l).forEach((m, v) -> net.merge(m, v, Long::sum));
    }
    return net;
  }

  /** One line's signed share split between the members its units came from. */
  public static Map<String, Long> split(long amount, UnsettledLine line) {
    Map<String, Long> out = new LinkedHashMap<>();
    long attributed = line.members().stream().mapToLong(UnsettledLine.MemberUnits::units).sum();
    List<String> keys = new ArrayList<>();
    List<Long> weights = new ArrayList<>();
    for (UnsettledLine.MemberUnits mu : line.members()) {
      keys.add(mu.memberId() == null ? GROUP : mu.memberId());
      weights.add(mu.units());
    }
    if (attributed < line.quantity()) { // units sold before any delivery: nobody's lot
      keys.add(GROUP);
      weights.add(line.quantity() - attributed);
    }
    long[] w = weights.stream().mapToLong(Long::longValue).toArray();
    long[] parts = amount >= 0 ? proportionally(amount, w) : negate(proportionally(-amount, w));
    for (int i = 0; i < keys.size(); i++) {
      out.merge(keys.get(i), parts[i], Long::sum);
    }
    return out;
  }

  /**
   * A payout attributed to members in proportion to their net shares; when the net shares do not
   * allow it (all zero or negative), to the group.
   */
  public static Map<String, Long> payoutByMember(long payout, Map<String, Long> netShares) {
    List<String> keys = new ArrayList<>();
    List<Long> weights = new ArrayList<>();
    netShares.forEach(
        (k, v) -> {
          if (v > 0) {
            keys.add(k);
            weights.add(v);
          }
        });
    Map<String, Long> out = new LinkedHashMap<>();
    if (keys.isEmpty()) {
      out.put(GROUP, payout);
      return out;
    }
    long[] parts = proportionally(payout, weights.stream().mapToLong(Long::longValue).toArray());
    for (int i = 0; i < keys.size(); i++) {
      out.put(keys.get(i), parts[i]);
    }
    return out;
  }

  private static long[] negate(long[] parts) {
    for (int i = 0; i < parts.length; i++) {
      parts[i] = -parts[i];
    }
    return parts;
  }
}
