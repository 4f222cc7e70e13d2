package org.ovop.till.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ovop.till.core.report.ReportFigures;

class PayoutReportViewModelTest {
  @TempDir Path dir;
  OfficeFixture shop;

  @AfterEach
  void close() {
    shop.close();
  }

  @Test
  void aPeriodNeedsBothDaysAndMustNotEndBeforeItStarts() {
    shop = OfficeFixture.demo(dir).signedIn(OfficeFixture.MANAGER);
    var model = new PayoutReportViewModel(shop.session);
    LocalDate first = LocalDate.of(2026, 3, 1);
    assertThat(model.check(first, first)).isEmpty();
    assertThat(model.check(first, first.plusDays(30))).isEmpty();
    assertThat(model.check(null, first)).contains("Выберите первый и последний день периода.");
    assertThat(model.check(first, null)).isPresent();
    // The demo store speaks Russian: the refusal is one sentence in Russian.
    assertThat(model.check(first, first.minusDays(1)))
        .contains("Период заканчивается (28.02.2026) раньше, чем начинается (01.03.2026).");
  }

  @Test
  void thisMonthsPayoutsByGroupAndTheWomensShareAreTheFiguresOfTheCommandLine() {
    shop = OfficeFixture.demo(dir).signedIn(OfficeFixture.MANAGER).paidFeltAndHoney();
    var model = new PayoutReportViewModel(shop.session);
    LocalDate[] month = model.thisMonth();
    assertThat(month[0].getDayOfMonth()).isEqualTo(1);
    var report = model.load(month[0], month[1]).value();
    assertThat(report.groups())
        .extracting(ReportFigures.GroupPayout::group, ReportFigures.GroupPayout::payout)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("IK-01", 533_120L),
            org.assertj.core.groups.Tuple.tuple("IK-02", 135_000L));
    assertThat(report.total()).isEqualTo(668_120L);
    assertThat(report.women().percent().toPlainString()).isEqualTo("79.8");
    String period = "--from=" + month[0] + " --to=" + month[1];
    assertThat(
            shop.cli.exit(
                "report", "gender", "--from", month[0].toString(), "--to", month[1].toString()))
        .as(period)
        .isZero();
    assertThat(shop.cli.lastOut()).contains("79.8 %").contains("20.2 %");
    assertThat(model.womenShare(report).replace('\u00a0', ' '))
        .isEqualTo("Доля женщин: 79,8 % выплат (5 331,20 KGS из 6 681,20 KGS).");
    assertThat(model.label(report.shares().get(1)).replace('\u00a0', ' '))
        .isEqualTo("Мужчины · 1 350,00 KGS · 20,2 %");
    assertThat(model.major(533_120L)).isEqualTo(5331.20);
  }

  @Test
  void aMonthWithoutPayoutsGivesEveryoneZeroPercent() {
    shop = OfficeFixture.demo(dir).signedIn(OfficeFixture.MANAGER);
    var model = new PayoutReportViewModel(shop.session);
    var report = model.load(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)).value();
    assertThat(report.groups()).isEmpty();
    assertThat(report.shares())
        .extracting(PayoutReportViewModel.Share::gender)
        .containsExactly("F", "M", "X", "group");
    assertThat(report.women().percent().toPlainString()).isEqualTo("0.0");
  }
}
