package org.ovop.till.printing.escpos;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads ESC/POS bytes back into what a printer would do with them: text lines decoded by the code
 * page selected with ESC t (through the profile's own numbers), rasters, barcodes, QR data, cut and
 * drawer kick. Written apart from the encoder, so the tests check the bytes, not the code.
 */
final class EscPosDecoder {
  sealed interface Event {}

  record Line(String text, int codePage, boolean bold, boolean big, int align) implements Event {}

  record Raster(int widthDots, int rows, int blackDots) implements Event {}

  record Barcode(int type, String data) implements Event {}

  record Qr(String data) implements Event {}

  record Cut() implements Event {}

  record Drawer() implements Event {}

  record Init() implements Event {}

  record KanjiOff() implements Event {}

  static List<Event> decode(byte[] b, PrinterProfile profile) {
    List<Event> out = new ArrayList<>();
    int codePage = 0;
    boolean bold = false;
    boolean big = false;
    int align = 0;
    int lineStart = -1;
    java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xff;
      if (c == 0x1B) {
        char cmd = (char) b[i + 1];
        if (cmd == '@') {
          out.add(new Init());
          i += 2;
        } else if (cmd == 't') {
          codePage = b[i + 2] & 0xff;
          i += 3;
        } else if (cmd == 'E') {
          bold = b[i + 2] == 1;
          i += 3;
        } else if (cmd == 'a') {
          align = b[i + 2];
          i += 3;
        } else if (cmd == 'd') {
          i += 3;
        } else if (cmd == 'p') {
          out.add(new Drawer());
          i += 5;
        } else {
          throw new IllegalStateException("unknown ESC " + cmd + " at " + i);
        }
      } else if (c == 0x1C) {
        if (b[i + 1] != '.') {
          throw new IllegalStateException("unknown FS at " + i);
        }
        out.add(new KanjiOff());
        i += 2;
      } else if (c == 0x1D) {
        char cmd = (char) b[i + 1];
        switch (cmd) {
          case '!' -> {
            big = b[i + 2] == 0x11;
            i += 3;
          }
          case 'h', 'w', 'H' -> i += 3;
          case 'V' -> {
            out.add(new Cut());
            i += 4;
          }
          case 'k' -> {
            int n = b[i + 3] & 0xff;
            out.add(
                new Barcode(b[i + 2] & 0xff, new String(b, i + 4, n, StandardCharsets.US_ASCII)));
            i += 4 + n;
          }
          case '(' -> {
            int len = (b[i + 3] & 0xff) + ((b[i + 4] & 0xff) << 8);
            if (b[i + 6] == 80) {
              out.add(new Qr(new String(b, i + 8, len - 3, StandardCharsets.UTF_8)));
            }
            i += 5 + len;
          }
          case 'v' -> {
            int w = (b[i + 4] & 0xff) + ((b[i + 5] & 0xff) << 8);
            int h = (b[i + 6] & 0xff) + ((b[i + 7] & 0xff) << 8);
            int black = 0;
            for (int k = 0; k < w * h; k++) {
              black += Integer.bitCount(b[i + 8 + k] & 0xff);
            }
            out.add(new Raster(w * 8, h, black));
            i += 8 + w * h;
          }
          default -> throw new IllegalStateException("unknown GS " + cmd + " at " + i);
        }
      } else if (c == 0x0A) {
        Charset cs =
            profile
                .charsetOf(codePage)
                .orElseThrow(() -> new IllegalStateException("code page not in profile"));
        out.add(new Line(new String(text.toByteArray(), cs), codePage, bold, big, align));
        text.reset();
        i++;
      } else {
        if (c < 0x20) {
          throw new IllegalStateException("control byte " + c + " in text at " + i);
        }
        text.write(c);
        i++;
      }
    }
    return out;
  }

  static List<String> lines(List<Event> events) {
    return events.stream().filter(e -> e instanceof Line).map(e -> ((Line) e).text()).toList();
  }
}
