package org.ovop.till.core.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: producer groups, members, products and their terms. */
public interface Catalog {
  Optional<ProducerGroup> groupByCode(String code);

  Optional<ProducerGroup> groupById(String id);

  List<ProducerGroup> groups();

  void addGroup(ProducerGroup group, Instant at);

  Optional<Member> member(String groupId, String name);

  Optional<Member> memberById(String id);

  List<Member> members(String groupId);

  void addMember(Member member, Instant at);

  /** A product by barcode first, then by SKU: what a scanner or a person typed. */
  Optional<Product> productByCode(String code);

  Optional<Product> productBySku(String sku);

  Optional<Product> productByBarcode(String barcode);

  Optional<Product> productById(String id);

  List<Product> products();

  /** The first products in SKU order, at most {@code count}. */
  List<Product> firstProducts(int count);

  /**
   * The products sold most since a moment, most first (units on sales; refunds do not count), at
   * most {@code count}.
   */
  List<Product> bestSellers(int count, Instant since);

  /**
   * The counter's quick keys: what has sold most lately, so the cashier finds the shop's everyday
   * goods under her finger, then the rest in SKU order, at most {@code count}. A new shop, with no
   * sales yet, gets the first products by SKU.
   */
  default List<Product> quickKeys(int count, Instant since) {
    List<Product> keys = new java.util.ArrayList<>(bestSellers(count, since));
    java.util.Set<String> taken = new java.util.HashSet<>();
    keys.forEach(p -> taken.add(p.id()));
    for (Product p : firstProducts(2 * count)) {
      if (keys.size() >= count) {
        break;
      }
      if (taken.add(p.id())) {
        keys.add(p);
      }
    }
    return keys;
  }

  void addProduct(Product product, Instant at);

  void addTerms(String productId, TermsHistory.Dated terms);

  TermsHistory terms(String productId);

  /** A product as a sale line needs it: the product and its terms over time. */
  record ForSale(Product product, TermsHistory terms) {}

  /**
   * The product a scanned or typed code names (as {@link #productByCode}) with its terms; a book
   * may read both in one go, since the counter needs both for every line.
   */
  default Optional<ForSale> forSale(String code) {
    return productByCode(code).map(p -> new ForSale(p, terms(p.id())));
  }
}
