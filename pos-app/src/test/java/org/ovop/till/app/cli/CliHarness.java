package org.ovop.till.app.cli;

import java.nio.file.Path;

/** The command line for tests outside this package. */
public final class CliHarness {
  private final Till till;
  private Till.Run last;

  public CliHarness(Path db) {
    this.till = new Till(db);
  }

  public int exit(String... args) {
    last = till.run(args);
    return last.exit();
  }

  public String lastOut() {
    return last == null ? "" : last.out();
  }

  public String lastErr() {
    return last == null ? "" : last.err();
  }
}
