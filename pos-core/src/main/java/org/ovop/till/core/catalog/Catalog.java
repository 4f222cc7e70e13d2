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

  /** The first products in SKU order, at most {@code count}: the counter's quick keys. */
  List<Product> firstProducts(int count);

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
