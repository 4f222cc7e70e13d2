package org.ovop.till.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `till verify` against rows changed behind the program's back, and CSV exports of sales. */
class TamperingCliTest {
  @TempDir Path dir;
  Till till;

  @BeforeEach
  void aDemoShopWithSales() {
    till = new Till(dir.resolve("till.db"));
    till.json("demo");
    till.json("shift", "open", "--by", "1470", "--float", "1000");
    till.json(
        "sell", "--by", "1470", "--item", "SBT-001:2", "--item", "HONEY-01", "--pay", "cash:2000");
    till.json("sell", "--by", "1470", "--item", "FELT-001", "--pay", "card:1200");
    assertThat(till.json("verify")).containsEntry("ok", true);
  }

  @Test
  void theTriggersRefuseAnEditAndVerifyFindsOneMadeAroundThem() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + till.db);
        Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.executeUpdate("UPDATE sale_line SET amount = 1 WHERE line_no = 1"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
      // Someone who knows SQLite drops the guard, lowers a producer's share, and puts it back.
      String trigger =
          s.executeQuery("SELECT sql FROM sqlite_master WHERE name = 'sale_line_no_update'")
              .getString(1);
      s.execute("DROP TRIGGER sale_line_no_update");
      s.executeUpdate(
          "UPDATE sale_line SET producer_share = producer_share - 10000, commission = commission + 10000"
              + " WHERE sale_number = 'T1-000001' AND line_no = 1");
      s.execute(trigger);
    }
    Till.Run run = till.run("--json", "verify");
    assertThat(run.exit()).isEqualTo(1);
    Map<String, Object> json = run.json();
    assertThat(json).containsEntry("ok", false);
    @SuppressWarnings("unchecked")
    List<String> problems = (List<String>) json.get("problems");
    assertThat(problems)
        .anyMatch(p -> p.contains("T1-000001") && p.contains("no longer matches its journal entry"))
        .anyMatch(p -> p.contains("T1-000001 line 1") && p.contains("do not follow"));
    assertThat(run.err()).contains("problem(s) found");
  }

  @Test
  void aDroppedGuardIsAProblemByItself() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + till.db);
        Statement s = c.createStatement()) {
      s.execute("DROP TRIGGER stock_movement_no_delete");
    }
    Till.Run run = till.run("verify");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("Table stock_movement has lost its guard against DELETE.");
  }

  @Test
  void salesCsvNeutralisesFormulaNamesAndKeepsNumbers() throws Exception {
    Path csv = dir.resolve("products.csv");
    Files.writeString(
        csv,
        "sku,name,group,price,terms,barcode,certified_until\n"
            + "EVIL-1,\"=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\",IK-01,100,consignment:20,,2030-01-01\n",
        StandardCharsets.UTF_8);
    till.json("import", "products", csv.toString(), "--by", "2580");
    till.json("intake", "--group", "IK-01", "--by", "2580", "--item", "EVIL-1:2");
    till.json("sell", "--by", "1470", "--item", "EVIL-1", "--pay", "cash:100");
    String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Bishkek")).toString();
    Path out = dir.resolve("sales.csv");
    till.json("report", "sales", "--from", today, "--to", today, "--csv", out.toString());
    String text = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(text)
        .contains("\"'=HYPERLINK(")
        .doesNotContain(",=HYPERLINK")
        .contains(",100.00,80.00,20.00");
  }
}
