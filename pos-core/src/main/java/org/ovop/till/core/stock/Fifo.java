package org.ovop.till.core.stock;

import java.util.ArrayList;
import java.util.List;

/**
 * First in, first out: goods leave the shelf from the oldest lot that still has some. The till
 * never refuses an item the customer holds, so what the lots cannot cover is taken from the newest
 * lot, which goes negative and is flagged for the next count.
 */
public final class Fifo {
  private Fifo() {}

  /**
   * Splits a positive quantity over lots given oldest first.
   *
   * @return allocations whose quantities sum to {@code quantity}
   */
  public static List<Allocation> take(List<LotBalance> oldestFirst, long quantity) {
    if (quantity <= 0) {
      throw new IllegalArgumentException("quantity must be positive: " + quantity);
    }
    List<Allocation> taken = new ArrayList<>();
    long left = quantity;
    for (LotBalance b : oldestFirst) {
      if (left == 0) {
        break;
      }
      long take = Math.min(left, Math.max(0, b.onHand()));
      if (take > 0) {
        taken.add(new Allocation(b.lot().id(), take));
        left -= take;
      }
    }
    if (left > 0) {
      String newest =
          oldestFirst.isEmpty() ? null : oldestFirst.get(oldestFirst.size() - 1).lot().id();
      merge(taken, newest, left);
    }
    return List.copyOf(taken);
  }

  /**
   * Puts a positive quantity back (a count found more than expected): first fills lots that went
   * negative, oldest first, then adds the rest to the newest lot.
   */
  public static List<Allocation> putBack(List<LotBalance> oldestFirst, long quantity) {
    if (quantity <= 0) {
      throw new IllegalArgumentException("quantity must be positive: " + quantity);
    }
    List<Allocation> put = new ArrayList<>();
    long left = quantity;
    for (LotBalance b : oldestFirst) {
      if (left == 0) {
        break;
      }
      if (b.onHand() < 0) {
        long fill = Math.min(left, -b.onHand());
        put.add(new Allocation(b.lot().id(), fill));
        left -= fill;
      }
    }
    if (left > 0) {
      String newest =
          oldestFirst.isEmpty() ? null : oldestFirst.get(oldestFirst.size() - 1).lot().id();
      merge(put, newest, left);
    }
    return List.copyOf(put);
  }

  private static void merge(List<Allocation> list, String lotId, long quantity) {
    for (int i = 0; i < list.size(); i++) {
      if (java.util.Objects.equals(list.get(i).lotId(), lotId)) {
        list.set(i, new Allocation(lotId, list.get(i).quantity() + quantity));
        return;
      }
    }
    list.add(new Allocation(lotId, quantity));
  }
}
