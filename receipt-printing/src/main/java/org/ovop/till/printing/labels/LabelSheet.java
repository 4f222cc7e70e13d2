package org.ovop.till.printing.labels;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.oned.EAN13Writer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.ovop.till.core.catalog.Barcodes;

/**
 * Price labels on A4 sticker sheets: name, price, group and a barcode drawn as vector bars (EAN-13
 * for GS1 and in-store codes, Code 128 otherwise), so a scanner reads them at any printer's
 * resolution.
 */
public final class LabelSheet {
  private static final float MM = 72f / 25.4f;
  private static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
  private static final String BOLD = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";

  /** One sticker: the app formats the price in the store's currency and language. */
  public record Label(String name, String price, String group, String code) {}

  /** A sticker sheet: columns × rows on A4 with margins and gaps, in millimetres. */
  public record Layout(String name, int columns, int rows, float marginMm, float gapMm) {
    public static final Layout A4_3X8 = new Layout("a4-3x8", 3, 8, 8, 2.5f);
    public static final Layout A4_4X10 = new Layout("a4-4x10", 4, 10, 8, 2);
    public static final List<Layout> ALL = List.of(A4_3X8, A4_4X10);

    public static Optional<Layout> named(String name) {
      return ALL.stream()
          .filter(l -> l.name().equalsIgnoreCase(name == null ? "" : name.strip()))
          .findFirst();
    }

    public int perPage() {
      return columns * rows;
    }
  }

  private LabelSheet() {}

  public static byte[] render(List<Label> labels, Layout layout) {
    try (PDDocument doc = new PDDocument()) {
      PDFont regular = font(doc, FONT);
      PDFont bold = font(doc, BOLD);
      PDRectangle a4 = PDRectangle.A4;
      float margin = layout.marginMm() * MM;
      float gap = layout.gapMm() * MM;
      float w = (a4.getWidth() - 2 * margin - (layout.columns() - 1) * gap) / layout.columns();
      float h = (a4.getHeight() - 2 * margin - (layout.rows() - 1) * gap) / layout.rows();
      for (int first = 0; first < Math.max(1, labels.size()); first += layout.perPage()) {
        PDPage page = new PDPage(a4);
        doc.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
          for (int i = first; i < Math.min(labels.size(), first + layout.perPage()); i++) {
            int k = i - first;
            float x = margin + (k % layout.columns()) * (w + gap);
            float top = a4.getHeight() - margin - (k / layout.columns()) * (h + gap);
            label(out, labels.get(i), x, top, w, h, regular, bold);
          }
        }
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      doc.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void label(
      PDPageContentStream out,
      Label l,
      float x,
      float top,
      float w,
      float h,
      PDFont regular,
      PDFont bold)
      throws IOException {
    float pad = 2.5f * MM;
    float y = top - pad - 8;
    for (String line : twoLines(l.name(), regular, 8f, w - 2 * pad)) {
      text(out, regular, 8f, x + pad, y, line);
      y -= 9.5f;
    }
    text(out, bold, 12f, x + pad, y - 4, l.price());
    float groupWidth = regular.getStringWidth(l.group()) / 1000 * 6.5f;
    text(out, regular, 6.5f, x + w - pad - groupWidth, y - 4, fit(l.group(), regular, 6.5f, w / 2));
    float barTop = y - 9;
    float barBottom = top - h + pad + 8;
    bars(out, l.code(), x + pad, barBottom, w - 2 * pad, barTop - barBottom);
    float digits = regular.getStringWidth(l.code()) / 1000 * 7f;
    text(out, regular, 7f, x + (w - digits) / 2, top - h + pad + 1, l.code());
  }

  /** EAN-13 when the code is a valid GS1 13-digit code, Code 128 otherwise; bars as rectangles. */
  static BitMatrix pattern(String code) {
    boolean ean = code.matches("\\d{13}") && Barcodes.isValidGs1(code);
    return ean
        ? new EAN13Writer().encode(code, BarcodeFormat.EAN_13, 0, 0)
        : new Code128Writer().encode(code, BarcodeFormat.CODE_128, 0, 0);
  }

  private static void bars(
      PDPageContentStream out, String code, float x, float y, float width, float height)
      throws IOException {
    BitMatrix m = pattern(code);
    // Quiet zones on both sides come from the writer's own margin; keep modules at least 0.3 mm.
    float module = Math.min(width / m.getWidth(), 0.5f * MM);
    float left = x + (width - module * m.getWidth()) / 2;
    out.setNonStrokingColor(0f, 0f, 0f);
    int run = -1;
    for (int i = 0; i <= m.getWidth(); i++) {
      boolean dark = i < m.getWidth() && m.get(i, 0);
      if (dark && run < 0) {
        run = i;
      } else if (!dark && run >= 0) {
        out.addRect(left + run * module, y, (i - run) * module, height);
        run = -1;
      }
    }
    out.fill();
  }

  private static List<String> twoLines(String name, PDFont f, float size, float room)
      throws IOException {
    if (f.getStringWidth(name) / 1000 * size <= room) {
      return List.of(name);
    }
    String[] words = name.split(" ");
    StringBuilder first = new StringBuilder();
    int i = 0;
    while (i < words.length
        && f.getStringWidth((first + " " + words[i]).strip()) / 1000 * size <= room) {
      first.append(first.length() == 0 ? "" : " ").append(words[i++]);
    }
    if (first.length() == 0) {
      return List.of(fit(name, f, size, room));
    }
    StringBuilder rest = new StringBuilder();
    for (; i < words.length; i++) {
      rest.append(rest.length() == 0 ? "" : " ").append(words[i]);
    }
    return List.of(first.toString(), fit(rest.toString(), f, size, room));
  }

  private static String fit(String s, PDFont f, float size, float room) throws IOException {
    if (f.getStringWidth(s) / 1000 * size <= room) {
      return s;
    }
    String cut = s;
    while (cut.length() > 1 && f.getStringWidth(cut + "…") / 1000 * size > room) {
      cut = cut.substring(0, cut.length() - 1);
    }
    return cut + "…";
  }

  private static void text(
      PDPageContentStream out, PDFont f, float size, float x, float y, String s)
      throws IOException {
    out.beginText();
    out.setFont(f, size);
    out.newLineAtOffset(x, y);
    out.showText(s);
    out.endText();
  }

  private static PDFont font(PDDocument doc, String resource) throws IOException {
    try (InputStream in = LabelSheet.class.getResourceAsStream(resource)) {
      return PDType0Font.load(doc, in, true);
    }
  }
}
