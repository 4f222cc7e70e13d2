package org.ovop.till.app.cli;

import org.ovop.till.core.Refusal;
import org.ovop.till.core.catalog.Gender;
import org.ovop.till.core.catalog.Member;
import org.ovop.till.core.user.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "member",
    description = "Members of producer groups.",
    subcommands = MemberCommand.Add.class)
final class MemberCommand {
  @Command(name = "add", description = "Adds a member to a group.")
  static final class Add extends TillCommand {
    @Option(names = "--group", required = true, paramLabel = "CODE")
    String group;

    @Option(names = "--name", required = true)
    String name;

    @Option(names = "--gender", required = true, description = "F, M or X")
    String gender;

    @Option(names = "--phone", description = "for mobile money payouts")
    String phone;

    @Option(names = "--by", paramLabel = "PIN")
    String by;

    @Override
    void execute() {
      store();
      Gender g =
          Gender.parse(gender)
              .orElseThrow(() -> Refused.because(Refusal.of(Refusal.Reason.BAD_GENDER, gender)));
      var who = actor(by, Role.MANAGER);
      Member m = Refused.take(services().catalog().addMember(who, group, name, g, phone));
      print(
          Json.object(
              "id",
              m.id(),
              "group",
              group,
              "name",
              m.name(),
              "gender",
              m.gender().name(),
              "phone",
              m.phone()),
          "Added " + m.name() + " to group " + group + ".");
    }
  }
}
