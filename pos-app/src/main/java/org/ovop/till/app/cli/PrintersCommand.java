package org.ovop.till.app.cli;

import java.util.ArrayList;
import java.util.List;
import org.ovop.till.printing.escpos.PrinterProfile;
import picocli.CommandLine.Command;

@Command(name = "printers", description = "Printers found (device files) and the printer profiles.")
final class PrintersCommand extends TillCommand {
  @Override
  void execute() {
    List<Object> profiles = new ArrayList<>();
    StringBuilder t = new StringBuilder("Profiles:\n");
    for (PrinterProfile p : PrinterProfile.ALL) {
      profiles.add(
          Json.object(
              "name",
              p.name(),
              "description",
              p.description(),
              "width_dots",
              p.widthDots(),
              "columns",
              p.columns(),
              "qr",
              p.qr()));
      t.append(
          String.format(
              "  %-14s %3d dots, %2d columns  %s%n",
              p.name(), p.widthDots(), p.columns(), p.description()));
    }
    List<Object> found = new ArrayList<>();
    t.append("Printers:\n");
    for (String dev : List.of("/dev/usb/lp0", "/dev/usb/lp1", "/dev/usb/lp2")) {
      if (java.nio.file.Files.exists(java.nio.file.Path.of(dev))) {
        found.add(Json.object("uri", "file:" + dev, "kind", "device file"));
        t.append("  file:").append(dev).append('\n');
      }
    }
    try {
      for (String uri : org.ovop.till.printing.usb.UsbPrinterTransport.list(Printers.usb())) {
        found.add(Json.object("uri", uri, "kind", "USB printer class"));
        t.append("  ").append(uri).append('\n');
      }
    } catch (org.ovop.till.printing.transport.PrinterFault f) {
      t.append("  (USB: ").append(f.getMessage()).append(")\n");
    }
    found.add(Json.object("uri", "virtual:", "kind", "on screen"));
    t.append("  virtual:  (on the till's screen)\n");
    print(Json.object("profiles", profiles, "printers", found), t.toString());
  }
}
