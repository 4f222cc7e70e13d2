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
