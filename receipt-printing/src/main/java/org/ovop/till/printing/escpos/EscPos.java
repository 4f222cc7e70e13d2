package org.ovop.till.printing.escpos;

/** The ESC/POS command bytes the encoder uses, named. */
final class EscPos {
  private EscPos() {}

  static final byte ESC = 0x1B;
  static final byte GS = 0x1D;
  static final byte FS = 0x1C;
  static final byte LF = 0x0A;

  static final byte[] INIT = {ESC, '@'};

  /** Cancel Kanji mode, which some clones start in: otherwise they print hieroglyphs. */
  static final byte[] KANJI_OFF = {FS, '.'};

  static byte[] codePage(int n) {
    return new byte[] {ESC, 't', (byte) n};
  }

  static byte[] align(int n) {
    return new byte[] {ESC, 'a', (byte) n};
  }

  static byte[] bold(boolean on) {
    return new byte[] {ESC, 'E', (byte) (on ? 1 : 0)};
  }

  /** GS ! n: width and height multipliers (0x11 = double both). */
  static byte[] size(boolean big) {
    return new byte[] {GS, '!', (byte) (big ? 0x11 : 0x00)};
  }

  static byte[] feed(int lines) {
    return new byte[] {ESC, 'd', (byte) lines};
  }

  /** GS V 66 n: feed to the cutter, then a partial cut. */
  static final byte[] CUT = {GS, 'V', 66, 3};

  /** ESC p m t1 t2: pulse pin 2 for 50 ms on, 500 ms off. */
  static final byte[] DRAWER = {ESC, 'p', 0, 25, (byte) 250};
}
