package org.ovop.till.app.cli;

import javax.usb.UsbException;
import javax.usb.UsbHostManager;
import javax.usb.UsbServices;
import org.ovop.till.printing.transport.PrinterFault;
import org.ovop.till.printing.transport.PrinterTransport;
import org.ovop.till.printing.transport.PrinterUris;
import org.ovop.till.printing.usb.UsbPrinterTransport;

/**
 * Opens a printer address for the command line. This is the one place that asks javax.usb for the
 * host's USB services (UsbHostManager caches them per JVM); everything else takes them as given.
 */
final class Printers {
  private Printers() {}

  static PrinterTransport open(PrinterUris.Address a) throws PrinterFault {
    return switch (a.scheme()) {
      case "file", "tcp" -> PrinterUris.openSimple(a, 5000);
      case "usb" -> new UsbPrinterTransport(usb(), a.vendor(), a.product(), 5000);
      default ->
          throw new PrinterFault(
              "The virtual printer is on the till's screen; from the command line use --out FILE.png.");
    };
  }

  static UsbServices usb() throws PrinterFault {
    try {
      return UsbHostManager.getUsbServices();
    } catch (UsbException | RuntimeException | LinkageError e) {
      throw new PrinterFault(PrinterFault.Kind.NO_USB, "USB", e.getMessage(), e);
    }
  }
}
