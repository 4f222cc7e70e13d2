package org.ovop.till.app.cli;

import org.ovop.till.core.Refusal;
import org.ovop.till.core.catalog.NewProduct;
import org.ovop.till.core.catalog.Product;
import org.ovop.till.core.catalog.Terms;
import org.ovop.till.core.money.Percent;
import org.ovop.till.core.user.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "product", description = "Products.", subcommands = ProductCommand.Add.class)
final class ProductCommand {
  @Command(
      name = "add",
      description = "Adds a product; without --barcode it gets an in-store EAN-13.")
  static final class Add extends TillCommand {
    @Option(names = "--sku", required = true)
    String sku;

    @Option(names = "--name", required = true)
    String name;

    @Option(names = "--group", required = true, paramLabel = "CODE")
    String group;

    @Option(
        names = "--price",
        required = true,
        paramLabel = "AMOUNT",
        description = "retail price, tax included")
    String price;

    @Option(names = "--terms", required = true, paramLabel = "consignment:PCT|buyback:AMOUNT")
    String terms;

    @Option(names = "--barcode", paramLabel = "CODE")
    String barcode;

    @Option(names = "--certified-until", paramLabel = "YYYY-MM-DD")
    String certifiedUntil;

    @Option(
        names = "--certificate",
        paramLabel = "NUMBER",
        description = "brand certificate number")
    String certificate;

    @Option(names = "--tax-rate", paramLabel = "PCT")
    String taxRate;

    @Option(names = "--by", paramLabel = "PIN")
    String by;

    @Override
    void execute() {
      long minor = nonNegativeAmount(price);
      Terms t =
          Terms.parse(terms, store().currency())
              .orElseThrow(() -> Refused.because(Refusal.of(Refusal.Reason.BAD_TERMS, terms)));
      Percent tax = taxRate == null ? Percent.ZERO : percent(taxRate);
      var until = certifiedUntil == null ? null : day(certifiedUntil);
      var who = actor(by, Role.MANAGER);
      Product p =
          Refused.take(
              services()
                  .catalog()
                  .addProduct(
                      who,
                      new NewProduct(
                          sku, name, group, minor, t, barcode, certificate, until, tax)));
      print(
          Json.object(
              "id", p.id(),
              "sku", p.sku(),
              "barcode", p.barcode(),
              "name", p.name(),
              "group", group,
              "price", money(p.price()),
              "terms", t.describe(store().currency()),
              "tax_rate", p.taxRate().toString(),
              "certified_until",
                  p.certification().map(c -> String.valueOf(c.validUntil())).orElse(null)),
          "Added "
              + p.sku()
              + " "
              + p.name()
              + " at "
              + shown(p.price())
              + ", barcode "
              + p.barcode()
              + ".");
    }
  }
}
