package org.ovop.till.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ovop.till.core.catalog.Product;
import org.ovop.till.core.money.Percent;
import org.ovop.till.core.sale.Counter;

/** The sale being rung up, without a screen. */
class CartTest {
  private static final Product OIL = product("p1", "SBT-050", 450_00);
  private static final Product JAM = product("p2", "JAM-330", 320_00);

  @Test
  void scanningTheSameProductAgainAddsToItsLine() {
    Cart cart = new Cart();
    cart.add(OIL);
    cart.add(JAM);
    cart.add(OIL);
    assertThat(cart.lines()).extracting(Cart.Line::quantity).containsExactly(2L, 1L);
    assertThat(cart.total()).isEqualTo(2 * 450_00 + 320_00);
  }

  @Test
  void aDiscountIsRoundedHalfUpOnTheLineAsTheReceiptWillBe() {
    Cart cart = new Cart();
    cart.add(product("p3", "HONEY", 333_33));
    cart.setQuantity(0, 3);
    cart.setDiscount(0, Percent.parse("7.5").orElseThrow());
    // gross 999.99, discount 7.5 % = 74.99925 -> 75.00, amount 924.99
    assertThat(cart.total()).isEqualTo(999_99 - 75_00);
  }

  @Test
  void aPriceSetOnALineStaysThroughScansAndQuantitiesAndTheCataloguesOwnClearsIt() {
    Cart cart = new Cart();
    cart.add(OIL);
    cart.setPrice(0, 400_00L);
    cart.add(OIL); // a second bottle scanned: same line, same price
    cart.setDiscount(0, Percent.parse("10").orElseThrow());
    assertThat(cart.total()).isEqualTo(720_00); // 2 × 400.00 less 10 %
    assertThat(cart.items()).extracting(Counter.Item::price).containsExactly(400_00L);
    cart.setQuantity(0, 3);
    assertThat(cart.lines().get(0).priceSet()).isTrue();
    // Typing the catalogue's price again is no price of the counter's: no manager is asked.
    cart.setPrice(0, 450_00L);
    assertThat(cart.lines().get(0).priceSet()).isFalse();
    assertThat(cart.items()).extracting(Counter.Item::price).containsOnlyNulls();
    cart.setPrice(0, 400_00L);
    cart.setPrice(0, null);
    assertThat(cart.total()).isEqualTo(1_215_00); // 3 × 450.00 less 10 %
  }

  @Test
  void aQuantityOfZeroOrLessTakesTheLineOff() {
    Cart cart = new Cart();
    cart.add(OIL);
    cart.add(JAM);
    cart.setQuantity(0, 0);
    assertThat(cart.lines()).extracting(l -> l.product().sku()).containsExactly("JAM-330");
    cart.setQuantity(0, -4);
    assertThat(cart.isEmpty()).isTrue();
    assertThat(cart.total()).isZero();
  }

  @Test
  void theCounterServiceGetsEveryLineBySku() {
    Cart cart = new Cart();
    cart.add(OIL);
    cart.add(JAM);
    cart.setDiscount(1, Percent.parse("5").orElseThrow());
    assertThat(cart.items())
        .containsExactly(
            new Counter.Item("SBT-050", 1, Percent.ZERO),
            new Counter.Item("JAM-330", 1, Percent.parse("5").orElseThrow()));
  }

  @Test
  void aParkedLineComesBackAsItWas() {
    Cart cart = new Cart();
    cart.add(OIL);
    cart.setQuantity(0, 4);
    Cart.Line parked = cart.lines().get(0);
    cart.clear();
    assertThat(cart.isEmpty()).isTrue();
    cart.restore(parked);
    assertThat(cart.lines()).containsExactly(parked);
    assertThat(cart.total()).isEqualTo(4 * 450_00);
  }

  private static Product product(String id, String sku, long price) {
    return new Product(id, sku, "2000000000015", sku, "g", price, Percent.ZERO, null);
  }
}
