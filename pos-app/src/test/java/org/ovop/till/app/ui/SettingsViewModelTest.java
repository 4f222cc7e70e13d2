package org.ovop.till.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ovop.till.core.store.PrinterSetting;
import org.ovop.till.printing.queue.PrintQueue;

class SettingsViewModelTest {
  @TempDir Path dir;
  OfficeFixture shop;

  @AfterEach
  void close() {
    if (shop != null) {
      shop.close();
    }
  }

  private SettingsViewModel manager() {
    shop = OfficeFixture.demo(dir).signedIn(OfficeFixture.MANAGER);
    return new SettingsViewModel(shop.session);
  }

  private static SettingsViewModel.Form form(String rounding, String minPayout, String uri) {
    return new SettingsViewModel.Form(
        "Бутик OVOP", rounding, "ru", minPayout, "", "generic-80", uri);
  }

  @Test
  void theFormShowsTheSavedStoreAndThePrinterOnScreen() {
    var model = manager();
    var loaded = model.load();
    assertThat(loaded.currency()).isEqualTo("KGS");
    assertThat(loaded.form().rounding()).isEqualTo("100");
    assertThat(loaded.form().language()).isEqualTo("ru");
    assertThat(loaded.form().uri()).isEqualTo("virtual:");
    // Written the Russian way, as every amount on this screen, and read back the same.
    assertThat(loaded.form().minPayout()).isEqualTo("500,00");
    assertThat(model.minPayout(loaded.form().minPayout())).contains(50_000L);
    assertThat(loaded.currencyFixed()).isFalse();
    assertThat(model.currencyNote(loaded)).contains("till init");
  }

  @Test
  void everyLanguageIsNamedInItsOwnWords() {
    assertThat(SettingsViewModel.languages()).containsExactly("en", "ru", "fr", "sw", "ky", "uz");
    assertThat(SettingsViewModel.languageName("fr")).isEqualTo("français (fr)");
    assertThat(SettingsViewModel.languageName("ru")).isEqualTo("русский (ru)");
  }

  @Test
  void cashRoundingIsAWholeNumberOfMinorUnitsOneOrMore() {
    assertThat(SettingsViewModel.rounding("100")).contains(100L);
    assertThat(SettingsViewModel.rounding(" 1 ")).contains(1L);
    assertThat(SettingsViewModel.rounding("0")).isEmpty();
    assertThat(SettingsViewModel.rounding("-5")).isEmpty();
    assertThat(SettingsViewModel.rounding("0.5")).isEmpty();
    assertThat(SettingsViewModel.rounding("сто")).isEmpty();
    var model = manager();
    assertThat(model.check(form("0", "500", "virtual:")))
        .contains("Округление наличных: целое число младших единиц, 1 или больше, а не «0».");
  }

  @Test
  void theMinimumPayoutTakesAPointOrACommaAndNoMoreDecimalsThanTheCurrency() {
    var model = manager();
    assertThat(model.minPayout("500")).contains(50_000L);
    assertThat(model.minPayout("500,50")).contains(50_050L);
    assertThat(model.minPayout("500.555")).isEmpty();
    assertThat(model.minPayout("-1")).isEmpty();
    assertThat(model.check(form("100", "пятьсот", "virtual:")))
        .contains("«пятьсот» — не сумма в KGS (не более 2 знаков после запятой).");
  }

  @Test
  void printerAddressesAreTheShapesTheTillKnows() {
    var model = manager();
    for (String good :
        new String[] {
          "virtual:", "usb:", "usb:0416:5011", "file:/dev/usb/lp0", "tcp://10.0.0.5:9100"
        }) {
      assertThat(model.checkPrinter("generic-80", good)).as(good).isEmpty();
    }
    for (String bad : new String[] {"", "lp0", "usb:416:5011", "tcp://printer:99999", "http://x"}) {
      assertThat(model.checkPrinter("generic-80", bad)).as(bad).isPresent();
    }
    assertThat(model.checkPrinter("generic-80", "lp0"))
        .contains(
            "«lp0» — не адрес принтера: укажите virtual:, usb:, usb:VID:PID, file:/dev/usb/lp0 или tcp://HOST:9100.");
    assertThat(model.checkPrinter("epson-9000", "virtual:")).isPresent();
  }

  @Test
  void aCashierCannotChangeTheStore() {
    shop = OfficeFixture.demo(dir).signedIn(OfficeFixture.CASHIER);
    var model = new SettingsViewModel(shop.session);
    assertThat(model.check(form("100", "500", "virtual:")))
        .contains("Нужен менеджер; Бакыт Садыкова — кассир.");
  }

  @Test
  void savedSettingsAreTheStoresAndTheWindowFollowsThem() {
    var model = manager();
    var f =
        new SettingsViewModel.Form(
            " Бутик OVOP Каракол ",
            "500",
            "fr",
            "750.00",
            " O!Деньги ",
            "xprinter-58",
            "tcp://10.0.0.5:9100");
    assertThat(model.check(f)).isEmpty();
    var saved = model.save(f).value();
    model.apply(saved);
    assertThat(shop.services.store().value().name()).isEqualTo("Бутик OVOP Каракол");
    assertThat(shop.services.store().value().cashRounding().increment()).isEqualTo(500);
    assertThat(shop.services.store().value().minPayout()).isEqualTo(75_000);
    assertThat(shop.services.store().value().mobileMoney()).isEqualTo("O!Деньги");
    assertThat(shop.services.store().value().currency().getCurrencyCode()).isEqualTo("KGS");
    assertThat(shop.services.setup().printer())
        .isEqualTo(new PrinterSetting("xprinter-58", "tcp://10.0.0.5:9100"));
    assertThat(shop.session.t("settings.tab")).isEqualTo("Réglages");
    assertThat(shop.session.profile.name()).isEqualTo("xprinter-58");
    assertThat(shop.session.printerUri).isEqualTo("tcp://10.0.0.5:9100");
    assertThat(
            shop.cli.exit(
                "--json", "sell", "--by", "1470", "--item", "SBT-001", "--pay", "cash:450"))
        .isZero();
    assertThat(model.load().currencyFixed()).isTrue();
    assertThat(model.currencyNote(model.load())).startsWith("Fixée").contains("KGS");
  }

  @Test
  void aTestPrintToAPrinterThatIsNotThereIsOneSentence() throws Exception {
    var model = manager();
    Path missing = dir.resolve("no-such-printer");
    var job = model.testPrint("generic-58", "file:" + missing);
    PrintQueue.Job done = waitForEnd(job.id());
    assertThat(model.testResult(done))
        .contains(
            "Тестовая страница не напечаталась: Принтера "
                + missing
                + " нет: он подключён и включён?");
    java.nio.file.Files.createFile(missing);
    job = model.testPrint("generic-58", "file:" + missing);
    assertThat(model.testResult(waitForEnd(job.id())))
        .contains("Тестовая страница напечатана на file:" + missing + ".");
    assertThat(java.nio.file.Files.size(missing)).isPositive();
  }

  private PrintQueue.Job waitForEnd(String id) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < until) {
      for (var j : shop.session.printQueue.jobs()) {
        if (j.id().equals(id)
            && (j.state() == PrintQueue.State.PRINTED || j.state() == PrintQueue.State.FAILED)) {
          return j;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the test page did not finish");
  }
}
