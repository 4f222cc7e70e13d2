package org.ovop.till.printing.statement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.ovop.till.core.catalog.Member;
import org.ovop.till.core.money.Money;
import org.ovop.till.core.sale.SaleKind;
import org.ovop.till.core.settle.Shares;
import org.ovop.till.core.settle.Statement;
import org.ovop.till.core.settle.UnsettledLine;

/**
 * The producer's statement as an A4 PDF in the store's language: who, which period, every sold and
 * refunded item under the member it came from, the totals down to the payout, how it was paid, and
 * lines to sign. DejaVu Sans is embedded, so Cyrillic, Kyrgyz (ң ө ү) and French print everywhere.
 */
public final class StatementPdf {
  private static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
  private static final String BOLD = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";
  private static final float MARGIN = 42;
  private static final float SIZE = 8.5f;
  private static final float LEADING = 12.5f;

  /**
   * The smallest size a word too wide for its column is shrunk to before it is split: still read on
   * paper, where a cut word ("Sehemu y…") is not.
   */
  private static final float MIN_SIZE = 6f;

  /** Column right edges (item and receipt are left-aligned from the previous edge). */
  private static final float[] COLUMNS = {98, 158, 340, 368, 428, 490, 553};

  private StatementPdf() {}

  public static byte[] render(Statement st) {
    try (PDDocument doc = new PDDocument()) {
      PDFont regular = load(doc, FONT);
      PDFont bold = load(doc, BOLD);
      new Writer(doc, regular, bold, st).write();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PDFont load(PDDocument doc, String resource) throws IOException {
    try (InputStream in = StatementPdf.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("the font " + resource + " is missing from the application");
      }
      return PDType0Font.load(doc, in, true);
    }
  }

  /** Lays the statement out page by page, top to bottom. */
  private static final class Writer {
    private final PDDocument doc;
    private final PDFont regular;
    private final PDFont bold;
    private final Statement st;
    private final StatementText t;
    private final java.util.Locale locale;
    private final ZoneId zone;
    private final DateTimeFormatter day;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream out;
    private float y;

    Writer(PDDocument doc, PDFont regular, PDFont bold, Statement st) {
      this.doc = doc;
      this.regular = regular;
      this.bold = bold;
      this.st = st;
      this.t = new StatementText(st.store().language());
      this.locale = st.store().locale();
      this.zone = st.store().zone();
      this.day = dayWithWholeYear(locale);
    }

    void write() throws IOException {
      newPage();
      header();
      Map<String, List<Part>> byMember = partsByMember();
      for (var e : byMember.entrySet()) {
        memberSection(e.getKey(), e.getValue());
      }
      totals();
      payment();
      signatures();
      out.close();
      footers();
    }

    private void header() throws IOException {
      var s = st.settlement();
      text(bold, 15, MARGIN, t.get("title"));
      text(regular, 9, right(st.store().name(), regular, 9, 553), st.store().name());
      y -= 20;
      line(bold, t.get("settlement") + " " + s.id());
      var g = st.group();
      line(
          regular,
          t.label("group") + " " + g.code() + " " + g.name() + join(", ", g.village(), g.region()));
      line(
          regular,
          t.get("period")
              + " "
              + day.format(s.until().minusDays(1))
              + "    "
              + t.get("settled")
              + " "
              + day.format(date(s.at()))
              + " ("
              + t.get("by")
              + " "
              + st.settledBy()
              + ")");
      if (st.cancelled()) {
        y -= 4;
        line(bold, t.get("cancelled"));
      }
      y -= 8;
    }

    private void memberSection(String memberKey, List<Part> parts) throws IOException {
      need(LEADING * 7); // the member's name, the table's head and a first line together
      Member m = st.members().get(memberKey);
      String who = m == null ? t.get("no_member") : t.label("member") + " " + m.name();
      text(bold, 10, MARGIN, who);
      y -= LEADING + 2;
      tableHeader();
      long subtotal = 0;
      for (Part p : parts) {
        UnsettledLine l = p.line();
        boolean refund = l.kind() == SaleKind.REFUND;
        // The refund's mark ends the name and wraps with it: a long name never pushes it off.
        String item = l.sku() + " " + l.name() + (refund ? " (" + t.get("refund") + ")" : "");
        // A discount the shop gave is said where it was given: without it, price × units and
        // the amount beside them disagree, and the producer reads a share taken from her.
        long off = Math.multiplyExact(l.unitPrice(), p.units()) - p.amount();
        if (off > 0) {
          item += mark("discount", off);
        }
        // Likewise a price a manager set at the counter: the producer who priced her oil at
        // 899.90 sees why it sold at 800.00, and that the shop did it openly.
        if (l.listPrice() != l.unitPrice()) {
          item += mark("listprice", l.listPrice());
        }
        Fit date = fit(regular, day.format(date(l.at())), COLUMNS[0] - MARGIN);
        Fit receipt = fit(regular, l.receipt(), COLUMNS[1] - COLUMNS[0] - 4);
        Fit name = fit(regular, item, COLUMNS[2] - COLUMNS[1] - 4);
        int rows =
            Math.max(name.lines().size(), Math.max(receipt.lines().size(), date.lines().size()));
        if (need(LEADING * (rows + 1))) {
          tableHeader(); // the table goes on over the page with its head
        }
        lines(regular, date, MARGIN, COLUMNS[0], false);
        lines(regular, receipt, COLUMNS[0] + 4, COLUMNS[1], false);
        lines(regular, name, COLUMNS[1] + 4, COLUMNS[2], false);
        figure(regular, COLUMNS[2], COLUMNS[3], (refund ? "−" : "") + p.units());
        figure(regular, COLUMNS[3], COLUMNS[4], money(l.unitPrice()));
        figure(regular, COLUMNS[4], COLUMNS[5], (refund ? "−" : "") + money(p.amount()));
        figure(regular, COLUMNS[5], COLUMNS[6], (refund ? "−" : "") + money(p.share()));
        subtotal += refund ? -p.share() : p.share();
        y -= LEADING * rows;
      }
      rule(COLUMNS[4], COLUMNS[6]);
      Fit label = fit(bold, t.get("subtotal"), COLUMNS[5] - COLUMNS[1] - 4);
      lines(bold, label, COLUMNS[1] + 4, COLUMNS[5], true);
      figure(bold, COLUMNS[5], COLUMNS[6], signed(subtotal));
      y -= LEADING * label.lines().size() + 10;
    }

    private void totals() throws IOException {
      var s = st.settlement();
      need(LEADING * 7);
      rule(MARGIN, COLUMNS[6]);
      total(regular, t.get("sales"), money(s.sales()));
      total(regular, t.get("refunds"), signed(-s.refunds()));
      total(regular, t.get("net"), money(s.sales() - s.refunds()));
      if (s.deductions() != 0 || s.levyBasisPoints() != 0) {
        total(
            regular,
            // "2,5 %" in French and Russian, as the screens write a percentage.
            t.get("levy")
                + " "
                + new org.ovop.till.core.money.Percent(s.levyBasisPoints()).figure(locale)
                + " %",
            signed(-s.deductions()));
      }
      total(
          bold, t.get("payout"), money(s.payout()) + " " + st.store().currency().getCurrencyCode());
      y -= 8;
    }

    private void payment() throws IOException {
      need(LEADING * 3);
      if (st.payout().isPresent()) {
        var p = st.payout().get();
        line(
            regular,
            t.get("paid")
                + " "
                + day.format(date(p.at()))
                + ", "
                + st.store().methodInWords(p.method().code(), p.service(), t.get(p.method().code()))
                + (p.reference() == null ? "" : ", " + t.get("reference") + " " + p.reference())
                + " ("
                + t.get("by")
                + " "
                + st.paidBy()
                + ")");
      } else if (!st.cancelled()) {
        line(regular, t.get("not_paid"));
      }
      y -= 24;
    }

    private void signatures() throws IOException {
      need(70);
      float mid = (MARGIN + COLUMNS[6]) / 2;
      text(regular, 9, MARGIN, t.get("sign_store"));
      text(regular, 9, mid + 10, t.get("sign_group"));
      y -= 34;
      rule(MARGIN, mid - 20);
      rule(mid + 10, COLUMNS[6]);
      y -= 10;
      text(regular, 7.5f, MARGIN, t.get("signature"));
      text(regular, 7.5f, mid + 10, t.get("signature"));
    }

    private void footers() throws IOException {
      int n = pages.size();
      for (int i = 0; i < n; i++) {
        try (PDPageContentStream f =
            new PDPageContentStream(
                doc, pages.get(i), PDPageContentStream.AppendMode.APPEND, true)) {
          String text =
              st.settlement().id()
                  + " · "
                  + t.get("page")
                  + " "
                  + (i + 1)
                  + " "
                  + t.get("of")
                  + " "
                  + n;
          f.beginText();
          f.setFont(regular, 7.5f);
          f.newLineAtOffset(MARGIN, 24);
          f.showText(text);
          f.endText();
        }
      }
    }

    /** One member's part of a line: the units that came from their lots and the money on them. */
    private record Part(UnsettledLine line, long units, long amount, long share) {}

    private Map<String, List<Part>> partsByMember() {
      Map<String, List<Part>> out = new LinkedHashMap<>();
      for (String id : st.members().keySet()) {
        out.put(id, new ArrayList<>());
      }
      out.put(Shares.GROUP, new ArrayList<>());
      for (UnsettledLine l : st.lines()) {
        Map<String, Long> units = new LinkedHashMap<>();
        long named = 0;
        for (var mu : l.members()) {
          units.merge(mu.memberId() == null ? Shares.GROUP : mu.memberId(), mu.units(), Long::sum);
          named += mu.units();
        }
        if (named < l.quantity()) {
          units.merge(Shares.GROUP, l.quantity() - named, Long::sum);
        }
        long[] w = units.values().stream().mapToLong(Long::longValue).toArray();
        long[] amounts = Shares.proportionally(l.amount(), w);
        long[] shares = Shares.proportionally(l.producerShare(), w);
        int i = 0;
        for (var e : units.entrySet()) {
          out.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
              .add(new Part(l, e.getValue(), amounts[i], shares[i]));
          i++;
        }
      }
      out.values().removeIf(List::isEmpty);
      return out;
    }

    /**
     * The table's head: a word too long for its column goes on to a second line, shrunk only when
     * one word alone is wider than the column; the lines of a head end on the same baseline.
     */
    private void tableHeader() throws IOException {
      String[] keys = {"date", "receipt", "item", "qty", "price", "amount", "share"};
      Fit[] heads = new Fit[keys.length];
      int rows = 1;
      for (int i = 0; i < keys.length; i++) {
        heads[i] = fit(bold, t.get(keys[i]), right(i) - left(i));
        rows = Math.max(rows, heads[i].lines().size());
      }
      need(LEADING * (rows + 2));
      float top = y;
      for (int i = 0; i < keys.length; i++) {
        y = top - LEADING * (rows - heads[i].lines().size());
        lines(bold, heads[i], left(i), right(i), i > 2);
      }
      y = top - LEADING * rows;
      rule(MARGIN, COLUMNS[6]);
    }

    /** Where column {@code i}'s text starts: numbers stand against their right edge. */
    private static float left(int i) {
      return i == 0 ? MARGIN : i <= 2 ? COLUMNS[i - 1] + 4 : COLUMNS[i - 1];
    }

    private static float right(int i) {
      return COLUMNS[i];
    }

    private void total(PDFont font, String label, String value) throws IOException {
      Fit words = fit(font, label, COLUMNS[4] + 30 - COLUMNS[1] - 4);
      lines(font, words, COLUMNS[1] + 4, COLUMNS[4] + 30, true);
      figure(font, COLUMNS[4] + 34, COLUMNS[6], value);
      y -= LEADING * words.lines().size() + 1;
    }

    private void newPage() throws IOException {
      if (out != null) {
        out.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      pages.add(page);
      out = new PDPageContentStream(doc, page);
      y = page.getMediaBox().getHeight() - MARGIN - 10;
    }

    /** Starts a new page unless this much room is left on this one; says whether it did. */
    private boolean need(float height) throws IOException {
      if (y - height < MARGIN + 20) {
        newPage();
        return true;
      }
      return false;
    }

    /** A line across the page, going on to the next when it is longer than the page is wide. */
    private void line(PDFont font, String text) throws IOException {
      Fit f = fit(font, text, COLUMNS[6] - MARGIN);
      need(LEADING * f.lines().size());
      lines(font, f, MARGIN, COLUMNS[6], false);
      y -= LEADING * f.lines().size() + 1;
    }

    private void text(PDFont font, float size, float x, String text) throws IOException {
      out.beginText();
      out.setFont(font, size);
      out.newLineAtOffset(x, y);
      out.showText(text);
      out.endText();
    }

    /** Text laid out for a column: the size it is written in and its lines. */
    private record Fit(float size, List<String> lines) {}

    /**
     * Words in a column between two edges, never cut: wrapped at spaces onto as many lines as they
     * need, in a smaller size only when one word alone is wider than the column, and split only a
     * word that is too wide even at {@link #MIN_SIZE}.
     */
    private static Fit fit(PDFont font, String text, float columnWidth) throws IOException {
      float room = columnWidth - 3;
      List<String> words = words(text);
      float size = SIZE;
      for (String word : words) {
        float w = width(font, size, word);
        if (w > room) {
          size = Math.max(MIN_SIZE, size * room / w * 0.999f);
        }
      }
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (String word : words) {
        while (width(font, size, word) > room && word.length() > 1) {
          int n = word.length() - 1;
          while (n > 1 && width(font, size, word.substring(0, n)) > room) {
            n--;
          }
          if (line.length() > 0) {
            lines.add(line.toString());
            line.setLength(0);
          }
          lines.add(word.substring(0, n));
          word = word.substring(n);
        }
        if (line.length() > 0 && width(font, size, line + " " + word) > room) {
          lines.add(line.toString());
          line.setLength(0);
        }
        line.append(line.length() > 0 ? " " : "").append(word);
      }
      lines.add(line.toString());
      return new Fit(size, lines);
    }

    private static final java.util.regex.Pattern NUMBER =
        java.util.regex.Pattern.compile("\\d[\\d.,]*");

    /**
     * The words a line may break between. A number and the short unit after it ("500 g", "50 мл")
     * are one: apart, "500" ends a line and "g" starts the next as if it were another word.
     */
    private static List<String> words(String text) {
      String[] parts = text.split(" ");
      List<String> words = new ArrayList<>(parts.length);
      for (int i = 0; i < parts.length; i++) {
        if (i + 1 < parts.length
            && NUMBER.matcher(parts[i]).matches()
            && parts[i + 1].replaceAll("\\p{P}", "").length() <= 3) {
          words.add(parts[i] + " " + parts[++i]);
        } else {
          words.add(parts[i]);
        }
      }
      return words;
    }

    /** Draws laid-out lines down from the current baseline, which stays where it was. */
    private void lines(PDFont font, Fit f, float left, float right, boolean alignRight)
        throws IOException {
      float top = y;
      for (String l : f.lines()) {
        text(font, f.size(), alignRight ? right(l, font, f.size(), right) : left, l);
        y -= LEADING;
      }
      y = top;
    }

    /**
     * A figure against a column's right edge, on one line: a figure split or cut would be another
     * figure, so one too wide for its column is written smaller.
     */
    private void figure(PDFont font, float left, float right, String figure) throws IOException {
      float room = right - left - 3;
      float size = Math.min(SIZE, SIZE * room / width(font, SIZE, figure));
      text(font, size, right(figure, font, size, right), figure);
    }

    private static float width(PDFont font, float size, String s) throws IOException {
      return font.getStringWidth(s) / 1000 * size;
    }

    private static float right(String s, PDFont font, float size, float edge) throws IOException {
      return edge - width(font, size, s);
    }

    private void rule(float from, float to) throws IOException {
      out.setLineWidth(0.5f);
      // Between the text at this baseline and the line above it.
      out.moveTo(from, y + 9);
      out.lineTo(to, y + 9);
      out.stroke();
    }

    private LocalDate date(java.time.Instant at) {
      return at.atZone(zone).toLocalDate();
    }

    /**
     * A figure said beside an item, "(скидка 40,00)". Its last word and the figure are bound by
     * no-break spaces: wrapped apart, "450,00)" led the next line as if it were a figure of its
     * own.
     */
    private String mark(String key, long minor) {
      return " (" + t.get(key) + "\u00a0" + money(minor).replace(' ', '\u00a0') + ")";
    }

    private String money(long minor) {
      String s = Money.of(minor, st.store().currency()).format(locale);
      // The currency code is shown once, at the payout; the columns keep to numbers.
      return s.substring(0, s.lastIndexOf(' ')).replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private String signed(long minor) {
      return minor < 0 ? "−" + money(-minor) : money(minor);
    }

    private static String join(String sep, String... parts) {
      StringBuilder b = new StringBuilder();
      for (String p : parts) {
        if (p != null && !p.isBlank()) {
          b.append(sep).append(p);
        }
      }
      return b.toString();
    }
  }

  /**
   * The language's short day with its year written whole: a statement is kept for years, and
   * Kyrgyz's and Uzbek's own short day ("10/11/26") leaves the century to guess. Languages whose
   * short day already has the whole year (Russian "10.11.2026", French "10/11/2026") keep it.
   */
  static DateTimeFormatter dayWithWholeYear(java.util.Locale locale) {
    String pattern =
        java.time.format.DateTimeFormatterBuilder.getLocalizedDateTimePattern(
            FormatStyle.SHORT, null, java.time.chrono.IsoChronology.INSTANCE, locale);
    return DateTimeFormatter.ofPattern(pattern.replaceAll("(?<!y)yy(?!y)", "y"), locale);
  }
}
