package org.ovop.till.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole day of a new KGS boutique from the command line, as a manager following README would type
 * it. Every expected figure below is worked out by hand from DOMAIN.md's rules.
 */
class LedgerDayCliTest {
  @TempDir Path dir;
  Till till;

  @BeforeEach
  void newStore() {
    till = new Till(dir.resolve("shop.db")).clock("2026-03-02T05:00:00Z");
    Map<String, Object> store =
        till.json(
            "init",
            "--store-name",
            "OVOP+1 Бишкек",
            "--currency",
            "KGS",
            "--cash-rounding",
            "100",
            "--language",
            "ru",
            "--min-payout",
            "500");
    assertThat(store).containsEntry("currency", "KGS").containsEntry("min_payout", "500.00");
    assertThat(store).containsEntry("time_zone", "Asia/Bishkek");
    till.json("user", "add", "--name", "Айгуль", "--role", "admin", "--pin", "9630");
    till.json(
        "user", "add", "--name", "Нурлан", "--role", "manager", "--pin", "2580", "--by", "9630");
    till.json(
        "user", "add", "--name", "Бакыт", "--role", "cashier", "--pin", "1470", "--by", "9630");
    till.json(
        "group", "add", "--code", "IK-01", "--name", "Алтын Кол", "--levy", "2", "--by", "2580");
    till.json(
        "member", "add", "--group", "IK-01", "--name", "Гүлнара", "--gender", "F", "--by", "2580");
    Map<String, Object> felt =
        till.json(
            "product",
            "add",
            "--sku",
            "FELT-001",
            "--name",
            "Войлочный барс",
            "--group",
            "IK-01",
            "--price",
            "1200",
            "--terms",
            "consignment:25",
            "--certified-until",
            "2027-12-31",
            "--tax-rate",
            "12",
            "--by",
            "2580");
    String barcode = (String) felt.get("barcode");
    assertThat(barcode).hasSize(13).startsWith("2");
    assertThat(gs1CheckDigitOk(barcode)).isTrue();
    till.json(
        "product",
        "add",
        "--sku",
        "HONEY-01",
        "--name",
        "Мёд эспарцетовый",
        "--group",
        "IK-01",
        "--price",
        "650.40",
        "--terms",
        "buyback:450",
        "--certified-until",
        "2027-12-31",
        "--by",
        "2580");
  }

  @Test
  void aFullDayAddsUpToTheSom() {
    Map<String, Object> note =
        till.json(
            "intake",
            "--group",
            "IK-01",
            "--by",
            "2580",
            "--item",
            "FELT-001:5:Гүлнара",
            "--item",
            "HONEY-01:10");
    assertThat(note).containsEntry("note", "CN-T1-000001");
    assertThat((List<?>) note.get("lots")).hasSize(2);

    till.json("shift", "open", "--by", "1470", "--float", "2000");

    // FELT 2 × 1200.00 = 2400.00, 5 % off = 120.00 → 2280.00 (share 75 % = 1710.00);
    // HONEY 650.40, buy-back 450.00 → commission 200.40. Total 2930.40; cash rounds to 2930.00.
    Map<String, Object> sale =
        till.json(
            "sell",
            "--by",
            "1470",
            "--item",
            "FELT-001:2:5",
            "--item",
            "HONEY-01",
            "--pay",
            "cash:3000");
    assertThat(sale)
        .containsEntry("receipt", "T1-000001")
        .containsEntry("total", "2930.40")
        .containsEntry("due", "2930.00")
        .containsEntry("rounding", "-0.40")
        .containsEntry("paid", "3000.00")
        .containsEntry("change", "70.00");
    List<Map<String, Object>> lines = list(sale, "lines");
    assertThat(lines.get(0))
        .containsEntry("sku", "FELT-001")
        .containsEntry("group", "IK-01")
        .containsEntry("qty", 2L)
        .containsEntry("unit_price", "1200.00")
        .containsEntry("discount", "120.00")
        .containsEntry("amount", "2280.00")
        .containsEntry("producer_share", "1710.00");
    assertThat(lines.get(1))
        .containsEntry("amount", "650.40")
        .containsEntry("producer_share", "450.00");

    // Split tender: 2 × 650.40 = 1300.80; card 300.00, so the cash part 1000.80 rounds to 1001.00.
    Map<String, Object> split =
        till.json(
            "sell",
            "--by",
            "1470",
            "--item",
            "HONEY-01:2",
            "--pay",
            "card:300",
            "--pay",
            "cash:1001");
    assertThat(split)
        .containsEntry("receipt", "T1-000002")
        .containsEntry("total", "1300.80")
        .containsEntry("due", "1301.00")
        .containsEntry("rounding", "0.20")
        .containsEntry("change", "0.00");
    assertThat(list(split, "tenders")).hasSize(2);

    // Refund 1 of the 2 felt leopards: half of 2280.00 and of its share 1710.00.
    Map<String, Object> refund =
        till.json(
            "refund",
            "--by",
            "1470",
            "--manager-pin",
            "2580",
            "--receipt",
            "T1-000001",
            "--item",
            "FELT-001:1",
            "--pay",
            "cash");
    assertThat(refund).containsEntry("receipt", "T1-000003").containsEntry("total", "1140.00");
    assertThat(list(refund, "lines").get(0)).containsEntry("producer_share", "855.00");

    assertThat(onHand()).containsEntry("FELT-001", 4L).containsEntry("HONEY-01", 7L);

    Map<String, Object> count = till.json("count", "--by", "2580", "--item", "FELT-001:3");
    assertThat(list(count, "lines").get(0))
        .containsEntry("expected", 4L)
        .containsEntry("counted", 3L)
        .containsEntry("variance", -1L);
    Map<String, Object> back =
        till.json("return-to-producer", "--group", "IK-01", "--by", "2580", "--item", "HONEY-01:3");
    assertThat(back.get("note")).asString().startsWith("RN-T1-");
    assertThat(onHand()).containsEntry("FELT-001", 3L).containsEntry("HONEY-01", 4L);
    // A jar dropped: written off with its reason, not found missing at the next count.
    Map<String, Object> broken =
        till.json(
            "damage",
            "--by",
            "2580",
            "--item",
            "HONEY-01:1",
            "--reason",
            "jar dropped at the till");
    assertThat(broken)
        .containsEntry("sheet", "DM-T1-000001")
        .containsEntry("reason", "jar dropped at the till");
    assertThat(onHand()).containsEntry("HONEY-01", 3L);
    Till.Run tooMany =
        till.run("damage", "--by", "2580", "--item", "HONEY-01:4", "--reason", "shelf fell");
    assertThat(tooMany.exit()).isEqualTo(1);
    assertThat(tooMany.err()).contains("Only 3 of HONEY-01 are on hand to write off.");
    assertThat(onHand()).containsEntry("HONEY-01", 3L);
    // The day's audit, people by name: the write-off with its reason, the refund with the
    // manager who approved it. A reason typed like a spreadsheet formula stays text in the CSV.
    till.json("damage", "--by", "2580", "--item", "FELT-001:1", "--reason", "=HYPERLINK(\"x\")");
    Path auditCsv = dir.resolve("audit.csv");
    Map<String, Object> audit =
        till.json(
            "report",
            "audit",
            "--from",
            "2026-03-02",
            "--to",
            "2026-03-02",
            "--csv",
            auditCsv.toString());
    List<Map<String, Object>> done = list(audit, "rows");
    assertThat(done)
        .anyMatch(
            r ->
                "DAMAGE".equals(r.get("action"))
                    && "DM-T1-000001".equals(r.get("subject"))
                    && "jar dropped at the till".equals(r.get("reason"))
                    && "Нурлан".equals(r.get("by")))
        .anyMatch(r -> "REFUND".equals(r.get("action")) && "Нурлан".equals(r.get("approved_by")));
    assertThat(auditCsv)
        .content(StandardCharsets.UTF_8)
        .contains("'=HYPERLINK")
        .doesNotContain(",=HYPERLINK");
    // Another day kept nothing.
    assertThat(
            list(
                till.json("report", "audit", "--from", "2026-03-03", "--to", "2026-03-03"), "rows"))
        .isEmpty();

    Path csv = dir.resolve("sales.csv");
    Map<String, Object> report =
        till.json(
            "report",
            "sales",
            "--from",
            "2026-03-02",
            "--to",
            "2026-03-02",
            "--csv",
            csv.toString());
    assertThat(report)
        .containsEntry("receipts", 2L)
        .containsEntry("refunds", 1L)
        .containsEntry("sales_total", "4231.20")
        .containsEntry("refunds_total", "1140.00")
        .containsEntry("net", "3091.20")
        .containsEntry("rounding", "-0.20");
    assertThat(csv).content(StandardCharsets.UTF_8).contains("T1-000003,refund,FELT-001");

    // Drawer: 2000.00 float + 2930.00 + 1001.00 − 1140.00 = 4791.00; one som is missing.
    Map<String, Object> z = till.json("shift", "close", "--by", "1470", "--counted", "4790");
    assertThat(z)
        .containsEntry("report", "Z")
        .containsEntry("expected", "4791.00")
        .containsEntry("counted", "4790.00")
        .containsEntry("over_short", "-1.00");

    assertThat(till.json("verify")).containsEntry("ok", true);
    Path copy = dir.resolve("backup.db");
    assertThat(till.json("backup", "--out", copy.toString())).containsEntry("ok", true);
    assertThat(new Till(copy).json("verify")).containsEntry("ok", true);
  }

  @Test
  void refusalsSayOneSentenceAndChangeNothing() {
    till.json("intake", "--group", "IK-01", "--by", "2580", "--item", "FELT-001:5");
    till.json("shift", "open", "--by", "1470", "--float", "2000");
    till.json("sell", "--by", "1470", "--item", "FELT-001:2", "--pay", "cash:2400");
    Map<String, List<String>> before = till.ledger();

    assertRefused(
        "No product has the barcode or SKU 4000000000000",
        "sell",
        "--by",
        "1470",
        "--item",
        "4000000000000",
        "--pay",
        "cash:100");
    assertRefused(
        "whole number above zero",
        "sell",
        "--by",
        "1470",
        "--item",
        "FELT-001:-1",
        "--pay",
        "cash:1200");
    assertRefused(
        "whole number above zero",
        "sell",
        "--by",
        "1470",
        "--item",
        "FELT-001:0",
        "--pay",
        "cash:1200");
    assertRefused(
        "1200.00 KGS is due but only 1000.00 KGS was paid",
        "sell",
        "--by",
        "1470",
        "--item",
        "FELT-001",
        "--pay",
        "cash:1000");
    assertRefused(
        "at most 2 decimals",
        "sell",
        "--by",
        "1470",
        "--item",
        "FELT-001",
        "--pay",
        "cash:1200.005");
    assertRefused(
        "reference", "sell", "--by", "1470", "--item", "FELT-001", "--pay", "mobile:1200");
    assertRefused(
        "Only 2 of FELT-001",
        "refund",
        "--by",
        "1470",
        "--manager-pin",
        "2580",
        "--receipt",
        "T1-000001",
        "--item",
        "FELT-001:3",
        "--pay",
        "cash");
    assertRefused(
        "needs a manager",
        "refund",
        "--by",
        "1470",
        "--manager-pin",
        "1470",
        "--receipt",
        "T1-000001",
        "--item",
        "FELT-001:1",
        "--pay",
        "cash");
    assertRefused(
        "no receipt numbered T1-000099",
        "refund",
        "--by",
        "1470",
        "--manager-pin",
        "2580",
        "--receipt",
        "T1-000099",
        "--item",
        "FELT-001:1",
        "--pay",
        "cash");
    assertRefused(
        "PIN is not right", "sell", "--by", "5555", "--item", "FELT-001", "--pay", "cash:1200");
    assertRefused(
        "needs a manager",
        "product",
        "add",
        "--sku",
        "X-1",
        "--name",
        "X",
        "--group",
        "IK-01",
        "--price",
        "10",
        "--terms",
        "consignment:20",
        "--by",
        "1470");
    assertRefused(
        "no producer group with code ZZ-99",
        "intake",
        "--group",
        "ZZ-99",
        "--by",
        "2580",
        "--item",
        "FELT-001:1");
    assertRefused(
        "'consignment:120' is not producer terms",
        "product",
        "add",
        "--sku",
        "X-1",
        "--name",
        "X",
        "--group",
        "IK-01",
        "--price",
        "10",
        "--terms",
        "consignment:120",
        "--by",
        "2580");

    assertThat(till.ledger()).isEqualTo(before);
  }

  @Test
  void anExpiredCertificateNeedsANamedManagerAtIntake() {
    till.json(
        "product",
        "add",
        "--sku",
        "JAM-001",
        "--name",
        "Варенье абрикосовое",
        "--group",
        "IK-01",
        "--price",
        "320",
        "--terms",
        "buyback:210",
        "--certified-until",
        "2026-01-31",
        "--by",
        "2580");
    Map<String, List<String>> before = till.ledger();
    assertRefused(
        "certificate", "intake", "--group", "IK-01", "--by", "2580", "--item", "JAM-001:4");
    assertThat(till.ledger()).isEqualTo(before);

    Map<String, Object> note =
        till.json(
            "intake",
            "--group",
            "IK-01",
            "--by",
            "2580",
            "--item",
            "JAM-001:4",
            "--manager-pin",
            "9630",
            "--reason",
            "Renewal filed, certificate on its way");
    assertThat(note.get("note")).isEqualTo("CN-T1-000001");
    assertThat(till.ledger().get("audit_entry"))
        .anyMatch(row -> row.contains("Renewal filed, certificate on its way"));
  }

  @Test
  void aBadImportReportsEveryBadLineAndImportsNothing() throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(
        bad,
        "sku,name,group,price,terms,barcode,certified_until\n"
            + "SOAP-01,\"Мыло \"\"Облепиха\"\", 100 г\",IK-01,220,consignment:30,,2027-06-30\n"
            + "SOAP-02,Мыло лавандовое,IK-01,220.555,consignment:30,,2027-06-30\n"
            + "SOAP-03,Мыло мятное,ZZ-99,220,consignment:30,,2027-06-30\n"
            + "SOAP-04,Мыло,IK-01,220,consignment,,2027-06-30\n",
        StandardCharsets.UTF_8);
    Map<String, List<String>> before = till.ledger();
    Till.Run run = till.run("import", "products", bad.toString(), "--by", "2580");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .contains("3 row(s) are wrong")
        .contains("line 3: '220.555' is not an amount in KGS")
        .contains("line 4: There is no producer group with code ZZ-99")
        .contains("line 5: 'consignment' is not producer terms")
        .doesNotContain("line 2")
        .doesNotContain("Exception");
    assertThat(till.ledger()).isEqualTo(before);

    Path good = dir.resolve("good.csv");
    Files.writeString(
        good,
        "\uFEFFsku,name,group,price,terms,barcode,certified_until\r\n"
            + "SOAP-01,\"Мыло \"\"Облепиха\"\", 100 г\",IK-01,220,consignment:30,,2027-06-30\r\n"
            + "SOAP-02,Мыло лавандовое,IK-01,220.50,buyback:150,,2027-06-30\r\n",
        StandardCharsets.UTF_8);
    assertThat(till.json("import", "products", good.toString(), "--by", "2580"))
        .containsEntry("imported", 2L);
    Map<String, Object> stock = till.json("stock");
    assertThat(list(stock, "items"))
        .extracting(i -> i.get("name"))
        .contains("Мыло \"Облепиха\", 100 г");
  }

  @Test
  void usageErrorsExitTwoAndMissingDatabasesOne() throws Exception {
    assertThat(till.run("sell", "--by", "1470").exit()).isEqualTo(2);
    assertThat(till.run("no-such-command").exit()).isEqualTo(2);

    Till nowhere = new Till(dir.resolve("missing/none.db"));
    Till.Run missing = nowhere.run("stock");
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err()).contains("There is no till database").doesNotContain("at org.");
    assertThat(dir.resolve("missing/none.db")).doesNotExist();

    Path junk = dir.resolve("junk.db");
    Files.writeString(junk, "these are the shop's notes, not a database\n");
    Till.Run corrupt = new Till(junk).run("stock");
    assertThat(corrupt.exit()).isEqualTo(1);
    assertThat(corrupt.err()).contains("is not a till database").doesNotContain("at org.");
    assertThat(junk).content().isEqualTo("these are the shop's notes, not a database\n");

    Till.Run badClock = new Till(dir.resolve("shop.db")).clock("yesterday").run("stock");
    assertThat(badClock.exit()).isEqualTo(1);
    assertThat(badClock.err()).contains("TILL_CLOCK");
  }

  @Test
  void bigDiscountsNeedANamedManagerAndEmptyShelvesNeverStopASale() {
    till.json("intake", "--group", "IK-01", "--by", "2580", "--item", "FELT-001:1");
    till.json("shift", "open", "--by", "1470", "--float", "0");
    Map<String, List<String>> before = till.ledger();
    assertRefused(
        "manager", "sell", "--by", "1470", "--item", "FELT-001:1:15", "--pay", "card:1020");
    assertThat(till.ledger()).isEqualTo(before);

    // 15 % of 1200.00 is 180.00: the manager approves, with a reason, and it is audited.
    Map<String, Object> sale =
        till.json(
            "sell",
            "--by",
            "1470",
            "--item",
            "FELT-001:1:15",
            "--pay",
            "card:1020",
            "--manager-pin",
            "2580",
            "--reason",
            "Display piece, faded");
    assertThat(sale).containsEntry("total", "1020.00");
    assertThat(till.ledger().get("audit_entry")).anyMatch(r -> r.contains("Display piece, faded"));

    // The shelf says none are left, but the customer holds two: sell them, flag the count.
    Map<String, Object> beyond =
        till.json("sell", "--by", "1470", "--item", "FELT-001:2", "--pay", "card:2400");
    assertThat(beyond).containsEntry("total", "2400.00");
    assertThat((List<?>) beyond.get("notices")).isNotEmpty();
    Map<String, Object> stock = till.json("stock");
    assertThat(list(stock, "items"))
        .filteredOn(i -> "FELT-001".equals(i.get("sku")))
        .extracting(i -> i.get("on_hand"))
        .containsExactly(-2L);
  }

  @Test
  void aPriceSetAtTheCounterNeedsANamedManagerAndTheProducerSeesTheCataloguePrice()
      throws Exception {
    till.json("intake", "--group", "IK-01", "--by", "2580", "--item", "FELT-001:4");
    till.json("shift", "open", "--by", "1470", "--float", "0");
    Map<String, List<String>> before = till.ledger();
    assertRefused(
        "Selling FELT-001 at 1000.00 KGS instead of its price of 1200.00 KGS needs a manager's",
        "sell",
        "--by",
        "1470",
        "--item",
        "FELT-001:2::1000",
        "--pay",
        "card:2000");
    assertRefused(
        "A price must be more than zero, not -5.00 KGS.",
        "sell",
        "--by",
        "1470",
        "--item",
        "FELT-001:1::-5",
        "--pay",
        "card:1",
        "--manager-pin",
        "2580",
        "--reason",
        "x");
    assertRefused(
        "'1 000' is not an amount",
        "sell",
        "--by",
        "1470",
        "--item",
        "FELT-001:1::1 000",
        "--pay",
        "card:1000");
    assertThat(till.ledger()).isEqualTo(before);

    // 2 × 1000.00 where the catalogue says 1200.00; consignment 25 %: share 1500.00.
    Map<String, Object> sale =
        till.json(
            "sell",
            "--by",
            "1470",
            "--item",
            "FELT-001:2::1000",
            "--pay",
            "card:2000",
            "--manager-pin",
            "2580",
            "--reason",
            "Old shelf label");
    assertThat(sale).containsEntry("total", "2000.00");
    assertThat(list(sale, "lines").get(0))
        .containsEntry("unit_price", "1000.00")
        .containsEntry("list_price", "1200.00")
        .containsEntry("amount", "2000.00")
        .containsEntry("producer_share", "1500.00");
    // A sale at the catalogue's price says it as its list price too.
    Map<String, Object> usual =
        till.json("sell", "--by", "1470", "--item", "FELT-001", "--pay", "card:1200");
    assertThat(list(usual, "lines").get(0))
        .containsEntry("unit_price", "1200.00")
        .containsEntry("list_price", "1200.00");
    // As text, the line says the catalogue's price under the one it sold at.
    Till.Run asText =
        till.run(
            "sell",
            "--by",
            "1470",
            "--item",
            "FELT-001:1::1100",
            "--pay",
            "cash:1100",
            "--manager-pin",
            "2580",
            "--reason",
            "Dusty");
    assertThat(asText.exit()).isZero();
    assertThat(asText.out())
        .containsPattern("1100\\.00\\s+1100\\.00\\R\\s+catalogue price 1200\\.00");
    assertThat(
            list(
                till.json("report", "audit", "--from", "2026-03-02", "--to", "2026-03-02"), "rows"))
        .anyMatch(
            r ->
                "OVERRIDE_PRICE".equals(r.get("action"))
                    && "T1-000001 FELT-001 1200.00 KGS -> 1000.00 KGS".equals(r.get("subject"))
                    && "Old shelf label".equals(r.get("reason"))
                    && "Нурлан".equals(r.get("approved_by")));

    // The sales file a manager opens in a spreadsheet says both prices on every line.
    Path csv = dir.resolve("sales.csv");
    till.json(
        "report", "sales", "--from", "2026-03-02", "--to", "2026-03-02", "--csv", csv.toString());
    List<String> rows = java.nio.file.Files.readAllLines(csv);
    assertThat(rows.get(0))
        .endsWith(",unit_price,discount,amount,producer_share,commission,list_price");
    assertThat(rows.subList(1, rows.size()))
        .hasSize(3)
        .anySatisfy(r -> assertThat(r).contains(",1000.00,").endsWith(",1200.00"))
        .anySatisfy(r -> assertThat(r).contains(",1100.00,").endsWith(",1200.00"))
        .anySatisfy(r -> assertThat(r).contains(",1200.00,").endsWith(",1200.00"));

    // The producer's statement says the catalogue's price beside the one it sold at.
    till.clock("2026-03-03T05:00:00Z");
    till.json("settle", "--by", "2580", "--until", "2026-03-03");
    Path pdf = dir.resolve("ik01.pdf");
    till.json("statement", "--settlement", "ST-T1-000001", "--out", pdf.toString());
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      String text =
          new org.apache.pdfbox.text.PDFTextStripper()
              .getText(doc)
              .replace('\u00a0', ' ')
              .replaceAll("\\s+", " ");
      assertThat(text).contains("(цена по каталогу 1 200,00)");
      // Only the two lines sold at a manager's price, not the one sold at 1 200,00.
      assertThat(text.split("цена по каталогу", -1)).hasSize(3);
    }
    assertThat(till.json("verify")).containsEntry("ok", true);
  }

  @Test
  void theFirstUserIsTheOnlyOneWithoutAPin() {
    Till.Run run = till.run("user", "add", "--name", "Чужой", "--role", "admin", "--pin", "4444");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("--by");
  }

  @Test
  void tillPinStandsInForBy() {
    till.json("intake", "--group", "IK-01", "--by", "2580", "--item", "FELT-001:1");
    till.env.put("TILL_PIN", "1470");
    till.json("shift", "open", "--float", "0");
    assertThat(till.json("sell", "--item", "FELT-001", "--pay", "card:1200"))
        .containsEntry("total", "1200.00");
  }

  private void assertRefused(String sentencePart, String... args) {
    Till.Run run = till.run(args);
    assertThat(run.exit()).as("exit code of %s", String.join(" ", args)).isEqualTo(1);
    assertThat(run.err())
        .contains(sentencePart)
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(run.err().strip().lines().count()).as("one sentence").isEqualTo(1);
  }

  private Map<String, Long> onHand() {
    Map<String, Long> m = new java.util.TreeMap<>();
    for (Map<String, Object> i : list(till.json("stock"), "items")) {
      m.put((String) i.get("sku"), (Long) i.get("on_hand"));
    }
    return m;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Map<String, Object> json, String key) {
    return (List<Map<String, Object>>) json.get(key);
  }

  /** GS1 check digit, worked out here independently of the product code. */
  static boolean gs1CheckDigitOk(String code) {
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      int d = code.charAt(i) - '0';
      sum += (i % 2 == 0) ? d : 3 * d;
    }
    return (10 - sum % 10) % 10 == code.charAt(12) - '0';
  }
}
