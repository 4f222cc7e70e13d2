package org.ovop.till.app.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.ovop.till.app.TillHome;
import org.ovop.till.app.TillServices;
import org.ovop.till.core.LedgerUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code till}: the command line of CONTRACT.md. Global options are inherited, so they may come
 * before or after the command. Exit codes: 0 done, 1 refused (one sentence on stderr, nothing
 * changed), 2 usage error.
 */
@Command(
    name = "till",
    mixinStandardHelpOptions = true,
    // -h and --help on every command too: "till sell --help" said its required options were
    // missing, and "till shift --help" that --help was unknown, both with the usage error's code.
    scope = ScopeType.INHERIT,
    version = "OVOP Till 0.1",
    description = "Point of sale and consignment ledger for OVOP boutiques.")
// The commands are not listed here but in COMMANDS, and added only when named.
public final class TillCli implements Runnable {
  /**
   * The commands, in the order help lists them. picocli reads a command's annotations when it is
   * added: all of them took a quarter of a second of every start on a small machine, the window's
   * and every command's. A command line gets only the command it names, or all of them when it
   * names none it knows or asks for help, so help and "did you mean" read as before.
   */
  static final Map<String, Class<?>> COMMANDS = commands();

  private static Map<String, Class<?>> commands() {
    Map<String, Class<?>> c = new java.util.LinkedHashMap<>();
    c.put("init", InitCommand.class);
    c.put("demo", DemoCommand.class);
    c.put("user", UserCommand.class);
    c.put("group", GroupCommand.class);
    c.put("member", MemberCommand.class);
    c.put("product", ProductCommand.class);
    c.put("import", ImportCommand.class);
    c.put("intake", IntakeCommand.class);
    c.put("shift", ShiftCommand.class);
    c.put("sell", SellCommand.class);
    c.put("refund", RefundCommand.class);
    c.put("stock", StockCommand.class);
    c.put("count", CountCommand.class);
    c.put("return-to-producer", ReturnCommand.class);
    c.put("damage", DamageCommand.class);
    c.put("settle", SettleCommand.class);
    c.put("pay", PayCommand.class);
    c.put("statement", StatementCommand.class);
    c.put("settlement", SettlementCommand.class);
    c.put("receipt", ReceiptCommand.class);
    c.put("labels", LabelsCommand.class);
    c.put("drawer", DrawerCommand.class);
    c.put("printers", PrintersCommand.class);
    c.put("report", ReportCommand.class);
    c.put("verify", VerifyCommand.class);
    c.put("backup", BackupCommand.class);
    c.put("help", CommandLine.HelpCommand.class);
    return java.util.Collections.unmodifiableMap(c);
  }

  public static final int DONE = 0;
  public static final int REFUSED = 1;
  public static final int USAGE = 2;

  @Option(
      names = "--db",
      scope = ScopeType.INHERIT,
      paramLabel = "PATH",
      description =
          "SQLite file or jdbc:postgresql:// URL (default $TILL_DB, else ~/.ovop-till/till.db).")
  String db;

  @Option(
      names = "--json",
      scope = ScopeType.INHERIT,
      description = "Print one JSON document instead of text.")
  boolean json;

  @Option(
      names = "--till",
      scope = ScopeType.INHERIT,
      paramLabel = "ID",
      description = "Which till this is (default T1); receipt numbers carry it.")
  String till;

  final Map<String, String> env;
  final PrintWriter out;
  final PrintWriter err;
  private TillServices services;

  TillCli(Map<String, String> env, PrintWriter out, PrintWriter err) {
    this.env = env;
    this.out = out;
    this.err = err;
  }

  /** Runs one command line and returns its exit code; never throws. */
  public static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err) {
    TillCli root = new TillCli(env, out, err);
    try {
      if (args.length == 0) {
        // `./till` alone, the till's everyday start: there is nothing to parse, so picocli is not
        // started at all (a tenth of a second on a small machine) and the window opens at once.
        try {
          root.run();
          return DONE;
        } catch (RuntimeException e) {
          return root.refused(e);
        }
      }
      CommandLine cl = commandLine(root, args);
      cl.setOut(out);
      cl.setErr(err);
      cl.setExecutionExceptionHandler((e, cmd, parsed) -> root.refused(e));
      return cl.execute(args);
    } catch (LinkageError broken) {
      // A damaged installation (a missing jar): say so in one line rather than a trace.
      err.println(
          "The till's installation is incomplete (" + broken.getMessage() + "); rebuild it.");
      return REFUSED;
    } finally {
      root.closeServices();
      out.flush();
      err.flush();
    }
  }

  /** A command that stopped: one sentence on stderr, and the exit code of a refusal. */
  private int refused(Exception e) {
    if (e instanceof Refused r) {
      err.println(r.sentence(storeZone()));
    } else if (e instanceof LedgerUnavailableException) {
      err.println(e.getMessage());
    } else if (e instanceof java.io.UncheckedIOException io) {
      err.println("Cannot read or write a file: " + io.getCause().getMessage());
    } else {
      err.println(TillServices.unexpected(e));
      if (env.containsKey("TILL_DEBUG")) {
        e.printStackTrace(err);
      }
    }
    return REFUSED;
  }

  /** The command line for these arguments: with the one command they name, or with every one. */
  static CommandLine commandLine(TillCli root, String[] args) {
    CommandLine cl = new CommandLine(root);
    String named = commandNamed(args);
    boolean help =
        java.util.Arrays.stream(args).anyMatch(a -> a.equals("--help") || a.startsWith("-h"));
    if (named != null && COMMANDS.containsKey(named) && !named.equals("help")) {
      cl.addSubcommand(named, COMMANDS.get(named));
    } else if (named != null || help) {
      COMMANDS.forEach(cl::addSubcommand);
    }
    return cl;
  }

  /**
   * The first word that is not a global option or its value: the command, or null for none. Only
   * --db and --till take a value; --db=PATH carries its own.
   */
  static String commandNamed(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--db") || a.equals("--till")) {
        i++;
      } else if (a.equals("--")) {
        return i + 1 < args.length ? args[i + 1] : null;
      } else if (!a.startsWith("-")) {
        return a;
      }
    }
    return null;
  }

  /**
   * No command: on a first run (no database yet) the demo boutique is seeded so there is something
   * to sell; then the person sees where the till is and what to type.
   */
  @Override
  public void run() {
    if (!json && hasDisplay()) {
      // The window. The default database of a first run gets the demo boutique, so a newcomer's
      // `./till` has something to sell at once; a new file named with --db or TILL_DB (a real
      // shop's) opens on the first-start screen: the demo, or a new store with its admin.
      String where = location();
      String id = tillId();
      java.time.Clock clock = clock();
      if (isDefaultLocation() && !org.ovop.till.db.TillDatabase.exists(where)) {
        if (TillCli.run(new String[] {"--db", where, "--till", id, "demo"}, env, out, err)
            != DONE) {
          return;
        }
      }
      org.ovop.till.app.ui.TillWindow.launchWith(() -> TillServices.open(where, id, clock, true));
      // The window showed why it could not open the database; the command line says it too, and
      // exits as for any refusal.
      org.ovop.till.app.ui.TillWindow.openingFailure()
          .ifPresent(
              e -> {
                throw e;
              });
      return;
    }
    if (!org.ovop.till.db.TillDatabase.exists(location())) {
      int seeded =
          TillCli.run(
              json
                  ? new String[] {"--json", "--db", location(), "--till", tillId(), "demo"}
                  : new String[] {"--db", location(), "--till", tillId(), "demo"},
              env,
              out,
              err);
      if (seeded != DONE || json) {
        return;
      }
      out.println();
    } else if (!json) {
      var store = services(false).store();
      out.println(
          store.isDone()
              ? "Till "
                  + tillId()
                  + " of \""
                  + store.value().name()
                  + "\" ("
                  + store.value().currency().getCurrencyCode()
                  + ") on "
                  + location()
                  + "."
              : store.refusal().message());
      out.println();
    }
    if (!json) {
      CommandLine everything = new CommandLine(this);
      COMMANDS.forEach(everything::addSubcommand);
      everything.usage(out);
    }
  }

  /** A screen to open the window on: a desktop OS, or X11/Wayland on Linux, and not headless. */
  private boolean hasDisplay() {
    if (Boolean.getBoolean("java.awt.headless") || env.containsKey("TILL_NO_WINDOW")) {
      return false;
    }
    boolean linux = System.getProperty("os.name", "").toLowerCase().contains("linux");
    return !linux || env.containsKey("DISPLAY") || env.containsKey("WAYLAND_DISPLAY");
  }

  /** The database location the person asked for, or the default one. */
  /** Whether no database was named (neither --db nor TILL_DB): the newcomer's default file. */
  private boolean isDefaultLocation() {
    String fromEnv = env.get("TILL_DB");
    return (db == null || db.isBlank()) && (fromEnv == null || fromEnv.isBlank());
  }

  String location() {
    if (db != null && !db.isBlank()) {
      return db;
    }
    String fromEnv = env.get("TILL_DB");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return fromEnv;
    }
    return TillHome.folder().resolve("till.db").toString();
  }

  String tillId() {
    String id = till == null || till.isBlank() ? "T1" : till.strip();
    if (!id.matches("[A-Za-z0-9]{1,8}")) {
      throw new Refused("A till id is 1 to 8 letters or digits, not '" + id + "'.");
    }
    return id;
  }

  Clock clock() {
    String fixed = env.get("TILL_CLOCK");
    if (fixed == null || fixed.isBlank()) {
      return Clock.systemUTC();
    }
    try {
      return Clock.fixed(Instant.parse(fixed.strip()), ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new Refused(
          "TILL_CLOCK must be an ISO-8601 instant such as 2026-03-01T09:00:00Z, not '"
              + fixed
              + "'.");
    }
  }

  /** The store's clock, when the command got as far as opening a set-up store; else null. */
  private java.time.ZoneId storeZone() {
    if (services == null) {
      return null;
    }
    try {
      var store = services.store();
      return store.isDone() ? store.value().zone() : null;
    } catch (RuntimeException cannotRead) {
      return null; // the sentence is said as it stands rather than not at all
    }
  }

  /** The services over the database, opened on first use (created only when allowed). */
  TillServices services(boolean create) {
    if (services == null) {
      services = TillServices.open(location(), tillId(), clock(), create);
    }
    return services;
  }

  private void closeServices() {
    if (services != null) {
      services.close();
      services = null;
    }
  }
}
