package org.ovop.till.printing.virtual;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.oned.EAN13Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.ovop.till.printing.escpos.PrinterProfile;
import org.ovop.till.printing.transport.PrinterTransport;

/**
 * A printer on the screen: it reads the very ESC/POS bytes a thermal printer would get and draws
 * the paper. The till uses it when no printer is attached, so a shop without hardware still sees
 * every receipt; tests use it to look at what was printed.
 */
public final class VirtualPrinter implements PrinterTransport {
  private static final int LINE = 24;
  private final PrinterProfile profile;
  private final List<BufferedImage> printed = new ArrayList<>();
  private final Consumer<BufferedImage> onPaper;

  public VirtualPrinter(PrinterProfile profile, Consumer<BufferedImage> onPaper) {
    this.profile = profile;
    this.onPaper = onPaper;
  }

  @Override
  public synchronized void write(byte[] bytes) {
    BufferedImage paper = render(bytes, profile);
    printed.add(paper);
    onPaper.accept(paper);
  }

  public synchronized List<BufferedImage> printed() {
    return List.copyOf(printed);
  }

  @Override
  public String describe() {
    return "virtual: (on screen, " + profile.name() + ")";
  }

  /** Draws the paper the bytes would come out as. */
  public static BufferedImage render(byte[] bytes, PrinterProfile profile) {
    return new Paper(profile).run(bytes);
  }

  /** Interprets the commands the encoder sends; unknown ones are skipped. */
  private static final class Paper {
    private final PrinterProfile profile;
    private final List<BufferedImage> strips = new ArrayList<>();
    private final ByteArrayOutputStream text = new ByteArrayOutputStream();
    private Charset charset = Charset.forName(PrinterProfile.CP437);
    private int align;
    private boolean bold;
    private boolean big;
    private final Font mono;
    private final Font monoBold;

    Paper(PrinterProfile profile) {
      this.profile = profile;
      this.mono = font("/net/sf/jasperreports/fonts/dejavu/DejaVuSansMono.ttf");
      this.monoBold = font("/net/sf/jasperreports/fonts/dejavu/DejaVuSansMono-Bold.ttf");
    }

    BufferedImage run(byte[] b) {
      int i = 0;
      while (i < b.length) {
        int c = b[i] & 0xff;
        if (c == 0x1B && i + 1 < b.length) {
          int cmd = b[i + 1];
          switch (cmd) {
            case '@' -> {
              align = 0;
              bold = false;
              big = false;
              i += 2;
            }
            case 't' -> {
              charset = profile.charsetOf(b[i + 2] & 0xff).orElse(charset);
              i += 3;
            }
            case 'a' -> {
              align = b[i + 2];
              i += 3;
            }
            case 'E' -> {
              bold = b[i + 2] != 0;
              i += 3;
            }
            case 'd' -> {
              for (int k = 0; k < (b[i + 2] & 0xff); k++) {
                strips.add(blank(LINE));
              }
              i += 3;
            }
            case 'p' -> {
              strips.add(note("[drawer opens]"));
              i += 5;
            }
            default -> i += 2;
          }
        } else if (c == 0x1C && i + 1 < b.length) {
          i += 2; // FS . (Kanji off)
        } else if (c == 0x1D && i + 1 < b.length) {
          int cmd = b[i + 1];
          if (cmd == '!') {
            big = (b[i + 2] & 0x11) != 0;
            i += 3;
          } else if (cmd == 'v') {
            int w = (b[i + 4] & 0xff) | (b[i + 5] & 0xff) << 8;
            int h = (b[i + 6] & 0xff) | (b[i + 7] & 0xff) << 8;
            strips.add(raster(b, i + 8, w, h));
            i += 8 + w * h;
          } else if (cmd == 'k') {
            int m = b[i + 2] & 0xff;
            int n = b[i + 3] & 0xff;
            String data = new String(b, i + 4, n, StandardCharsets.US_ASCII);
            strips.add(barcode(m, data));
            i += 4 + n;
          } else if (cmd == '(' && b[i + 2] == 'k') {
            int len = (b[i + 3] & 0xff) | (b[i + 4] & 0xff) << 8;
            if (b[i + 5] == 49 && b[i + 6] == 80) {
              String data = new String(b, i + 8, len - 3, StandardCharsets.UTF_8);
              strips.add(qr(data));
            }
            i += 5 + len;
          } else if (cmd == 'V') {
            strips.add(cut());
            i += 4;
          } else {
            i += 3; // GS h, GS w, GS H: one argument each
          }
        } else if (c == 0x0A) {
          strips.add(textLine(new String(text.toByteArray(), charset)));
          text.reset();
          i++;
        } else {
          text.write(c);
          i++;
        }
      }
      int height = strips.stream().mapToInt(BufferedImage::getHeight).sum() + 16;
      BufferedImage page =
          new BufferedImage(profile.widthDots() + 32, height, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = page.createGraphics();
      g.setColor(new Color(0xFAFAF5));
      g.fillRect(0, 0, page.getWidth(), height);
      int y = 8;
      for (BufferedImage s : strips) {
        g.drawImage(s, 16, y, null);
        y += s.getHeight();
      }
      g.dispose();
      return page;
    }

    private BufferedImage textLine(String line) {
      int h = big ? LINE * 2 : LINE;
      BufferedImage img = blank(h);
      Graphics2D g = img.createGraphics();
      g.setColor(Color.BLACK);
      int cell = profile.widthDots() / profile.columns();
      Font f = (bold ? monoBold : mono).deriveFont((float) (big ? 38 : 20));
      g.setFont(f);
      // Scale the font so that one column of font A takes exactly one cell of the paper.
      float scale = (big ? 2f * cell : cell) / (float) g.getFontMetrics().charWidth('M');
      g.setFont(f.deriveFont(f.getSize2D() * scale));
      int width = g.getFontMetrics().stringWidth(line);
      int x =
          align == 1
              ? (profile.widthDots() - width) / 2
              : align == 2 ? profile.widthDots() - width : 0;
      g.drawString(line, Math.max(0, x), h - (big ? 10 : 6));
      g.dispose();
      return img;
    }

    private BufferedImage raster(byte[] b, int from, int bytesPerRow, int rows) {
      BufferedImage img = blank(rows);
      for (int y = 0; y < rows; y++) {
        for (int x = 0; x < bytesPerRow * 8 && x < profile.widthDots(); x++) {
          int v = b[from + y * bytesPerRow + x / 8] & 0xff;
          if ((v & (0x80 >> (x % 8))) != 0) {
            img.setRGB(x, y, 0);
          }
        }
      }
      return img;
    }

    private BufferedImage barcode(int m, String data) {
      try {
        BitMatrix bits =
            m == 67
                ? new EAN13Writer().encode(data, BarcodeFormat.EAN_13, 0, 80)
                : new Code128Writer()
                    .encode(
                        data.startsWith("{B") ? data.substring(2) : data,
                        BarcodeFormat.CODE_128,
                        0,
                        80);
        int scale = Math.max(1, Math.min(3, profile.widthDots() / bits.getWidth()));
        BufferedImage img = blank(80 + LINE);
        int left = (profile.widthDots() - bits.getWidth() * scale) / 2;
        for (int x = 0; x < bits.getWidth(); x++) {
          if (bits.get(x, 0)) {
            for (int y = 0; y < 80; y++) {
              for (int s = 0; s < scale; s++) {
                img.setRGB(left + x * scale + s, y, 0);
              }
            }
          }
        }
        Graphics2D g = img.createGraphics();
        g.setColor(Color.BLACK);
        g.setFont(mono.deriveFont(18f));
        String digits =
            m == 67
                ? data + org.ovop.till.core.catalog.Barcodes.checkDigit(data)
                : data.startsWith("{B") ? data.substring(2) : data;
        int w = g.getFontMetrics().stringWidth(digits);
        g.drawString(digits, (profile.widthDots() - w) / 2, 80 + 18);
        g.dispose();
        return img;
      } catch (IllegalArgumentException e) {
        return note("[barcode " + data + "]");
      }
    }

    private BufferedImage qr(String data) {
      try {
        BitMatrix bits = new QRCodeWriter().encode(data, BarcodeFormat.QR_CODE, 0, 0);
        int scale = 6;
        BufferedImage img = blank(bits.getHeight() * scale);
        int left = (profile.widthDots() - bits.getWidth() * scale) / 2;
        for (int y = 0; y < bits.getHeight(); y++) {
          for (int x = 0; x < bits.getWidth(); x++) {
            if (bits.get(x, y)) {
              for (int dy = 0; dy < scale; dy++) {
                for (int dx = 0; dx < scale; dx++) {
                  img.setRGB(left + x * scale + dx, y * scale + dy, 0);
                }
              }
            }
          }
        }
        return img;
      } catch (com.google.zxing.WriterException e) {
        return note("[QR]");
      }
    }

    private BufferedImage cut() {
      BufferedImage img = blank(LINE);
      Graphics2D g = img.createGraphics();
      g.setColor(Color.GRAY);
      g.setStroke(
          new BasicStroke(
              1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {6, 6}, 0));
      g.drawLine(0, LINE / 2, profile.widthDots(), LINE / 2);
      g.dispose();
      return img;
    }

    private BufferedImage note(String what) {
      BufferedImage img = blank(LINE);
      Graphics2D g = img.createGraphics();
      g.setColor(Color.GRAY);
      g.setFont(mono.deriveFont(14f));
      g.drawString(what, 0, 17);
      g.dispose();
      return img;
    }

    private BufferedImage blank(int h) {
      BufferedImage img = new BufferedImage(profile.widthDots(), h, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = img.createGraphics();
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, profile.widthDots(), h);
      g.dispose();
      return img;
    }

    private static Font font(String resource) {
      try (InputStream in = VirtualPrinter.class.getResourceAsStream(resource)) {
        return Font.createFont(Font.TRUETYPE_FONT, in);
      } catch (IOException | java.awt.FontFormatException | NullPointerException e) {
        return new Font(Font.MONOSPACED, Font.PLAIN, 20);
      }
    }
  }
}
