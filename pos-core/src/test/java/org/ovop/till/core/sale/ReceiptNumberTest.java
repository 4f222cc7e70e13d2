package org.ovop.till.core.sale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReceiptNumberTest {
  @Test
  void aReceiptNumberIsTheTillADashAndSixDigits() {
    assertThat(Sale.number("T1", 1)).isEqualTo("T1-000001");
    assertThat(Sale.number("T2", 42)).isEqualTo("T2-000042");
    assertThat(Sale.number("T1", 999_999)).isEqualTo("T1-999999");
  }

  @Test
  void aTillPastAMillionReceiptsGetsMoreDigitsNotAWrappedNumber() {
    assertThat(Sale.number("T1", 1_000_000)).isEqualTo("T1-1000000");
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 7, 10, 99, 100, 12_345, 123_456, 1_234_567, Long.MAX_VALUE, -1, -42})
  void numbersAreWrittenAsTheyAlwaysWere(long seq) {
    assertThat(Sale.number("T9", seq)).isEqualTo(String.format(Locale.ROOT, "%s-%06d", "T9", seq));
  }
}
