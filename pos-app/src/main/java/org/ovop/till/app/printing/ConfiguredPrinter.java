package org.ovop.till.app.printing;

import java.util.function.Supplier;
import javax.usb.UsbException;
import javax.usb.UsbHostManager;
import org.ovop.till.printing.transport.PrinterFault;
import org.ovop.till.printing.transport.PrinterTransport;
import org.ovop.till.printing.transport.PrinterUris;
import org.ovop.till.printing.usb.UsbPrinterTransport;

/**
 * The window's receipt printer at the address the store saved. Each paper opens the printer, writes
 * and closes it again, so a printer that was unplugged and plugged back in works for the next paper
 * without restarting the till; a fault is the job's reason in the print queue.
 */
public final class ConfiguredPrinter implements PrinterTransport {
  private static final int TIMEOUT_MILLIS = 5000;
  private final String uri;
  private final Supplier<PrinterTransport> onScreen;

  /**
   * @param uri the printer address ({@code virtual:}, {@code usb:VID:PID}, {@code file:...}, {@code
   *     tcp://HOST:PORT})
   * @param onScreen the virtual printer that draws paper on the till's screen
   */
  public ConfiguredPrinter(String uri, Supplier<PrinterTransport> onScreen) {
    this.uri = uri;
    this.onScreen = onScreen;
  }

  @Override
  public void write(byte[] bytes) throws PrinterFault {
    var address =
        PrinterUris.parse(uri)
            .orElseThrow(
                () -> new PrinterFault(PrinterFault.Kind.NOT_AN_ADDRESS, uri, PrinterUris.SHAPES));
    if (address.scheme().equals("virtual")) {
      onScreen.get().write(bytes);
      return;
    }
    try (PrinterTransport printer = open(address)) {
      printer.write(bytes);
    }
  }

  private static PrinterTransport open(PrinterUris.Address a) throws PrinterFault {
    if (!a.scheme().equals("usb")) {
      return PrinterUris.openSimple(a, TIMEOUT_MILLIS);
    }
    try {
      return new UsbPrinterTransport(
          UsbHostManager.getUsbServices(), a.vendor(), a.product(), TIMEOUT_MILLIS);
    } catch (UsbException | RuntimeException | LinkageError e) {
      throw new PrinterFault(PrinterFault.Kind.NO_USB, "USB", e.getMessage(), e);
    }
  }

  @Override
  public String describe() {
    return uri;
  }
}
