package org.ovop.till.printing.escpos;

import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one model of thermal printer can do: paper width in dots, columns of font A, whether it
 * knows QR codes, and its code page numbers for {@code ESC t}, which differ between vendors (CP866
 * is 17 on Epson and most clones; Windows-1251 is 46 on Epson, 23 on Xprinter). Code pages are
 * listed in the order the encoder tries them.
 */
public record PrinterProfile(
    String name,
    String description,
    int widthDots,
    int columns,
    boolean qr,
    Map<String, Integer> codePages) {

  /** Java charset names of the code pages the encoder knows. */
  public static final String CP437 = "IBM437";

  public static final String CP850 = "IBM850";
  public static final String CP858 = "IBM00858";
  public static final String CP866 = "IBM866";
  public static final String WPC1251 = "windows-1251";
  public static final String WPC1252 = "windows-1252";

  private static Map<String, Integer> pages(Object... charsetAndNumber) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (int i = 0; i < charsetAndNumber.length; i += 2) {
      m.put((String) charsetAndNumber[i], (Integer) charsetAndNumber[i + 1]);
    }
    return m;
  }

  private static final Map<String, Integer> EPSON =
      pages(CP437, 0, CP866, 17, WPC1251, 46, CP858, 19, CP850, 2, WPC1252, 16);

  public static final List<PrinterProfile> ALL =
      List.of(
          new PrinterProfile("generic-58", "58 mm ESC/POS, Epson code pages", 384, 32, true, EPSON),
          new PrinterProfile("generic-80", "80 mm ESC/POS, Epson code pages", 576, 48, true, EPSON),
          new PrinterProfile("epson-tm-t20", "Epson TM-T20 (80 mm)", 576, 48, true, EPSON),
          new PrinterProfile(
              "xprinter-58",
              "Xprinter XP-58 / POS-5890 clones (58 mm, no QR command)",
              384,
              32,
              false,
              pages(CP437, 0, CP866, 17, WPC1251, 23, CP850, 2, WPC1252, 16)));

  public static Optional<PrinterProfile> named(String name) {
    return ALL.stream()
        .filter(p -> p.name().equalsIgnoreCase(name == null ? "" : name.strip()))
        .findFirst();
  }

  public static PrinterProfile standard() {
    return ALL.get(1);
  }

  /** The charset behind an {@code ESC t} number, for reading bytes back. */
  public Optional<Charset> charsetOf(int number) {
    return codePages.entrySet().stream()
        .filter(e -> e.getValue() == number)
        .map(e -> Charset.forName(e.getKey()))
        .findFirst();
  }
}
