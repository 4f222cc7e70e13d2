package org.ovop.till.printing.transport;

/**
 * A way to get bytes to a printer: USB, a device file, TCP 9100, or the on-screen virtual printer.
 * Every call is bounded in time; a fault is a {@link PrinterFault} with a sentence for people.
 */
public interface PrinterTransport extends AutoCloseable {
  /** Sends the bytes, or fails within the transport's timeout. */
  void write(byte[] bytes) throws PrinterFault;

  /** The printer's state as far as it can tell (many transports cannot ask). */
  default PrinterStatus status() throws PrinterFault {
    return PrinterStatus.UNKNOWN;
  }

  /** Where the bytes go, for people ("usb:04b8:0e15", "tcp://10.0.0.5:9100"). */
  String describe();

  @Override
  default void close() {}
}
