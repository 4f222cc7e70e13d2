package org.ovop.till.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line adds only the command it is given (reading every command's annotations cost
 * every start a quarter of a second), so the list of commands and how a command is found in the
 * arguments must stay right.
 */
class CommandsTest {
  private static TillCli root() {
    return new TillCli(
        Map.of(), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
  }

  private static java.util.Set<String> added(String... args) {
    return TillCli.commandLine(root(), args).getSubcommands().keySet();
  }

  @Test
  void eachCommandIsListedUnderTheNameItsAnnotationGivesIt() {
    TillCli.COMMANDS.forEach(
        (name, type) ->
            assertThat(type.getAnnotation(Command.class).name()).as(name).isEqualTo(name));
    assertThat(TillCli.COMMANDS.keySet())
        .contains("sell", "settle", "verify", "return-to-producer", "damage", "help")
        .hasSize(27);
  }

  @Test
  void aNamedCommandIsTheOnlyOneAddedWhereverTheGlobalOptionsStand() {
    assertThat(added("stock")).containsExactly("stock");
    assertThat(added("--db", "/tmp/shop.db", "--json", "stock", "--group", "IK-01"))
        .containsExactly("stock");
    // A database file named like a command is the option's value, not the command.
    assertThat(added("--db", "stock", "--till", "T2", "verify")).containsExactly("verify");
    assertThat(added("--db=stock", "verify")).containsExactly("verify");
    assertThat(added("sell", "--help")).containsExactly("sell");
  }

  @Test
  void noCommandAddsNoneButHelpAndUnknownWordsSeeThemAll() {
    assertThat(added()).isEmpty();
    assertThat(added("--db", "/tmp/shop.db", "--till", "T1")).isEmpty();
    assertThat(added("--help")).hasSize(TillCli.COMMANDS.size());
    assertThat(added("-h")).hasSize(TillCli.COMMANDS.size());
    assertThat(added("help", "stock")).hasSize(TillCli.COMMANDS.size());
    // So that picocli can still say "Did you mean: till statement ...?".
    assertThat(added("statment")).hasSize(TillCli.COMMANDS.size());
  }

  /** One run of the command line with an environment of its own: exit code, stdout, stderr. */
  private static String[] run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = TillCli.run(args, env, new PrintWriter(out), new PrintWriter(err));
    return new String[] {Integer.toString(code), out.toString(), err.toString()};
  }

  @Test
  void tillAloneSaysWhatTheParsedCommandLineSays(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    // `./till` with no arguments skips picocli; without a screen it prints where the till is and
    // the commands, exactly as when a global option sends it through picocli.
    Path db = dir.resolve("shop.db");
    assertThat(new CliHarness(db).exit("demo")).isZero();
    Map<String, String> noWindow = Map.of("TILL_NO_WINDOW", "1", "TILL_DB", db.toString());
    String[] alone = run(noWindow);
    assertThat(alone[0]).isEqualTo("0");
    assertThat(alone[1]).startsWith("Till T1 of \"OVOP+1 Каракол\" (KGS) on " + db + ".");
    assertThat(alone).isEqualTo(run(noWindow, "--till", "T1"));
    // A file that is not a till's: the same one sentence and exit code on either way in.
    Path other = dir.resolve("notes.db");
    Files.writeString(other, "shopping list, not a database");
    Map<String, String> theirs = Map.of("TILL_NO_WINDOW", "1", "TILL_DB", other.toString());
    String[] refused = run(theirs);
    assertThat(refused[0]).isEqualTo("1");
    assertThat(refused[2]).contains("is not a till database").endsWith(System.lineSeparator());
    assertThat(refused[2].lines()).hasSize(1);
    assertThat(refused).isEqualTo(run(theirs, "--till", "T1"));
  }

  @Test
  void everyCommandAndSubcommandShowsItsHelpWithoutAskingForItsOptions() {
    for (String[] asked :
        new String[][] {
          {"sell", "--help"}, {"shift", "--help"}, {"shift", "close", "-h"}, {"intake", "--help"}
        }) {
      String[] said = run(Map.of(), asked);
      assertThat(said[0]).as(String.join(" ", asked) + ": " + said[2]).isEqualTo("0");
      assertThat(said[1])
          .as(String.join(" ", asked))
          .startsWith("Usage: till " + String.join(" ", asked).replaceAll(" -.*", ""));
      assertThat(said[2]).isEmpty();
    }
  }

  @Test
  void helpListsEveryCommandInItsOrder() {
    StringWriter text = new StringWriter();
    CommandLine cl = TillCli.commandLine(root(), new String[] {"--help"});
    cl.setOut(new PrintWriter(text));
    assertThat(cl.execute("--help")).isZero();
    String help = text.toString();
    int at = 0;
    for (String name : TillCli.COMMANDS.keySet()) {
      int found = help.indexOf("\n  " + name + " ", at);
      assertThat(found).as(name).isPositive();
      at = found;
    }
  }
}
