package org.ovop.till.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ovop.till.db.TillDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "backup",
    description = "A consistent copy of the live database, checked after writing.")
final class BackupCommand extends TillCommand {
  @Option(names = "--out", required = true, paramLabel = "FILE")
  Path out;

  @Override
  void execute() {
    services().database().backup(out);
    // A backup nobody can open is worse than none: open the copy and check it before saying done.
    long bytes;
    try (TillDatabase copy = TillDatabase.open(out.toString(), false)) {
      var check = new org.ovop.till.db.LedgerVerifier(copy).check();
      if (!check.ok()) {
        throw new Refused("The backup " + out + " fails its check: " + check.problems().get(0));
      }
      bytes = Files.size(out);
    } catch (IOException e) {
      throw new Refused("Cannot read the backup " + out + ": " + e.getMessage());
    }
    print(
        Json.object("backup", out.toString(), "bytes", bytes, "ok", true),
        "Backed up "
            + services().database().location()
            + " to "
            + out
            + " ("
            + bytes
            + " bytes), checked.");
  }
}
