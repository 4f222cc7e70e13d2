package org.ovop.till.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ovop.till.printing.statement.StatementPdf;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "statement",
    description = "Writes the producer's statement of a settlement as an A4 PDF.")
final class StatementCommand extends TillCommand {
  @Option(names = "--settlement", required = true, paramLabel = "ID")
  String settlement;

  @Option(names = "--out", required = true, paramLabel = "FILE.pdf")
  Path out;

  @Override
  void execute() {
    store();
    var statement = Refused.take(services().settlements().statement(settlement.strip()));
    byte[] pdf = StatementPdf.render(statement);
    try {
      Files.write(out, pdf);
    } catch (IOException e) {
      throw new Refused("Cannot write " + out + ": " + e.getMessage());
    }
    var s = statement.settlement();
    print(
        Json.object(
            "settlement", s.id(),
            "group", statement.group().code(),
            "payout", money(s.payout()),
            "paid", statement.payout().isPresent(),
            "lines", statement.lines().size(),
            "out", out.toString(),
            "bytes", pdf.length),
        "Statement of " + s.id() + " for " + statement.group().code() + " written to " + out + ".");
  }
}
