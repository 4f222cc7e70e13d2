package org.ovop.till.app.cli;

import org.ovop.till.printing.transport.PrinterFault;
import org.ovop.till.printing.transport.PrinterTransport;
import org.ovop.till.printing.transport.PrinterUris;

/** Opens a printer address for the command line. */
final class Printers {
  private Printers() {}

  static PrinterTransport open(PrinterUris.Address a) throws PrinterFault {
    return switch (a.scheme()) {
      case "file", "tcp" -> PrinterUris.openSimple(a, 5000);
      case "virtual" ->
          throw new PrinterFault(
              "The virtual printer is on the till's screen; from the command line use --out FILE.png.");
      default ->
          throw new PrinterFault(
              "USB printing from the command line is not available in this version; use file:/dev/usb/lp0.");
    };
  }
}
