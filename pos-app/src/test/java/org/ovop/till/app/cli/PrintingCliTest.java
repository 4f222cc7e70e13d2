package org.ovop.till.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
    Till till = demoWithOneSale("0");

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

  @Test
  void notesSlipsAndTheDrawerGoToThePrinterAfterTheyAreRecorded() throws Exception {
    Till till = new Till(dir.resolve("till.db")).clock("2026-10-05T05:00:00Z");
    till.json("demo");
    till.json("shift", "open", "--by", "1470", "--float", "10000");
    Path lp0 = dir.resolve("lp0");
    Files.createFile(lp0);
    Map<String, Object> note =
        till.json(
            "intake",
            "--group",
            "IK-03",
            "--by",
            "2580",
            "--item",
            "SBT-001:4:Светлана Ким",
            "--print",
            "file:" + lp0);
    assertThat(note).containsEntry("note", "CN-T1-000006");
    String paper = new String(Files.readAllBytes(lp0), Charset.forName("IBM866"));
    assertThat(paper)
        .contains("НАКЛАДНАЯ НА КОНСИГНАЦИЮ")
        .contains("CN-T1-000006")
        .contains("Светлана Ким");

    // A printer that is gone: the delivery is recorded all the same, with a sentence on stderr.
    Till.Run noPrinter =
        till.run(
            "intake",
            "--group",
            "IK-03",
            "--by",
            "2580",
            "--item",
            "SBT-002:1",
            "--print",
            "file:" + dir.resolve("gone/lp0"));
    assertThat(noPrinter.exit()).isZero();
    assertThat(noPrinter.err()).contains("Recorded, but CN-T1-000007 did not print");

    till.json("sell", "--by", "1470", "--item", "FELT-003", "--pay", "card:6800");
    till.clock("2026-11-02T05:00:00Z");
    till.json("settle", "--by", "2580", "--until", "2026-11-01", "--group", "IK-01");
    Files.write(lp0, new byte[0]);
    till.json(
        "pay",
        "--by",
        "2580",
        "--settlement",
        "ST-T1-000001",
        "--method",
        "bank",
        "--ref",
        "PP-2026-118",
        "--print",
        "file:" + lp0);
    String slip = new String(Files.readAllBytes(lp0), Charset.forName("IBM866"));
    assertThat(slip)
        .contains("ВЫПЛАТА")
        // Paid by bank: the slip the group signs says so, not "card".
        .contains("Банковский перевод")
        .doesNotContain("Карта")
        .contains("PP-2026-118")
        .contains("ST-T1-000001")
        .contains("5 331,20 KGS") // as Russian writes an amount, like the screens
        .doesNotContain("-0,00") // no refunds is nothing taken off
        .contains("Подпись");

    Files.write(lp0, new byte[0]);
    Till.Run cashier =
        till.run(
            "drawer", "--by", "1470", "--manager-pin", "1470", "--reason", "change for a note");
    assertThat(cashier.exit()).isEqualTo(1);
    till.json(
        "drawer",
        "--by",
        "1470",
        "--manager-pin",
        "2580",
        "--reason",
        "change for a 5000 note",
        "--printer",
        "file:" + lp0);
    byte[] kick = Files.readAllBytes(lp0);
    assertThat(kick).containsSequence(0x1B, 'p');
    assertThat(till.ledger().get("audit_entry"))
        .anyMatch(r -> r.contains("NO_SALE") && r.contains("change for a 5000 note"));
  }

  @Test
  void aKenyanStoreCallsMobileMoneyMPesaOnItsReceipts() throws Exception {
    Till till = new Till(dir.resolve("nyeri.db")).clock("2026-11-10T06:00:00Z");
    String[] store = {
      "init", "--store-name", "Duka la OVOP Nyeri", "--currency", "KES", "--language", "sw"
    };
    // Kenya's usual service unless told otherwise; "" for the language's own words.
    assertThat(till.json(store)).containsEntry("mobile_money", "M-Pesa");
    String[] plain = java.util.Arrays.copyOf(store, store.length + 2);
    plain[store.length] = "--mobile-money";
    plain[store.length + 1] = "";
    assertThat(till.json(plain)).containsEntry("mobile_money", "");
    var before = till.ledger();
    plain[store.length + 1] = "M-Pesa, Airtel Money, T-Kash";
    Till.Run tooLong = till.run(plain);
    assertThat(tooLong.exit()).isEqualTo(1);
    assertThat(tooLong.err().strip())
        .isEqualTo(
            "A mobile money service is named in at most 24 characters on one line (M-Pesa, Wave),"
                + " not 'M-Pesa, Airtel Money, T-Kash'.");
    assertThat(till.ledger()).isEqualTo(before);
    till.json(store);

    till.json("user", "add", "--name", "Wanjiru", "--role", "manager", "--pin", "2580");
    till.json("group", "add", "--code", "NY-01", "--name", "Tetu Women", "--by", "2580");
    till.json(
        "product",
        "add",
        "--sku",
        "HONEY",
        "--name",
        "Asali 500 g",
        "--group",
        "NY-01",
        "--price",
        "951",
        "--terms",
        "consignment:20",
        "--certified-until",
        "2030-01-01",
        "--by",
        "2580");
    till.json("intake", "--group", "NY-01", "--by", "2580", "--item", "HONEY:2");
    till.json("shift", "open", "--by", "2580", "--float", "0");
    Map<String, Object> sale =
        till.json("sell", "--by", "2580", "--item", "HONEY", "--pay", "mobile:951:SKL4Q9TX2B");
    // The JSON keeps CONTRACT's method code; the paper says what the customer knows.
    assertThat(sale.toString()).contains("method=mobile");
    Path out = dir.resolve("r.bin");
    till.json("receipt", "--number", "T1-000001", "--out", out.toString());
    String paper = new String(Files.readAllBytes(out), StandardCharsets.ISO_8859_1);
    assertThat(paper).contains("M-Pesa SKL4Q9TX2B").doesNotContain("Pesa kwa simu");
  }

  @Test
  void cashPutInAndTakenOutOfTheDrawerIsApprovedKickedAndInTheZReport() throws Exception {
    Till till = demoWithOneSale("2000");
    Path lp0 = dir.resolve("lp0");
    Files.write(lp0, new byte[0]);
    assertThat(
            till.json(
                "shift",
                "cash-out",
                "--by",
                "1470",
                "--amount",
                "1500",
                "--manager-pin",
                "2580",
                "--reason",
                "takings to the bank",
                "--printer",
                "file:" + lp0))
        .containsEntry("kind", "cash_out")
        .containsEntry("amount", "1500.00")
        .containsEntry("reason", "takings to the bank");
    assertThat(Files.readAllBytes(lp0)).containsSequence(0x1B, 'p');
    till.json(
        "shift",
        "cash-in",
        "--by",
        "1470",
        "--amount",
        "200",
        "--manager-pin",
        "2580",
        "--reason",
        "coins for change");
    // More than the drawer holds (2000 + 450 − 1500 + 200 = 1150), or a cashier's own PIN as the
    // manager's: one sentence each, and the books as they were.
    var before = till.ledger();
    Till.Run tooMuch =
        till.run(
            "shift",
            "cash-out",
            "--by",
            "1470",
            "--amount",
            "1150.01",
            "--manager-pin",
            "2580",
            "--reason",
            "bank");
    assertThat(tooMuch.exit()).isEqualTo(1);
    assertThat(tooMuch.err())
        .contains("The drawer should hold only 1150.00 KGS, so 1150.01 KGS cannot be taken out");
    Till.Run cashiersPin =
        till.run(
            "shift",
            "cash-out",
            "--by",
            "1470",
            "--amount",
            "10",
            "--manager-pin",
            "1470",
            "--reason",
            "bank");
    assertThat(cashiersPin.exit()).isEqualTo(1);
    assertThat(till.ledger()).isEqualTo(before);
    Map<String, Object> z = till.json("shift", "close", "--by", "1470", "--counted", "1150");
    assertThat(z).containsEntry("cash_in_out", "-1300.00").containsEntry("over_short", "0.00");
    // Each move with why and which manager approved it, as the Z report keeps them.
    assertThat((List<?>) z.get("cash_moves"))
        .extracting(m -> ((Map<?, ?>) m).get("amount") + " " + ((Map<?, ?>) m).get("reason"))
        .containsExactly("-1500.00 takings to the bank", "200.00 coins for change");
    assertThat((List<?>) z.get("cash_moves"))
        .allMatch(m -> "Нурлан Абдыкеримов".equals(((Map<?, ?>) m).get("approved_by")));
    assertThat(till.ledger().get("audit_entry"))
        .anyMatch(r -> r.contains("CASH_OUT") && r.contains("takings to the bank"))
        .anyMatch(r -> r.contains("CASH_IN") && r.contains("coins for change"));
  }

  /** The demo shop with a shift open on this float and one sea-buckthorn oil sold for 450 cash. */
  private Till demoWithOneSale(String openingFloat) {
    Till till = new Till(dir.resolve("till.db"));
    till.json("demo");
    till.json("shift", "open", "--by", "1470", "--float", openingFloat);
    till.json("sell", "--by", "1470", "--item", "SBT-001", "--pay", "cash:450");
    return till;
  }
}
