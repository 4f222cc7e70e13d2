package org.ovop.till.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A month of the demo boutique settled from the command line: dry run, settle, pay once, cancel,
 * statements read back from the PDF, women's share of payouts, and two managers at once.
 */
class SettlementCliTest {
  @TempDir Path dir;
  Till till;

  @BeforeEach
  void aMonthOfSales() {
    till = new Till(dir.resolve("till.db")).clock("2026-10-01T04:00:00Z");
    till.json("demo");
    till.clock("2026-10-05T05:00:00Z");
    till.json("shift", "open", "--by", "1470", "--float", "2000");
    // IK-01: 2 felt leopards (Гүлнара's lot) at 1200.00, 25 % commission → share 1800.00;
    //        a shyrdak (Гүлнара) 6800.00, 20 % → 5440.00. Net 7240.00, levy 2 % = 144.80.
    till.json(
        "sell",
        "--by",
        "1470",
        "--item",
        "FELT-001:2",
        "--item",
        "SBT-001:3",
        "--pay",
        "cash:4000");
    till.json("sell", "--by", "1470", "--item", "FELT-003", "--pay", "card:6800");
    // IK-02: honey, buy-back 450.00: below the 500.00 minimum payout, so it waits.
    till.json("sell", "--by", "1470", "--item", "HONEY-01", "--pay", "cash:650");
    // IK-03: 3 × 450.00 oil (Светлана's lot), 30 % → 945.00; 1 refunded → −315.00.
    till.json(
        "refund",
        "--by",
        "1470",
        "--manager-pin",
        "2580",
        "--receipt",
        "T1-000001",
        "--item",
        "SBT-001:1",
        "--pay",
        "cash");
    till.clock("2026-11-02T05:00:00Z");
  }

  @Test
  void aMonthIsSettledPaidOnceAndStatedLineByLine() throws Exception {
    Map<String, List<String>> before = till.ledger();
    Map<String, Object> dry =
        till.json("settle", "--by", "2580", "--until", "2026-11-01", "--dry-run");
    assertThat(till.ledger()).isEqualTo(before);
    Map<String, Object> real = till.json("settle", "--by", "2580", "--until", "2026-11-01");
    assertThat(strip(settlements(dry))).isEqualTo(strip(settlements(real)));

    Map<String, Object> ik01 = byGroup(real, "IK-01");
    assertThat(ik01)
        .containsEntry("id", "ST-T1-000001")
        .containsEntry("sales", "7240.00")
        .containsEntry("refunds", "0.00")
        .containsEntry("deductions", "144.80")
        .containsEntry("payout", "7095.20")
        .containsEntry("lines", 2L);
    assertThat(byGroup(real, "IK-03"))
        .containsEntry("sales", "945.00")
        .containsEntry("refunds", "315.00")
        .containsEntry("deductions", "6.30")
        .containsEntry("payout", "623.70");
    assertThat(settlements(real)).noneMatch(s -> "IK-02".equals(s.get("group")));
    assertThat(LedgerDayCliTest.list(real, "waiting").get(0))
        .containsEntry("group", "IK-02")
        .containsEntry("payout", "450.00");

    Map<String, Object> paid =
        till.json("pay", "--by", "2580", "--settlement", "ST-T1-000001", "--method", "cash");
    assertThat(paid).containsEntry("payout", "7095.20").containsEntry("method", "cash");
    Map<String, List<String>> afterPay = till.ledger();
    Till.Run again =
        till.run(
            "pay",
            "--by",
            "2580",
            "--settlement",
            "ST-T1-000001",
            "--method",
            "mobile",
            "--ref",
            "X1");
    assertThat(again.exit()).isEqualTo(1);
    assertThat(again.err()).contains("already paid").contains("Нурлан Абдыкеримов");
    Till.Run cancelPaid =
        till.run(
            "settlement",
            "cancel",
            "--settlement",
            "ST-T1-000001",
            "--reason",
            "oops",
            "--by",
            "2580");
    assertThat(cancelPaid.exit()).isEqualTo(1);
    assertThat(cancelPaid.err()).contains("final");
    assertThat(
            till.run("pay", "--by", "2580", "--settlement", "ST-T1-000002", "--method", "mobile")
                .err())
        .contains("reference");
    assertThat(till.ledger()).isEqualTo(afterPay);

    // The cash payout left the drawer: the X report shows it.
    Map<String, Object> x = till.json("shift", "x");
    assertThat(x).containsEntry("payouts", "7095.20");

    Path pdf = dir.resolve("ik01.pdf");
    till.json("statement", "--settlement", "ST-T1-000001", "--out", pdf.toString());
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text)
          .contains("Отчёт для производителя")
          .contains("ST-T1-000001")
          .contains("Алтын Кол")
          .contains("Гүлнара Өмүрбекова")
          .contains("Войлочная игрушка")
          .contains("1 800,00")
          .contains("5 440,00")
          .contains("7 240,00")
          .contains("−144,80")
          .contains("7 095,20 KGS")
          .contains("наличными")
          .contains("Подпись");
      BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 100);
      ImageIO.write(page, "png", dir.resolve("ik01.png").toFile());
      assertThat(page.getWidth()).isBetween(820, 830); // A4 at 100 dpi
      assertThat(darkPixels(page)).as("ink on the page").isGreaterThan(5_000);
    }

    Map<String, Object> gender =
        till.json("report", "gender", "--from", "2026-11-01", "--to", "2026-11-30");
    assertThat(gender).containsEntry("total", "7095.20");
    assertThat(LedgerDayCliTest.list(gender, "rows").get(0))
        .containsEntry("gender", "F")
        .containsEntry("members", 1L)
        .containsEntry("payout", "7095.20");
    assertThat(till.json("verify")).containsEntry("ok", true);
  }

  @Test
  void aCancelledSettlementReleasesItsLines() {
    till.json("settle", "--by", "2580", "--until", "2026-11-01", "--group", "IK-03");
    Map<String, Object> cancelled =
        till.json(
            "settlement",
            "cancel",
            "--settlement",
            "ST-T1-000001",
            "--reason",
            "Wrong month",
            "--by",
            "2580");
    assertThat(cancelled).containsEntry("cancelled", true);
    assertThat(
            till.run("pay", "--by", "2580", "--settlement", "ST-T1-000001", "--method", "cash")
                .err())
        .contains("cancelled");
    Map<String, Object> again =
        till.json("settle", "--by", "2580", "--until", "2026-11-01", "--group", "IK-03");
    assertThat(settlements(again).get(0))
        .containsEntry("id", "ST-T1-000002")
        .containsEntry("payout", "623.70")
        .containsEntry("lines", 2L);
    assertThat(till.ledger().get("audit_entry")).anyMatch(r -> r.contains("Wrong month"));
    assertThat(till.json("verify")).containsEntry("ok", true);
  }

  @Test
  void twoManagersAtOnceMakeOneSettlementAndOnePayout() throws Exception {
    List<Process> settling = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      settling.add(child("--json", "settle", "--by", "2580", "--until", "2026-11-01"));
    }
    for (Process p : settling) {
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).isZero();
    }
    assertThat(count("SELECT COUNT(*) FROM settlement"))
        .as("IK-01 and IK-03; IK-02 waits")
        .isEqualTo(2);
    assertThat(count("SELECT COUNT(*) FROM settlement_line")).isEqualTo(4);

    List<Process> paying = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      paying.add(
          child(
              "pay",
              "--by",
              "2580",
              "--settlement",
              "ST-T1-000002",
              "--method",
              "mobile",
              "--ref",
              "MP-" + i));
    }
    List<Integer> exits = new ArrayList<>();
    for (Process p : paying) {
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      exits.add(p.exitValue());
    }
    assertThat(exits).containsExactlyInAnyOrder(0, 1);
    assertThat(count("SELECT COUNT(*) FROM payout")).isEqualTo(1);
    assertThat(till.json("verify")).containsEntry("ok", true);
  }

  private Process child(String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Duser.home=" + System.getProperty("user.home"));
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("org.ovop.till.app.Main");
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.redirectError(dir.resolve("child-" + System.nanoTime() + ".err").toFile());
    pb.environment().put("TILL_DB", till.db.toString());
    pb.environment().put("TILL_CLOCK", "2026-11-02T05:00:00Z");
    return pb.start();
  }

  private int count(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + till.db);
        ResultSet r = c.createStatement().executeQuery(sql)) {
      r.next();
      return r.getInt(1);
    }
  }

  private static long darkPixels(BufferedImage img) {
    long dark = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int rgb = img.getRGB(x, y);
        if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 300) {
          dark++;
        }
      }
    }
    return dark;
  }

  private static List<Map<String, Object>> settlements(Map<String, Object> run) {
    return LedgerDayCliTest.list(run, "settlements");
  }

  private static List<Map<String, Object>> strip(List<Map<String, Object>> list) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> m : list) {
      Map<String, Object> copy = new java.util.LinkedHashMap<>(m);
      copy.remove("id");
      out.add(copy);
    }
    return out;
  }

  private static Map<String, Object> byGroup(Map<String, Object> run, String group) {
    return settlements(run).stream()
        .filter(s -> group.equals(s.get("group")))
        .findFirst()
        .orElseThrow();
  }

  static String read(Path p) throws Exception {
    return Files.readString(p, StandardCharsets.UTF_8);
  }
}
