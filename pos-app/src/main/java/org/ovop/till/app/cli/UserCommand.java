package org.ovop.till.app.cli;

import org.ovop.till.core.user.Role;
import org.ovop.till.core.user.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "user", description = "Users of the till.", subcommands = UserCommand.Add.class)
final class UserCommand {
  @Command(name = "add", description = "Adds a user; the first user of a new store needs no --by.")
  static final class Add extends TillCommand {
    @Option(names = "--name", required = true)
    String name;

    @Option(names = "--role", required = true, description = "cashier, manager or admin")
    String role;

    @Option(names = "--pin", required = true, description = "4 to 8 digits, unique per user")
    String pin;

    @Option(names = "--by", paramLabel = "PIN")
    String by;

    @Override
    void execute() {
      store();
      Role r =
          Role.parse(role)
              .orElseThrow(
                  () ->
                      new Refused(
                          "The role must be cashier, manager or admin, not '" + role + "'."));
      boolean first = services().staff().users().isEmpty();
      User actor = first ? null : actor(by, Role.MANAGER);
      User added = Refused.take(services().staff().add(actor, name, r, pin));
      print(
          Json.object("id", added.id(), "name", added.name(), "role", added.role().code()),
          "Added " + added.role().code() + " " + added.name() + ".");
    }
  }
}
