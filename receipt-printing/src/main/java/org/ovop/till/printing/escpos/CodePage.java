package org.ovop.till.printing.escpos;

import java.io.ByteArrayOutputStream;
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

  private CodePage(int number, Charset charset, Table table) {
    this.number = number;
    this.charset = charset;
    this.table = table;
  }

  static CodePage of(String charsetName, int number) {
    Charset charset = Charset.forName(charsetName);
    return new CodePage(
        number, charset, TABLES.computeIfAbsent(charset.name(), n -> table(charset)));
  }

  /** True when every character of the line has a byte in this page (what the encoder says). */
  boolean carries(String line) {
    if (table.blocks() == null) {
      return charset.newEncoder().canEncode(line);
    }
    for (int i = 0; i < line.length(); i++) {
      if (table.byteOf(line.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Writes a line this page {@link #carries}, byte for byte as {@code line.getBytes(charset)}. */
  void write(String line, ByteArrayOutputStream out) {
    if (table.blocks() == null) {
      byte[] bytes = line.getBytes(charset);
      out.write(bytes, 0, bytes.length);
      return;
    }
    byte[] bytes = new byte[line.length()];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) table.byteOf(line.charAt(i));
    }
    out.write(bytes, 0, bytes.length);
  }

  /**
   * The byte of every character the charset's encoder accepts, asked of the encoder itself so the
   * table agrees with it exactly (one-way mappings included). Only for charsets of one byte per
   * character, which all printer code pages are; anything else keeps asking the encoder.
   */
  private static Table table(Charset charset) {
    CharsetEncoder encoder = charset.newEncoder();
    if (encoder.maxBytesPerChar() != 1f) {
      return new Table(null);
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
    return new Table(blocks);
  }

  /**
   * Characters in blocks of 256, a block only where the page carries something; no blocks at all
   * for a charset of several bytes per character, which is asked of its encoder every time.
   */
  private record Table(short[][] blocks) {
    /** The byte 0..255, or -1 when the page does not carry the character. */
    int byteOf(char c) {
      short[] block = blocks[c >>> 8];
      return block == null ? -1 : block[c & 0xff] - 1;
    }
  }
}
