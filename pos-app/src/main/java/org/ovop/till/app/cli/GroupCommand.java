package org.ovop.till.app.cli;

import org.ovop.till.core.catalog.ProducerGroup;
import org.ovop.till.core.money.Percent;
import org.ovop.till.core.user.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "group", description = "Producer groups.", subcommands = GroupCommand.Add.class)
final class GroupCommand {
  @Command(name = "add", description = "Adds a producer group.")
  static final class Add extends TillCommand {
    @Option(names = "--code", required = true, description = "short code such as IK-01")
    String code;

    @Option(names = "--name", required = true)
    String name;

    @Option(names = "--region")
    String region;

    @Option(names = "--village")
    String village;

    @Option(names = "--levy", paramLabel = "PCT", description = "cooperative levy on payouts")
    String levy;

    @Option(names = "--by", paramLabel = "PIN")
    String by;

    @Override
    void execute() {
      store();
      Percent levyRate = levy == null ? Percent.ZERO : percent(levy);
      var who = actor(by, Role.MANAGER);
      ProducerGroup g =
          Refused.take(services().catalog().addGroup(who, code, name, region, village, levyRate));
      print(
          Json.object(
              "id", g.id(),
              "code", g.code(),
              "name", g.name(),
              "region", g.region(),
              "village", g.village(),
              "levy", g.levy().toString()),
          "Added producer group " + g.code() + " " + g.name() + ".");
    }
  }
}
