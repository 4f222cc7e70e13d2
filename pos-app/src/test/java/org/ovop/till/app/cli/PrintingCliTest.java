package org.ovop.till.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Receipts and labels from the command line: bytes, pictures, sheets, and printers that fail. */
class PrintingCliTest {
  @TempDir Path dir;

  @Test
  void receiptsAndLabelsComeOutForEveryWayOfPrinting() throws Exception {
    Till till = new Till(dir.resolve("till.db"));
    till.json("demo");
    till.json("shift", "open", "--by", "1470", "--float", "0");
    till.json("sell", "--by", "1470", "--item", "SBT-001", "--pay", "cash:450");

    Path bin = dir.resolve("r.bin");
    assertThat(
            till.json(
                "receipt",
                "--number",
                "T1-000001",
                "--out",
                bin.toString(),
                "--profile",
                "xprinter-58"))
        .containsEntry("profile", "xprinter-58");
    byte[] bytes = Files.readAllBytes(bin);
    assertThat(bytes[0]).isEqualTo((byte) 0x1B);
    assertThat(bytes[1]).isEqualTo((byte) '@');
    assertThat(bytes[2]).isEqualTo((byte) 0x1C); // FS . right after ESC @
    assertThat(new String(bytes, Charset.forName("IBM866")))
        .contains("Облепиховое масло 50 мл")
        .contains("T1-000001");

    Path png = dir.resolve("r.png");
    till.json("receipt", "--number", "T1-000001", "--out", png.toString());
    assertThat(javax.imageio.ImageIO.read(png.toFile()).getWidth()).isEqualTo(576 + 32);

    Path pdf = dir.resolve("labels.pdf");
    assertThat(
            till.json(
                "labels", "--item", "SBT-001:3", "--item", "FELT-001", "--out", pdf.toString()))
        .containsEntry("labels", 4L);
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertThat(new PDFTextStripper().getText(doc))
          .contains("Облепиховое масло 50 мл")
          .contains("450,00 KGS");
    }

    Till.Run unknown =
        till.run("receipt", "--number", "T1-000099", "--out", dir.resolve("x.bin").toString());
    assertThat(unknown.exit()).isEqualTo(1);
    assertThat(unknown.err()).contains("no receipt numbered T1-000099");
    Till.Run badPrinter = till.run("receipt", "--number", "T1-000001", "--printer", "lpt1");
    assertThat(badPrinter.exit()).isEqualTo(1);
    assertThat(badPrinter.err()).contains("is not a printer");
    // A printer that is not there: one sentence, and the sale is of course still in the books.
    Till.Run unplugged =
        till.run("receipt", "--number", "T1-000001", "--printer", "file:" + dir.resolve("no/lp0"));
    assertThat(unplugged.exit()).isEqualTo(1);
    assertThat(unplugged.err()).contains("is not there");
    assertThat(till.json("verify")).containsEntry("ok", true);
  }
}
