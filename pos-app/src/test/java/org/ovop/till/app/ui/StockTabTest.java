package org.ovop.till.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ovop.till.core.catalog.ProducerGroup;
import org.ovop.till.core.catalog.Product;
import org.ovop.till.core.money.Percent;
import org.ovop.till.core.stock.StockKeeping;

/** Finding a product on the stock tab, without the toolkit. */
class StockTabTest {
  private static final Locale RU = Locale.forLanguageTag("ru");

  @Test
  void everyWordTypedMustBeInTheCodeNameOrGroupInAnyCase() {
    var rows = shelf();
    assertThat(skus(StockTab.matching(rows, "мёд ЭСПАРЦЕТ", RU))).containsExactly("HONEY-01");
    assertThat(skus(StockTab.matching(rows, "ik-02", RU))).containsExactly("HONEY-01", "HONEY-02");
    assertThat(skus(StockTab.matching(rows, "  облепиха  ", RU))).containsExactly("SBT-001");
    assertThat(StockTab.matching(rows, "мёд облепиха", RU)).isEmpty();
  }

  @Test
  void aScannedBarcodeOrATypedSkuNamesOneRowAndPartOfACodeNamesNone() {
    var rows = shelf();
    assertThat(StockTab.named(rows, "2000000000213"))
        .map(r -> r.product().sku())
        .hasValue("HONEY-02");
    assertThat(StockTab.named(rows, " sbt-001 ")).map(r -> r.product().sku()).hasValue("SBT-001");
    assertThat(StockTab.named(rows, "200000000021")).isEmpty();
    assertThat(StockTab.named(rows, "HONEY")).isEmpty();
  }

  /** Three products of two groups, as the stock tab lists them. */
  private static List<StockKeeping.OnHand> shelf() {
    var bees = new ProducerGroup("g2", "IK-02", "Бал-Тоо", "Иссык-Куль", "Ананьево", Percent.ZERO);
    var berries =
        new ProducerGroup(
            "g3", "IK-03", "Облепиха Иссык-Куля", "Иссык-Куль", "Каракол", Percent.ZERO);
    return List.of(
        row("HONEY-01", "2000000000206", "Мёд эспарцетовый 500 г", bees, 30),
        row("HONEY-02", "2000000000213", "Мёд горный 250 г", bees, 36),
        row("SBT-001", "4607001234563", "Облепиховое масло 50 мл", berries, 40));
  }

  private static StockKeeping.OnHand row(
      String sku, String barcode, String name, ProducerGroup group, long onHand) {
    return new StockKeeping.OnHand(
        new Product(sku, sku, barcode, name, group.id(), 100_00, Percent.ZERO, null),
        group,
        onHand);
  }

  private static List<String> skus(List<StockKeeping.OnHand> rows) {
    return rows.stream().map(r -> r.product().sku()).toList();
  }
}
