package org.ovop.till.core.settle;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ovop.till.core.money.Percent;
import org.ovop.till.core.sale.SaleKind;

class SharesTest {
  @Test
  void aSomThatCannotBeSplitGoesToTheLargestRemainder() {
    // 100 split 1:1:1 → 33.33…: one part gets the extra minor unit, the first of the ties.
    assertThat(Shares.proportionally(100, new long[] {1, 1, 1})).containsExactly(34, 33, 33);
    // 1000 split 2:1 → 666.67 and 333.33.
    assertThat(Shares.proportionally(1000, new long[] {2, 1})).containsExactly(667, 333);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void partsAlwaysAddUpAndNeverStrayMoreThanOneUnitFromTheExactShare(long seed) {
    Random r = new Random(seed);
    for (int i = 0; i < 2_000; i++) {
      long total = r.nextInt(3) == 0 ? r.nextInt(10) : Math.abs(r.nextLong() % 10_000_000_000L);
      long[] w = new long[1 + r.nextInt(6)];
      for (int k = 0; k < w.length; k++) {
        w[k] = r.nextInt(50);
      }
      w[0] = w[0] + 1; // weights add up to more than zero
      long[] parts = Shares.proportionally(total, w);
      assertThat(Arrays.stream(parts).sum()).isEqualTo(total);
      BigDecimal whole = BigDecimal.valueOf(Arrays.stream(w).sum());
      for (int k = 0; k < w.length; k++) {
        BigDecimal exact =
            BigDecimal.valueOf(total)
                .multiply(BigDecimal.valueOf(w[k]))
                .divide(whole, 6, RoundingMode.HALF_UP);
        assertThat(BigDecimal.valueOf(parts[k]).subtract(exact).abs()).isLessThan(BigDecimal.ONE);
      }
    }
  }

  @Test
  void membersGetTheirUnitsShareAndRefundsTakeBackFromTheSameMembers() {
    UnsettledLine sold =
        line(
            SaleKind.SALE,
            3,
            900_00,
            List.of(
                new UnsettledLine.MemberUnits("aigul", 2),
                new UnsettledLine.MemberUnits("marat", 1)));
    UnsettledLine refunded =
        line(SaleKind.REFUND, 1, 300_00, List.of(new UnsettledLine.MemberUnits("aigul", 1)));
    Map<String, Long> net = Shares.byMember(List.of(sold, refunded));
    assertThat(net).containsEntry("aigul", 600_00L - 300_00L).containsEntry("marat", 300_00L);
    // Units sold before any delivery belong to nobody's lot: the group's.
    UnsettledLine unattributed = line(SaleKind.SALE, 2, 500_00, List.of());
    assertThat(Shares.byMember(List.of(unattributed)))
        .containsExactly(Map.entry(Shares.GROUP, 500_00L));
  }

  @Test
  void aPayoutIsAttributedInProportionToNetSharesAndAddsUp() {
    Map<String, Long> split =
        Shares.payoutByMember(1000_01, Map.of("a", 300L, "b", 700L, "c", -50L));
    assertThat(split.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1000_01);
    assertThat(split).doesNotContainKey("c");
    assertThat(Shares.payoutByMember(500, Map.of("a", -10L)))
        .containsExactly(Map.entry(Shares.GROUP, 500L));
  }

  @Test
  void settlementFiguresFollowTheMoneyRules() {
    // Shares 1234.56 sold, 200.00 refunded; levy 2.5 % of 1034.56 = 25.864 → 25.86.
    var f =
        Settlements.Figures.of(
            List.of(
                line(SaleKind.SALE, 1, 1234_56, List.of()),
                line(SaleKind.REFUND, 1, 200_00, List.of())),
            new Percent(250));
    assertThat(f.sales()).isEqualTo(1234_56);
    assertThat(f.refunds()).isEqualTo(200_00);
    assertThat(f.deductions()).isEqualTo(25_86);
    assertThat(f.payout()).isEqualTo(1234_56 - 200_00 - 25_86);
    // Half a minor unit rounds up: 2.5 % of 1034.60 = 25.865 → 25.87.
    var g =
        Settlements.Figures.of(
            List.of(line(SaleKind.SALE, 1, 1034_60, List.of())), new Percent(250));
    assertThat(g.deductions()).isEqualTo(25_87);
  }

  private static UnsettledLine line(
      SaleKind kind, long qty, long share, List<UnsettledLine.MemberUnits> members) {
    return new UnsettledLine(
        "l-" + kind + qty + share,
        "T1-000001",
        kind,
        Instant.EPOCH,
        "SKU",
        "Item",
        qty,
        share,
        share,
        share,
        share,
        0,
        members);
  }
}
