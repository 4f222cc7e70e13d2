package org.ovop.till.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The till's window fits the screen it opens on: a counter's touch screen is often small. */
class WindowSizeTest {
  @Test
  void onAScreenLargerThanTheWindowItKeepsTheSizeItIsLaidOutFor() {
    assertThat(TillWindow.fitted(new Rectangle2D(0, 0, 1920, 1040)))
        .isEqualTo(new Dimension2D(1100, 720));
  }

  @Test
  void onACounterTouchScreenOf1024By768ItTakesTheWidthAndNeverHangsOver() {
    assertThat(TillWindow.fitted(new Rectangle2D(0, 0, 1024, 768)))
        .isEqualTo(new Dimension2D(1024, 720));
    // Less a panel at the bottom: the window is as tall as what is left.
    assertThat(TillWindow.fitted(new Rectangle2D(0, 0, 1024, 708)))
        .isEqualTo(new Dimension2D(1024, 708));
  }
}
