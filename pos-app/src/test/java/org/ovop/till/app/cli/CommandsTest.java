package org.ovop.till.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
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
        .contains("sell", "settle", "verify", "return-to-producer", "help")
        .hasSize(26);
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
