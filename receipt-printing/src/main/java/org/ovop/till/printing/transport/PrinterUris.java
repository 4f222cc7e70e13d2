package org.ovop.till.printing.transport;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Printer addresses as people write them: {@code usb:}, {@code usb:VID:PID} (hex), {@code
 * file:/dev/usb/lp0}, {@code tcp://HOST:9100}, {@code virtual:}.
 */
public final class PrinterUris {
  /** A parsed address. */
  public record Address(
      String scheme, String host, int port, String path, Integer vendor, Integer product) {}

  private PrinterUris() {}

  /** The address, or empty with the sentence saying what a printer address looks like. */
  public static Optional<Address> parse(String uri) {
    if (uri == null) {
      return Optional.empty();
    }
    String u = uri.strip();
    if (u.equals("virtual:") || u.equals("virtual")) {
      return Optional.of(new Address("virtual", null, 0, null, null, null));
    }
    if (u.equals("usb:") || u.equals("usb")) {
      return Optional.of(new Address("usb", null, 0, null, null, null));
    }
    if (u.matches("usb:[0-9a-fA-F]{4}:[0-9a-fA-F]{4}")) {
      return Optional.of(
          new Address(
              "usb",
              null,
              0,
              null,
              Integer.parseInt(u.substring(4, 8), 16),
              Integer.parseInt(u.substring(9, 13), 16)));
    }
    if (u.startsWith("file:") && u.length() > 5) {
      return Optional.of(new Address("file", null, 0, u.substring(5), null, null));
    }
    var tcp =
        java.util.regex.Pattern.compile("tcp://([A-Za-z0-9.\\-]+)(?::(\\d{1,5}))?/?").matcher(u);
    if (tcp.matches()) {
      int port = tcp.group(2) == null ? 9100 : Integer.parseInt(tcp.group(2));
      if (port > 0 && port < 65536) {
        return Optional.of(new Address("tcp", tcp.group(1), port, null, null, null));
      }
    }
    return Optional.empty();
  }

  public static final String SHAPES =
      "write usb:, usb:VID:PID (hex, e.g. usb:0416:5011), file:/dev/usb/lp0, tcp://HOST:9100 or virtual:";

  /** Opens file and TCP transports; USB and virtual need the caller's services and screen. */
  public static PrinterTransport openSimple(Address a, int timeoutMillis) throws PrinterFault {
    return switch (a.scheme()) {
      case "file" -> new FileTransport(Path.of(a.path()), timeoutMillis);
      case "tcp" -> new TcpTransport(a.host(), a.port(), timeoutMillis);
      default ->
          throw new PrinterFault("Printer " + a.scheme() + ": is opened by the till itself.");
    };
  }
}
