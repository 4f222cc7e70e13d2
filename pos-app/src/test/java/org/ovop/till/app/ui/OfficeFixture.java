package org.ovop.till.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.ovop.till.app.TillServices;
import org.ovop.till.app.cli.CliHarness;

/**
 * The demo boutique with an open shift, opened as the window opens it, and a session for the back
 * office's view models (no toolkit needed: they only call services and the print queue).
 */
final class OfficeFixture implements AutoCloseable {
  static final String MANAGER = "2580";
  static final String CASHIER = "1470";
  final Path db;
  final CliHarness cli;
  final TillServices services;
  final Session session;
  final Path paper;

  private OfficeFixture(Path db) {
    this.db = db;
    this.cli = new CliHarness(db);
    assertThat(cli.exit("demo")).isZero();
    assertThat(cli.exit("shift", "open", "--by", CASHIER, "--float", "2000")).isZero();
    this.services = TillServices.open(db.toString(), "T1", Clock.systemUTC(), false);
    this.session = new Session(services, new Background(), services.store().value());
    // Papers go to a file, never to the on-screen printer: that one draws with JavaFX, and a
    // toolkit half started by a test without a window breaks the window tests after it.
    try {
      this.paper = java.nio.file.Files.createFile(db.resolveSibling("lp0"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    session.printer(new org.ovop.till.core.store.PrinterSetting("generic-80", "file:" + paper));
  }

  /** What reached the printer so far, as its bytes read one to one. */
  String paper() throws java.io.IOException {
    return new String(
        java.nio.file.Files.readAllBytes(paper), java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  static OfficeFixture demo(Path dir) {
    return new OfficeFixture(dir.resolve("till.db"));
  }

  OfficeFixture signedIn(String pin) {
    session.cashier = services.staff().signIn(pin).value();
    return this;
  }

  static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Bishkek"));
  }

  /**
   * Felt (IK-01, made by a woman) and honey (IK-02, made by a man) sold, settled and paid in cash
   * today: 6800.00 at 20 % commission less a 2 % levy is 5331.20 to IK-01; three honey at a 450.00
   * share are 1350.00 to IK-02. Women get 5331.20 of 6681.20: 79.8 %.
   */
  OfficeFixture paidFeltAndHoney() {
    assertThat(cli.exit("sell", "--by", CASHIER, "--item", "FELT-003", "--pay", "card:6800"))
        .isZero();
    assertThat(cli.exit("sell", "--by", CASHIER, "--item", "HONEY-01:3", "--pay", "card:1950"))
        .isZero();
    assertThat(cli.exit("settle", "--by", MANAGER, "--until", today().plusDays(1).toString()))
        .as(cli.lastErr())
        .isZero();
    assertThat(cli.exit("pay", "--by", MANAGER, "--settlement", "ST-T1-000001", "--method", "cash"))
        .as(cli.lastErr())
        .isZero();
    assertThat(cli.exit("pay", "--by", MANAGER, "--settlement", "ST-T1-000002", "--method", "cash"))
        .as(cli.lastErr())
        .isZero();
    return this;
  }

  @Override
  public void close() {
    session.printQueue.close();
    session.background.shutdown();
    services.close();
  }
}
