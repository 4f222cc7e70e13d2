package org.ovop.till.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ovop.till.core.Refusal;
import org.ovop.till.core.report.ReportFigures;
import org.ovop.till.printing.queue.PrintQueue;

class ReturnsViewModelTest {
  @TempDir Path dir;
  OfficeFixture shop;
  ReturnsViewModel model;

  @BeforeEach
  void demoShopAsTheManager() {
    shop = OfficeFixture.demo(dir).signedIn(OfficeFixture.MANAGER);
    model = new ReturnsViewModel(shop.session);
  }

  @AfterEach
  void close() {
    shop.close();
  }

  private ReturnsViewModel.ShelfLine line(ReturnsViewModel.Shelf shelf, String sku) {
    return shelf.lines().stream().filter(l -> l.sku().equals(sku)).findFirst().orElseThrow();
  }

  @Test
  void bestBeforeDaysReachTheShelfAndTheAgingReportWhichListsTheLotsDueWithinAMonth()
      throws Exception {
    var today = OfficeFixture.today();
    for (var day : List.of(today.plusDays(90), today.plusDays(10))) {
      assertThat(
              shop.cli.exit(
                  "intake",
                  "--group",
                  "IK-03",
                  "--by",
                  OfficeFixture.MANAGER,
                  "--item",
                  "SBT-001:5",
                  "--best-before",
                  "SBT-001:" + day))
          .as(shop.cli.lastErr())
          .isZero();
    }
    var oil = line(model.shelf().value(), "SBT-001");
    assertThat(oil.soonestBestBefore()).isEqualTo(today.plusDays(10));
    assertThat(oil.onHand()).isEqualTo(50);
    // A product whose lots carry no day shows none.
    assertThat(line(model.shelf().value(), "FELT-001").soonestBestBefore()).isNull();

    assertThat(
            shop.cli.exit(
                "--json", "report", "aging", "--from", "2026-01-01", "--to", "2026-01-01"))
        .isZero();
    assertThat(shop.cli.lastOut())
        .contains("\"best_before\":\"" + today.plusDays(10) + "\"")
        .contains("\"best_before\":\"" + today.plusDays(90) + "\"")
        .contains("\"best_before\":null");
    Path csv = dir.resolve("aging.csv");
    assertThat(
            shop.cli.exit(
                "report",
                "aging",
                "--from",
                "2026-01-01",
                "--to",
                "2026-01-01",
                "--csv",
                csv.toString()))
        .isZero();
    String text = shop.cli.lastOut();
    String due = text.substring(text.indexOf("Best before within 30 days of " + today + ":"));
    // The demo's juice keeps 20 days; the oil of 90 days and the demo's own oil are not due.
    assertThat(
            due.lines()
                .skip(1)
                .filter(l -> !l.contains("written to"))
                .map(l -> l.replaceAll(" +", " "))
                .toList())
        .containsExactlyInAnyOrder(
            " SBT-006 Сок облепиховый 0,5 л 24 " + today.plusDays(20),
            " SBT-001 Облепиховое масло 50 мл 5 " + today.plusDays(10));
    List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertThat(rows.get(0)).endsWith(",on_hand,best_before");
    assertThat(rows)
        .anyMatch(r -> r.startsWith("IK-03,SBT-001,") && r.endsWith(",5," + today.plusDays(10)));
  }

  @Test
  void theShelfHasTheAgingReportsBandsAndEachProductOnce() {
    var shelf = model.shelf().value();
    assertThat(shop.cli.exit("report", "aging", "--from", "2026-01-01", "--to", "2026-01-01"))
        .isZero();
    for (ReportFigures.AgeBands b : shelf.bands()) {
      assertThat(shop.cli.lastOut())
          .contains(
              String.format(
                  "  %-8s %8d %8d %8d %8d%n",
                  b.group(), b.upTo30(), b.upTo60(), b.upTo90(), b.over90()));
    }
    assertThat(shelf.groups()).containsExactly("IK-01", "IK-02", "IK-03", "IK-04", "NR-01");
    assertThat(shelf.of("IK-03"))
        .extracting(ReturnsViewModel.ShelfLine::sku)
        .doesNotHaveDuplicates();
    assertThat(line(shelf, "SBT-001").onHand()).isEqualTo(40);
  }

  @Test
  void zeroOrWordsAreNotAQuantityAndNothingIsChosen() {
    var sbt = line(model.shelf().value(), "SBT-001");
    assertThat(model.add(sbt, "0"))
        .contains("Количество должно быть целым числом больше нуля, а не «0».");
    assertThat(model.add(sbt, "два")).isPresent();
    assertThat(model.add(null, "2")).contains("Сначала выберите товар группы.");
    assertThat(model.chosen()).isEmpty();
    assertThat(model.record().refusal().reason()).isEqualTo(Refusal.Reason.MISSING);
  }

  @Test
  void moreThanOnHandIsRefusedInOneSentenceAndTheLinesStay() {
    var sbt = line(model.shelf().value(), "SBT-001");
    assertThat(model.add(sbt, "30")).isEmpty();
    assertThat(model.add(sbt, "15")).isEmpty();
    assertThat(model.chosen())
        .extracting(i -> i.sku() + ":" + i.quantity())
        .containsExactly("SBT-001:45");
    var refused = model.record();
    assertThat(model.refusal(refused.refusal()))
        .isEqualTo("На полке только 40 шт. SBT-001 для возврата производителю.");
    assertThat(model.chosen()).hasSize(1);
  }

  @Test
  void aReturnIsRecordedLikeTheCommandLinesAndItsNoteGoesThroughThePrintQueue() throws Exception {
    Path printer = shop.paper;
    var shelf = model.shelf().value();
    var sbt = line(shelf, "SBT-001");
    assertThat(model.add(sbt, "3")).isEmpty();
    var note = model.record();
    assertThat(note.isDone()).as(String.valueOf(note)).isTrue();
    assertThat(model.recorded(note.value()))
        .isEqualTo(
            "Накладная возврата RN-T1-000001: 3 шт. возвращено группе IK-03 Облепиха Иссык-Куля; накладная печатается.");
    assertThat(model.chosen()).isEmpty();
    assertThat(line(model.shelf().value(), "SBT-001").onHand()).isEqualTo(37);
    waitUntilPrinted();
    String paper = new String(Files.readAllBytes(printer), StandardCharsets.ISO_8859_1);
    assertThat(paper).contains("RN-T1-000001").contains("SBT-001").contains("________________");
  }

  @Test
  void choosingAnotherGroupStartsANewReturn() {
    var shelf = model.shelf().value();
    assertThat(model.add(line(shelf, "SBT-001"), "1")).isEmpty();
    model.group("IK-01");
    assertThat(model.chosen()).isEmpty();
  }

  private void waitUntilPrinted() throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < until) {
      var jobs = shop.session.printQueue.jobs();
      if (!jobs.isEmpty() && jobs.get(0).state() == PrintQueue.State.FAILED) {
        throw new AssertionError(jobs.get(0).reason());
      }
      if (!jobs.isEmpty() && jobs.get(0).state() == PrintQueue.State.PRINTED) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the note was not printed: " + shop.session.printQueue.jobs());
  }
}
