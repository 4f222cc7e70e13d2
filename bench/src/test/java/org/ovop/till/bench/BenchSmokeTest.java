package org.ovop.till.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ovop.till.app.TillServices;
import org.ovop.till.db.LedgerCheck;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every benchmark at TINY size in the normal build, so a change that breaks the bench (its
 * generated data, its probes, its output) fails here and not at the next bench/run. Figures at this
 * size mean nothing: the checks are that each benchmark ran, did its work and reported sane
 * numbers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BenchSmokeTest {
  private static final Size SIZE = Size.TINY;

  private Path dir;
  private List<Result> results;

  @BeforeAll
  void runEveryBenchmark() throws Exception {
    dir = Files.createTempDirectory("till-bench-smoke");
    results = new Bench(SIZE, dir).run(name -> true);
  }

  @AfterAll
  void deleteTheGeneratedFiles() {
    if (dir != null) {
      Bench.deleteTree(dir);
      assertThat(dir).doesNotExist();
    }
  }

  @Test
  void everyBenchmarkReportsInBenchRunsOrder() {
    assertThat(results)
        .extracting(Result::name)
        .containsExactly(
            "sale-commit", "barcode-lookup", "receipt-encode", "settlement", "memory", "startup");
  }

  @Test
  void figuresArePositiveAndTheRatioIsValueOverFloor() {
    for (Result r : results) {
      assertThat(r.value()).as(r.name() + " value").isFinite().isPositive();
      assertThat(r.floor()).as(r.name() + " floor").isFinite().isPositive();
      assertThat(r.ratio()).as(r.name() + " ratio").isEqualTo(r.value() / r.floor());
      assertThat(r.unit()).as(r.name() + " unit").isNotBlank();
    }
  }

  @Test
  void jsonReadsBackToTheSameResults() {
    List<Map<String, Object>> read =
        JsonMapper.builder()
            .build()
            .readValue(Bench.json(results), new TypeReference<List<Map<String, Object>>>() {});
    assertThat(read).hasSameSizeAs(results);
    for (int i = 0; i < read.size(); i++) {
      Map<String, Object> o = read.get(i);
      Result r = results.get(i);
      assertThat(o.keySet())
          .containsExactly("name", "unit", "value", "floor", "ratio", "goal_ratio");
      assertThat(o.get("name")).isEqualTo(r.name());
      assertThat(o.get("unit")).isEqualTo(r.unit());
      // Written with three decimals (the goal with two).
      assertThat(number(o, "value")).isCloseTo(r.value(), within(0.0005));
      assertThat(number(o, "floor")).isCloseTo(r.floor(), within(0.0005));
      assertThat(number(o, "ratio")).isCloseTo(r.ratio(), within(0.0005));
      assertThat(number(o, "goal_ratio")).isCloseTo(r.goalRatio(), within(0.005));
    }
  }

  @Test
  void tableHasAHeaderAndALinePerResult() {
    List<String> lines = Bench.table(results).lines().toList();
    assertThat(lines).hasSize(results.size() + 1);
    assertThat(lines.get(0)).startsWith("benchmark");
    for (int i = 0; i < results.size(); i++) {
      assertThat(lines.get(i + 1)).startsWith(results.get(i).name() + " ");
    }
  }

  @Test
  void saleCommitSoldThroughTheTillAndTheFloorWroteAsManySales() throws Exception {
    long sales = SIZE.warmUpSales() + SIZE.sales();
    assertThat(count("sales.db", "sale")).isEqualTo(sales);
    assertThat(count("sales.db", "sale_line")).isEqualTo(3 * sales);
    assertThat(count("plain.db", "sale")).isEqualTo(sales);
    assertThat(count("plain.db", "sale_line")).isEqualTo(3 * sales);
    LedgerCheck check;
    try (TillServices till =
        TillServices.open(dir.resolve("sales.db").toString(), "T1", Clock.systemUTC(), false)) {
      check = till.verify();
    }
    assertThat(check.problems()).isEmpty();
  }

  @Test
  void barcodeLookupSearchedTheWholeGeneratedCatalogue() throws Exception {
    assertThat(count("catalogue.db", "product")).isEqualTo(SIZE.products());
  }

  @Test
  void settlementAndTheMemoryProbeEachSettledEveryGeneratedLine() throws Exception {
    assertThat(count("month.db", "sale_line")).isEqualTo(SIZE.lines());
    // The generated month stays unsettled; each run settles a fresh copy of it.
    assertThat(count("month.db", "settlement_line")).isZero();
    assertThat(count("month-settled.db", "settlement_line")).isEqualTo(SIZE.lines());
    assertThat(count("month-settled.db", "settlement")).isEqualTo(SIZE.groups());
    // The memory probe settles its own copy of the month in a child JVM.
    assertThat(count("month-copy.db", "settlement_line")).isEqualTo(SIZE.lines());
  }

  @Test
  void startupSignedInOnTheTillAndReachedTheCounter() {
    Result startup = results.get(results.size() - 1);
    // The probe says SIGNIN on the sign-in screen before READY at the counter; the bench returns
    // only after both children (till and bare window) said READY.
    Matcher signIn = Pattern.compile("sign-in screen at (\\d+) ms").matcher(startup.note());
    assertThat(signIn.find()).as(startup.note()).isTrue();
    assertThat(Double.parseDouble(signIn.group(1)))
        .isPositive()
        .isLessThanOrEqualTo(startup.value());
  }

  private static double number(Map<String, Object> o, String key) {
    assertThat(o.get(key)).as(key).isInstanceOf(Number.class);
    return ((Number) o.get(key)).doubleValue();
  }

  private long count(String db, String table) throws SQLException {
    try (Connection c = Data.open(dir.resolve(db));
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
