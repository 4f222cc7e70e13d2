package org.ovop.till.printing.usb;

import javax.usb.UsbException;
import javax.usb.UsbHub;
import javax.usb.UsbServices;
import javax.usb.event.UsbServicesListener;

/**
 * The virtual USB tree as javax.usb's services, named in the test resources' javax.usb.properties,
 * so that UsbHostManager itself hands it out in tests exactly as it hands out usb4java in the till.
 */
public final class VirtualUsbServices implements UsbServices {
  static final VirtualUsb TREE = new VirtualUsb(true);
  private final UsbServices delegate = TREE.services();

  @Override
  public UsbHub getRootUsbHub() throws UsbException {
    return delegate.getRootUsbHub();
  }

  @Override
  public void addUsbServicesListener(UsbServicesListener listener) {}

  @Override
  public void removeUsbServicesListener(UsbServicesListener listener) {}

  @Override
  public String getApiVersion() {
    return "1.0.2";
  }

  @Override
  public String getImpVersion() {
    return "test";
  }

  @Override
  public String getImpDescription() {
    return "A virtual thermal printer for tests";
  }
}
