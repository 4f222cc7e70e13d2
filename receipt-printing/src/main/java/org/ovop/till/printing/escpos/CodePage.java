package org.ovop.till.printing.escpos;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One printer code page: its {@code ESC t} number and which byte each character it carries becomes.
 * A receipt asks "does this page carry the line?" for every line and every page of the profile;
 * answering from a table read once from the JDK's own encoder costs a few array reads per
 * character, where a fresh {@link CharsetEncoder} per question cost most of the time of a receipt.
 */
final class CodePage {
  /** Characters to byte, built once per charset: the charsets never change while the till runs. */
  private static final Map<String, Table> TABLES = new ConcurrentHashMap<>();

  final int number;
  private final Charset charset;
  private final Table table;

  private CodePage(int number, Table table) {
    this.number = number;
    this.charset = table.charset();
    this.table = table;
  }

  /** The page of a Java charset name, with its {@code ESC t} number on one printer model. */
  static CodePage of(String charsetName, int number) {
    return new CodePage(
        number, TABLES.computeIfAbsent(charsetName, n -> table(Charset.forName(n))));
  }

  /** True when every character of the line has a byte in this page (what the encoder says). */
  boolean carries(String line) {
    return bytesIfCarried(line) != null;
  }

  /**
   * The bytes of the line in this page, the same as {@code line.getBytes(charset)}; null when a
   * character of it is not in the page.
   */
  byte[] bytesIfCarried(String line) {
    if (table.blocks() == null) {
      return charset.newEncoder().canEncode(line) ? line.getBytes(charset) : null;
    }
    // One pass: a page that misses mostly misses on the first letters, so the array is rarely
    // made in vain, and a page that carries the line is read once instead of twice.
    byte[] bytes = new byte[line.length()];
    return write(line, bytes, 0) < 0 ? null : bytes;
  }

  /** True when the page was read into a table, so {@link #write} can answer for it. */
  boolean tabled() {
    return table.blocks() != null;
  }

  /**
   * Writes the text in this page into {@code out} from {@code at}, which has room for one byte per
   * character: the position after it, or -1 when a character of it is not in the page (what was
   * written before that is the caller's to drop). Only for a {@link #tabled} page. The encoder
   * writes a receipt's lines straight into its output this way, with no array per line.
   */
  int write(String text, byte[] out, int at) {
    boolean ascii = table.keepsAscii();
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      // Spaces, digits and Latin letters are most of a receipt's characters, and every page the
      // printers know writes printable ASCII as itself.
      int b = ascii && c >= 0x20 && c < 0x7f ? c : table.byteOf(c);
      if (b < 0) {
        return -1;
      }
      out[at++] = (byte) b;
    }
    return at;
  }

  /** The byte of a character in a {@link #tabled} page, or -1 when the page does not carry it. */
  int byteOf(char c) {
    return table.byteOf(c);
  }

  /**
   * The byte of every character the charset's encoder accepts, asked of the encoder itself so the
   * table agrees with it exactly (one-way mappings included). Only for charsets of one byte per
   * character, which all printer code pages are; anything else keeps asking the encoder.
   */
  private static Table table(Charset charset) {
    CharsetEncoder encoder = charset.newEncoder();
    if (encoder.maxBytesPerChar() != 1f) {
      return new Table(charset, null, false);
    }
    short[][] blocks = new short[256][];
    char[] one = new char[1];
    ByteBuffer into = ByteBuffer.allocate(1);
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Character.isSurrogate((char) c) || !encoder.canEncode((char) c)) {
        continue;
      }
      one[0] = (char) c;
      into.clear();
      encoder.reset();
      if (encoder.encode(CharBuffer.wrap(one), into, true).isError()
          || encoder.flush(into).isError()
          || into.position() != 1) {
        continue;
      }
      short[] block = blocks[c >>> 8];
      if (block == null) {
        block = new short[256];
        blocks[c >>> 8] = block;
      }
      block[c & 0xff] = (short) ((into.get(0) & 0xff) + 1); // 0 stays "not carried"
    }
    boolean keepsAscii = blocks[0] != null;
    for (int c = 0x20; keepsAscii && c < 0x7f; c++) {
      keepsAscii = blocks[0][c] - 1 == c;
    }
    return new Table(charset, blocks, keepsAscii);
  }

  /**
   * Characters in blocks of 256, a block only where the page carries something; no blocks at all
   * for a charset of several bytes per character, which is asked of its encoder every time.
   */
  private record Table(Charset charset, short[][] blocks, boolean keepsAscii) {
    /** The byte 0..255, or -1 when the page does not carry the character. */
    int byteOf(char c) {
      short[] block = blocks[c >>> 8];
      return block == null ? -1 : block[c & 0xff] - 1;
    }
  }
}
