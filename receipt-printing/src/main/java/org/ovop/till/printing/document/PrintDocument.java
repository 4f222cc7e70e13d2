package org.ovop.till.printing.document;

import java.util.ArrayList;
import java.util.List;

/**
 * What gets printed, independent of any printer: text with style and alignment, two-column lines,
 * rules, barcodes, QR codes, feeds, the cut and the drawer kick. Layouts build these; the ESC/POS
 * encoder turns them into bytes for one printer profile.
 */
public record PrintDocument(String name, List<Block> blocks) {

  public enum Align {
    LEFT,
    CENTER,
    RIGHT
  }

  public enum Symbology {
    EAN13,
    CODE128
  }

  /** One element of a printed document. */
  public sealed interface Block {}

  public record Text(String text, Align align, boolean bold, boolean big) implements Block {}

  /** A label on the left and a figure on the right, on one line when they fit. */
  public record Columns(String left, String right, boolean bold) implements Block {}

  public record Rule(char mark) implements Block {}

  public record Barcode(Symbology symbology, String data) implements Block {}

  public record QrCode(String data) implements Block {}

  public record Feed(int lines) implements Block {}

  public record Cut() implements Block {}

  public record DrawerKick() implements Block {}

  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** Builds a document block by block. */
  public static final class Builder {
    private final String name;
    private final List<Block> blocks = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    public Builder text(String text) {
      return add(new Text(text, Align.LEFT, false, false));
    }

    public Builder centered(String text) {
      return add(new Text(text, Align.CENTER, false, false));
    }

    public Builder title(String text) {
      return add(new Text(text, Align.CENTER, true, true));
    }

    public Builder bold(String text) {
      return add(new Text(text, Align.LEFT, true, false));
    }

    public Builder columns(String left, String right) {
      return add(new Columns(left, right, false));
    }

    public Builder boldColumns(String left, String right) {
      return add(new Columns(left, right, true));
    }

    public Builder rule() {
      return add(new Rule('-'));
    }

    public Builder barcode(Symbology symbology, String data) {
      return add(new Barcode(symbology, data));
    }

    public Builder qr(String data) {
      return add(new QrCode(data));
    }

    public Builder feed(int lines) {
      return add(new Feed(lines));
    }

    public Builder cut() {
      return add(new Cut());
    }

    public Builder drawer() {
      return add(new DrawerKick());
    }

    public Builder add(Block block) {
      blocks.add(block);
      return this;
    }

    public PrintDocument build() {
      return new PrintDocument(name, List.copyOf(blocks));
    }
  }
}
