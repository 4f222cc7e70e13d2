package org.ovop.till.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.ovop.till.app.printing.Printing;
import org.ovop.till.core.Refusal;
import org.ovop.till.printing.escpos.PrinterProfile;
import org.ovop.till.printing.transport.PrinterFault;
import org.ovop.till.printing.transport.PrinterUris;
import org.ovop.till.printing.virtual.VirtualPrinter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "receipt",
    description =
        "A receipt's ESC/POS bytes (or a picture of the paper with --out FILE.png), or print it.")
final class ReceiptCommand extends TillCommand {
  @Option(names = "--number", required = true, paramLabel = "NUMBER")
  String number;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Where where;

  static final class Where {
    @Option(names = "--out", paramLabel = "FILE.bin|FILE.png")
    Path out;

    @Option(names = "--printer", paramLabel = "URI")
    String printer;
  }

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      defaultValue = "generic-80",
      description = "generic-58, generic-80, epson-tm-t20 or xprinter-58")
  String profileName;

  @Override
  void execute() {
    store();
    PrinterProfile profile =
        PrinterProfile.named(profileName)
            .orElseThrow(
                () ->
                    new Refused(
                        "There is no printer profile '" + profileName + "'; see `till printers`."));
    byte[] bytes =
        Printing.receipt(services(), number.strip(), profile)
            .orElseThrow(
                () -> Refused.because(Refusal.of(Refusal.Reason.UNKNOWN_RECEIPT, number.strip())));
    String target;
    try {
      if (where.out != null) {
        if (where.out.toString().toLowerCase().endsWith(".png")) {
          ImageIO.write(VirtualPrinter.render(bytes, profile), "png", where.out.toFile());
        } else {
          Files.write(where.out, bytes);
        }
        target = where.out.toString();
      } else {
        var address =
            PrinterUris.parse(where.printer)
                .orElseThrow(
                    () ->
                        new Refused(
                            "'"
                                + where.printer
                                + "' is not a printer: "
                                + PrinterUris.SHAPES
                                + "."));
        try (var transport = Printers.open(address)) {
          transport.write(bytes);
          target = transport.describe();
        }
      }
    } catch (IOException e) {
      throw new Refused("Cannot write " + where.out + ": " + e.getMessage());
    } catch (PrinterFault f) {
      throw new Refused(f.getMessage());
    }
    print(
        Json.object(
            "receipt",
            number.strip(),
            "profile",
            profile.name(),
            "bytes",
            bytes.length,
            "to",
            target),
        "Receipt "
            + number.strip()
            + " ("
            + bytes.length
            + " bytes, "
            + profile.name()
            + ") → "
            + target
            + ".");
  }
}
