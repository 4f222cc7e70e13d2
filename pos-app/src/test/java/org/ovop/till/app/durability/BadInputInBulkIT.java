package org.ovop.till.app.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ovop.till.app.TillServices;
import org.ovop.till.app.cli.CliHarness;
import org.ovop.till.app.csv.ProductCsv;
import org.ovop.till.core.Outcome;
import org.ovop.till.core.money.Percent;
import org.ovop.till.core.sale.Counter;
import org.ovop.till.core.sale.Tender;
import org.ovop.till.core.sale.TenderMethod;
import org.ovop.till.core.user.User;

/**
 * Thousands of generated bad inputs — malformed, overflowing, Unicode, formula-like — thrown at the
 * real services on a real file: each one is refused with a sentence, and the database files are
 * byte for byte what they were.
 */
class BadInputInBulkIT {
  @TempDir Path dir;

  static final List<String> NASTY =
      List.of(
          "",
          " ",
          "-1",
          "0",
          "1e9",
          "99999999999999999999",
          "NaN",
          "12,50",
          "١٢٣",
          "＝1+1",
          "=cmd|' /C calc'!A0",
          "+SUM(A1)",
          "@SUM(1)",
          "-2+3",
          "\u0000",
          "DROP TABLE sale;",
          "Ωmega",
          "🧶",
          "0x1F",
          "450.505",
          "4000000000000000000000000");

  @Test
  void everyBadInputIsRefusedWithASentenceAndTheFileIsUntouched() throws Exception {
    Path db = dir.resolve("till.db");
    CliHarness cli = new CliHarness(db);
    assertThat(cli.exit("demo")).isZero();
    assertThat(cli.exit("shift", "open", "--by", "1470", "--float", "0")).isZero();
    Random r = new Random(2026);
    try (TillServices till = TillServices.open(db.toString(), "T1", Clock.systemUTC(), false)) {
      User cashier = till.staff().signIn("1470").value();
      String before = fingerprint(db);
      int refused = 0;
      for (int i = 0; i < 2_000; i++) {
        String junk = junk(r);
        // A barcode nobody has.
        Outcome<Counter.Completed> sale =
            till.counter()
                .sell(
                    cashier,
                    List.of(new Counter.Item("X" + junk, 1, Percent.ZERO)),
                    List.of(new Tender(TenderMethod.CASH, 100_00, null)),
                    null);
        refused += sentence(sale);
        // A quantity that is zero, negative or absurd.
        long qty = List.of(0L, -1L, -r.nextInt(1000) - 1L, Long.MIN_VALUE).get(r.nextInt(4));
        refused +=
            sentence(
                till.counter()
                    .sell(
                        cashier,
                        List.of(new Counter.Item("SBT-001", qty, Percent.ZERO)),
                        List.of(new Tender(TenderMethod.CASH, 100_00, null)),
                        null));
        // Too little paid, and mobile money without its reference.
        refused +=
            sentence(
                till.counter()
                    .sell(
                        cashier,
                        List.of(new Counter.Item("FELT-003", 1 + r.nextInt(3), Percent.ZERO)),
                        List.of(
                            new Tender(
                                r.nextBoolean() ? TenderMethod.CASH : TenderMethod.MOBILE,
                                1 + r.nextInt(100_00),
                                null)),
                        null));
        // A PIN that is not 4 to 8 digits is refused before anything is written.
        String pin = junk.length() > 8 || !junk.matches("\\d{4,8}") ? junk : junk + "x";
        refused += sentence(till.staff().signIn(pin));
      }
      // A CSV of generated bad rows: every row named, nothing imported.
      StringBuilder csv = new StringBuilder(ProductCsv.HEADER).append('\n');
      for (int i = 0; i < 2_000; i++) {
        String junk = junk(r).replace("\"", "\"\"");
        csv.append("BAD-")
            .append(i)
            .append(",\"")
            .append(junk)
            .append("\",IK-01,")
            .append(List.of("12.345", "-5", "abc", "1e3", "").get(i % 5))
            .append(",consignment:25,,2030-01-01\n");
      }
      var parsed = ProductCsv.parse(csv.toString(), java.util.Currency.getInstance("KGS"));
      var imported =
          till.catalog()
              .importProducts(
                  cashier.role().atLeast(org.ovop.till.core.user.Role.MANAGER)
                      ? cashier
                      : till.staff().signIn("2580").value(),
                  parsed.rows());
      assertThat(imported.isDone()).isFalse();
      assertThat(imported.refusal().message())
          .contains("2000 row(s) are wrong")
          .contains("line 2:")
          .contains("line 2001:");
      assertThat(refused).isEqualTo(4 * 2_000);
      assertThat(fingerprint(db)).as("the database files are unchanged").isEqualTo(before);
    }
    assertThat(cli.exit("verify")).isZero();
  }

  private static int sentence(Outcome<?> outcome) {
    assertThat(outcome.isDone()).isFalse();
    String message = outcome.refusal().message();
    assertThat(message).isNotBlank().doesNotContain("Exception").endsWith(".");
    return 1;
  }

  private static String junk(Random r) {
    String base = NASTY.get(r.nextInt(NASTY.size()));
    return r.nextInt(3) == 0 ? base + r.nextInt(1000) : base;
  }

  private static String fingerprint(Path db) throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    for (String suffix : List.of("", "-wal")) {
      Path f = Path.of(db + suffix);
      if (Files.exists(f)) {
        md.update(Files.readAllBytes(f));
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
