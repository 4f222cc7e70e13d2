package org.ovop.till.printing.escpos;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ovop.till.printing.document.PrintDocument;
import org.ovop.till.printing.document.PrintDocument.Align;
import org.ovop.till.printing.document.PrintDocument.Block;

/**
 * Turns a document into ESC/POS bytes for one printer profile. Each line goes out in the first of
 * the profile's code pages that carries every character of it; a line no code page carries (Kyrgyz
 * ң ө ү, say) is drawn with a bundled font and sent as a raster image, never as '?'.
 */
public final class EscPosEncoder {
  private static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
  private static final String BOLD_FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";
  private static volatile Font regular;
  private static volatile Font bold;

  private final PrinterProfile profile;
  private final CodePage[] pages;
  // A plain growing array rather than a ByteArrayOutputStream, whose every write takes a lock:
  // a receipt is a few hundred small writes from one thread.
  private byte[] out = new byte[4096];
  private int size;
  private int currentPage = -1;
  private CodePage current;

  /**
   * The last profile's pages: an encoder is made for every paper, and a till prints on one printer.
   * Kept by identity (a profile's record hash would walk its map of pages every time).
   */
  private record Pages(PrinterProfile profile, CodePage[] pages) {}

  private static volatile Pages last;

  private EscPosEncoder(PrinterProfile profile) {
    this.profile = profile;
    Pages known = last;
    if (known == null || known.profile() != profile) {
      known = new Pages(profile, pagesOf(profile));
      last = known;
    }
    this.pages = known.pages();
  }

  private static CodePage[] pagesOf(PrinterProfile profile) {
    CodePage[] pages = new CodePage[profile.codePages().size()];
    int i = 0;
    for (Map.Entry<String, Integer> page : profile.codePages().entrySet()) {
      pages[i++] = CodePage.of(page.getKey(), page.getValue());
    }
    return pages;
  }

  public static byte[] encode(PrintDocument document, PrinterProfile profile) {
    EscPosEncoder e = new EscPosEncoder(profile);
    e.put(EscPos.INIT);
    e.put(EscPos.KANJI_OFF);
    for (Block b : document.blocks()) {
      e.block(b);
    }
    return Arrays.copyOf(e.out, e.size);
  }

  private void block(Block b) {
    // Java 17: instanceof chains, not pattern switches.
    if (b instanceof PrintDocument.Text t) {
      text(t.text(), t.align(), t.bold(), t.big());
    } else if (b instanceof PrintDocument.Columns c) {
      columns(c.left(), c.right(), c.bold());
    } else if (b instanceof PrintDocument.Rule r) {
      text(String.valueOf(r.mark()).repeat(profile.columns()), Align.LEFT, false, false);
    } else if (b instanceof PrintDocument.Barcode bc) {
      barcode(bc);
    } else if (b instanceof PrintDocument.QrCode q) {
      qr(q.data());
    } else if (b instanceof PrintDocument.Feed f) {
      put(EscPos.feed(f.lines()));
    } else if (b instanceof PrintDocument.Cut) {
      put(EscPos.CUT);
    } else if (b instanceof PrintDocument.DrawerKick) {
      put(EscPos.DRAWER);
    }
  }

  private void text(String text, Align align, boolean isBold, boolean big) {
    int width = big ? profile.columns() / 2 : profile.columns();
    for (String line : Wrap.lines(text, width)) {
      put(EscPos.align(align.ordinal()));
      put(EscPos.bold(isBold));
      put(EscPos.size(big));
      line(line, align, isBold, big);
    }
    put(EscPos.bold(false));
    put(EscPos.size(false));
    put(EscPos.align(0));
  }

  private void columns(String left, String right, boolean isBold) {
    int room = profile.columns() - right.length() - 1;
    List<String> lefts = Wrap.lines(left, Math.max(8, room));
    put(EscPos.align(0));
    put(EscPos.bold(isBold));
    for (int i = 0; i < lefts.size() - 1; i++) {
      line(lefts.get(i), Align.LEFT, isBold, false);
    }
    String last = lefts.get(lefts.size() - 1);
    if (last.length() + 1 + right.length() > profile.columns()) {
      line(last, Align.LEFT, isBold, false);
      last = "";
    }
    line(
        last, profile.columns() - last.length() - right.length(), right, Align.LEFT, isBold, false);
    put(EscPos.bold(false));
  }

  /** One printed line: text in a code page that carries it, or a raster image of it. */
  private void line(String line, Align align, boolean isBold, boolean big) {
    line(line, 0, "", align, isBold, big);
  }

  /**
   * One printed line made of a left part, spaces and a right part (a column line; a plain line is
   * all left part), written without joining them first.
   */
  private void line(
      String left, int spaces, String right, Align align, boolean isBold, boolean big) {
    // The page already selected first: most lines of a paper stay in one, and a miss costs a
    // pass over the line.
    if (current != null && written(current, left, spaces, right)) {
      return;
    }
    for (CodePage page : pages) {
      if (page == current) {
        continue;
      }
      int before = size;
      if (page.number != currentPage) {
        put(EscPos.codePage(page.number));
      }
      if (written(page, left, spaces, right)) {
        current = page;
        currentPage = page.number;
        return;
      }
      size = before; // the page switch goes too
    }
    raster(render(left + " ".repeat(spaces) + right, align, isBold, big));
  }

  /**
   * Writes the line and its line feed in the page, straight into the output; false, with nothing
   * written, when the page does not carry every character of it.
   */
  private boolean written(CodePage page, String left, int spaces, String right) {
    if (!page.tabled()) {
      byte[] bytes = page.bytesIfCarried(left + " ".repeat(spaces) + right);
      if (bytes == null) {
        return false;
      }
      put(bytes);
      put(EscPos.LF);
      return true;
    }
    room(left.length() + spaces + right.length() + 1);
    int at = page.write(left, out, size);
    if (at >= 0 && spaces > 0) {
      int space = page.byteOf(' ');
      if (space < 0) {
        return false;
      }
      Arrays.fill(out, at, at + spaces, (byte) space);
      at += spaces;
    }
    if (at >= 0) {
      at = page.write(right, out, at);
    }
    if (at < 0) {
      return false; // size never moved: what was written past it is dropped
    }
    out[at++] = EscPos.LF;
    size = at;
    return true;
  }

  private BufferedImage render(String line, Align align, boolean isBold, boolean big) {
    int width = profile.widthDots();
    int height = big ? 48 : 24;
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.BLACK);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
    Font font = font(isBold).deriveFont((float) (big ? 38 : 20));
    g.setFont(font);
    var metrics = g.getFontMetrics();
    int textWidth = metrics.stringWidth(line);
    if (textWidth > width) { // a line wider than the paper shrinks to fit rather than being cut off
      font = font.deriveFont(font.getSize2D() * width / (float) textWidth);
      g.setFont(font);
      metrics = g.getFontMetrics();
      textWidth = metrics.stringWidth(line);
    }
    int x =
        switch (align) {
          case LEFT -> 0;
          case CENTER -> (width - textWidth) / 2;
          case RIGHT -> width - textWidth;
        };
    g.drawString(line, Math.max(0, x), (height + metrics.getAscent() - metrics.getDescent()) / 2);
    g.dispose();
    return img;
  }

  /** GS v 0: a black-and-white image, 8 dots per byte, most significant bit first. */
  private void raster(BufferedImage img) {
    int bytesPerRow = (img.getWidth() + 7) / 8;
    int rows = img.getHeight();
    put(
        new byte[] {
          EscPos.GS,
          'v',
          '0',
          0,
          (byte) (bytesPerRow & 0xff),
          (byte) (bytesPerRow >> 8),
          (byte) (rows & 0xff),
          (byte) (rows >> 8)
        });
    for (int y = 0; y < rows; y++) {
      for (int bx = 0; bx < bytesPerRow; bx++) {
        int v = 0;
        for (int bit = 0; bit < 8; bit++) {
          int x = bx * 8 + bit;
          if (x < img.getWidth() && (img.getRGB(x, y) & 0xffffff) == 0) {
            v |= 0x80 >> bit;
          }
        }
        put((byte) v);
      }
    }
  }

  private void barcode(PrintDocument.Barcode bc) {
    put(EscPos.align(1));
    put(new byte[] {EscPos.GS, 'h', 80}); // height in dots
    put(new byte[] {EscPos.GS, 'w', 2}); // module width
    put(new byte[] {EscPos.GS, 'H', 2}); // digits under the bars
    byte[] data;
    int m;
    if (bc.symbology() == PrintDocument.Symbology.EAN13) {
      m = 67;
      data = bc.data().substring(0, 12).getBytes(StandardCharsets.US_ASCII);
    } else {
      m = 73;
      data = ("{B" + bc.data()).getBytes(StandardCharsets.US_ASCII);
    }
    put(new byte[] {EscPos.GS, 'k', (byte) m, (byte) data.length});
    put(data);
    put(EscPos.LF);
    put(EscPos.align(0));
  }

  private void qr(String data) {
    put(EscPos.align(1));
    byte[] bytes = data.getBytes(StandardCharsets.UTF_8);
    if (profile.qr()) {
      put(new byte[] {EscPos.GS, '(', 'k', 4, 0, 49, 65, 50, 0}); // model 2
      put(new byte[] {EscPos.GS, '(', 'k', 3, 0, 49, 67, 6}); // module size 6 dots
      put(new byte[] {EscPos.GS, '(', 'k', 3, 0, 49, 69, 49}); // error correction M
      int len = bytes.length + 3;
      put(new byte[] {EscPos.GS, '(', 'k', (byte) (len & 0xff), (byte) (len >> 8), 49, 80, 48});
      put(bytes);
      put(new byte[] {EscPos.GS, '(', 'k', 3, 0, 49, 81, 48}); // print
      put(EscPos.LF);
    } else {
      raster(qrImage(data, profile.widthDots()));
    }
    put(EscPos.align(0));
  }

  /** A QR code as an image, centred on the paper, for printers without the QR command. */
  static BufferedImage qrImage(String data, int paperWidth) {
    try {
      BitMatrix m =
          new QRCodeWriter()
              .encode(
                  data,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(EncodeHintType.MARGIN, 1, EncodeHintType.CHARACTER_SET, "UTF-8"));
      int scale = Math.max(1, Math.min(6, paperWidth / 2 / m.getWidth()));
      int size = m.getWidth() * scale;
      BufferedImage img = new BufferedImage(paperWidth, size, BufferedImage.TYPE_BYTE_BINARY);
      Graphics2D g = img.createGraphics();
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, paperWidth, size);
      g.setColor(Color.BLACK);
      int left = (paperWidth - size) / 2;
      for (int y = 0; y < m.getHeight(); y++) {
        for (int x = 0; x < m.getWidth(); x++) {
          if (m.get(x, y)) {
            g.fillRect(left + x * scale, y * scale, scale, scale);
          }
        }
      }
      g.dispose();
      return img;
    } catch (WriterException e) {
      throw new IllegalArgumentException(
          "cannot make a QR code of " + data.length() + " characters", e);
    }
  }

  private static Font font(boolean isBold) {
    if (regular == null) {
      regular = load(FONT);
      bold = load(BOLD_FONT);
    }
    return isBold ? bold : regular;
  }

  private static Font load(String resource) {
    try (InputStream in = EscPosEncoder.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "the font " + resource + " is missing from the application");
      }
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (FontFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  private void put(byte[] bytes) {
    room(bytes.length);
    System.arraycopy(bytes, 0, out, size, bytes.length);
    size += bytes.length;
  }

  private void put(byte b) {
    room(1);
    out[size++] = b;
  }

  private void room(int more) {
    if (size + more > out.length) {
      out = Arrays.copyOf(out, Math.max(out.length * 2, size + more));
    }
  }

  /** For tests and the virtual printer: the lines a text becomes at a width. */
  public static List<String> wrap(String text, int width) {
    return new ArrayList<>(Wrap.lines(text, width));
  }
}
