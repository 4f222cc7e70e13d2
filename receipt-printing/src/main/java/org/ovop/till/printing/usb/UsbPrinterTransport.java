package org.ovop.till.printing.usb;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.usb.UsbConfiguration;
import javax.usb.UsbConst;
import javax.usb.UsbDevice;
import javax.usb.UsbDisconnectedException;
import javax.usb.UsbEndpoint;
import javax.usb.UsbException;
import javax.usb.UsbHub;
import javax.usb.UsbInterface;
import javax.usb.UsbIrp;
import javax.usb.UsbPipe;
import javax.usb.UsbServices;
import org.ovop.till.printing.transport.PrinterFault;
import org.ovop.till.printing.transport.PrinterStatus;
import org.ovop.till.printing.transport.PrinterTransport;

/**
 * A thermal printer on USB through javax.usb: the first interface of the printer class (0x07), or
 * the device with a given vendor:product id. The interface is claimed by force (the kernel's usblp
 * driver lets go), data goes out on the bulk OUT endpoint, and status comes back on bulk IN after
 * DLE EOT. Every transfer waits a bounded time, so an unplugged or jammed printer is a sentence,
 * never a hung till.
 */
public final class UsbPrinterTransport implements PrinterTransport {
  static final byte PRINTER_CLASS = 0x07;

  private final UsbServices services;
  private final Integer vendor;
  private final Integer product;
  private final long timeoutMillis;

  /** Takes the services from the caller, so tests can hand in a virtual USB tree. */
  public UsbPrinterTransport(
      UsbServices services, Integer vendor, Integer product, long timeoutMillis) {
    this.services = services;
    this.vendor = vendor;
    this.product = product;
    this.timeoutMillis = timeoutMillis;
  }

  @Override
  public void write(byte[] bytes) throws PrinterFault {
    withInterface(
        iface -> {
          transfer(endpoint(iface, UsbConst.ENDPOINT_DIRECTION_OUT), bytes);
          return null;
        });
  }

  /** DLE EOT 4 (paper sensor) then DLE EOT 2 (cover), one byte back each. */
  @Override
  public PrinterStatus status() throws PrinterFault {
    return withInterface(
        iface -> {
          UsbEndpoint out = endpoint(iface, UsbConst.ENDPOINT_DIRECTION_OUT);
          UsbEndpoint in = endpoint(iface, UsbConst.ENDPOINT_DIRECTION_IN);
          transfer(out, new byte[] {0x10, 0x04, 0x04});
          Optional<Byte> paper = read(in);
          if (paper.isEmpty()) {
            return PrinterStatus.UNKNOWN;
          }
          if ((paper.get() & 0x60) != 0) {
            return PrinterStatus.PAPER_OUT;
          }
          transfer(out, new byte[] {0x10, 0x04, 0x02});
          Optional<Byte> cover = read(in);
          if (cover.isPresent() && (cover.get() & 0x04) != 0) {
            return PrinterStatus.COVER_OPEN;
          }
          return (paper.get() & 0x0C) != 0 ? PrinterStatus.PAPER_NEAR_END : PrinterStatus.READY;
        });
  }

  @Override
  public String describe() {
    return vendor == null ? "usb:" : String.format("usb:%04x:%04x", vendor, product);
  }

  private interface Work<T> {
    T on(UsbInterface iface) throws UsbException, PrinterFault;
  }

  private <T> T withInterface(Work<T> work) throws PrinterFault {
    try {
      UsbInterface iface =
          find().orElseThrow(() -> new PrinterFault(PrinterFault.Kind.ABSENT, name(), null));
      iface.claim(usbInterface -> true); // force: detach the kernel driver
      try {
        return work.on(iface);
      } finally {
        try {
          iface.release();
        } catch (UsbException | RuntimeException ignored) {
          // an unplugged printer cannot be released; the next write claims it afresh
        }
      }
    } catch (UsbDisconnectedException e) {
      throw new PrinterFault(PrinterFault.Kind.UNPLUGGED, name(), null, e);
    } catch (UsbException e) {
      throw new PrinterFault(PrinterFault.Kind.UNUSABLE, name(), e.getMessage(), e);
    }
  }

  /** The printer as a person names it: "USB", or "USB 0416:5011" when one was chosen. */
  private String name() {
    return vendor == null ? "USB" : String.format("USB %04x:%04x", vendor, product);
  }

  private void transfer(UsbEndpoint endpoint, byte[] bytes) throws UsbException, PrinterFault {
    UsbPipe pipe = endpoint.getUsbPipe();
    pipe.open();
    try {
      UsbIrp irp = pipe.createUsbIrp();
      irp.setData(bytes);
      pipe.asyncSubmit(irp);
      irp.waitUntilComplete(timeoutMillis);
      if (!irp.isComplete()) {
        pipe.abortAllSubmissions();
        throw new PrinterFault(PrinterFault.Kind.SLOW, name(), PrinterFault.seconds(timeoutMillis));
      }
      if (irp.isUsbException()) {
        throw new PrinterFault(
            PrinterFault.Kind.REFUSED,
            name(),
            irp.getUsbException().getMessage(),
            irp.getUsbException());
      }
    } finally {
      closeQuietly(pipe);
    }
  }

  private Optional<Byte> read(UsbEndpoint endpoint) throws UsbException {
    UsbPipe pipe = endpoint.getUsbPipe();
    pipe.open();
    try {
      UsbIrp irp = pipe.createUsbIrp();
      irp.setData(new byte[1]);
      irp.setAcceptShortPacket(true);
      pipe.asyncSubmit(irp);
      irp.waitUntilComplete(timeoutMillis);
      if (!irp.isComplete()) {
        pipe.abortAllSubmissions();
        return Optional.empty(); // many printers stay silent: status unknown, not a fault
      }
      return irp.getActualLength() > 0 ? Optional.of(irp.getData()[0]) : Optional.empty();
    } finally {
      closeQuietly(pipe);
    }
  }

  private static void closeQuietly(UsbPipe pipe) {
    try {
      if (pipe.isOpen()) {
        pipe.close();
      }
    } catch (UsbException | RuntimeException ignored) {
      // the pipe of an unplugged printer is gone anyway
    }
  }

  private UsbEndpoint endpoint(UsbInterface iface, byte direction) throws PrinterFault {
    for (Object o : iface.getUsbEndpoints()) {
      UsbEndpoint e = (UsbEndpoint) o;
      if (e.getType() == UsbConst.ENDPOINT_TYPE_BULK && e.getDirection() == direction) {
        return e;
      }
    }
    throw new PrinterFault(
        PrinterFault.Kind.UNUSABLE,
        name(),
        "it has no bulk "
            + (direction == UsbConst.ENDPOINT_DIRECTION_OUT ? "OUT" : "IN")
            + " endpoint");
  }

  /** The printer's interface: by vendor:product when given, else the first of class 0x07. */
  Optional<UsbInterface> find() {
    for (UsbDevice d : devices(services)) {
      var desc = d.getUsbDeviceDescriptor();
      boolean wanted =
          vendor == null
              || ((desc.idVendor() & 0xffff) == vendor && (desc.idProduct() & 0xffff) == product);
      if (!wanted) {
        continue;
      }
      UsbConfiguration config = d.getActiveUsbConfiguration();
      if (config == null) {
        continue;
      }
      for (Object o : config.getUsbInterfaces()) {
        UsbInterface i = (UsbInterface) o;
        if (vendor != null || i.getUsbInterfaceDescriptor().bInterfaceClass() == PRINTER_CLASS) {
          return Optional.of(i);
        }
      }
    }
    return Optional.empty();
  }

  /** Every device below the root hub, hubs walked depth first. */
  static List<UsbDevice> devices(UsbServices services) {
    List<UsbDevice> out = new ArrayList<>();
    try {
      walk(services.getRootUsbHub(), out);
    } catch (UsbException e) {
      // no USB at all: an empty list
    }
    return out;
  }

  private static void walk(UsbHub hub, List<UsbDevice> out) {
    for (Object o : hub.getAttachedUsbDevices()) {
      UsbDevice d = (UsbDevice) o;
      if (d.isUsbHub()) {
        walk((UsbHub) d, out);
      } else {
        out.add(d);
      }
    }
  }

  /** Printers found, for `till printers`: "usb:04b8:0e15". */
  public static List<String> list(UsbServices services) {
    List<String> found = new ArrayList<>();
    for (UsbDevice d : devices(services)) {
      UsbConfiguration config = d.getActiveUsbConfiguration();
      if (config == null) {
        continue;
      }
      for (Object o : config.getUsbInterfaces()) {
        if (((UsbInterface) o).getUsbInterfaceDescriptor().bInterfaceClass() == PRINTER_CLASS) {
          var desc = d.getUsbDeviceDescriptor();
          found.add(
              String.format("usb:%04x:%04x", desc.idVendor() & 0xffff, desc.idProduct() & 0xffff));
          break;
        }
      }
    }
    return found;
  }
}
