package org.ovop.till.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ovop.till.core.catalog.ProducerGroup;
import org.ovop.till.core.catalog.Product;
import org.ovop.till.core.money.Percent;

class ReportFiguresTest {
  static final ProducerGroup FELT = group("IK-01");
  static final ProducerGroup HONEY = group("IK-02");

  static ProducerGroup group(String code) {
    return new ProducerGroup(
        "id-" + code, code, code + " cooperative", "Issyk-Kul", "Karakol", new Percent(200));
  }

  static Reports.AgingRow lot(ProducerGroup g, String sku, long days, long onHand) {
    Product p = new Product("p-" + sku, sku, null, sku, g.id(), 10_000, new Percent(0), null);
    return new Reports.AgingRow(
        g, p, "lot-" + sku + days, "CN-1", LocalDate.of(2026, 1, 1), days, onHand, null);
  }

  @Test
  void lotsFallInTheBandsOfTheirAgeWithTheBoundaryDaysInTheYoungerBand() {
    assertThat(List.of(0L, 30L, 31L, 60L, 61L, 90L, 91L, 400L).stream().map(ReportFigures::band))
        .containsExactly(0, 0, 1, 1, 2, 2, 3, 3);
  }

  @Test
  void unitsOnTheShelfAreSummedPerGroupAndBandGroupsByCode() {
    var bands =
        ReportFigures.ageBands(
            List.of(
                lot(HONEY, "HONEY-01", 95, 4),
                lot(FELT, "FELT-001", 10, 3),
                lot(FELT, "FELT-002", 30, 2),
                lot(FELT, "FELT-001", 45, 1),
                lot(FELT, "FELT-003", 61, 6)));
    assertThat(bands)
        .containsExactly(
            new ReportFigures.AgeBands("IK-01", 5, 1, 6, 0),
            new ReportFigures.AgeBands("IK-02", 0, 0, 0, 4));
    assertThat(bands.get(0).total()).isEqualTo(12);
  }

  @Test
  void aPercentHasOneDecimalRoundedHalfUpAndNothingPaidIsZero() {
    assertThat(ReportFigures.percent(5, 8).toPlainString()).isEqualTo("62.5");
    assertThat(ReportFigures.percent(1, 3).toPlainString()).isEqualTo("33.3");
    assertThat(ReportFigures.percent(2, 3).toPlainString()).isEqualTo("66.7");
    assertThat(ReportFigures.percent(1, 2000).toPlainString()).isEqualTo("0.1");
    assertThat(ReportFigures.percent(7, 7).toPlainString()).isEqualTo("100.0");
    assertThat(ReportFigures.percent(0, 0).toPlainString()).isEqualTo("0.0");
  }
}
