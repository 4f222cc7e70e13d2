package org.ovop.till.app.ui;

import java.util.ArrayList;
import java.util.List;
import org.ovop.till.core.catalog.Product;
import org.ovop.till.core.catalog.Terms;
import org.ovop.till.core.money.Percent;
import org.ovop.till.core.sale.Counter;
import org.ovop.till.core.sale.PricedLine;

/**
 * The sale being rung up, before it is paid: what the customer holds, with quantities and
 * discounts. Pure state, so it is tested without a screen; the counter view only shows it.
 */
public final class Cart {
  /**
   * One product on the counter. {@code price} is a unit price set at the counter instead of the
   * catalogue's (a manager approves it at Pay), or {@code null}.
   */
  public record Line(Product product, long quantity, Percent discount, Long price) {
    public Line(Product product, long quantity, Percent discount) {
      this(product, quantity, discount, null);
    }

    /** What each unit sells at. */
    public long unitPrice() {
      return price == null ? product.price() : price;
    }

    public boolean priceSet() {
      return price != null;
    }

    public long amount() {
      // The producer's terms do not change what the customer pays; any terms price the line.
      return PricedLine.price(unitPrice(), quantity, discount, new Terms.Consignment(Percent.ZERO))
          .amount();
    }
  }

  private final List<Line> lines = new ArrayList<>();

  /** Adds one unit; scanning the same product again adds to its line. */
  public void add(Product product) {
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.product().id().equals(product.id())) {
        lines.set(i, new Line(product, l.quantity() + 1, l.discount(), l.price()));
        return;
      }
    }
    lines.add(new Line(product, 1, Percent.ZERO));
  }

  /** Puts a parked line back. */
  public void restore(Line line) {
    lines.add(line);
  }

  public void setQuantity(int index, long quantity) {
    if (quantity <= 0) {
      lines.remove(index);
    } else {
      Line l = lines.get(index);
      lines.set(index, new Line(l.product(), quantity, l.discount(), l.price()));
    }
  }

  public void setDiscount(int index, Percent discount) {
    Line l = lines.get(index);
    lines.set(index, new Line(l.product(), l.quantity(), discount, l.price()));
  }

  /**
   * Sets the price of each unit of a line; {@code null}, or the catalogue's own price, puts the
   * catalogue's price back (and with it the need for a manager).
   */
  public void setPrice(int index, Long price) {
    Line l = lines.get(index);
    Long set = price == null || price == l.product().price() ? null : price;
    lines.set(index, new Line(l.product(), l.quantity(), l.discount(), set));
  }

  public void remove(int index) {
    lines.remove(index);
  }

  public void clear() {
    lines.clear();
  }

  public List<Line> lines() {
    return List.copyOf(lines);
  }

  public boolean isEmpty() {
    return lines.isEmpty();
  }

  public long total() {
    return lines.stream().mapToLong(Line::amount).sum();
  }

  /** The items as the counter service takes them (by SKU, which is unique). */
  public List<Counter.Item> items() {
    return lines.stream()
        .map(l -> new Counter.Item(l.product().sku(), l.quantity(), l.discount(), l.price()))
        .toList();
  }
}
