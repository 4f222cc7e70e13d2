package org.ovop.till.app.csv;

import java.util.List;

/**
 * Writes RFC 4180 CSV for reports that managers open in a spreadsheet. Text cells that a
 * spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab, CR) get a
 * leading apostrophe, so a product named {@code =HYPERLINK(...)} stays text. Amount cells are
 * written as they are: a refund's "-120.00" is a number, not a formula.
 */
public final class CsvWriter {
  private final StringBuilder out = new StringBuilder();

  /** A cell holding text typed by people (names, SKUs, references). */
  public static Cell text(String value) {
    return new Cell(value == null ? "" : neutralise(value));
  }

  /** A cell holding a number the program wrote itself. */
  public static Cell number(String value) {
    return new Cell(value);
  }

  public record Cell(String value) {}

  public CsvWriter row(List<Cell> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(quote(cells.get(i).value()));
    }
    out.append("\r\n");
    return this;
  }

  public CsvWriter header(String... names) {
    return row(java.util.Arrays.stream(names).map(Cell::new).toList());
  }

  @Override
  public String toString() {
    return out.toString();
  }

  static String neutralise(String value) {
    if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      return "'" + value;
    }
    return value;
  }

  private static String quote(String v) {
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      return "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
