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

  // Sent around every line of text: made once. Callers only copy them into the output.
  private static final byte[][] ALIGN = {{ESC, 'a', 0}, {ESC, 'a', 1}, {ESC, 'a', 2}};
  private static final byte[] BOLD_ON = {ESC, 'E', 1};
  private static final byte[] BOLD_OFF = {ESC, 'E', 0};
  private static final byte[] SIZE_DOUBLE = {GS, '!', 0x11};
  private static final byte[] SIZE_NORMAL = {GS, '!', 0x00};

  /** ESC a n: 0 left, 1 centre, 2 right. */
  static byte[] align(int n) {
    return ALIGN[n];
  }

  static byte[] bold(boolean on) {
    return on ? BOLD_ON : BOLD_OFF;
  }

  /** GS ! n: width and height multipliers (0x11 = double both). */
  static byte[] size(boolean big) {
    return big ? SIZE_DOUBLE : SIZE_NORMAL;
  }

  static byte[] feed(int lines) {
    return new byte[] {ESC, 'd', (byte) lines};
  }

  /** GS V 66 n: feed to the cutter, then a partial cut. */
  static final byte[] CUT = {GS, 'V', 66, 3};

  /** ESC p m t1 t2: pulse pin 2 for 50 ms on, 500 ms off. */
  static final byte[] DRAWER = {ESC, 'p', 0, 25, (byte) 250};
}
