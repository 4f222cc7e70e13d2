package org.ovop.till.db.books;

import static org.ovop.till.db.generated.Tables.MEMBER;
import static org.ovop.till.db.generated.Tables.PRODUCER_GROUP;
import static org.ovop.till.db.generated.Tables.PRODUCT;
import static org.ovop.till.db.generated.Tables.PRODUCT_TERMS;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
import org.ovop.till.db.generated.tables.records.ProductRecord;

/** Producer groups, members, products and their effective-dated terms. */
final class JooqCatalog implements Catalog {
  private final DSLContext db;

  JooqCatalog(DSLContext db) {
    this.db = db;
  }

  @Override
  public Optional<ProducerGroup> groupByCode(String code) {
    return db.selectFrom(PRODUCER_GROUP)
        .where(PRODUCER_GROUP.CODE.eq(code))
        .fetchOptional()
        .map(JooqCatalog::group);
  }

  @Override
  public Optional<ProducerGroup> groupById(String id) {
    return db.selectFrom(PRODUCER_GROUP)
        .where(PRODUCER_GROUP.ID.eq(id))
        .fetchOptional()
        .map(JooqCatalog::group);
  }

  @Override
  public List<ProducerGroup> groups() {
    return db.selectFrom(PRODUCER_GROUP).orderBy(PRODUCER_GROUP.CODE).fetch(JooqCatalog::group);
  }

  @Override
  public void addGroup(ProducerGroup g, Instant at) {
    db.insertInto(PRODUCER_GROUP)
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
    return db.selectFrom(MEMBER)
        .where(MEMBER.GROUP_ID.eq(groupId).and(MEMBER.NAME.eq(name)))
        .fetchOptional()
        .map(JooqCatalog::member);
  }

  @Override
  public Optional<Member> memberById(String id) {
    return db.selectFrom(MEMBER).where(MEMBER.ID.eq(id)).fetchOptional().map(JooqCatalog::member);
  }

  @Override
  public List<Member> members(String groupId) {
    return db.selectFrom(MEMBER)
        .where(MEMBER.GROUP_ID.eq(groupId))
        .orderBy(MEMBER.NAME)
        .fetch(JooqCatalog::member);
  }

  @Override
  public void addMember(Member m, Instant at) {
    db.insertInto(MEMBER)
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
    return db.selectFrom(PRODUCT)
        .where(PRODUCT.BARCODE.eq(code).or(PRODUCT.SKU.eq(code)))
        .orderBy(org.jooq.impl.DSL.when(PRODUCT.BARCODE.eq(code), 0).otherwise(1))
        .limit(1)
        .fetchOptional()
        .map(JooqCatalog::product);
  }

  @Override
  public Optional<Product> productBySku(String sku) {
    return db.selectFrom(PRODUCT)
        .where(PRODUCT.SKU.eq(sku))
        .fetchOptional()
        .map(JooqCatalog::product);
  }

  @Override
  public Optional<Product> productByBarcode(String barcode) {
    return db.selectFrom(PRODUCT)
        .where(PRODUCT.BARCODE.eq(barcode))
        .fetchOptional()
        .map(JooqCatalog::product);
  }

  @Override
  public Optional<Product> productById(String id) {
    return db.selectFrom(PRODUCT)
        .where(PRODUCT.ID.eq(id))
        .fetchOptional()
        .map(JooqCatalog::product);
  }

  @Override
  public List<Product> products() {
    return db.selectFrom(PRODUCT).orderBy(PRODUCT.SKU).fetch(JooqCatalog::product);
  }

  @Override
  public void addProduct(Product p, Instant at) {
    Certificate c = p.certificate();
    db.insertInto(PRODUCT)
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
    db.insertInto(PRODUCT_TERMS)
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
        db.selectFrom(PRODUCT_TERMS)
            .where(PRODUCT_TERMS.PRODUCT_ID.eq(productId))
            .orderBy(PRODUCT_TERMS.EFFECTIVE_FROM)
            .fetch(
                r ->
                    new TermsHistory.Dated(
                        Columns.instant(r.getEffectiveFrom()),
                        Columns.terms(r.getKind(), r.getCommissionBp(), r.getBuybackPrice()))));
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

  private static Product product(ProductRecord r) {
    Certificate c =
        r.getCertificateNo() == null && r.getCertifiedUntil() == null
            ? null
            : new Certificate(r.getCertificateNo(), Columns.day(r.getCertifiedUntil()));
    return new Product(
        r.getId(),
        r.getSku(),
        r.getBarcode(),
        r.getName(),
        r.getGroupId(),
        r.getPrice(),
        Columns.percent(r.getTaxRateBp()),
        c);
  }
}
