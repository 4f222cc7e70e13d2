package org.ovop.till.printing.usb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.ovop.till.printing.transport.PrinterFault;
import org.ovop.till.printing.transport.PrinterStatus;

/** The real finder, claim, write and status code, against a USB tree without hardware. */
class UsbPrinterTransportTest {
  @Test
  void findsThePrinterAmongOtherDevicesClaimsItByForceAndWritesEveryByte() throws Exception {
    VirtualUsb usb = new VirtualUsb(true);
    var printer = new UsbPrinterTransport(usb.services(), null, null, 2000);
    byte[] receipt = "\u001b@Чек T1-000001\n".getBytes("IBM866");
    printer.write(receipt);
    assertThat(usb.printed.toByteArray()).isEqualTo(receipt);
    assertThat(usb.claimedByForce).as("usblp is detached").isTrue();
    assertThat(UsbPrinterTransport.list(usb.services())).containsExactly("usb:0416:5011");
  }

  @Test
  void findsItByVendorAndProductToo() throws Exception {
    VirtualUsb usb = new VirtualUsb(true);
    new UsbPrinterTransport(usb.services(), 0x0416, 0x5011, 2000).write(new byte[] {1, 2});
    assertThat(usb.printed.toByteArray()).containsExactly(1, 2);
    assertThatThrownBy(
            () ->
                new UsbPrinterTransport(usb.services(), 0x04b8, 0x0e15, 2000).write(new byte[] {1}))
        .isInstanceOf(PrinterFault.class)
        .hasMessage("The printer USB 04b8:0e15 is not there: is it plugged in and switched on?")
        .extracting(f -> ((PrinterFault) f).trouble())
        .isEqualTo(new PrinterFault.Trouble(PrinterFault.Kind.ABSENT, "USB 04b8:0e15", null));
  }

  @Test
  void statusReadsPaperAndCover() throws Exception {
    VirtualUsb usb = new VirtualUsb(true);
    var printer = new UsbPrinterTransport(usb.services(), null, null, 2000);
    assertThat(printer.status()).isEqualTo(PrinterStatus.READY);
    usb.paperStatus = 0x72; // paper end sensors
    assertThat(printer.status()).isEqualTo(PrinterStatus.PAPER_OUT);
    usb.paperStatus = 0x1E; // near end
    assertThat(printer.status()).isEqualTo(PrinterStatus.PAPER_NEAR_END);
    usb.paperStatus = 0x12;
    usb.coverStatus = 0x16; // cover open
    assertThat(printer.status()).isEqualTo(PrinterStatus.COVER_OPEN);
  }

  @Test
  void unpluggedHangingOrMissingPrintersAreSentencesWithinTheTimeout() {
    VirtualUsb usb = new VirtualUsb(true);
    var printer = new UsbPrinterTransport(usb.services(), null, null, 300);
    usb.mode = VirtualUsb.Mode.UNPLUGGED;
    assertThatThrownBy(() -> printer.write(new byte[] {1}))
        .isInstanceOf(PrinterFault.class)
        .hasMessage("The printer USB was unplugged.")
        .extracting(f -> ((PrinterFault) f).trouble().kind())
        .isEqualTo(PrinterFault.Kind.UNPLUGGED);
    usb.mode = VirtualUsb.Mode.HANGS;
    long start = System.nanoTime();
    assertThatThrownBy(() -> printer.write(new byte[] {1}))
        .isInstanceOf(PrinterFault.class)
        .hasMessage("The printer USB did not take the data within 0.3 s: check paper and cover.")
        .extracting(f -> ((PrinterFault) f).trouble())
        .isEqualTo(new PrinterFault.Trouble(PrinterFault.Kind.SLOW, "USB", "0.3"));
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(3000);
    assertThatThrownBy(
            () ->
                new UsbPrinterTransport(new VirtualUsb(false).services(), null, null, 300)
                    .write(new byte[] {1}))
        .isInstanceOf(PrinterFault.class)
        .hasMessage("The printer USB is not there: is it plugged in and switched on?");
  }

  @Test
  void usbHostManagerHandsOutTheServicesNamedInJavaxUsbProperties() throws Exception {
    var services = javax.usb.UsbHostManager.getUsbServices();
    assertThat(services).isInstanceOf(VirtualUsbServices.class);
    new UsbPrinterTransport(services, null, null, 2000).write(new byte[] {0x1B, '@'});
    assertThat(VirtualUsbServices.TREE.printed.toByteArray()).containsExactly(0x1B, '@');
  }
}
