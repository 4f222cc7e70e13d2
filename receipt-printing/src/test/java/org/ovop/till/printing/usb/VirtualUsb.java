package org.ovop.till.printing.usb;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import javax.usb.UsbConst;
import javax.usb.UsbDisconnectedException;
import javax.usb.UsbInterface;
import javax.usb.UsbInterfacePolicy;
import javax.usb.UsbIrp;
import javax.usb.UsbServices;
import javax.usb.util.DefaultUsbIrp;

/**
 * A USB tree without hardware, built from the javax.usb interfaces: a root hub with a keyboard and
 * a second hub that holds a thermal printer (class 0x07, bulk OUT 0x01, bulk IN 0x81). The printer
 * records what it is sent and answers DLE EOT with a status byte. Only the methods the transport
 * calls are answered; anything else fails loudly.
 */
final class VirtualUsb {
  enum Mode {
    WORKING,
    UNPLUGGED,
    HANGS
  }

  final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  volatile Mode mode = Mode.WORKING;
  volatile byte paperStatus = 0x12; // DLE EOT 4: bits 1 and 4 always set, paper present
  volatile byte coverStatus = 0x12;
  volatile boolean claimedByForce;
  private volatile byte lastCommand;
  final boolean withPrinter;

  VirtualUsb(boolean withPrinter) {
    this.withPrinter = withPrinter;
  }

  UsbServices services() {
    Object keyboard = device(0x046d, 0xc31c, (byte) 0x03);
    List<Object> inner = new ArrayList<>();
    if (withPrinter) {
      inner.add(device(0x0416, 0x5011, UsbPrinterTransport.PRINTER_CLASS));
    }
    Object hub = hub(inner);
    Object root = hub(List.of(keyboard, hub));
    return proxy(
        UsbServices.class, (name, args) -> name.equals("getRootUsbHub") ? root : unsupported(name));
  }

  private Object hub(List<Object> attached) {
    return proxy(
        javax.usb.UsbHub.class,
        (name, args) ->
            switch (name) {
              case "isUsbHub", "isRootUsbHub" -> true;
              case "getAttachedUsbDevices" -> attached;
              default -> unsupported(name);
            });
  }

  private Object device(int vendor, int product, byte interfaceClass) {
    Object descriptor =
        proxy(
            javax.usb.UsbDeviceDescriptor.class,
            (name, args) ->
                switch (name) {
                  case "idVendor" -> (short) vendor;
                  case "idProduct" -> (short) product;
                  default -> unsupported(name);
                });
    Object iface = usbInterface(interfaceClass);
    Object config =
        proxy(
            javax.usb.UsbConfiguration.class,
            (name, args) -> name.equals("getUsbInterfaces") ? List.of(iface) : unsupported(name));
    return proxy(
        javax.usb.UsbDevice.class,
        (name, args) ->
            switch (name) {
              case "isUsbHub" -> false;
              case "getUsbDeviceDescriptor" -> descriptor;
              case "getActiveUsbConfiguration" -> config;
              default -> unsupported(name);
            });
  }

  private Object usbInterface(byte interfaceClass) {
    Object descriptor =
        proxy(
            javax.usb.UsbInterfaceDescriptor.class,
            (name, args) -> name.equals("bInterfaceClass") ? interfaceClass : unsupported(name));
    Object out = endpoint(UsbConst.ENDPOINT_DIRECTION_OUT);
    Object in = endpoint(UsbConst.ENDPOINT_DIRECTION_IN);
    Object[] self = new Object[1];
    self[0] =
        proxy(
            UsbInterface.class,
            (name, args) ->
                switch (name) {
                  case "getUsbInterfaceDescriptor" -> descriptor;
                  case "getUsbEndpoints" -> List.of(in, out);
                  case "claim" -> {
                    if (mode == Mode.UNPLUGGED) {
                      throw new UsbDisconnectedException();
                    }
                    claimedByForce =
                        args != null
                            && ((UsbInterfacePolicy) args[0]).forceClaim((UsbInterface) self[0]);
                    yield null;
                  }
                  case "release" -> null;
                  default -> unsupported(name);
                });
    return self[0];
  }

  private Object endpoint(byte direction) {
    boolean[] open = {false};
    Object pipe =
        proxy(
            javax.usb.UsbPipe.class,
            (name, args) ->
                switch (name) {
                  case "open" -> {
                    open[0] = true;
                    yield null;
                  }
                  case "close" -> {
                    open[0] = false;
                    yield null;
                  }
                  case "isOpen" -> open[0];
                  case "createUsbIrp" -> new DefaultUsbIrp();
                  case "abortAllSubmissions" -> null;
                  case "asyncSubmit" -> {
                    submit(direction, (UsbIrp) args[0]);
                    yield null;
                  }
                  default -> unsupported(name);
                });
    return proxy(
        javax.usb.UsbEndpoint.class,
        (name, args) ->
            switch (name) {
              case "getType" -> UsbConst.ENDPOINT_TYPE_BULK;
              case "getDirection" -> direction;
              case "getUsbPipe" -> pipe;
              default -> unsupported(name);
            });
  }

  private void submit(byte direction, UsbIrp irp) {
    if (mode == Mode.UNPLUGGED) {
      throw new UsbDisconnectedException();
    }
    if (mode == Mode.HANGS) {
      return; // never completes
    }
    byte[] data = irp.getData();
    if (direction == UsbConst.ENDPOINT_DIRECTION_OUT) {
      if (data.length == 3 && data[0] == 0x10 && data[1] == 0x04) {
        lastCommand = data[2];
      } else {
        printed.writeBytes(data);
      }
      irp.setActualLength(data.length);
    } else {
      data[0] = lastCommand == 0x02 ? coverStatus : paperStatus;
      irp.setActualLength(1);
    }
    irp.complete();
  }

  interface Answer {
    Object call(String name, Object[] args);
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, Answer answer) {
    return (T)
        Proxy.newProxyInstance(
            VirtualUsb.class.getClassLoader(),
            new Class<?>[] {type},
            (p, method, args) ->
                switch (method.getName()) {
                  case "hashCode" -> System.identityHashCode(p);
                  case "equals" -> p == args[0];
                  case "toString" -> type.getSimpleName() + "@virtual";
                  default -> answer.call(method.getName(), args);
                });
  }

  private static Object unsupported(String name) {
    throw new UnsupportedOperationException("the virtual USB tree does not answer " + name);
  }
}
