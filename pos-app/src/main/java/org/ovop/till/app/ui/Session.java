package org.ovop.till.app.ui;

import java.util.Locale;
import org.ovop.till.app.TillServices;
import org.ovop.till.core.money.Money;
import org.ovop.till.core.store.StoreProfile;
import org.ovop.till.core.user.User;

/** Who is at the till, in which store and language: what every screen needs to know. */
public final class Session {
  public final TillServices services;
  public final Background background;
  public StoreProfile store;
  public User cashier;
  public Texts texts;

  /** Sales put aside at the counter, oldest first. */
  public final java.util.List<java.util.List<Cart.Line>> parked = new java.util.ArrayList<>();

  /** The receipt printer: the on-screen virtual printer until a real one is configured. */
  public final org.ovop.till.printing.escpos.PrinterProfile profile =
      org.ovop.till.printing.escpos.PrinterProfile.standard();

  /** The last paper the virtual printer drew, for the printer panel. */
  public final javafx.beans.property.ObjectProperty<javafx.scene.image.Image> paper =
      new javafx.beans.property.SimpleObjectProperty<>();

  public final org.ovop.till.printing.queue.PrintQueue printQueue =
      new org.ovop.till.printing.queue.PrintQueue(
          () ->
              new org.ovop.till.printing.virtual.VirtualPrinter(
                  profile,
                  img -> {
                    var fx = javafx.embed.swing.SwingFXUtils.toFXImage(img, null);
                    javafx.application.Platform.runLater(() -> paper.set(fx));
                  }),
          java.time.Clock.systemUTC());

  public Session(TillServices services, Background background, StoreProfile store) {
    this.services = services;
    this.background = background;
    this.store = store;
    this.texts = new Texts(Locale.forLanguageTag(store.language()));
  }

  public void language(String tag) {
    texts = new Texts(Locale.forLanguageTag(tag));
  }

  /** An amount for people, in the screen's locale ("1 350,00 KGS", "1,350.00 KGS"). */
  public String money(long minor) {
    return Money.of(minor, store.currency()).format(texts.locale());
  }

  public String t(String key, Object... args) {
    return texts.get(key, args);
  }
}
