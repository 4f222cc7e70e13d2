package org.ovop.till.app.cli;

import picocli.CommandLine.Command;

@Command(
    name = "verify",
    description = "Checks the database, the ledger's money rules and the journal's hash chain.")
final class VerifyCommand extends TillCommand {
  @Override
  public Integer call() {
    var check = services().verify();
    if (root().json) {
      root().out.println(Json.write(Json.object("ok", check.ok(), "problems", check.problems())));
    } else if (check.ok()) {
      root().out.println("The ledger is intact: no problems found.");
    } else {
      check.problems().forEach(p -> root().out.println(p));
    }
    if (!check.ok()) {
      root()
          .err
          .println(
              check.problems().size() + " problem(s) found; first: " + check.problems().get(0));
      return TillCli.REFUSED;
    }
    return TillCli.DONE;
  }

  @Override
  void execute() {
    throw new UnsupportedOperationException("call() does the work");
  }
}
