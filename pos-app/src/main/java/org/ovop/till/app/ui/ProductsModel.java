package org.ovop.till.app.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.ovop.till.app.TillServices;
import org.ovop.till.core.Outcome;
import org.ovop.till.core.catalog.NewProduct;
import org.ovop.till.core.catalog.Product;
import org.ovop.till.core.catalog.Terms;
import org.ovop.till.core.catalog.TermsHistory;
import org.ovop.till.core.money.Money;
import org.ovop.till.core.money.Percent;
import org.ovop.till.core.store.StoreProfile;
import org.ovop.till.core.user.User;
import org.ovop.till.printing.escpos.EscPosEncoder;
import org.ovop.till.printing.escpos.PrinterProfile;
import org.ovop.till.printing.labels.LabelSheet;
import org.ovop.till.printing.layout.Layouts;
import org.ovop.till.printing.queue.PrintQueue;

/**
 * The product list with its terms and certificates, adding a product as {@code till product add}
 * does, new terms from today, and price labels as {@code till labels} makes them.
 */
final class ProductsModel {
  /** As {@code till labels}: more at once is a typing slip, not a delivery. */
  static final int MOST_COPIES = 1000;

  /** How the producer is paid, as chosen in the form. */
  enum TermsKind {
    CONSIGNMENT,
    BUYBACK
  }

  /** A product as the table shows it, with its group's code and the terms in force today. */
  record Row(Product product, String group, Terms terms) {}

  /** Where a sheet of labels went: the PDF beside the database, the printer's job, or both. */
  record Printed(int labels, Path pdf, String job) {}

  private final TillServices services;
  private final Texts texts;
  private final StoreProfile store;
  private final Supplier<User> manager;
  private final PrintQueue printer;
  private final PrinterProfile profile;

  ProductsModel(
      TillServices services,
      Texts texts,
      StoreProfile store,
      Supplier<User> manager,
      PrintQueue printer,
      PrinterProfile profile) {
    this.services = services;
    this.texts = texts;
    this.store = store;
    this.manager = manager;
    this.printer = printer;
    this.profile = profile;
  }

  /** Every product with its group and today's terms, read in one go. */
  List<Row> rows() {
    var now = services.clock().instant();
    return services
        .database()
        .read(
            b -> {
              Map<String, String> codes = new HashMap<>();
              b.catalog().groups().forEach(g -> codes.put(g.id(), g.code()));
              List<Row> rows = new ArrayList<>();
              for (Product p : b.catalog().products()) {
                Terms t = b.catalog().terms(p.id()).at(now).orElse(null);
                rows.add(new Row(p, codes.get(p.groupId()), t));
              }
              rows.sort(java.util.Comparator.comparing((Row r) -> r.product().sku()));
              return rows;
            });
  }

  /** The rows whose SKU, name, barcode or group contain what was typed, in any case. */
  static List<Row> search(List<Row> rows, String typed) {
    if (typed == null || typed.isBlank()) {
      return rows;
    }
    String q = typed.strip().toLowerCase(Locale.ROOT);
    return rows.stream()
        .filter(
            r ->
                (r.product().sku() + "\n" + r.product().name() + "\n" + r.product().barcode())
                        .toLowerCase(Locale.ROOT)
                        .contains(q)
                    || (r.group() != null && r.group().toLowerCase(Locale.ROOT).contains(q)))
        .toList();
  }

  /**
   * The price as the screen writes amounts, "1 350,00" in Russian, under a header that names the
   * currency ("Цена, KGS"): the table has seven columns to show whole in 1100 pixels.
   */
  String price(Product p) {
    return Money.of(p.price(), store.currency()).figure(texts.locale());
  }

  /** The price column's header, with the shop's one currency. */
  String priceHeader() {
    return texts.get("products.price.column", store.currency().getCurrencyCode());
  }

  /**
   * "consignment 25 %" or "buy-back 200.00", in the screen's words and digits: the price typed
   * beside it is read the screen's way, so it is shown that way too.
   */
  String terms(Terms t) {
    if (t instanceof Terms.Consignment c) {
      return texts.get("products.terms.consignment.shown", c.commission().figure(texts.locale()));
    }
    if (t instanceof Terms.Buyback b) {
      return texts.get(
          "products.terms.buyback.shown",
          Money.of(b.pricePerUnit(), store.currency()).figure(texts.locale()));
    }
    return "—";
  }

  /** The day the certificate ends, marked when it is past; "—" without a certificate. */
  String certificate(Product p) {
    if (p.certification().isEmpty() || p.certificate().validUntil() == null) {
      return "—";
    }
    // Written as the day is typed in the field above the table.
    String day = Dates.converter(texts.locale()).toString(p.certificate().validUntil());
    return isExpired(p) ? texts.get("products.expired", day) : day;
  }

  boolean isExpired(Product p) {
    return p.certification().isPresent() && !p.isCertifiedOn(today());
  }

  LocalDate today() {
    return LocalDate.now(services.clock().withZone(store.zone()));
  }

  /**
   * Adds a product as {@code till product add} does. A blank barcode asks the service for an
   * in-store EAN-13.
   */
  FormReply<Product> add(
      String sku,
      String name,
      String groupCode,
      String price,
      TermsKind kind,
      String termsValue,
      String barcode,
      LocalDate certifiedUntil) {
    if (GroupsModel.isBlank(sku)) {
      return FormReply.problem(texts.get("products.error.sku"));
    }
    if (GroupsModel.isBlank(name)) {
      return FormReply.problem(texts.get("products.error.name"));
    }
    if (GroupsModel.isBlank(groupCode)) {
      return FormReply.problem(texts.get("groups.error.choose"));
    }
    var amount =
        Money.parseTyped(price, store.currency(), texts.locale()).filter(m -> m.minor() >= 0);
    if (amount.isEmpty()) {
      return FormReply.problem(texts.get("error.amount", price == null ? "" : price.strip()));
    }
    FormReply<Terms> terms = terms(kind, termsValue);
    if (!terms.isDone()) {
      return FormReply.problem(terms.problem());
    }
    return reply(
        services
            .catalog()
            .addProduct(
                manager.get(),
                new NewProduct(
                    sku.strip(),
                    name.strip(),
                    groupCode,
                    amount.get().minor(),
                    terms.value(),
                    GroupsModel.isBlank(barcode) ? null : barcode.strip(),
                    null,
                    certifiedUntil,
                    Percent.ZERO)));
  }

  /** New terms for the product from now on; sales made before keep theirs. */
  FormReply<TermsHistory.Dated> changeTerms(Row row, TermsKind kind, String termsValue) {
    if (row == null) {
      return FormReply.problem(texts.get("products.error.choose"));
    }
    FormReply<Terms> terms = terms(kind, termsValue);
    if (!terms.isDone()) {
      return FormReply.problem(terms.problem());
    }
    return reply(services.catalog().changeTerms(manager.get(), row.product().sku(), terms.value()));
  }

  /** Terms from the form: a commission in percent, or a buy-back price in the store's currency. */
  FormReply<Terms> terms(TermsKind kind, String value) {
    if (kind == null) {
      return FormReply.problem(texts.get("products.error.terms"));
    }
    String typed = value == null ? "" : value.strip();
    if (kind == TermsKind.CONSIGNMENT) {
      return Percent.parseTyped(typed, texts.locale())
          .<FormReply<Terms>>map(p -> FormReply.done(new Terms.Consignment(p)))
          .orElseGet(() -> FormReply.problem(texts.get("error.percent", typed)));
    }
    return Money.parseTyped(typed, store.currency(), texts.locale())
        .filter(m -> m.minor() >= 0)
        .<FormReply<Terms>>map(m -> FormReply.done(new Terms.Buyback(m.minor())))
        .orElseGet(() -> FormReply.problem(texts.get("error.amount", typed)));
  }

  /** The copies as typed: a whole number from 1 to {@link #MOST_COPIES}, or null. */
  static Integer copies(String typed) {
    if (typed == null || !typed.strip().matches("\\d{1,4}")) {
      return null;
    }
    int n = Integer.parseInt(typed.strip());
    return n >= 1 && n <= MOST_COPIES ? n : null;
  }

  /**
   * Price labels for one product: an A4 sheet in {@code labelsFolder} when asked, and one label per
   * cut through the print queue when asked. The queue never blocks: a fault waits there.
   */
  FormReply<Printed> printLabels(
      Row row, String typedCopies, boolean sheet, boolean thermal, Path labelsFolder) {
    if (row == null) {
      return FormReply.problem(texts.get("products.error.choose"));
    }
    Integer copies = copies(typedCopies);
    if (copies == null) {
      return FormReply.problem(
          texts.get(
              "products.error.copies",
              typedCopies == null ? "" : typedCopies.strip(),
              MOST_COPIES));
    }
    if (!sheet && !thermal) {
      return FormReply.problem(texts.get("products.error.where"));
    }
    Product p = row.product();
    var label = new LabelSheet.Label(p.name(), price(p), row.group(), p.barcode());
    Path pdf = null;
    if (sheet) {
      pdf =
          labelsFolder.resolve(
              p.sku()
                  + "-"
                  + java.time.LocalDateTime.now(services.clock().withZone(store.zone()))
                      .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                  + ".pdf");
      try {
        Files.createDirectories(labelsFolder);
        Files.write(
            pdf,
            LabelSheet.render(
                java.util.Collections.nCopies(copies, label), LabelSheet.Layout.A4_3X8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    String job = null;
    if (thermal) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      byte[] one =
          EscPosEncoder.encode(
              Layouts.priceLabel(label.name(), label.price(), label.group(), label.code()),
              profile);
      for (int i = 0; i < copies; i++) {
        bytes.writeBytes(one);
      }
      job = printer.enqueue("LABELS-" + p.sku(), bytes.toByteArray()).name();
    }
    return FormReply.done(new Printed(copies, pdf, job));
  }

  private <T> FormReply<T> reply(Outcome<T> outcome) {
    return outcome.isDone()
        ? FormReply.done(outcome.value())
        : FormReply.problem(texts.refusal(outcome.refusal()));
  }
}
