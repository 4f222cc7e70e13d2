package org.ovop.till.db.books;

import static org.ovop.till.db.generated.Tables.MEMBER;
import static org.ovop.till.db.generated.Tables.PRODUCER_GROUP;
import static org.ovop.till.db.generated.Tables.PRODUCT;
import static org.ovop.till.db.generated.Tables.PRODUCT_TERMS;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.ovop.till.core.catalog.Catalog;
import org.ovop.till.core.catalog.Certificate;
import org.ovop.till.core.catalog.Gender;
import org.ovop.till.core.catalog.Member;
import org.ovop.till.core.catalog.ProducerGroup;
import org.ovop.till.core.catalog.Product;
import org.ovop.till.core.catalog.TermsHistory;
import org.ovop.till.db.generated.tables.records.MemberRecord;
import org.ovop.till.db.generated.tables.records.ProducerGroupRecord;

/** Producer groups, members, products and their effective-dated terms. */
final class JooqCatalog implements Catalog {
  /** What a {@link Product} is made of, in the order {@link #product(ResultSet)} reads it. */
  private static final String SELECT_PRODUCT =
      "SELECT id, sku, barcode, name, group_id, price, tax_rate_bp, certificate_no,"
          + " certified_until FROM product";

  private final Supplier<DSLContext> jooq;
  private final Statements statements;

  JooqCatalog(Supplier<DSLContext> jooq, Statements statements) {
    this.jooq = jooq;
    this.statements = statements;
  }

  private DSLContext db() {
    return jooq.get();
  }

  @Override
  public Optional<ProducerGroup> groupByCode(String code) {
    return db().selectFrom(PRODUCER_GROUP)
        .where(PRODUCER_GROUP.CODE.eq(code))
        .fetchOptional()
        .map(JooqCatalog::group);
  }

  @Override
  public Optional<ProducerGroup> groupById(String id) {
    return db().selectFrom(PRODUCER_GROUP)
        .where(PRODUCER_GROUP.ID.eq(id))
        .fetchOptional()
        .map(JooqCatalog::group);
  }

  @Override
  public List<ProducerGroup> groups() {
    return db().selectFrom(PRODUCER_GROUP).orderBy(PRODUCER_GROUP.CODE).fetch(JooqCatalog::group);
  }

  @Override
  public void addGroup(ProducerGroup g, Instant at) {
    db().insertInto(PRODUCER_GROUP)
        .set(PRODUCER_GROUP.ID, g.id())
        .set(PRODUCER_GROUP.CODE, g.code())
        .set(PRODUCER_GROUP.NAME, g.name())
        .set(PRODUCER_GROUP.REGION, g.region())
        .set(PRODUCER_GROUP.VILLAGE, g.village())
        .set(PRODUCER_GROUP.LEVY_BP, g.levy().basisPoints())
        .set(PRODUCER_GROUP.CREATED_AT, Columns.millis(at))
        .execute();
  }

  @Override
  public Optional<Member> member(String groupId, String name) {
    return db().selectFrom(MEMBER)
        .where(MEMBER.GROUP_ID.eq(groupId).and(MEMBER.NAME.eq(name)))
        .fetchOptional()
        .map(JooqCatalog::member);
  }

  @Override
  public Optional<Member> memberById(String id) {
    return db().selectFrom(MEMBER).where(MEMBER.ID.eq(id)).fetchOptional().map(JooqCatalog::member);
  }

  @Override
  public List<Member> members(String groupId) {
    return db().selectFrom(MEMBER)
        .where(MEMBER.GROUP_ID.eq(groupId))
        .orderBy(MEMBER.NAME)
        .fetch(JooqCatalog::member);
  }

  @Override
  public void addMember(Member m, Instant at) {
    db().insertInto(MEMBER)
        .set(MEMBER.ID, m.id())
        .set(MEMBER.GROUP_ID, m.groupId())
        .set(MEMBER.NAME, m.name())
        .set(MEMBER.GENDER, m.gender().name())
        .set(MEMBER.PHONE, m.phone())
        .set(MEMBER.CREATED_AT, Columns.millis(at))
        .execute();
  }

  @Override
  public Optional<Product> productByCode(String code) {
    // One query for what a scanner or a person typed; a barcode match wins over a SKU match.
    return statements.first(
        SELECT_PRODUCT
            + " WHERE barcode = ? OR sku = ? ORDER BY CASE WHEN barcode = ? THEN 0 ELSE 1 END"
            + " LIMIT 1",
        JooqCatalog::product,
        code,
        code,
        code);
  }

  /** The product and its terms in one statement, for each line of a sale. */
  @Override
  public Optional<ForSale> forSale(String code) {
    Product[] found = {null};
    List<TermsHistory.Dated> terms =
        statements.all(
            "SELECT p.id, p.sku, p.barcode, p.name, p.group_id, p.price, p.tax_rate_bp,"
                + " p.certificate_no, p.certified_until, t.effective_from, t.kind,"
                + " t.commission_bp, t.buyback_price FROM product p"
                + " LEFT JOIN product_terms t ON t.product_id = p.id"
                + " WHERE p.id = (SELECT id FROM product WHERE barcode = ? OR sku = ?"
                + " ORDER BY CASE WHEN barcode = ? THEN 0 ELSE 1 END LIMIT 1)"
                + " ORDER BY t.effective_from",
            r -> {
              if (found[0] == null) {
                found[0] = product(r);
              }
              long from = r.getLong(10);
              return r.wasNull()
                  ? null
                  : new TermsHistory.Dated(
                      Instant.ofEpochMilli(from),
                      Columns.terms(r.getString(11), r.getInt(12), r.getLong(13)));
            },
            code,
            code,
            code);
    if (found[0] == null) {
      return Optional.empty();
    }
    return Optional.of(
        new ForSale(
            found[0],
            new TermsHistory(terms.stream().filter(java.util.Objects::nonNull).toList())));
  }

  @Override
  public Optional<Product> productBySku(String sku) {
    return statements.first(SELECT_PRODUCT + " WHERE sku = ?", JooqCatalog::product, sku);
  }

  @Override
  public Optional<Product> productByBarcode(String barcode) {
    return statements.first(SELECT_PRODUCT + " WHERE barcode = ?", JooqCatalog::product, barcode);
  }

  @Override
  public Optional<Product> productById(String id) {
    return statements.first(SELECT_PRODUCT + " WHERE id = ?", JooqCatalog::product, id);
  }

  @Override
  public List<Product> products() {
    return statements.all(SELECT_PRODUCT + " ORDER BY sku", JooqCatalog::product);
  }

  @Override
  public List<Product> firstProducts(int count) {
    return statements.all(SELECT_PRODUCT + " ORDER BY sku LIMIT ?", JooqCatalog::product, count);
  }

  @Override
  public List<Product> bestSellers(int count, Instant since) {
    // The sales since then by their time's index, their lines by the receipt's: a month of sales,
    // not the whole ledger.
    return statements.all(
        "SELECT p.id, p.sku, p.barcode, p.name, p.group_id, p.price, p.tax_rate_bp,"
            + " p.certificate_no, p.certified_until FROM product p JOIN (SELECT l.product_id,"
            + " SUM(l.quantity) AS sold FROM sale s JOIN sale_line l ON l.sale_number = s.number"
            + " WHERE s.kind = 'SALE' AND s.at >= ? GROUP BY l.product_id) t ON t.product_id ="
            + " p.id ORDER BY t.sold DESC, p.sku LIMIT ?",
        JooqCatalog::product,
        Columns.millis(since),
        count);
  }

  @Override
  public void addProduct(Product p, Instant at) {
    Certificate c = p.certificate();
    db().insertInto(PRODUCT)
        .set(PRODUCT.ID, p.id())
        .set(PRODUCT.SKU, p.sku())
        .set(PRODUCT.BARCODE, p.barcode())
        .set(PRODUCT.NAME, p.name())
        .set(PRODUCT.GROUP_ID, p.groupId())
        .set(PRODUCT.PRICE, p.price())
        .set(PRODUCT.TAX_RATE_BP, p.taxRate().basisPoints())
        .set(PRODUCT.CERTIFICATE_NO, c == null ? null : c.number())
        .set(PRODUCT.CERTIFIED_UNTIL, c == null ? null : Columns.day(c.validUntil()))
        .set(PRODUCT.CREATED_AT, Columns.millis(at))
        .execute();
  }

  @Override
  public void addTerms(String productId, TermsHistory.Dated dated) {
    db().insertInto(PRODUCT_TERMS)
        .set(PRODUCT_TERMS.ID, UUID.randomUUID().toString())
        .set(PRODUCT_TERMS.PRODUCT_ID, productId)
        .set(PRODUCT_TERMS.EFFECTIVE_FROM, Columns.millis(dated.effectiveFrom()))
        .set(PRODUCT_TERMS.KIND, Columns.termsKind(dated.terms()))
        .set(PRODUCT_TERMS.COMMISSION_BP, Columns.termsRate(dated.terms()))
        .set(PRODUCT_TERMS.BUYBACK_PRICE, Columns.termsPrice(dated.terms()))
        .execute();
  }

  @Override
  public TermsHistory terms(String productId) {
    return new TermsHistory(
        statements.all(
            "SELECT effective_from, kind, commission_bp, buyback_price FROM product_terms"
                + " WHERE product_id = ? ORDER BY effective_from",
            r ->
                new TermsHistory.Dated(
                    Instant.ofEpochMilli(r.getLong(1)),
                    Columns.terms(r.getString(2), r.getInt(3), r.getLong(4))),
            productId));
  }

  private static ProducerGroup group(ProducerGroupRecord r) {
    return new ProducerGroup(
        r.getId(),
        r.getCode(),
        r.getName(),
        r.getRegion(),
        r.getVillage(),
        Columns.percent(r.getLevyBp()));
  }

  private static Member member(MemberRecord r) {
    return new Member(
        r.getId(), r.getGroupId(), r.getName(), Gender.valueOf(r.getGender()), r.getPhone());
  }

  private static Product product(ResultSet r) throws SQLException {
    String certificateNo = r.getString(8);
    String certifiedUntil = r.getString(9);
    Certificate c =
        certificateNo == null && certifiedUntil == null
            ? null
            : new Certificate(certificateNo, Columns.day(certifiedUntil));
    return new Product(
        r.getString(1),
        r.getString(2),
        r.getString(3),
        r.getString(4),
        r.getString(5),
        r.getLong(6),
        Columns.percent(r.getInt(7)),
        c);
  }
}
