package org.ovop.till.core.catalog;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ovop.till.core.Books;
import org.ovop.till.core.Outcome;
import org.ovop.till.core.Refusal;
import org.ovop.till.core.Refusal.Reason;
import org.ovop.till.core.Transactions;
import org.ovop.till.core.audit.AuditEntry;
import org.ovop.till.core.money.Percent;
import org.ovop.till.core.user.Role;
import org.ovop.till.core.user.User;

/** Producer groups, their members and the products they deliver. Managers keep the catalogue. */
public final class CatalogService {
  private static final String CODE = "[A-Za-z0-9_-]{1,32}";
  private final Transactions tx;
  private final Clock clock;
  private final String till;

  public CatalogService(Transactions tx, Clock clock, String till) {
    this.tx = tx;
    this.clock = clock;
    this.till = till;
  }

  public Outcome<ProducerGroup> addGroup(
      User by, String code, String name, String region, String village, Percent levy) {
    if (!by.role().atLeast(Role.MANAGER)) {
      return Outcome.refused(Reason.NEEDS_ROLE, "manager", by.name(), by.role().code());
    }
    if (code == null || !code.matches(CODE)) {
      return Outcome.refused(Reason.BAD_CODE, code);
    }
    if (name == null || name.isBlank()) {
      return Outcome.refused(Reason.MISSING, "A group name");
    }
    return tx.write(
        books -> {
          if (books.catalog().groupByCode(code).isPresent()) {
            return Outcome.refused(Reason.DUPLICATE_GROUP, code);
          }
          ProducerGroup g =
              new ProducerGroup(
                  UUID.randomUUID().toString(),
                  code,
                  name.strip(),
                  blankToNull(region),
                  blankToNull(village),
                  levy == null ? Percent.ZERO : levy);
          books.catalog().addGroup(g, clock.instant());
          audit(books, by, "GROUP_ADD", code);
          return Outcome.done(g);
        });
  }

  public Outcome<Member> addMember(
      User by, String groupCode, String name, Gender gender, String phone) {
    if (!by.role().atLeast(Role.MANAGER)) {
      return Outcome.refused(Reason.NEEDS_ROLE, "manager", by.name(), by.role().code());
    }
    if (name == null || name.isBlank()) {
      return Outcome.refused(Reason.MISSING, "A member name");
    }
    return tx.write(
        books -> {
          var group = books.catalog().groupByCode(groupCode);
          if (group.isEmpty()) {
            return Outcome.refused(Reason.UNKNOWN_GROUP, groupCode);
          }
          if (books.catalog().member(group.get().id(), name.strip()).isPresent()) {
            return Outcome.refused(Reason.DUPLICATE_MEMBER, groupCode, name.strip());
          }
          Member m =
              new Member(
                  UUID.randomUUID().toString(),
                  group.get().id(),
                  name.strip(),
                  gender,
                  blankToNull(phone));
          books.catalog().addMember(m, clock.instant());
          audit(books, by, "MEMBER_ADD", groupCode + " " + m.name());
          return Outcome.done(m);
        });
  }

  public Outcome<Product> addProduct(User by, NewProduct p) {
    if (!by.role().atLeast(Role.MANAGER)) {
      return Outcome.refused(Reason.NEEDS_ROLE, "manager", by.name(), by.role().code());
    }
    return tx.write(
        books -> {
          Instant now = clock.instant();
          Outcome<Product> added = add(books, p, now, Map.of());
          if (added.isDone()) {
            audit(books, by, "PRODUCT_ADD", p.sku());
          }
          return added;
        });
  }

  /**
   * New terms for a product from now on. Earlier sale lines keep the terms they were sold under, so
   * a change never moves money already owed to a producer; only later sales earn the new terms.
   */
  public Outcome<TermsHistory.Dated> changeTerms(User by, String sku, Terms terms) {
    if (!by.role().atLeast(Role.MANAGER)) {
      return Outcome.refused(Reason.NEEDS_ROLE, "manager", by.name(), by.role().code());
    }
    if (terms == null) {
      return Outcome.refused(Reason.MISSING, "Terms");
    }
    return tx.write(
        books -> {
          var product = books.catalog().productBySku(sku);
          if (product.isEmpty()) {
            return Outcome.refused(Reason.UNKNOWN_PRODUCT, sku);
          }
          TermsHistory.Dated dated = new TermsHistory.Dated(clock.instant(), terms);
          books.catalog().addTerms(product.get().id(), dated);
          audit(books, by, "TERMS_CHANGE", sku);
          return Outcome.done(dated);
        });
  }

  /**
   * Adds every product or none. Each bad row is reported with its line number; rows are checked
   * against the catalogue and against each other (a SKU or barcode twice in one file).
   */
  public Outcome<List<Product>> importProducts(User by, List<ImportRow> rows) {
    if (!by.role().atLeast(Role.MANAGER)) {
      return Outcome.refused(Reason.NEEDS_ROLE, "manager", by.name(), by.role().code());
    }
    return tx.write(
        books -> {
          Instant now = clock.instant();
          List<String> problems = new ArrayList<>();
          List<Product> added = new ArrayList<>();
          Map<String, Integer> seen = new HashMap<>();
          for (ImportRow row : rows) {
            if (row.problem() != null) {
              problems.add("line " + row.lineNo() + ": " + row.problem().message());
              continue;
            }
            Outcome<Product> one = add(books, row.product(), now, seen);
            if (one.isDone()) {
              added.add(one.value());
              seen.put("sku:" + one.value().sku(), row.lineNo());
              seen.put("barcode:" + one.value().barcode(), row.lineNo());
            } else {
              problems.add("line " + row.lineNo() + ": " + one.refusal().message());
            }
          }
          if (!problems.isEmpty()) {
            return Outcome.refused(
                Reason.IMPORT_REJECTED,
                problems.size(),
                String.join(System.lineSeparator(), problems));
          }
          audit(books, by, "PRODUCT_IMPORT", added.size() + " products");
          return Outcome.done(added);
        });
  }

  /** One row of an import file: a parsed product, or the reason it could not be parsed. */
  public record ImportRow(int lineNo, NewProduct product, Refusal problem) {}

  private Outcome<Product> add(
      Books books, NewProduct p, Instant now, Map<String, Integer> inThisFile) {
    if (p.sku() == null || !p.sku().matches(CODE)) {
      return Outcome.refused(Reason.BAD_CODE, p.sku());
    }
    if (p.name() == null || p.name().isBlank()) {
      return Outcome.refused(Reason.MISSING, "A product name");
    }
    var group = books.catalog().groupByCode(p.groupCode());
    if (group.isEmpty()) {
      return Outcome.refused(Reason.UNKNOWN_GROUP, p.groupCode());
    }
    if (books.catalog().productBySku(p.sku()).isPresent()
        || inThisFile.containsKey("sku:" + p.sku())) {
      return Outcome.refused(Reason.DUPLICATE_SKU, p.sku());
    }
    String barcode = p.barcode();
    if (barcode == null || barcode.isBlank()) {
      barcode = nextInStoreBarcode(books);
    } else if (!Barcodes.isUsable(barcode.strip())) {
      return Outcome.refused(Reason.BAD_BARCODE, barcode);
    }
    barcode = barcode.strip();
    var holder = books.catalog().productByBarcode(barcode);
    if (holder.isPresent()) {
      return Outcome.refused(Reason.DUPLICATE_BARCODE, barcode, holder.get().sku());
    }
    if (inThisFile.containsKey("barcode:" + barcode)) {
      return Outcome.refused(
          Reason.DUPLICATE_BARCODE, barcode, "line " + inThisFile.get("barcode:" + barcode));
    }
    Certificate cert =
        p.certifiedUntil() == null && p.certificateNo() == null
            ? null
            : new Certificate(
                p.certificateNo() == null ? "OVOP-" + p.sku() : p.certificateNo(),
                p.certifiedUntil());
    Product product =
        new Product(
            UUID.randomUUID().toString(),
            p.sku(),
            barcode,
            p.name().strip(),
            group.get().id(),
            p.price(),
            p.taxRate() == null ? Percent.ZERO : p.taxRate(),
            cert);
    books.catalog().addProduct(product, now);
    books.catalog().addTerms(product.id(), new TermsHistory.Dated(now, p.terms()));
    return Outcome.done(product);
  }

  private static String nextInStoreBarcode(Books books) {
    while (true) {
      String code = Barcodes.inStoreEan13(books.nextNumber("in-store-ean"));
      if (books.catalog().productByBarcode(code).isEmpty()) {
        return code;
      }
    }
  }

  private void audit(Books books, User by, String action, String subject) {
    books
        .audit()
        .append(AuditEntry.of(clock.instant(), till, by.id(), action, subject, null, null));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
