package org.ovop.till.app.cli;

import java.util.ArrayList;
import java.util.List;
import org.ovop.till.app.demo.DemoBoutique;
import picocli.CommandLine.Command;

@Command(
    name = "demo",
    description = "Seeds a demo OVOP boutique in a new database and prints its users and PINs.")
final class DemoCommand extends TillCommand {
  @Override
  void execute() {
    var services = root().services(true);
    var seeded = Refused.take(DemoBoutique.seed(services));
    List<Object> users = new ArrayList<>();
    StringBuilder t =
        new StringBuilder(
            "Demo boutique \""
                + seeded.store().name()
                + "\" ("
                + seeded.store().currency().getCurrencyCode()
                + ") is ready in "
                + services.database().location()
                + ":\n  "
                + seeded.groups()
                + " producer groups, "
                + seeded.members()
                + " members, "
                + seeded.products()
                + " products, deliveries "
                + String.join(", ", seeded.notes())
                + ".\nUsers and PINs:\n");
    for (var u : seeded.users()) {
      users.add(Json.object("name", u.name(), "role", u.role().code(), "pin", u.pin()));
      t.append(String.format("  %-8s %-22s PIN %s%n", u.role().code(), u.name(), u.pin()));
    }
    t.append(
        "Try: till shift open --by 1470 --float 2000, then till sell --by 1470 --item SBT-001 --pay cash:500");
    print(
        Json.object(
            "store", seeded.store().name(),
            "currency", seeded.store().currency().getCurrencyCode(),
            "database", services.database().location(),
            "groups", seeded.groups(),
            "members", seeded.members(),
            "products", seeded.products(),
            "notes", seeded.notes(),
            "users", users),
        t.toString());
  }
}
