package org.ovop.till.app.csv;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.ovop.till.core.Refusal;
import org.ovop.till.core.Refusal.Reason;
import org.ovop.till.core.catalog.CatalogService.ImportRow;
import org.ovop.till.core.catalog.NewProduct;
import org.ovop.till.core.catalog.Terms;
import org.ovop.till.core.money.Money;
import org.ovop.till.core.money.Percent;

/**
 * Reads a product file for {@code till import products}: the header {@value #HEADER}, optionally
 * followed by {@code tax_rate} and {@code certificate_no} columns. Every row becomes either a
 * product or the sentence saying what is wrong with it; the import itself is all-or-nothing.
 */
public final class ProductCsv {
  public static final String HEADER = "sku,name,group,price,terms,barcode,certified_until";
  private static final List<String> REQUIRED = List.of(HEADER.split(","));
  private static final List<String> OPTIONAL = List.of("tax_rate", "certificate_no");

  private ProductCsv() {}

  /** The rows of the file, or a refusal when the header itself is wrong. */
  public static Parsed parse(String text, Currency currency) {
    List<CsvReader.Row> rows = CsvReader.read(text);
    if (rows.isEmpty()) {
      return new Parsed(Refusal.of(Reason.BAD_CSV_HEADER, HEADER, ""), List.of());
    }
    List<String> header = rows.get(0).fields().stream().map(h -> h.strip().toLowerCase()).toList();
    boolean headerOk =
        header.size() >= REQUIRED.size()
            && header.subList(0, REQUIRED.size()).equals(REQUIRED)
            && OPTIONAL.containsAll(header.subList(REQUIRED.size(), header.size()));
    if (!headerOk) {
      return new Parsed(
          Refusal.of(Reason.BAD_CSV_HEADER, HEADER, String.join(",", rows.get(0).fields())),
          List.of());
    }
    List<ImportRow> result = new ArrayList<>();
    for (CsvReader.Row row : rows.subList(1, rows.size())) {
      result.add(row(row, header, currency));
    }
    return new Parsed(null, result);
  }

  /** The file's rows, or the refusal of the whole file. */
  public record Parsed(Refusal headerProblem, List<ImportRow> rows) {}

  private static ImportRow row(CsvReader.Row row, List<String> header, Currency currency) {
    int line = row.lineNo();
    if (row.problem() != null) {
      return problem(line, "This row is not valid CSV: " + row.problem() + ".");
    }
    if (row.fields().size() != header.size()) {
      return problem(
          line,
          "This row has " + row.fields().size() + " fields; the header has " + header.size() + ".");
    }
    String sku = field(row, header, "sku");
    String name = field(row, header, "name");
    String group = field(row, header, "group");
    String priceText = field(row, header, "price");
    var price = Money.parse(priceText, currency).filter(m -> m.minor() >= 0);
    if (price.isEmpty()) {
      return new ImportRow(
          line,
          null,
          Refusal.of(
              Reason.BAD_AMOUNT, priceText, currency.getCurrencyCode(), Money.digits(currency)));
    }
    String termsText = field(row, header, "terms");
    var terms = Terms.parse(termsText, currency);
    if (terms.isEmpty()) {
      return new ImportRow(line, null, Refusal.of(Reason.BAD_TERMS, termsText));
    }
    LocalDate until = null;
    String untilText = field(row, header, "certified_until");
    if (!untilText.isEmpty()) {
      try {
        until = LocalDate.parse(untilText);
      } catch (DateTimeParseException e) {
        return new ImportRow(line, null, Refusal.of(Reason.BAD_DATE, untilText));
      }
    }
    Percent tax = Percent.ZERO;
    if (header.contains("tax_rate") && !field(row, header, "tax_rate").isEmpty()) {
      String taxText = field(row, header, "tax_rate");
      var parsed = Percent.parse(taxText);
      if (parsed.isEmpty()) {
        return new ImportRow(line, null, Refusal.of(Reason.BAD_PERCENT, taxText));
      }
      tax = parsed.get();
    }
    String certificate =
        header.contains("certificate_no")
            ? emptyToNull(field(row, header, "certificate_no"))
            : null;
    return new ImportRow(
        line,
        new NewProduct(
            sku,
            name,
            group,
            price.get().minor(),
            terms.get(),
            emptyToNull(field(row, header, "barcode")),
            certificate,
            until,
            tax),
        null);
  }

  private static String field(CsvReader.Row row, List<String> header, String column) {
    return row.fields().get(header.indexOf(column)).strip();
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }

  private static ImportRow problem(int line, String sentence) {
    return new ImportRow(line, null, Refusal.of(Reason.BAD_CSV_ROW, sentence));
  }
}
