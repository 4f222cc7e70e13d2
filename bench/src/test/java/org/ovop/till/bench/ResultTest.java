package org.ovop.till.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResultTest {
  @Test
  void aRatioIsTheFigureOverItsFloorAndMeetsAGoalAtOrBelowIt() {
    Result r = new Result("sale-commit", "ms", 1.2, 0.8, 1.5, "");
    assertThat(r.ratio()).isEqualTo(1.5, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(r.met()).isTrue();
    assertThat(new Result("startup", "ms", 1300, 450, 2.0, "").met()).isFalse();
    assertThat(r.json())
        .isEqualTo(
            "{\"name\":\"sale-commit\",\"unit\":\"ms\",\"value\":1.200,\"floor\":0.800,"
                + "\"ratio\":1.500,\"goal_ratio\":1.50}");
  }

  @Test
  void aFloorOfZeroStopsTheRunWithASentenceInsteadOfANanInTheJson() {
    assertThatThrownBy(() -> new Result("barcode-lookup", "µs", 12.5, 0, 1.5, ""))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "barcode-lookup measured 12.5 µs against a floor of 0.0 µs; a ratio needs a floor"
                + " above zero");
  }
}
