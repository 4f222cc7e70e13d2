package org.ovop.till.app.ui;

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

  /**
   * The sale being rung up. It belongs to the session, not to the counter's screen: the counter is
   * built again when the language changes or the cashier comes back from a refund, the shift or the
   * back office, and the customer's basket must still be there.
   */
  public final Cart cart = new Cart();

  /** Sales put aside at the counter, oldest first. */
  public final java.util.List<java.util.List<Cart.Line>> parked = new java.util.ArrayList<>();

  /** The receipt printer's profile: paper width and code pages, as the store saved it. */
  public volatile org.ovop.till.printing.escpos.PrinterProfile profile =
      org.ovop.till.printing.escpos.PrinterProfile.standard();

  /** Where receipts go: the on-screen virtual printer until a real one is saved in settings. */
  public volatile String printerUri = org.ovop.till.core.store.PrinterSetting.ON_SCREEN.uri();

  /** The last paper the virtual printer drew, for the printer panel. */
  public final javafx.beans.property.ObjectProperty<javafx.scene.image.Image> paper =
      new javafx.beans.property.SimpleObjectProperty<>();

  /**
   * Papers on their way to the printer. Those not printed are kept in {@code print-queue/TILL}
   * among the shop's papers, so they still wait after a restart.
   */
  public final org.ovop.till.printing.queue.PrintQueue printQueue;

  public Session(TillServices services, Background background, StoreProfile store) {
    this.services = services;
    this.background = background;
    this.store = store;
    this.printQueue =
        new org.ovop.till.printing.queue.PrintQueue(
            () ->
                new org.ovop.till.app.printing.ConfiguredPrinter(
                    printerUri,
                    () ->
                        new org.ovop.till.printing.virtual.VirtualPrinter(
                            profile,
                            img -> {
                              var fx = javafx.embed.swing.SwingFXUtils.toFXImage(img, null);
                              javafx.application.Platform.runLater(() -> paper.set(fx));
                            })),
            java.time.Clock.systemUTC(),
            services.papersFolder().resolve("print-queue").resolve(services.till()));
    this.texts = new Texts(store.locale(), store.zone());
    // Read at the failure, so a change of the screen's language is followed.
    background.explainFailuresWith(
        e ->
            e instanceof org.ovop.till.core.LedgerUnavailableException trouble
                ? texts.ledger(trouble)
                : t(
                    "error.unexpected",
                    e.getClass().getSimpleName(),
                    org.ovop.till.app.TillLogging.file()));
    printer(services.setup().printer());
  }

  /** Papers from now on go to this printer (an unknown profile name prints as the standard one). */
  public void printer(org.ovop.till.core.store.PrinterSetting setting) {
    profile =
        org.ovop.till.printing.escpos.PrinterProfile.named(setting.profile())
            .orElse(org.ovop.till.printing.escpos.PrinterProfile.standard());
    printerUri = setting.uri();
  }

  /** Whether papers are drawn on the counter's screen (no printer saved yet, or "virtual:"). */
  public boolean printsOnScreen() {
    return org.ovop.till.printing.transport.PrinterUris.parse(printerUri)
        .map(a -> a.scheme().equals("virtual"))
        .orElse(false);
  }

  /** Why a paper did not print, in the screen's language. */
  public String printerTrouble(org.ovop.till.printing.queue.PrintQueue.Job job) {
    return job.trouble() == null ? "" : texts.printer(job.trouble());
  }

  public void language(String tag) {
    texts = new Texts(StoreProfile.localeOf(tag), store.zone());
  }

  /** An amount for people, in the screen's locale ("1 350,00 KGS", "1,350.00 KGS"). */
  public String money(long minor) {
    return Money.of(minor, store.currency()).format(texts.locale());
  }

  /** An amount put in a field for a person to change, the screen's way ("2 450,00" in Russian). */
  public String figure(long minor) {
    return Money.of(minor, store.currency()).figure(texts.locale());
  }

  /**
   * An amount as the person typed it, read the way this screen writes amounts ("2 450,00" in
   * Russian, "2,450.00" in English); empty when it is not one.
   */
  public java.util.Optional<Money> amount(String typed) {
    return Money.parseTyped(typed, store.currency(), texts.locale());
  }

  public String t(String key, Object... args) {
    return texts.get(key, args);
  }

  /** A way of paying as the store's customers call it: "M-Pesa" where the store says so. */
  public String method(String code) {
    return texts.method(store, code);
  }

  /** What one payment is called: its wallet where one carried it ("Orange Money"). */
  public String method(org.ovop.till.core.sale.Tender t) {
    return texts.method(store, t);
  }
}
