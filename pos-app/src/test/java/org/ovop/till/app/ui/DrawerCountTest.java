package org.ovop.till.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading the drawer count a cashier typed at the close of her shift, in Russian and som. */
class DrawerCountTest {
  static final Currency KGS = Currency.getInstance("KGS");
  static final Texts RU = new Texts(Locale.forLanguageTag("ru"));

  /** Blank fields for every KGS note and coin, with these typed in. */
  static Map<Long, String> pieces(Object... noteThenTyped) {
    Map<Long, String> typed = new LinkedHashMap<>();
    for (long note : Notes.of(KGS)) {
      typed.put(note, "");
    }
    for (int i = 0; i < noteThenTyped.length; i += 2) {
      typed.put((Long) noteThenTyped[i], (String) noteThenTyped[i + 1]);
    }
    return typed;
  }

  static FormReply<Long> read(Map<Long, String> pieces, String total) {
    return DrawerCount.read(pieces, total, KGS, RU);
  }

  @Test
  void notesAndCoinsAddUpInMinorUnits() {
    var count = read(pieces(1000_00L, "2", 200_00L, " 2 ", 3_00L, "7"), "");
    assertThat(count.value()).isEqualTo(2_421_00L);
  }

  @Test
  void aTypedTotalIsReadAsTheScreenWritesAmountsAndWinsOverThePieces() {
    assertThat(read(pieces(1000_00L, "2"), "2\u00a0450,50").value()).isEqualTo(2_450_50L);
    assertThat(read(pieces(), "0").value()).isZero();
  }

  @Test
  void nothingTypedIsNotAnEmptyDrawer() {
    assertThat(DrawerCount.untouched(pieces(), " ")).isTrue();
    assertThat(read(pieces(), "").problem()).startsWith("Сначала пересчитайте кассу");
  }

  @Test
  void aCountOrTotalThatCannotBeReadIsOneSentenceNotZero() {
    assertThat(read(pieces(), "12 5OO").problem()).isEqualTo("«12 5OO» — это не сумма.");
    assertThat(read(pieces(), "-100").problem()).isEqualTo("«-100» — это не сумма.");
    assertThat(read(pieces(500_00L, "-2"), "").problem()).isEqualTo("«-2» — это не количество.");
    assertThat(read(pieces(500_00L, "2.5"), "").problem()).isEqualTo("«2.5» — это не количество.");
    assertThat(read(pieces(500_00L, "9999999999"), "").problem())
        .isEqualTo("«9999999999» — это не количество.");
  }
}
