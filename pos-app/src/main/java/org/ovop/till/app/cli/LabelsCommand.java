package org.ovop.till.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ovop.till.core.Refusal;
import org.ovop.till.core.catalog.Product;
import org.ovop.till.core.money.Money;
import org.ovop.till.printing.escpos.EscPosEncoder;
import org.ovop.till.printing.escpos.PrinterProfile;
import org.ovop.till.printing.labels.LabelSheet;
import org.ovop.till.printing.layout.Layouts;
import org.ovop.till.printing.transport.PrinterFault;
import org.ovop.till.printing.transport.PrinterUris;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "labels",
    description = "Price labels: A4 sticker sheets as PDF, or one per cut on a thermal printer.")
final class LabelsCommand extends TillCommand {
  @Option(names = "--item", required = true, paramLabel = "SKU[:COPIES]")
  List<String> items;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Where where;

  static final class Where {
    @Option(names = "--out", paramLabel = "FILE.pdf")
    Path out;

    @Option(names = "--printer", paramLabel = "URI")
    String printer;
  }

  @Option(
      names = "--sheet",
      paramLabel = "NAME",
      defaultValue = "a4-3x8",
      description = "a4-3x8 or a4-4x10")
  String sheet;

  @Option(names = "--profile", paramLabel = "NAME", defaultValue = "generic-58")
  String profileName;

  @Override
  void execute() {
    store();
    List<LabelSheet.Label> labels = new ArrayList<>();
    Map<String, String> groups = new java.util.HashMap<>();
    services()
        .database()
        .read(b -> b.catalog().groups())
        .forEach(g -> groups.put(g.id(), g.code()));
    for (String spec : items) {
      List<String> p = Specs.split(spec, 2, "--item", "SKU[:COPIES]");
      long copies = p.size() > 1 ? quantity(p.get(1)) : 1;
      if (copies > 1000) {
        throw new Refused("At most 1000 copies of a label at once, not " + copies + ".");
      }
      Product product =
          services()
              .database()
              .read(b -> b.catalog().productByCode(p.get(0)))
              .orElseThrow(
                  () -> Refused.because(Refusal.of(Refusal.Reason.UNKNOWN_PRODUCT, p.get(0))));
      String price = Money.of(product.price(), store().currency()).format(store().locale());
      for (long i = 0; i < copies; i++) {
        labels.add(
            new LabelSheet.Label(
                product.name(), price, groups.get(product.groupId()), product.barcode()));
      }
    }
    String target;
    try {
      if (where.out != null) {
        LabelSheet.Layout layout =
            LabelSheet.Layout.named(sheet)
                .orElseThrow(
                    () ->
                        new Refused(
                            "There is no label sheet '" + sheet + "'; choose a4-3x8 or a4-4x10."));
        Files.write(where.out, LabelSheet.render(labels, layout));
        target = where.out.toString();
      } else {
        PrinterProfile profile =
            PrinterProfile.named(profileName)
                .orElseThrow(
                    () ->
                        new Refused(
                            "There is no printer profile '"
                                + profileName
                                + "'; see `till printers`."));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (LabelSheet.Label l : labels) {
          bytes.writeBytes(
              EscPosEncoder.encode(
                  Layouts.priceLabel(l.name(), l.price(), l.group(), l.code()), profile));
        }
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
          transport.write(bytes.toByteArray());
          target = transport.describe();
        }
      }
    } catch (IOException e) {
      throw new Refused("Cannot write " + where.out + ": " + e.getMessage());
    } catch (PrinterFault f) {
      throw new Refused(f.getMessage());
    }
    print(
        Json.object("labels", labels.size(), "to", target),
        labels.size() + " label(s) → " + target + ".");
  }
}
