package org.ovop.till.app.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ovop.till.app.csv.ProductCsv;
import org.ovop.till.core.user.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = "Imports data.", subcommands = ImportCommand.Products.class)
final class ImportCommand {
  @Command(
      name = "products",
      description = "All-or-nothing import; header " + ProductCsv.HEADER + ".")
  static final class Products extends TillCommand {
    @Parameters(index = "0", paramLabel = "FILE.csv")
    Path file;

    @Option(names = "--by", paramLabel = "PIN")
    String by;

    @Override
    void execute() {
      String text = readUtf8(file);
      var parsed = ProductCsv.parse(text, store().currency());
      if (parsed.headerProblem() != null) {
        throw Refused.because(parsed.headerProblem());
      }
      var who = actor(by, Role.MANAGER);
      var added = Refused.take(services().catalog().importProducts(who, parsed.rows()));
      print(
          Json.object("imported", added.size(), "file", file.toString()),
          "Imported " + added.size() + " products from " + file + ".");
    }

    static String readUtf8(Path file) {
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file);
      } catch (IOException e) {
        throw new Refused("Cannot read " + file + ": " + e.getClass().getSimpleName() + ".");
      }
      try {
        return StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes))
            .toString();
      } catch (CharacterCodingException e) {
        throw new Refused(file + " is not UTF-8 text; save it from the spreadsheet as CSV UTF-8.");
      }
    }
  }
}
