package org.ovop.till.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.ovop.till.app.cli.TillCli;

/** Entry point of {@code ./till}: the command line, and (with no command) the till's window. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = TillCli.run(args, System.getenv(), out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
